//! OFD (GB/T 33190-2016), the national format for electronic documents, from Typst's
//! laid-out pages.
//!
//! [`ofd`] writes the pages Typst laid out, the same frames typst-pdf encodes, as an OFD
//! package: `OFD.xml` with the document's [`Info`], `Doc_0/Document.xml` (A4 by default, a
//! page of its own size where it differs), the fonts as subsets in the public resources,
//! images in the document resources and one `Content.xml` per page: text as TextObjects
//! (Unicode text with each character's place, so it can be searched and copied), rules and
//! borders as PathObjects, images (the seal) as ImageObjects, each in its colour. Like
//! typst-pdf it is built on Typst's layout and knows no other backend.

mod fonts;
mod images;
mod package;
mod page;
mod path;
mod resources;
mod text;
mod units;

gongwen_i18n::catalog!();

pub use package::Info;
use typst_layout::PagedDocument;

/// Why an OFD file could not be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OfdError {
    /// A font could not be subset for embedding.
    Font {
        /// The font's name.
        font: String,
        /// What the subsetter said.
        detail: String,
    },
    /// An image could not be converted to a format OFD embeds.
    Image(String),
    /// The parts could not be packed into the zip container.
    Pack(String),
}

impl std::fmt::Display for OfdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let reason = match self {
            OfdError::Font { font, detail } => {
                gongwen_i18n::tr!("ofd-font", font = font, detail = detail)
            }
            OfdError::Image(detail) => gongwen_i18n::tr!("ofd-image", detail = detail),
            OfdError::Pack(detail) => gongwen_i18n::tr!("ofd-pack", detail = detail),
        };
        f.write_str(&gongwen_i18n::tr!("ofd-failed", reason = reason))
    }
}

impl std::error::Error for OfdError {}

/// The laid-out pages `doc` as an OFD package described by `info`.
pub fn ofd(doc: &PagedDocument, info: &Info) -> Result<Vec<u8>, OfdError> {
    package::write(doc, info)
}
