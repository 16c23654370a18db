//! The GB/T 9704-2012 backend: document model -> Typst markup -> PDF, SVG or PNG.
//!
//! [`markup::document_source`] writes the markup, [`Typesetter`] compiles it in a
//! [`DocWorld`] over [`Fonts`] loaded once, and exports the pages.

mod escape;
mod export;
mod fonts;
mod formats;
mod inlines;
mod literal;
mod markup;
mod news;
pub mod preview;
mod text;
mod world;

pub use escape::{grid_text, string as typst_string};
pub use export::{ExportError, PageFormat, Typesetter, TypstError};
pub use fonts::{
    FontChoice, Fonts, MissingFont, Role, RoleFace, font_dir_candidates, shipped_font_dirs,
    user_font_dir,
};
pub use gongwen_layout::balance_title;
pub use markup::{PRELUDE, assets, document_markup, document_source, font_table};
pub use text::{missing_glyphs, page_text};
pub use typst_layout::PagedDocument;
pub use world::DocWorld;

gongwen_i18n::catalog!();
