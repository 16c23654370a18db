//! The figures a template declares, read from its front matter without rendering it.

use crate::Template;
use crate::engine::parse_front_matter;
use crate::error::Error;
use crate::frontmatter::split;
use gongwen_model::MetricSpec;
use std::collections::BTreeMap;

impl Template {
    /// The figures this template declares in its `metrics:` front matter, plus those its
    /// text uses with a literal name (`m(name="…", unit="…")`) without declaring them,
    /// each with the unit it is written with. Nothing is rendered: a batch learns its
    /// columns from this before any row is read.
    pub fn metrics(&self) -> Result<BTreeMap<String, MetricSpec>, Error> {
        let (fm_text, body_start) = split(&self.text);
        let offset = self.text.find(fm_text).unwrap_or(0);
        let mut specs = parse_front_matter(fm_text, self, offset)?.metrics;
        for (name, unit) in metric_calls(&self.text[body_start..]) {
            let spec = specs.entry(name).or_default();
            if spec.unit.is_none() {
                spec.unit = Some(unit);
            }
        }
        Ok(specs)
    }
}

/// The literal `name` and `unit` of every `m(…)` call in `text`, in order.
fn metric_calls(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("m(") {
        let before = rest[..at].chars().next_back();
        let call = &rest[at + 2..];
        rest = call;
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
            continue;
        }
        let args = &call[..call.find(')').unwrap_or(call.len())];
        if let Some(name) = argument(args, "name") {
            out.push((name, argument(args, "unit").unwrap_or_default()));
        }
    }
    out
}

/// The string literal given to `key` in a Tera call's arguments.
fn argument(args: &str, key: &str) -> Option<String> {
    args.split(',').find_map(|arg| {
        let (k, v) = arg.split_once('=')?;
        if k.trim() != key {
            return None;
        }
        let v = v.trim();
        let quote = v.chars().next().filter(|q| matches!(q, '"' | '\'' | '`'))?;
        v[1..].strip_suffix(quote).map(str::to_string)
    })
}

#[cfg(test)]
mod tests {
    use super::metric_calls;

    #[test]
    fn literal_calls_are_found_and_others_skipped() {
        let text = "共{{ m(name=\"场次\", unit=\"场\") }}，{{ m(name='人数') }}{{ m(name=x) }}{{ sum(name=\"不是\") }}";
        assert_eq!(
            metric_calls(text),
            [
                ("场次".to_string(), "场".to_string()),
                ("人数".to_string(), String::new())
            ]
        );
    }
}
