//! Sections: the 信函's page 1 without a page number (`w:titlePg` with an empty first-page
//! footer), and the 版记 in a section of its own that starts on an even page (§7.5), so
//! that Word and LibreOffice insert a blank page when the body ends on an even page.
//!
//! docx-rs writes one section; its `w:sectPr` is copied into the paragraph [`MARKER`]
//! stands in, which then ends the body's section, and the final one gets `w:type evenPage`.

use crate::DocxError;
use docx_rs::{Paragraph, Run};

/// The package part the sections are set in.
const DOCUMENT: &str = "word/document.xml";
/// The text of the run that marks the paragraph ending the body's section.
const MARKER: &str = "GW-SECTION-END";

/// The paragraph, one point high, that ends the body's section.
pub(crate) fn section_end() -> Paragraph {
    Paragraph::new()
        .line_spacing(crate::frame::exact_height(20))
        .add_run(Run::new().add_text(MARKER))
}

/// `document` with its sections set, each with its own settings: the body's portrait
/// sections (also those [`crate::landscape`] ends before a wide table) the normal footers,
/// `first_unnumbered` giving the document's first section the empty first-page footer
/// (titlePg); landscape sections their turned footers; with `split`, the body's section
/// ends at [`section_end`] and the last (the 版记's) starts on an even page, without a page
/// number on it.
pub(crate) fn apply(
    document: String,
    first_unnumbered: bool,
    split: bool,
) -> Result<String, DocxError> {
    let missing = |snippet: &str| DocxError::MissingSnippet {
        part: DOCUMENT,
        snippet: snippet.to_string(),
    };
    let (start, end) = span(
        &document,
        document
            .rfind("<w:sectPr")
            .ok_or_else(|| missing("<w:sectPr"))?,
    )
    .ok_or_else(|| missing("</w:sectPr>"))?;
    let base = references_first(&document[start..end].replace("<w:titlePg />", ""));
    let last = if split {
        let even = base.replacen("<w:pgSz", r#"<w:type w:val="evenPage"/><w:pgSz"#, 1);
        title_page(&even)?
    } else {
        base.clone()
    };
    let head = document[..start].replace(&crate::landscape::portrait_marker(), &base);
    let mut out = format!("{head}{last}{}", &document[end..]);
    if split {
        let run = format!(r#"<w:r><w:rPr /><w:t xml:space="preserve">{MARKER}</w:t></w:r>"#);
        if let Some(at) = out.find(&run) {
            out.replace_range(at..at + run.len(), "");
            let close = out[..at]
                .rfind("</w:pPr>")
                .ok_or_else(|| missing("</w:pPr>"))?;
            out.insert_str(close, &base);
        } else if !head
            .rfind("<w:sectPr>")
            .and_then(|s| span(&head, s))
            .is_some_and(|(s, e)| crate::landscape::is_landscape(&head[s..e]))
        {
            // Absent only when a landscape section ends the body.
            return Err(missing(&run));
        }
    }
    let mut at = 0;
    let mut first = true;
    while let Some((s, e)) = out[at..]
        .find("<w:sectPr>")
        .and_then(|s| span(&out, at + s))
    {
        let sect_pr = &out[s..e];
        let set = if crate::landscape::is_landscape(sect_pr) {
            references_first(sect_pr)
        } else if first && first_unnumbered {
            title_page(sect_pr)?
        } else {
            sect_pr.to_string()
        };
        first = false;
        out.replace_range(s..e, &set);
        at = s + set.len();
    }
    Ok(out)
}

/// The `w:sectPr` element starting at `start` in `xml`, as its byte range.
fn span(xml: &str, start: usize) -> Option<(usize, usize)> {
    xml[start..]
        .find("</w:sectPr>")
        .map(|e| (start, start + e + "</w:sectPr>".len()))
}

/// `sect_pr` with its header and footer references first, where the schema has them
/// (docx-rs writes them last).
fn references_first(sect_pr: &str) -> String {
    let mut refs = String::new();
    let mut rest = String::with_capacity(sect_pr.len());
    let mut tail = sect_pr;
    while let Some(at) = tail
        .find("<w:footerReference")
        .into_iter()
        .chain(tail.find("<w:headerReference"))
        .min()
    {
        let end = tail[at..].find("/>").map_or(tail.len(), |e| at + e + 2);
        rest.push_str(&tail[..at]);
        refs.push_str(&tail[at..end]);
        tail = &tail[end..];
    }
    rest.push_str(tail);
    rest.replacen("<w:sectPr>", &format!("<w:sectPr>{refs}"), 1)
}

/// `sect_pr` with `w:titlePg` where the schema has it (before `w:docGrid`): its first page
/// takes the first-page footer.
fn title_page(sect_pr: &str) -> Result<String, DocxError> {
    crate::patch::patch(DOCUMENT, sect_pr, "<w:docGrid", "<w:titlePg/><w:docGrid")
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = concat!(
        r#"<w:body><w:p><w:pPr><w:spacing /></w:pPr><w:r><w:rPr /><w:t xml:space="preserve">GW-SECTION-END</w:t></w:r></w:p>"#,
        r#"<w:p><w:r><w:t>版记</w:t></w:r></w:p>"#,
        r#"<w:sectPr><w:pgSz w:w="11906" /><w:docGrid w:type="linesAndChars" /><w:titlePg /><w:footerReference w:type="first" r:id="rIdFooter3" /></w:sectPr></w:body>"#
    );

    #[test]
    fn the_colophon_section_starts_on_an_even_page_without_a_number() {
        let out = apply(DOC.to_string(), false, true).expect("set");
        let (body, last) = out.split_once("版记").expect("two parts");
        assert!(!body.contains(MARKER), "{out}");
        assert!(
            body.contains(r#"<w:spacing /><w:sectPr><w:footerReference w:type="first""#),
            "{out}"
        );
        assert!(
            !body.contains("titlePg") && !body.contains("evenPage"),
            "{out}"
        );
        assert!(
            last.contains(r#"r:id="rIdFooter3" /><w:type w:val="evenPage"/><w:pgSz"#),
            "{out}"
        );
        assert!(last.contains("<w:titlePg/><w:docGrid"), "{out}");
        assert!(!last.contains("<w:titlePg />"), "{out}");
    }

    #[test]
    fn a_letter_s_first_page_takes_the_empty_footer() {
        let out = apply(DOC.to_string(), true, false).expect("set");
        assert_eq!(out.matches("<w:sectPr>").count(), 1, "{out}");
        assert!(out.contains("<w:titlePg/><w:docGrid"), "{out}");
        assert!(out.contains(MARKER), "no split, the marker is left alone");
    }

    #[test]
    fn each_section_keeps_its_own_settings_around_a_landscape_table() {
        let marker = crate::landscape::portrait_marker();
        let doc = DOC.replace(
            "<w:body>",
            &format!(
                "<w:body><w:p><w:pPr>{marker}</w:pPr></w:p><w:tbl/><w:p><w:pPr><w:sectPr><w:pgSz w:orient=\"landscape\" /><w:footerReference w:type=\"default\" r:id=\"rIdGwLandscapeOdd\" /></w:sectPr></w:pPr></w:p>"
            ),
        );
        let out = apply(doc, true, true).expect("set");
        let sections: Vec<&str> = out.split("<w:sectPr>").skip(1).collect();
        assert_eq!(sections.len(), 4, "{out}");
        assert!(
            sections[0].contains("<w:titlePg/>"),
            "the letter's first page"
        );
        assert!(!sections[0].contains("evenPage"), "{out}");
        assert!(
            sections[1]
                .starts_with(r#"<w:footerReference w:type="default" r:id="rIdGwLandscapeOdd" />"#)
                && !sections[1].contains("titlePg"),
            "{out}"
        );
        assert!(
            !sections[2].contains("titlePg") && !sections[2].contains("evenPage"),
            "{out}"
        );
        assert!(sections[3].contains("evenPage") && sections[3].contains("<w:titlePg/>"));
    }
}
