//! The Word backend: the document model as an editable .docx laid out to GB/T 9704-2012.
//!
//! [`docx`] writes one [`Document`] with named styles per role (标题, 一级标题 …, 版记),
//! A4 with the standard's margins, a 22 × 28 document grid, "— N —" page numbers in
//! different odd and even footers, and East Asian font names per role from the shared
//! GB/T 9704 rules of gongwen-layout ([`FontChoice`], [`gongwen_layout::Role`]).

mod body;
mod closing;
mod endings;
mod formats;
mod frame;
mod header;
mod landscape;
mod page;
mod patch;
mod runs;
mod sections;
mod shapes;
mod styles;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_formats;
mod turned;
mod units;

gongwen_i18n::catalog!();

use docx_rs::{Docx, Paragraph, Table};
use gongwen_layout::{FontChoice, attachment_labels, attachment_note};
use gongwen_model::{DocKind, Document, plain_text};
use shapes::Shapes;

/// Why a .docx could not be written.
#[derive(Debug)]
pub enum DocxError {
    /// The seal image is not a PNG, the only format this writer embeds.
    SealNotPng,
    /// The XML docx-rs wrote lacks the text a fix-up patches (a docx-rs change).
    MissingSnippet {
        /// The package part, such as `styles.xml`.
        part: &'static str,
        /// The text that was expected in it.
        snippet: String,
    },
    /// The parts could not be packed into the zip file.
    Pack(Box<dyn std::error::Error + Send + Sync>),
}

impl std::fmt::Display for DocxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let reason = match self {
            DocxError::SealNotPng => gongwen_i18n::tr!("docx-seal-not-png"),
            DocxError::MissingSnippet { part, snippet } => {
                gongwen_i18n::tr!("docx-missing-snippet", part = *part, snippet = snippet)
            }
            DocxError::Pack(e) => gongwen_i18n::tr!("docx-pack", detail = e.to_string()),
        };
        f.write_str(&gongwen_i18n::tr!("docx-failed", reason = reason))
    }
}

impl std::error::Error for DocxError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            DocxError::Pack(e) => Some(e.as_ref()),
            _ => None,
        }
    }
}

/// One block of the document's body as Word has it (each is built once and moved into
/// the document, so the size difference of the variants does not matter).
#[allow(clippy::large_enum_variant)]
pub(crate) enum Part {
    Para(Paragraph),
    Table(Table),
}

/// `doc` as the bytes of a .docx file naming the faces `fonts` chooses; `seal` is the 印章
/// image (PNG) when it has one.
pub fn docx(doc: &Document, fonts: FontChoice, seal: Option<&[u8]>) -> Result<Vec<u8>, DocxError> {
    if seal.is_some_and(|s| closing::png_size(s).is_none()) {
        return Err(DocxError::SealNotPng);
    }
    let mut shapes = Shapes::default();
    let split = doc.colophon.is_some() && !doc.single_sided;
    let parts = parts(doc, seal, &mut shapes, split);
    let mut docx = page::set_up(Docx::new(), fonts);
    docx.styles.styles = styles::styles(fonts);
    let letter = doc.kind == DocKind::Letter && doc.header.is_some();
    if letter || split {
        // The footer of pages without a number: the 信函's first, the 版记's page.
        docx = docx.first_footer(docx_rs::Footer::new().add_paragraph(Paragraph::new()));
        docx.document.section_property.title_pg = false;
    }
    for part in parts {
        docx = match part {
            Part::Para(p) => docx.add_paragraph(p),
            Part::Table(t) => docx.add_table(t),
        };
    }
    let mut xml = docx.build();
    xml.styles = page::defaults(&xml.styles)?;
    let document = closing::seal_over_text(&String::from_utf8_lossy(&xml.document));
    let document = shapes.splice(document)?;
    xml.document = document.into_bytes();
    landscape::finish(&mut xml)?;
    let document = String::from_utf8_lossy(&xml.document).into_owned();
    xml.document = sections::apply(document, letter, split)?.into_bytes();
    let mut bytes = std::io::Cursor::new(Vec::new());
    xml.pack(&mut bytes)
        .map_err(|e| DocxError::Pack(Box::new(e)))?;
    Ok(bytes.into_inner())
}

/// The body's last paragraph, the 附件说明 after it (from `body_end` on) and the empty
/// lines that open the closing (at `closing_start`) each keep with the next, so that the
/// 署名 and date never stand on a page without any of the text (§7.3.5.1); Word keeps the
/// paragraph's last line with them, not the whole paragraph.
fn keep_with_closing(out: &mut [Part], body_end: usize, closing_start: usize) {
    let Some(last) = out[..body_end]
        .iter()
        .rposition(|p| matches!(p, Part::Para(_)))
    else {
        return;
    };
    let blanks = out[closing_start..]
        .iter()
        .take_while(|p| matches!(p, Part::Para(p) if p.children.is_empty()))
        .count();
    for part in &mut out[last..closing_start + blanks] {
        if let Part::Para(p) = part {
            *p = std::mem::replace(p, Paragraph::new()).keep_next(true);
        }
    }
}

/// The document's paragraphs and tables in reading order; `split` ends the body's section
/// before the 版记 (see [`sections`]).
fn parts(doc: &Document, seal: Option<&[u8]>, shapes: &mut Shapes, split: bool) -> Vec<Part> {
    let mut out = Vec::new();
    head(&mut out, doc, shapes);
    if let Some(a) = doc
        .addressee
        .as_ref()
        .filter(|a| !special(doc.kind) || !blank(a))
    {
        frame::addressee(&mut out, a);
    }
    body::body(&mut out, &doc.body);
    let body_end = out.len();
    endings::attachment_note(&mut out, &attachment_note(doc));
    let closing_start = out.len();
    if doc.kind == DocKind::Order {
        endings::order_closing(&mut out, &doc.closing, seal);
    } else {
        closing::closing(&mut out, &doc.closing, seal);
    }
    if !doc.closing.signatures.is_empty() || doc.closing.date.is_some() {
        keep_with_closing(&mut out, body_end, closing_start);
    }
    endings::attendance(&mut out, &doc.attendance);
    for (a, label) in doc.attachments.iter().zip(attachment_labels(doc)) {
        if a.separate {
            continue;
        }
        match label {
            Some(label) => {
                frame::attachment_label(&mut out, &label);
                frame::title(&mut out, &a.title, None, None, false);
            }
            None => frame::title(&mut out, &a.title, None, None, true),
        }
        body::body(&mut out, &a.body);
    }
    if let Some(c) = &doc.colophon {
        if split {
            // After a landscape table the body's last section is already ended (an empty
            // portrait section there would be a page of its own).
            if !landscape::ends_landscape(&out) {
                out.push(Part::Para(sections::section_end()));
            }
            // LibreOffice starts the new section's page only at a paragraph, not at the
            // floating table.
            out.push(Part::Para(
                Paragraph::new()
                    .style(styles::NORMAL)
                    .line_spacing(frame::exact_height(20)),
            ));
        }
        closing::colophon(&mut out, c, doc.kind == DocKind::Letter);
    }
    out
}

/// The 版头 (or a special format's head, §10), the 报头, and the title.
fn head(out: &mut Vec<Part>, doc: &Document, shapes: &mut Shapes) {
    let titled = !blank(&doc.title.text);
    let placed = doc.header.as_ref().and_then(|h| match doc.kind {
        DocKind::Letter => Some(formats::letter_head(out, h, shapes)),
        DocKind::Order => Some(formats::mark_head(out, h, false, shapes)),
        DocKind::Minutes => Some(formats::mark_head(out, h, true, shapes)),
        _ => None,
    });
    match (placed, &doc.header) {
        (Some((mut cursor, top)), _) => {
            let size = if titled {
                units::TITLE_SIZE
            } else {
                units::BODY_SIZE
            };
            out.push(cursor.gap_to(top, size));
        }
        (None, Some(h)) => header::header(out, h, titled),
        (None, None) => {}
    }
    if let Some(m) = &doc.masthead {
        header::masthead(out, m);
    }
    if titled || !special(doc.kind) {
        frame::title(
            out,
            &doc.title.text,
            doc.title.note.as_deref(),
            doc.byline.as_deref(),
            false,
        );
    }
}

/// Whether `kind` has a head of its own (§10), placed without an empty title or 主送.
fn special(kind: DocKind) -> bool {
    matches!(kind, DocKind::Letter | DocKind::Order | DocKind::Minutes)
}

/// Whether `inlines` print nothing but white space.
fn blank(inlines: &[gongwen_model::Inline]) -> bool {
    plain_text(inlines).trim().is_empty()
}
