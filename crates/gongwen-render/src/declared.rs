//! The figures a template declares, read from its front matter without rendering it.

use crate::Template;
use crate::engine::parse_front_matter;
use crate::error::Error;
use crate::frontmatter::split;
use gongwen_model::MetricSpec;
use std::collections::BTreeMap;

/// The figures a template names, as far as its text tells without rendering it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeclaredMetrics {
    /// Those its `metrics:` front matter declares, and those its text (front matter
    /// strings and body) uses with a literal name (`m(name="…", unit="…")`), each with
    /// the unit it is written with.
    pub specs: BTreeMap<String, MetricSpec>,
    /// Whether some `m()` call takes its name from a variable (`m(name=n)` in a loop):
    /// only rendering the template tells which figures those are.
    pub dynamic: bool,
}

impl Template {
    /// The figures this template declares or uses with a literal name; comments and
    /// `{% raw %}` blocks are left out. Nothing is rendered: a batch learns its columns
    /// from this before any row is read.
    pub fn metrics(&self) -> Result<DeclaredMetrics, Error> {
        let (fm_text, _) = split(&self.text);
        let offset = self.text.find(fm_text).unwrap_or(0);
        let mut specs = parse_front_matter(fm_text, self, offset)?.metrics;
        // The front matter's strings may print figures too (a 乡镇 in the title).
        let (calls, dynamic) = metric_calls(&without_comments(&self.text));
        for (name, unit) in calls {
            gongwen_model::declare_use(&mut specs, name, unit);
        }
        Ok(DeclaredMetrics { specs, dynamic })
    }
}

/// `text` without Tera comments (`{# … #}`) and raw blocks (`{% raw %}…{% endraw %}`).
fn without_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        let comment = rest.find("{#");
        let raw = rest.find("{% raw %}").or_else(|| rest.find("{%- raw %}"));
        let (at, ends) = match (comment, raw) {
            (Some(c), r) if r.is_none_or(|r| c < r) => (c, ["#}", ""]),
            (_, Some(r)) => (r, ["endraw", "%}"]),
            _ => break,
        };
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        for end in ends.iter().filter(|e| !e.is_empty()) {
            rest = rest.find(end).map_or("", |e| &rest[e + end.len()..]);
        }
    }
    out.push_str(rest);
    out
}

/// The literal `name` and `unit` of every `m(…)` call in `text`, in order, and whether
/// some call's name is not a literal.
fn metric_calls(text: &str) -> (Vec<(String, String)>, bool) {
    let mut out = Vec::new();
    let mut dynamic = false;
    let mut rest = text;
    while let Some(at) = rest.find("m(") {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + 2..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
            continue;
        }
        let args = arguments(rest);
        match args.iter().find(|(k, _)| k == "name") {
            Some((_, Some(name))) => {
                let unit = args.iter().find(|(k, _)| k == "unit");
                let unit = unit.and_then(|(_, v)| v.clone()).unwrap_or_default();
                out.push((name.clone(), unit));
            }
            Some((_, None)) => dynamic = true,
            None => {}
        }
    }
    (out, dynamic)
}

/// The `key=value` arguments of a call whose text starts at `text` (after its `(`), up
/// to its `)`: the value when it is a string literal, `None` when it is an expression.
fn arguments(text: &str) -> Vec<(String, Option<String>)> {
    let mut args = Vec::new();
    let mut current = String::new();
    let mut quote: Option<char> = None;
    let mut literal: Option<String> = None;
    let mut value = String::new();
    for c in text.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => value.push(c),
            None if matches!(c, '"' | '\'' | '`') => {
                quote = Some(c);
                value.clear();
                literal = Some(String::new());
            }
            None if c == ',' || c == ')' => {
                if let Some((k, _)) = current.split_once('=') {
                    let literal = literal.take().map(|_| std::mem::take(&mut value));
                    args.push((k.trim().to_string(), literal));
                }
                current.clear();
                literal = None;
                if c == ')' {
                    break;
                }
            }
            None => current.push(c),
        }
    }
    args
}

#[cfg(test)]
mod tests {
    use super::{metric_calls, without_comments};

    #[test]
    fn literal_calls_are_found_and_others_skipped() {
        let text = "共{{ m(name=\"场次\", unit=\"场\") }}，{{ m(name='人数') }}{{ sum(name=\"不是\") }}{{ m(name=\"甲,乙)\") }}";
        let (calls, dynamic) = metric_calls(text);
        assert_eq!(
            calls,
            [
                ("场次".to_string(), "场".to_string()),
                ("人数".to_string(), String::new()),
                ("甲,乙)".to_string(), String::new())
            ]
        );
        assert!(!dynamic);
        assert!(metric_calls("{% for n in xs %}{{ m(name=n) }}{% endfor %}").1);
    }

    #[test]
    fn comments_and_raw_blocks_are_not_read() {
        let text = "甲{# m(name=\"旧\") #}乙{% raw %}{{ m(name=\"原样\") }}{% endraw %}丙";
        assert_eq!(without_comments(text), "甲乙丙");
        assert!(metric_calls(&without_comments(text)).0.is_empty());
    }
}
