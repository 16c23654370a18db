//! The data file, through serde: the frame's details under `document:` (the shape of
//! gongwen-model's `FrontMatter`), every figure under `metrics:` in reading order.

use crate::declared::Declared;
use crate::parse::Parsed;
use crate::yaml::{List, Ordered, YamlError, comment, no_items, to_yaml};
use gongwen_i18n::tr;
use gongwen_model::{Attendance, Colophon, Distribution, Header, Masthead};
use serde::Serialize;
use serde::ser::Serializer;
use serde_saphyr::{FlowMap, FlowSeq};

/// The data file's `template:` and `document:` entries.
#[derive(Serialize)]
struct DataMatter<'a> {
    template: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    document: Option<DocumentMatter<'a>>,
}

/// The frame of the document: the `document:` entry of a data file.
#[derive(Serialize)]
struct DocumentMatter<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    header: Option<HeaderMatter<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    masthead: Option<MastheadMatter<'a>>,
    #[serde(skip_serializing_if = "no_items")]
    signatures: List<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    attendance: Vec<FlowMap<&'a Attendance>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    colophon: Option<ColophonMatter<'a>>,
}

/// 版头.
#[derive(Serialize)]
struct HeaderMatter<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    copy_number: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    secrecy: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    urgency: Option<&'a str>,
    #[serde(skip_serializing_if = "no_items")]
    agencies: List<'a>,
    suffix: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    doc_number: Option<&'a str>,
    #[serde(skip_serializing_if = "no_items")]
    signers: List<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    editor: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    edited: Option<&'a str>,
}

impl<'a> From<&'a Header> for HeaderMatter<'a> {
    fn from(h: &'a Header) -> Self {
        HeaderMatter {
            copy_number: h.copy_number.as_deref(),
            secrecy: h.secrecy.as_deref(),
            urgency: h.urgency.as_deref(),
            agencies: FlowSeq(&h.agencies),
            suffix: &h.suffix,
            doc_number: h.doc_number.as_deref(),
            signers: FlowSeq(&h.signers),
            editor: h.editor.as_deref(),
            edited: h.edited.as_deref(),
        }
    }
}

/// 刊头.
#[derive(Serialize)]
struct MastheadMatter<'a> {
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    issue: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    editor: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
}

impl<'a> From<&'a Masthead> for MastheadMatter<'a> {
    fn from(m: &'a Masthead) -> Self {
        MastheadMatter {
            name: &m.name,
            issue: m.issue.as_deref(),
            editor: m.editor.as_deref(),
            date: m.date.as_deref(),
        }
    }
}

/// 版记.
#[derive(Serialize)]
struct ColophonMatter<'a> {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    distribution: Vec<FlowMap<&'a Distribution>>,
    #[serde(skip_serializing_if = "no_items")]
    cc: List<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    printer: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    print_date: Option<&'a str>,
}

impl<'a> From<&'a Colophon> for ColophonMatter<'a> {
    fn from(c: &'a Colophon) -> Self {
        ColophonMatter {
            distribution: c.distribution.iter().map(FlowMap).collect(),
            cc: FlowSeq(&c.cc),
            printer: c.printer.as_deref(),
            print_date: c.print_date.as_deref(),
        }
    }
}

/// A figure's value: a whole number as one (`120`, not `120.0`), `null` for a placeholder.
struct Figure(Option<f64>);

impl Serialize for Figure {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            // Exact: a whole number well within i64.
            Some(v) if v.fract() == 0.0 && v.abs() < 1e15 => s.serialize_i64(v as i64),
            Some(v) => s.serialize_f64(v),
            None => s.serialize_none(),
        }
    }
}

/// The data file's `metrics:` entry.
#[derive(Serialize)]
struct MetricsMatter<'a> {
    metrics: Ordered<&'a str, Figure>,
}

/// The data file's text: the frame's details under `document:`, every figure under `metrics:`.
pub(crate) fn data(p: &Parsed, metrics: &[Declared]) -> Result<String, YamlError> {
    let document = DocumentMatter {
        header: p.header.as_ref().map(HeaderMatter::from),
        masthead: p.masthead.as_ref().map(MastheadMatter::from),
        signatures: FlowSeq(&p.signatures),
        date: p.date.as_deref(),
        note: p.note.as_deref(),
        attendance: p.attendance.iter().map(FlowMap).collect(),
        colophon: (!crate::frame::colophon_is_empty(&p.colophon))
            .then(|| ColophonMatter::from(&p.colophon)),
    };
    let empty = document.header.is_none()
        && document.masthead.is_none()
        && no_items(&document.signatures)
        && document.date.is_none()
        && document.note.is_none()
        && document.attendance.is_empty()
        && document.colophon.is_none();
    let head = DataMatter {
        template: "template.md.tera",
        document: (!empty).then_some(document),
    };
    let mut d = comment(&tr!("import-data-comment"));
    d.push_str(&to_yaml(&head)?);
    if !metrics.is_empty() {
        d.push_str(&comment(&tr!("import-data-null-comment")));
        let figures = MetricsMatter {
            metrics: Ordered(
                metrics
                    .iter()
                    .map(|m| (m.name.as_str(), Figure(m.value)))
                    .collect(),
            ),
        };
        d.push_str(&to_yaml(&figures)?);
    }
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::escape::tera_safe;
    use crate::yaml::front_matter;
    use serde_json::{Value, json};

    /// Values YAML could take for something else, or that need quoting or escaping.
    const HOSTILE: &[&str] = &[
        "a: b",
        "# 注",
        "a #b",
        "- 项",
        "{{ x }}",
        "{% if %}",
        "it's",
        "say \"hi\"",
        "a\tb",
        "~",
        "null",
        "yes",
        "No",
        "true",
        "0012",
        "1e3",
        ".inf",
        "2023-04-10",
        "第一行\n第二行",
        "结尾换行\n",
        "\n开头换行",
        " 前后空格 ",
        "\u{3000}全角空格",
        "",
        "[a, b]",
        "a, b",
        "{a: b}",
        "&anchor",
        "*alias",
        "!tag",
        "%directive",
        "@at",
        "`tick`",
        "|",
        ">",
        "? 问",
        "\\反斜杠",
        "省总工会，省人力资源和社会保障厅，市委办公室，市政府办公室，各县（市、区）总工会，市直各产业工会，市总工会机关各部室 and some words to pass eighty characters",
    ];

    fn parsed(v: &str) -> Parsed {
        let s = || Some(v.to_string());
        let two = || vec![v.to_string(), v.to_string()];
        Parsed {
            header: Some(Header {
                copy_number: s(),
                secrecy: s(),
                urgency: s(),
                agencies: two(),
                suffix: v.to_string(),
                doc_number: s(),
                signers: two(),
                editor: s(),
                edited: s(),
            }),
            masthead: Some(Masthead {
                name: v.to_string(),
                issue: s(),
                editor: s(),
                date: s(),
            }),
            title: vec![v.to_string(), v.to_string()],
            title_note: s(),
            byline: s(),
            addressee: s(),
            signatures: two(),
            date: s(),
            note: s(),
            attendance: vec![Attendance {
                label: v.to_string(),
                names: v.to_string(),
            }],
            colophon: Colophon {
                cc: two(),
                printer: s(),
                print_date: s(),
                distribution: vec![Distribution {
                    label: v.to_string(),
                    to: v.to_string(),
                }],
            },
            ..Parsed::default()
        }
    }

    fn read_back(yaml: &str) -> Value {
        serde_saphyr::from_str(yaml).unwrap_or_else(|e| panic!("{e}\n{yaml}"))
    }

    #[test]
    fn hostile_values_read_back_as_written() {
        for &v in HOSTILE {
            let p = parsed(v);
            let declared = Declared {
                name: "人数".into(),
                spec: gongwen_model::MetricSpec {
                    label: Some(v.into()),
                    unit: Some(v.into()),
                    placeholder: Some(v.into()),
                    ..Default::default()
                },
                value: None,
                typed: v.into(),
            };
            let yaml = data(&p, std::slice::from_ref(&declared)).unwrap();
            let d = read_back(&yaml);
            let doc = &d["document"];
            let two = json!([v, v]);
            let keys = ["copy_number", "secrecy", "urgency", "suffix", "doc_number"];
            for key in keys.into_iter().chain(["editor", "edited"]) {
                assert_eq!(doc["header"][key], v, "header.{key} {v:?}\n{yaml}");
            }
            assert_eq!(doc["header"]["agencies"], two, "{yaml}");
            assert_eq!(doc["header"]["signers"], two, "{yaml}");
            for key in ["name", "issue", "editor", "date"] {
                assert_eq!(doc["masthead"][key], v, "masthead.{key} {v:?}\n{yaml}");
            }
            assert_eq!(doc["signatures"], two, "{yaml}");
            assert_eq!(doc["date"], v, "{yaml}");
            assert_eq!(doc["note"], v, "{yaml}");
            let c = &doc["colophon"];
            assert_eq!(c["cc"], two, "{yaml}");
            assert_eq!(c["printer"], v, "{yaml}");
            assert_eq!(c["print_date"], v, "{yaml}");
            assert_eq!(c["distribution"], json!([{"label": v, "to": v}]), "{yaml}");
            let attendance = json!([{"label": v, "names": v}]);
            assert_eq!(doc["attendance"], attendance, "{yaml}");
            assert_eq!(d["metrics"]["人数"], Value::Null, "{yaml}");

            // The file's name goes into a comment: a line break in it starts no YAML.
            let template = front_matter(&p, &format!("{v}.txt"), &[declared]).unwrap();
            let yaml = template
                .strip_prefix("---\n")
                .unwrap()
                .strip_suffix("---\n")
                .unwrap();
            let t = read_back(yaml);
            // Tera renders these strings: `{{` is written as an expression printing `{`.
            let rendered = tera_safe(v);
            assert_eq!(t["title"], tera_safe(&format!("{v}\n{v}")), "{yaml}");
            for key in ["title_note", "byline", "addressee"] {
                assert_eq!(t[key], rendered, "{key} {v:?}\n{yaml}");
            }
            let spec = &t["metrics"]["人数"];
            for key in ["label", "unit", "placeholder"] {
                assert_eq!(spec[key], v, "{key} {v:?}\n{yaml}");
            }
        }
    }

    #[test]
    fn figures_are_numbers_in_reading_order() {
        let metrics: Vec<Declared> = [("乙", Some(120.0)), ("甲", Some(2356.8)), ("丙", None)]
            .into_iter()
            .map(|(name, value)| Declared {
                name: name.into(),
                spec: gongwen_model::MetricSpec::default(),
                value,
                typed: String::new(),
            })
            .collect();
        let yaml = data(&Parsed::default(), &metrics).unwrap();
        assert!(
            yaml.ends_with("metrics:\n  乙: 120\n  甲: 2356.8\n  丙: null\n"),
            "{yaml}"
        );
        assert!(!yaml.contains("\ndocument:"), "{yaml}");
    }
}
