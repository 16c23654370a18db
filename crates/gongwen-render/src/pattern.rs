//! Small Tera patterns over one document's data, such as a batch's output names.

use crate::error::Error;
use crate::names;
use crate::printed::{self, Guard};
use gongwen_i18n::tr;
use std::path::Path;
use tera::{Context, Tera};

/// Renders `pattern` (Tera, Chinese names allowed: `{{ 市名 }}-报告.pdf`) with `data`.
///
/// Nothing is escaped: the result is plain text. `source` names the pattern in errors.
pub fn render_pattern(
    pattern: &str,
    data: &serde_json::Value,
    source: &Path,
) -> Result<String, Error> {
    let mut context = Context::from_serialize(data)
        .map_err(|_| Error::new(source, tr!("pattern-no-data", pattern = pattern)))?;
    context.insert(names::DATA_VAR, data);
    let mut tera = Tera::new();
    let guard = Guard::default();
    guard.register(&mut tera);
    let rewritten = names::rewrite(pattern);
    tera.render_str(&rewritten.text, &context, false)
        .map_err(|e| {
            if let Some((expr, value)) = guard.refusal(&rewritten.prints) {
                return Error::new(
                    source,
                    tr!(
                        "pattern-not-text",
                        pattern = pattern,
                        what = printed::what(&expr, &value)
                    ),
                )
                .hint(printed::hint(&expr, &value));
            }
            let why = crate::diagnose::tera_error(&e, source, pattern, &rewritten.text);
            Error::new(
                source,
                tr!("pattern-failed", pattern = pattern, why = why.message),
            )
            .hint(tr!("pattern-hint"))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_names_and_filters_fill_a_pattern() {
        let data = serde_json::json!({"市名": "淮北", "row": 3});
        let out = render_pattern("{{ 市名 }}-{{ row }}.pdf", &data, Path::new("p")).unwrap();
        assert_eq!(out, "淮北-3.pdf");
    }

    #[test]
    fn an_unknown_name_is_an_error_naming_the_pattern() {
        let data = serde_json::json!({"市名": "淮北"});
        let e = render_pattern("{{ 县名 }}.pdf", &data, Path::new("p")).unwrap_err();
        assert!(e.message.contains("{{ 县名 }}.pdf"), "{}", e.message);
    }

    #[test]
    fn a_list_is_not_a_name() {
        let data = serde_json::json!({"市名": ["淮北", "宿州"]});
        let e = render_pattern("{{ 市名 }}.pdf", &data, Path::new("p")).unwrap_err();
        assert!(
            e.message.contains("`市名` 是一个列表（[淮北, 宿州]）"),
            "{}",
            e.message
        );
        let joined = render_pattern("{{ 市名 | join(sep=\"、\") }}.pdf", &data, Path::new("p"));
        assert_eq!(joined.unwrap(), "淮北、宿州.pdf");
    }
}
