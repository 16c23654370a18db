//! Only text is printed: `{{ 事由 }}` of a list or a mapping is an error placed at the
//! value in the data (or at the tag), never the value's JSON form on the page.

use crate::data::DataFile;
use crate::error::Error;
use crate::names::FILTER;
use gongwen_i18n::tr;
use serde_json::Value as Json;
use std::sync::{Arc, Mutex};
use tera::{Filter, Kwargs, State, Tera, TeraResult, Value};

/// The `__gw_text` filter: a string, number, boolean or none passes unchanged (still safe
/// if it was safe, like an `m()` figure); a list or a mapping is refused and remembered
/// with the number of its print tag, so that the error can say what and where.
#[derive(Clone, Default)]
pub(crate) struct Guard {
    refused: Arc<Mutex<Option<(usize, Json)>>>,
}

impl Filter<Value, TeraResult<Value>> for Guard {
    fn call(&self, value: Value, kwargs: Kwargs, _: &State) -> TeraResult<Value> {
        if !value.is_array() && !value.is_map() {
            return Ok(value);
        }
        let n: usize = kwargs.get("n")?.unwrap_or_default();
        let json = serde_json::to_value(&value).unwrap_or_default();
        let message = tr!("print-needs-text", what = what("…", &json));
        if let Ok(mut refused) = self.refused.lock() {
            *refused = Some((n, json));
        }
        Err(tera::Error::message(message))
    }
}

impl Guard {
    /// Registers the filter with `tera`.
    pub(crate) fn register(&self, tera: &mut Tera) {
        tera.register_filter(FILTER, self.clone());
    }

    /// The refused value and its expression (from `prints`), taken: what it is and
    /// what to do, or `None` when nothing was refused.
    pub(crate) fn refusal(&self, prints: &[String]) -> Option<(String, Json)> {
        let (n, value) = self.refused.lock().ok()?.take()?;
        let expr = prints.get(n).cloned().unwrap_or_else(|| "…".to_string());
        Some((expr, value))
    }

    /// `err`, Tera's error placed at the template tag, said plainly when it is a refused
    /// value: placed at the value in `data` when the tag prints a name of the data as
    /// it is, else at the tag.
    pub(crate) fn explain(&self, err: Error, prints: &[String], data: &DataFile) -> Error {
        let Some((expr, value)) = self.refusal(prints) else {
            return err;
        };
        let what = what(&expr, &value);
        let hint = hint(&expr, &value);
        match data_place(&expr, &value, data) {
            Some((line, col)) => {
                let tag = match err.position {
                    Some((l, c)) => format!("{}:{l}:{c}", err.file.display()),
                    None => err.file.display().to_string(),
                };
                Error::new(
                    &data.path,
                    tr!("print-value-as-text", what = what, tag = tag),
                )
                .at(line, col)
                .hint(hint)
            }
            None => Error {
                message: tr!("print-needs-text", what = what),
                ..err
            }
            .hint(hint),
        }
    }
}

/// "`事由` 是一个列表（[甲, 乙]）".
pub(crate) fn what(expr: &str, value: &Json) -> String {
    let mut shown = String::new();
    flow(value, &mut shown);
    if shown.chars().count() > 40 {
        shown = shown.chars().take(40).collect::<String>() + "…";
    }
    if value.is_array() {
        tr!("print-is-list", expr = expr, shown = shown)
    } else {
        tr!("print-is-map", expr = expr, shown = shown)
    }
}

/// The three ways out: one text in the data, joined or picked in the template, a loop.
pub(crate) fn hint(expr: &str, value: &Json) -> String {
    let key = chain(expr).and_then(|parts| parts.last().copied());
    let operand = if key.is_some() {
        expr.to_string()
    } else {
        format!("({expr})")
    };
    let text = |example: &str| match key {
        Some(key) => tr!("print-write-text-as", example = format!("{key}: {example}")),
        None => tr!("print-write-text"),
    };
    match value {
        Json::Array(items) if items.iter().all(|i| !i.is_array() && !i.is_object()) => {
            let mut joined = Vec::new();
            for item in items {
                let mut s = String::new();
                flow(item, &mut s);
                joined.push(s);
            }
            tr!(
                "print-list-hint",
                text = text(&joined.join("、")),
                join = format!("{{{{ {operand} | join(sep=\"、\") }}}}"),
                each = format!("{{% for 项 in {operand} %}}{{{{ 项 }}}}{{% endfor %}}")
            )
        }
        Json::Array(_) => tr!(
            "print-nested-list-hint",
            each = format!("{{% for 项 in {operand} %}}…{{% endfor %}}"),
            text = text("…")
        ),
        _ => {
            let first = value.as_object().and_then(|m| m.keys().next());
            let each =
                format!("{{% for 键, 值 in {operand} %}}{{{{ 键 }}}}：{{{{ 值 }}}}{{% endfor %}}");
            match (key, first) {
                (Some(_), Some(first)) => tr!(
                    "print-map-pick-hint",
                    text = text("…"),
                    pick = format!("{{{{ {} }}}}", member(&operand, first)),
                    each = each
                ),
                _ => tr!("print-map-hint", text = text("…"), each = each),
            }
        }
    }
}

/// `operand.key`, or `operand["key"]` when `key` is not a name.
fn member(operand: &str, key: &str) -> String {
    if chain(key).is_some_and(|p| p.len() == 1) {
        format!("{operand}.{key}")
    } else {
        format!("{operand}[\"{}\"]", key.replace('"', "\\\""))
    }
}

/// The names of `expr` when it is a plain chain of names (`来文.标题`).
fn chain(expr: &str) -> Option<Vec<&str>> {
    let parts: Vec<&str> = expr.split('.').collect();
    parts
        .iter()
        .all(|p| {
            p.chars().next().is_some_and(|c| !c.is_ascii_digit())
                && p.chars().all(|c| c.is_alphanumeric() || c == '_')
        })
        .then_some(parts)
}

/// Where `value` is written in `data`, when `expr` names it there as it is.
fn data_place(expr: &str, value: &Json, data: &DataFile) -> Option<(usize, usize)> {
    let parts = chain(expr)?;
    let mut at = &data.value;
    for part in &parts {
        at = at.get(part)?;
    }
    (at == value).then(|| data.value_position(&parts)).flatten()
}

/// `value` as YAML's flow style writes it: `[甲, 乙]`, `{a: 1}`.
fn flow(value: &Json, out: &mut String) {
    match value {
        Json::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                flow(item, out);
            }
            out.push(']');
        }
        Json::Object(map) => {
            out.push('{');
            for (i, (k, v)) in map.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(k);
                out.push_str(": ");
                flow(v, out);
            }
            out.push('}');
        }
        Json::String(s) => out.push_str(s),
        other => out.push_str(&other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use crate::{DataFile, Job, Template};
    use std::path::{Path, PathBuf};

    const DATA: &str = "template: t\n事由: [甲, 乙]\n署名: {单位: 某局}\n乡镇: 3\n";

    fn job(template: &str) -> Job {
        Job {
            data: DataFile::parse(Path::new("d.yaml"), DATA.to_string()).unwrap(),
            template: Template {
                path: PathBuf::from("t.md.tera"),
                display: "t".into(),
                text: template.into(),
                dir: PathBuf::from("."),
            },
            root: crate::Root::new(None, Path::new("d.yaml"), crate::Limits::default()),
            dir: PathBuf::new(),
        }
    }

    #[test]
    fn a_list_printed_in_the_body_is_placed_at_the_data() {
        let e = job("正文\n共{{ 事由 }}。\n").render().unwrap_err();
        assert_eq!(e.file, Path::new("d.yaml"));
        assert_eq!(e.position, Some((2, 5)));
        assert_eq!(
            e.message,
            "`事由` 是一个列表（[甲, 乙]），模板却把它印成一段文字（t.md.tera:2:2）"
        );
        let hint = e.hint.unwrap();
        assert!(hint.contains("`事由: 甲、乙`"), "{hint}");
        assert!(hint.contains("{{ 事由 | join(sep=\"、\") }}"), "{hint}");
    }

    #[test]
    fn a_mapping_in_the_front_matter_is_placed_at_the_data_an_expression_at_the_tag() {
        let e = job("---\nsignatures: [\"{{ 署名 }}\"]\n---\n正文\n")
            .render()
            .unwrap_err();
        assert_eq!(
            (e.file.as_path(), e.position),
            (Path::new("d.yaml"), Some((3, 5)))
        );
        assert!(
            e.message.starts_with("`署名` 是一个映射（{单位: 某局}）"),
            "{}",
            e.message
        );
        assert!(e.hint.unwrap().contains("{{ 署名.单位 }}"));
        let e = job("正文\n\n{{- 事由 | reverse -}}\n")
            .render()
            .unwrap_err();
        assert_eq!(
            (e.file.as_path(), e.position),
            (Path::new("t.md.tera"), Some((3, 1)))
        );
        assert_eq!(
            e.message,
            "`事由 | reverse` 是一个列表（[乙, 甲]），这里要印一段文字"
        );
    }

    #[test]
    fn text_numbers_joins_loops_and_figures_print_as_before() {
        let template = "---\ntitle: \"{{ 乡镇 }}{{ 事由 | join(sep='、') }}\"\n---\n\
            {{ 乡镇 }}{{- 事由 | join(sep=\"、\") -}}，{% for 项 in 事由 %}{{ 项 }}{% endfor %}\
            {{ 事由 | length }}{{ 署名.单位 }}{{ m(name=\"数\", unit=\"个\") }}{% raw %}{{ 事由 }}{% endraw %}\n";
        let rendered = job(template).render().unwrap();
        assert_eq!(rendered.front.title.as_deref(), Some("3甲、乙"));
        assert!(
            rendered.body.starts_with("3甲、乙，甲乙2某局<gw-metric"),
            "{}",
            rendered.body
        );
        assert!(
            rendered.body.ends_with("\\{\\{ 事由 \\}\\}") || rendered.body.ends_with("{{ 事由 }}"),
            "{}",
            rendered.body
        );
    }
}
