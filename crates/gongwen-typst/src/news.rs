//! The parts of a 简报 or 工作信息 that a 公文 lacks: the red 报头 and the 报/送/发 lines.

use crate::escape::{grid_text, string};
use crate::literal::opt;
use gongwen_model::{Distribution, Masthead};
use std::fmt::Write;

/// Writes the 报头: `#masthead(name: …, issue: …, editor: …, date: …)`, every field a
/// string literal.
pub(crate) fn masthead(out: &mut String, m: &Masthead) {
    let _ = writeln!(
        out,
        "#masthead(name: {}, issue: {}, editor: {}, date: {})",
        string(&m.name),
        opt(&m.issue),
        opt(&m.editor),
        opt(&m.date),
    );
}

/// The `distribution:` argument of `#colophon` (with its trailing `, `), or nothing when
/// there are no distribution lines, so that other documents' markup is unchanged.
///
/// Each line is `([label：], [to])`, both on the character grid.
pub(crate) fn distribution(lines: &[Distribution]) -> String {
    if lines.is_empty() {
        return String::new();
    }
    let items: String = lines
        .iter()
        .map(|d| {
            format!(
                "([{}], [{}]), ",
                grid_text(&format!("{}：", d.label)),
                grid_text(&d.to)
            )
        })
        .collect();
    format!("distribution: ({items}), ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::{document_markup, document_source};
    use crate::{Fonts, Typesetter, page_text};
    use gongwen_model::{Colophon, Document, Inline, Title};

    const AWKWARD: &str = r#"#x $y$ *z* [a] \ "q""#;

    fn news() -> Document {
        Document {
            kind: gongwen_model::DocKind::News,
            title: Title {
                text: vec![Inline::Text("题目".into())],
                note: None,
            },
            masthead: Some(Masthead {
                name: format!("信息{AWKWARD}"),
                issue: Some(format!("第1期{AWKWARD}")),
                editor: Some(format!("办公室{AWKWARD}编")),
                date: Some("2023年6月30日".into()),
            }),
            byline: Some(vec![Inline::Text(format!("供稿{AWKWARD}"))]),
            colophon: Some(Colophon {
                distribution: vec![Distribution {
                    label: "报".into(),
                    to: format!("省总工会{AWKWARD}"),
                }],
                ..Colophon::default()
            }),
            ..Document::default()
        }
    }

    #[test]
    fn masthead_fields_are_string_literals() {
        let mut out = String::new();
        masthead(&mut out, &news().masthead.unwrap());
        assert_eq!(
            out,
            concat!(
                r##"#masthead(name: "信息#x $y$ *z* [a] \\ \"q\"", "##,
                r##"issue: "第1期#x $y$ *z* [a] \\ \"q\"", "##,
                r##"editor: "办公室#x $y$ *z* [a] \\ \"q\"编", date: "2023年6月30日")"##,
                "\n"
            )
        );
    }

    #[test]
    fn distribution_lines_are_grid_text() {
        let d = [Distribution {
            label: "报".into(),
            to: "甲，#$".into(),
        }];
        assert_eq!(
            distribution(&d),
            r##"distribution: (([#g[#"报"#pc("：")]], [#g[#"甲"#pc("，")]#"#$"]), ), "##
        );
        assert_eq!(distribution(&[]), "");
    }

    #[test]
    fn documents_without_them_keep_their_markup() {
        let mut doc = news();
        doc.masthead = None;
        doc.byline = None;
        doc.colophon = Some(Colophon::default());
        let markup = document_markup(&doc);
        assert!(!markup.contains("masthead") && !markup.contains("byline"));
        assert!(markup.contains("#colophon(cc: none,"), "{markup}");
    }

    #[test]
    fn user_text_prints_as_itself() {
        let fonts = Fonts::load().expect("fonts");
        let typesetter = Typesetter::new(fonts);
        let doc = news();
        let source = document_source(&doc, typesetter.fonts());
        let pages = typesetter
            .compile(source, Vec::new())
            .unwrap_or_else(|e| panic!("{e:?}"));
        let text: String = page_text(&pages)
            .concat()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let awkward: String = AWKWARD.chars().filter(|c| !c.is_whitespace()).collect();
        for want in [
            format!("信息{awkward}"),
            format!("第1期{awkward}"),
            format!("办公室{awkward}编"),
            "2023年6月30日".into(),
            format!("供稿{awkward}"),
            format!("报：省总工会{awkward}"),
        ] {
            assert!(text.contains(&want), "{want:?} is missing from {text}");
        }
    }
}
