//! The YAML the importer writes, through serde: the template's front matter here, the data
//! file in [`crate::data`], each in the shape gongwen reads (gongwen-model's `FrontMatter`).

use crate::declared::Declared;
use crate::escape::tera_safe;
use crate::parse::Parsed;
use gongwen_i18n::tr;
use gongwen_model::{DocKind, FigureStyle, MetricKind};
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};
use serde_saphyr::{FlowMap, FlowSeq};
use std::fmt;

/// The YAML for the template or the data could not be written.
#[derive(Debug)]
pub struct YamlError(serde_saphyr::SerializeError);

impl fmt::Display for YamlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&tr!("import-yaml", error = self.0.to_string()))
    }
}

impl std::error::Error for YamlError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0)
    }
}

/// `value` as YAML: block mappings, strings quoted only where YAML needs it.
pub(crate) fn to_yaml<T: Serialize>(value: &T) -> Result<String, YamlError> {
    serde_saphyr::to_string(value).map_err(YamlError)
}

/// A mapping whose keys keep the order given (metrics in reading order).
pub(crate) struct Ordered<K, V>(pub(crate) Vec<(K, V)>);

impl<K: Serialize, V: Serialize> Serialize for Ordered<K, V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<K, V> Ordered<K, V> {
    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A short list, written on one line: `[a, b]`.
pub(crate) type List<'a> = FlowSeq<&'a [String]>;

/// The list is empty (and is left out).
pub(crate) fn no_items(list: &List<'_>) -> bool {
    list.0.is_empty()
}

/// The template's front matter: the parts Tera renders (title, 题注, byline, 主送) and
/// the metric declarations.
#[derive(Serialize)]
struct TemplateMatter<'a> {
    kind: DocKind,
    title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    title_note: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    byline: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    addressee: Option<String>,
    #[serde(skip_serializing_if = "Ordered::is_empty")]
    metrics: Ordered<&'a str, FlowMap<SpecMatter<'a>>>,
}

/// A metric's declaration, as far as the importer knows it.
#[derive(Serialize)]
struct SpecMatter<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    label: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<MetricKind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    style: Option<FigureStyle>,
    #[serde(skip_serializing_if = "Option::is_none")]
    decimals: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    placeholder: Option<&'a str>,
}

/// The template's front matter between its `---` lines, with a comment on where it came
/// from. The strings Tera renders have their `{{` written so that they print as typed.
pub(crate) fn front_matter(
    p: &Parsed,
    source: &str,
    metrics: &[Declared],
) -> Result<String, YamlError> {
    let rendered = |s: &Option<String>| s.as_deref().map(tera_safe);
    let matter = TemplateMatter {
        kind: p.kind,
        title: tera_safe(&p.title.join("\n")),
        title_note: rendered(&p.title_note),
        byline: rendered(&p.byline),
        addressee: rendered(&p.addressee),
        metrics: Ordered(
            metrics
                .iter()
                .map(|m| {
                    let s = &m.spec;
                    let spec = SpecMatter {
                        label: s.label.as_deref(),
                        unit: s.unit.as_deref(),
                        kind: s.kind,
                        style: s.style,
                        decimals: s.decimals,
                        placeholder: s.placeholder.as_deref(),
                    };
                    (m.name.as_str(), FlowMap(spec))
                })
                .collect(),
        ),
    };
    Ok(format!(
        "---\n{}{}{}---\n",
        comment(&tr!("import-template-comment-source", source = source)),
        comment(&tr!("import-template-comment-metrics")),
        to_yaml(&matter)?
    ))
}

/// `text` as a YAML comment line: `# text`, every line break in it (a file's name may
/// hold one) made a space, so that nothing of it is read as YAML.
pub(crate) fn comment(text: &str) -> String {
    let line: String = text
        .chars()
        .map(|c| {
            if c.is_control() || is_break(c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    format!("# {line}\n")
}

/// A character YAML may take for a line break.
fn is_break(c: char) -> bool {
    matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}')
}
