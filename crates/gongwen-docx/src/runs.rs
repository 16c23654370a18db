//! Inline runs as Word runs: text as typed, lead sentences bold, missing figures highlighted.

use crate::styles::{LEAD, MISSING_FIGURE};
use crate::units::MISSING;
use docx_rs::{Paragraph, Run, Shading};
use gongwen_model::Inline;

/// The runs of `inlines`, each in the character style of its kind.
///
/// A missing figure prints as its placeholder and unit on the pale yellow of the PDF,
/// in the character style 待填数字, so a writer finds it and one style change removes
/// every highlight; a figure inside a lead sentence keeps the lead's weight.
pub(crate) fn runs(inlines: &[Inline]) -> Vec<Run> {
    let mut out = Vec::new();
    push(inlines, false, None, &mut out);
    out
}

/// The runs of `inlines` in the character style `base` (a run-in heading's): a missing
/// figure keeps its highlight and a lead its weight, set directly on the run.
pub(crate) fn runs_in(inlines: &[Inline], base: &str) -> Vec<Run> {
    let mut out = Vec::new();
    push(inlines, false, Some(base), &mut out);
    out
}

fn push(inlines: &[Inline], lead: bool, base: Option<&str>, out: &mut Vec<Run>) {
    for inline in inlines {
        let (run, missing) = match inline {
            Inline::Text(text) => (Run::new().add_text(text.as_str()), false),
            Inline::Lead(inner) => {
                push(inner, true, base, out);
                continue;
            }
            Inline::Metric(metric) => (Run::new().add_text(metric.display()), metric.marked()),
        };
        let run = match (base, missing, lead) {
            (Some(base), true, _) => run
                .style(base)
                .shading(Shading::new().fill(MISSING).color("auto")),
            (Some(base), false, _) => run.style(base),
            (None, true, _) => run.style(MISSING_FIGURE.0),
            (None, false, true) => run.style(LEAD.0),
            (None, false, false) => run,
        };
        out.push(if lead && (missing || base.is_some()) {
            run.bold()
        } else {
            run
        });
    }
}

/// A paragraph in style `style` holding `runs`.
pub(crate) fn paragraph(style: &str, runs: Vec<Run>) -> Paragraph {
    runs.into_iter()
        .fold(Paragraph::new().style(style), Paragraph::add_run)
}

/// A paragraph in style `style` holding plain `text`.
pub(crate) fn text_paragraph(style: &str, text: &str) -> Paragraph {
    paragraph(style, vec![Run::new().add_text(text)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use gongwen_model::Metric;

    fn xml(p: Paragraph) -> String {
        use docx_rs::BuildXML;
        String::from_utf8(p.build()).expect("UTF-8")
    }

    #[test]
    fn missing_figures_and_leads_are_styled() {
        let runs = runs(&[
            Inline::Lead(vec![Inline::Text("一是学习。".into())]),
            Inline::Text("开展".into()),
            Inline::Metric(Metric {
                name: "n".into(),
                unit: "次".into(),
                value: None,
                placeholder: None,
                faulty: false,
            }),
            Inline::Metric(Metric {
                name: "m".into(),
                unit: "人".into(),
                value: Some("12".into()),
                placeholder: None,
                faulty: false,
            }),
        ]);
        let xml = xml(paragraph("Normal", runs));
        assert!(
            xml.contains(r#"<w:rStyle w:val="GwLead" />"#)
                || xml.contains(r#"<w:rStyle w:val="GwLead"/>"#),
            "{xml}"
        );
        assert!(xml.contains("GwMissing"), "{xml}");
        assert!(xml.contains("〔...〕次"), "{xml}");
        assert!(xml.contains("12人"), "{xml}");
    }

    #[test]
    fn a_run_in_heading_keeps_its_missing_figures_highlighted() {
        let runs = runs_in(
            &[
                Inline::Text("共开展".into()),
                Inline::Metric(Metric {
                    name: "n".into(),
                    unit: "次".into(),
                    value: None,
                    placeholder: None,
                    faulty: false,
                }),
            ],
            "GwHeading2Char",
        );
        let xml = xml(paragraph("Normal", runs));
        assert_eq!(xml.matches("GwHeading2Char").count(), 2, "{xml}");
        assert!(xml.contains(r#"w:fill="FFEC99""#), "{xml}");
    }

    #[test]
    fn user_text_is_text() {
        let xml = xml(text_paragraph("Normal", r#"#x $y$ *z* [a] \ <b> & "q""#));
        assert!(xml.contains("&lt;b&gt; &amp;"), "{xml}");
        assert!(!xml.contains("<b>"), "{xml}");
    }
}
