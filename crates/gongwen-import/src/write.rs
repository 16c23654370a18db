//! Writing what was recognised: the template (front matter + 公文 Markdown with `m()` calls)
//! and the data file (the frame's details and every figure's value).

use crate::escape::markdown;
use crate::markup::Body;
use crate::parse::Parsed;
use crate::yaml;
use std::fmt::Write;

pub use crate::declared::Declared;
pub use crate::yaml::YamlError;

/// Template and data text for a parsed document, and the metrics declared.
pub struct Written {
    /// `template.md.tera`.
    pub template: String,
    /// `data.yaml`.
    pub data: String,
    /// Every figure made a metric, in order.
    pub metrics: Vec<Declared>,
    /// Run-in leads marked.
    pub leads: usize,
}

/// Writes the template and the data for `p`; `source` names the imported file in comments.
pub fn write(p: &Parsed, source: &str) -> Result<Written, YamlError> {
    let mut b = Body::default();
    b.blocks(&p.body);
    for a in &p.attachments {
        let class = if a.forwarded {
            "forwarded"
        } else if a.separate {
            "attachment .separate"
        } else {
            "attachment"
        };
        let listed = a
            .listed_as
            .as_deref()
            .map_or(String::new(), |l| format!(" listed={l}"));
        let _ = write!(b.out, "# {} {{.{class}{listed}}}\n\n", markdown(&a.title));
        b.blocks(&a.body);
    }
    let template = yaml::front_matter(p, source, &b.metrics)? + &b.out;
    let data = crate::data::data(p, &b.metrics)?;
    Ok(Written {
        template,
        data,
        metrics: b.metrics,
        leads: b.leads,
    })
}
