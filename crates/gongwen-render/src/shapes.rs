//! What each field of a frame (a template's front matter, a data file's `document:`)
//! holds, said in words when a value has the wrong shape: "`attendance` 应是列表，每项有
//! `label` 和 `names`", never the Rust type it is read into.

use gongwen_i18n::tr;
use serde_json::Value as Json;

/// What a field holds.
enum Shape {
    /// One text.
    Text,
    /// A list of texts.
    Texts,
    /// `true` or `false`.
    Bool,
    /// One of the layouts' names.
    Kind,
    /// A mapping of these fields.
    Map(&'static [(&'static str, Shape)]),
    /// A list of mappings with these two texts each.
    Pairs(&'static str, &'static str),
    /// The figures' declarations: a mapping.
    Metrics,
}

const KINDS: &[&str] = &[
    "circular",
    "speech",
    "report",
    "resolution",
    "news",
    "letter",
    "order",
    "minutes",
];

const HEADER: &[(&str, Shape)] = &[
    ("copy_number", Shape::Text),
    ("secrecy", Shape::Text),
    ("urgency", Shape::Text),
    ("agencies", Shape::Texts),
    ("suffix", Shape::Text),
    ("doc_number", Shape::Text),
    ("signers", Shape::Texts),
    ("editor", Shape::Text),
    ("edited", Shape::Text),
];

const COLOPHON: &[(&str, Shape)] = &[
    ("cc", Shape::Texts),
    ("printer", Shape::Text),
    ("print_date", Shape::Text),
    ("distribution", Shape::Pairs("label", "to")),
];

const MASTHEAD: &[(&str, Shape)] = &[
    ("name", Shape::Text),
    ("issue", Shape::Text),
    ("editor", Shape::Text),
    ("date", Shape::Text),
];

const FRAME: &[(&str, Shape)] = &[
    ("kind", Shape::Kind),
    ("header", Shape::Map(HEADER)),
    ("title", Shape::Text),
    ("title_note", Shape::Text),
    ("addressee", Shape::Text),
    ("signatures", Shape::Texts),
    ("date", Shape::Text),
    ("seal", Shape::Text),
    ("note", Shape::Text),
    ("colophon", Shape::Map(COLOPHON)),
    ("masthead", Shape::Map(MASTHEAD)),
    ("byline", Shape::Text),
    ("attendance", Shape::Pairs("label", "names")),
    ("single_sided", Shape::Bool),
    ("metrics", Shape::Metrics),
];

/// A value that does not fit its field: the keys leading to it (to place it), what is
/// wrong and what to write.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Misfit {
    /// The mapping keys from the frame's top to the field at fault.
    pub keys: Vec<String>,
    /// What is wrong.
    pub message: String,
    /// What to write instead.
    pub hint: String,
    /// Whether it is the key itself that is wrong (a field that does not exist).
    pub at_key: bool,
}

impl Misfit {
    /// The place of the key at fault, when its value is at `at` in `text`: the key's
    /// column on the value's line, else `at` itself.
    pub(crate) fn place(&self, text: &str, at: (usize, usize)) -> (usize, usize) {
        let (Some(key), true) = (self.keys.last(), self.at_key) else {
            return at;
        };
        let line = text.lines().nth(at.0.saturating_sub(1)).unwrap_or_default();
        let before: String = line.chars().take(at.1.saturating_sub(1)).collect();
        before
            .rfind(key.as_str())
            .map_or(at, |b| (at.0, before[..b].chars().count() + 1))
    }
}

/// The first field of the frame `value` whose value has the wrong shape; `name` is how
/// the frame is named in messages (`document`, or empty for a template's front matter).
pub(crate) fn misfit(value: &Json, name: &str) -> Option<Misfit> {
    let mut keys = Vec::new();
    fits(value, &Shape::Map(FRAME), name, &mut keys)
}

fn fits(value: &Json, shape: &Shape, field: &str, keys: &mut Vec<String>) -> Option<Misfit> {
    let text = |v: &Json| v.is_string();
    let misfit = |(message, hint): (String, String)| Misfit {
        keys: keys.clone(),
        message,
        hint,
        at_key: false,
    };
    let shown = shown(field);
    match shape {
        Shape::Text if !text(value) && !value.is_null() => Some(misfit((
            tr!("shape-text", field = &shown),
            tr!("shape-text-hint"),
        ))),
        Shape::Texts if !value.as_array().is_some_and(|items| items.iter().all(text)) => {
            Some(misfit((
                tr!("shape-texts", field = &shown),
                tr!("shape-texts-hint", field = leaf(field)),
            )))
        }
        Shape::Bool if !value.is_boolean() => Some(misfit((
            tr!("shape-bool", field = &shown),
            tr!("shape-bool-hint"),
        ))),
        Shape::Kind if !value.as_str().is_some_and(|k| KINDS.contains(&k)) => Some(misfit((
            tr!("shape-kind", field = &shown),
            tr!("shape-kind-hint", kinds = KINDS.join(", ")),
        ))),
        Shape::Pairs(a, b) if !pairs(value, a, b) => Some(misfit((
            tr!("shape-pairs", field = &shown, first = *a, second = *b),
            tr!(
                "shape-pairs-hint",
                field = leaf(field),
                first = *a,
                second = *b
            ),
        ))),
        Shape::Metrics if !value.is_object() && !value.is_null() => Some(misfit((
            tr!("shape-metrics", field = &shown),
            tr!("shape-metrics-hint"),
        ))),
        Shape::Map(fields) => map_fits(value, fields, field, keys),
        _ => None,
    }
}

/// `value` against a mapping of `fields`: each entry known and of its shape.
fn map_fits(
    value: &Json,
    fields: &[(&str, Shape)],
    field: &str,
    keys: &mut Vec<String>,
) -> Option<Misfit> {
    let names: Vec<&str> = fields.iter().map(|(n, _)| *n).collect();
    let Some(map) = value.as_object() else {
        return (!value.is_null() || field.is_empty()).then(|| Misfit {
            keys: keys.clone(),
            message: tr!("shape-map", field = shown(field)),
            hint: tr!("shape-keys", keys = names.join(", ")),
            at_key: false,
        });
    };
    for (key, inner) in map {
        let sub = if field.is_empty() {
            key.clone()
        } else {
            format!("{field}.{key}")
        };
        keys.push(key.clone());
        let found = match fields.iter().find(|(n, _)| n == key) {
            None => Some(Misfit {
                keys: keys.clone(),
                message: tr!("shape-unknown", field = shown(field), key = key),
                hint: unknown_hint(key, &names),
                at_key: true,
            }),
            Some((_, shape)) => fits(inner, shape, &sub, keys),
        };
        keys.pop();
        if found.is_some() {
            return found;
        }
    }
    None
}

/// The fields a mapping may set, the nearest to `key` first when one is near.
fn unknown_hint(key: &str, names: &[&str]) -> String {
    let all = tr!("shape-keys", keys = names.join(", "));
    let near = names
        .iter()
        .map(|n| (strsim::normalized_levenshtein(key, n), *n))
        .filter(|(d, _)| *d >= 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    match near {
        Some((_, name)) => tr!("shape-did-you-mean", name = name, rest = all),
        None => all,
    }
}

/// How a field is named in a message: `document.title` in backticks, or the front matter.
pub(crate) fn shown(field: &str) -> String {
    if field.is_empty() {
        tr!("shape-front-matter")
    } else {
        format!("`{field}`")
    }
}

/// Whether `value` is a list of mappings with the texts `a` and `b` and nothing else.
fn pairs(value: &Json, a: &str, b: &str) -> bool {
    value.as_array().is_some_and(|items| {
        items.iter().all(|item| {
            item.as_object().is_some_and(|m| {
                m.len() == 2
                    && m.get(a).is_some_and(Json::is_string)
                    && m.get(b).is_some_and(Json::is_string)
            })
        })
    })
}

/// The last name of a dotted field: what it is called on its own line.
fn leaf(field: &str) -> &str {
    field.rsplit('.').next().unwrap_or(field)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_misfit_says_in_words_what_the_field_holds() {
        let m =
            misfit(&json!({"title": "甲", "attendance": "张三"}), "document").expect("a misfit");
        assert_eq!(m.keys, ["attendance"]);
        assert_eq!(
            m.message,
            "`document.attendance` 应是列表，每项有 `label` 和 `names`"
        );
        assert!(
            !m.message.contains("Option") && !m.hint.contains("struct"),
            "{m:?}"
        );
        let m = misfit(&json!({"masthead": {"isue": "第13期"}}), "document").expect("a misfit");
        assert_eq!(m.keys, ["masthead", "isue"]);
        assert_eq!(m.message, "`document.masthead` 里没有 `isue` 这一项");
        assert!(m.hint.starts_with("是不是 `issue`？"), "{}", m.hint);
        let m = misfit(&json!({"titel": "题"}), "").expect("a misfit");
        assert_eq!(m.message, "模板开头的 front matter 里没有 `titel` 这一项");
        let m = misfit(&json!({"header": {"agencies": "某局"}}), "").expect("a misfit");
        assert_eq!(m.message, "`header.agencies` 应是一列文字");
        assert_eq!(
            misfit(&json!({"title": null, "kind": "speech"}), "document"),
            None
        );
        assert!(misfit(&json!("甲"), "document").is_some());
    }
}
