//! The Word backend: the document model as an editable .docx laid out to GB/T 9704-2012.
//!
//! [`docx`] writes one [`Document`] with named styles per role (标题, 一级标题 …, 版记),
//! A4 with the standard's margins, a 22 × 28 document grid, "— N —" page numbers in
//! different odd and even footers, and East Asian font names per role from the shared
//! GB/T 9704 rules of gongwen-layout ([`FontChoice`], [`gongwen_layout::Role`]).

mod body;
mod closing;
mod frame;
mod landscape;
mod page;
mod patch;
mod runs;
mod styles;
#[cfg(test)]
mod tests;
mod turned;
mod units;

use docx_rs::{Docx, Paragraph, Table};
use gongwen_layout::{FontChoice, attachment_labels, attachment_note};
use gongwen_model::Document;

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
        write!(f, "writing the .docx failed: ")?;
        match self {
            DocxError::SealNotPng => write!(
                f,
                "a .docx can carry the seal only as a PNG image; convert it to PNG"
            ),
            DocxError::MissingSnippet { part, snippet } => {
                write!(f, "{part} from docx-rs lacks the text to patch: {snippet}")
            }
            DocxError::Pack(e) => write!(f, "{e}"),
        }
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
    let parts = parts(doc, seal);
    let mut docx = page::set_up(Docx::new(), fonts);
    docx.styles.styles = styles::styles(fonts);
    for part in parts {
        docx = match part {
            Part::Para(p) => docx.add_paragraph(p),
            Part::Table(t) => docx.add_table(t),
        };
    }
    let mut xml = docx.build();
    xml.styles = page::defaults(&xml.styles)?;
    xml.document = closing::seal_over_text(&String::from_utf8_lossy(&xml.document)).into_bytes();
    landscape::finish(&mut xml)?;
    let mut bytes = std::io::Cursor::new(Vec::new());
    xml.pack(&mut bytes)
        .map_err(|e| DocxError::Pack(Box::new(e)))?;
    Ok(bytes.into_inner())
}

/// The document's paragraphs and tables in reading order.
fn parts(doc: &Document, seal: Option<&[u8]>) -> Vec<Part> {
    let mut out = Vec::new();
    if let Some(h) = &doc.header {
        frame::header(&mut out, h);
    }
    if let Some(m) = &doc.masthead {
        frame::masthead(&mut out, m);
    }
    frame::title(
        &mut out,
        &doc.title.text,
        doc.title.note.as_deref(),
        doc.byline.as_deref(),
        false,
    );
    if let Some(a) = &doc.addressee {
        frame::addressee(&mut out, a);
    }
    body::body(&mut out, &doc.body);
    closing::attachment_note(&mut out, &attachment_note(doc));
    closing::closing(&mut out, &doc.closing, seal);
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
        closing::colophon(&mut out, c);
    }
    out
}
