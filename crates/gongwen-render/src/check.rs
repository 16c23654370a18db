//! `gongwen check`: every figure of a document checked against its template, placed in the data file.

use crate::Job;
use crate::error::Error;
use crate::frontmatter::{FrontMatter, split};
use gongwen_model::{Block, DataValue, Document, Inline, MetricSpec, Severity};
use std::collections::BTreeMap;
use std::fmt;

/// One problem found by `check`, placed in the data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// A stable code: missing, unknown, type, range, relation, parts, derived.
    pub code: &'static str,
    /// Where and what, with a hint.
    pub error: Error,
    /// The figure it is about, when it is about one.
    pub metric: Option<String>,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = self.severity_name();
        let e = &self.error;
        match e.position {
            Some((l, c)) => write!(
                f,
                "{}:{l}:{c}: {severity}[{}]: {}",
                e.file.display(),
                self.code,
                e.message
            )?,
            None => write!(
                f,
                "{}: {severity}[{}]: {}",
                e.file.display(),
                self.code,
                e.message
            )?,
        }
        if let Some(hint) = &e.hint {
            write!(f, "\n  = hint: {hint}")?;
        }
        Ok(())
    }
}

impl Diagnostic {
    /// "error", "warning" or "note".
    pub fn severity_name(&self) -> &'static str {
        match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

impl Job {
    /// Checks every metric the document uses against its declaration and the data,
    /// lints the text around them, and (for a speech) reports its length at `pace` 字/分钟.
    pub fn check(&self, pace: u32) -> Result<Vec<Diagnostic>, Error> {
        let markdown = self.markdown()?;
        let document = crate::markdown::parse(&markdown, &self.template.path)?;
        self.check_rendered(&markdown, &document, pace)
    }

    /// [`Job::check`] for a document already rendered: its Markdown and the model built from it.
    pub fn check_rendered(
        &self,
        markdown: &str,
        document: &Document,
        pace: u32,
    ) -> Result<Vec<Diagnostic>, Error> {
        let specs = metric_specs(markdown, document);
        if let Some(m) = self.data.value.get("metrics")
            && !m.is_object()
            && !m.is_null()
        {
            let at = self.data.line_of("metrics");
            return Err(Error::new(
                &self.data.path,
                "`metrics` must be a mapping of names to values",
            )
            .at(at, 1)
            .hint(
                "write one `名称: 数值` line per figure under `metrics:`, indented, without `- `",
            ));
        }
        let values = self.metric_values();
        let metrics_line = self.data.line_of("metrics");
        let mut found: Vec<Diagnostic> = gongwen_model::check(&specs, &values)
            .into_iter()
            .map(|p| {
                let (line, col) = self
                    .data
                    .metric_position(&p.metric)
                    .unwrap_or((metrics_line, 1));
                let mut error = Error::new(&self.data.path, p.message).at(line, col);
                error.hint = p.hint;
                Diagnostic {
                    severity: p.severity,
                    code: p.code,
                    error,
                    metric: Some(p.metric),
                }
            })
            .collect();
        found.extend(crate::lint::lint_document(self, document, pace));
        found.sort_by_key(|d| (d.error.file.clone(), d.error.position));
        Ok(found)
    }

    /// Every metric the template declares or the document uses, with its declaration
    /// (a used but undeclared metric gets the unit it is written with).
    pub fn metric_specs(&self) -> Result<BTreeMap<String, MetricSpec>, Error> {
        let markdown = self.markdown()?;
        let document = crate::markdown::parse(&markdown, &self.template.path)?;
        Ok(metric_specs(&markdown, &document))
    }

    fn metric_values(&self) -> BTreeMap<String, DataValue> {
        let Some(map) = self.data.value.get("metrics").and_then(|m| m.as_object()) else {
            return BTreeMap::new();
        };
        map.iter()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| {
                let value = match v {
                    serde_json::Value::Number(n) => {
                        DataValue::Number(n.as_f64().unwrap_or(f64::NAN))
                    }
                    serde_json::Value::String(s) => DataValue::Text(s.clone()),
                    other => DataValue::Other(other.to_string()),
                };
                (k.clone(), value)
            })
            .collect()
    }
}

/// Declared metrics of the rendered front matter, plus those the body uses.
fn metric_specs(markdown: &str, document: &Document) -> BTreeMap<String, MetricSpec> {
    let (fm_text, _) = split(markdown);
    let front: FrontMatter = serde_saphyr::from_str(fm_text).unwrap_or_default();
    let mut specs = front.metrics;
    let mut uses = Vec::new();
    for block in document.body.blocks.iter().chain(
        document
            .attachments
            .iter()
            .flat_map(|a| a.body.blocks.iter()),
    ) {
        collect(block, &mut uses);
    }
    for (name, unit) in uses {
        let spec = specs.entry(name).or_default();
        if spec.unit.is_none() {
            spec.unit = Some(unit);
        }
    }
    specs
}

fn collect(block: &Block, out: &mut Vec<(String, String)>) {
    let runs: Vec<&Vec<Inline>> = match block {
        Block::Paragraph(runs) => vec![runs],
        Block::Table(t) => t.header.iter().chain(t.rows.iter().flatten()).collect(),
        Block::Section(s) => {
            for b in &s.blocks {
                collect(b, out);
            }
            vec![&s.heading]
        }
    };
    for list in runs {
        inline(list, out);
    }
}

fn inline(runs: &[Inline], out: &mut Vec<(String, String)>) {
    for run in runs {
        match run {
            Inline::Metric(m) => out.push((m.name.clone(), m.unit.clone())),
            Inline::Lead(inner) => inline(inner, out),
            Inline::Text(_) => {}
        }
    }
}
