//! Inline runs as Word runs: text as typed, lead sentences bold, missing figures highlighted.

use crate::styles::{LEAD, MISSING_FIGURE};
use docx_rs::{Paragraph, Run};
use gongwen_model::Inline;

/// The runs of `inlines`, each in the character style of its kind.
///
/// A missing figure prints as its placeholder and unit on the pale yellow of the PDF,
/// in the character style 待填数字, so a writer finds it and one style change removes
/// every highlight; a figure inside a lead sentence keeps the lead's weight.
pub(crate) fn runs(inlines: &[Inline]) -> Vec<Run> {
    let mut out = Vec::new();
    push(inlines, false, &mut out);
    out
}

fn push(inlines: &[Inline], lead: bool, out: &mut Vec<Run>) {
    for inline in inlines {
        match inline {
            Inline::Text(text) => out.push(styled(Run::new().add_text(text.as_str()), lead)),
            Inline::Lead(inner) => push(inner, true, out),
            Inline::Metric(metric) if metric.value.is_none() => {
                let run = Run::new()
                    .style(MISSING_FIGURE.0)
                    .add_text(metric.display());
                out.push(if lead { run.bold() } else { run });
            }
            Inline::Metric(metric) => out.push(styled(Run::new().add_text(metric.display()), lead)),
        }
    }
}

fn styled(run: Run, lead: bool) -> Run {
    if lead { run.style(LEAD.0) } else { run }
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
            }),
            Inline::Metric(Metric {
                name: "m".into(),
                unit: "人".into(),
                value: Some("12".into()),
                placeholder: None,
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
    fn user_text_is_text() {
        let xml = xml(text_paragraph("Normal", r#"#x $y$ *z* [a] \ <b> & "q""#));
        assert!(xml.contains("&lt;b&gt; &amp;"), "{xml}");
        assert!(!xml.contains("<b>"), "{xml}");
    }
}
