//! `--format docx`: a Word file laid out to GB/T 9704-2012 (A4, the 版心 margins, 22 lines of
//! 28 characters, page numbers right and left), with named styles carrying the 公文 fonts, the
//! same text as the PDF, missing figures shaded, the red 版头, and written atomically.
//!
//! The tests read the .docx back: [`package`] unzips it and parses its XML parts, [`styles`]
//! resolves a property as Word does, [`fixtures`] renders each fixture once for the binary.

#[path = "../common/mod.rs"]
mod common;

mod fixtures;
mod package;
mod styles;

mod batch;
mod escaping;
mod fonts;
mod header;
mod headings;
mod missing;
mod page;
mod text;
mod writing;
