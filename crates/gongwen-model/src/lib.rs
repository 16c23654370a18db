//! The 公文 document model: what a GB/T 9704-2012 document is made of, as plain data.
//!
//! This crate knows nothing of templates, Markdown or typesetting and does no I/O.
//! The render crate builds a [`Document`] from data; backends (Typst today) lay it out.

mod body;
mod check;
mod choices;
mod closing_line;
mod date;
mod diagnostic;
mod document;
mod figure;
mod format_checks;
mod frame;
mod frame_checks;
mod genre;
mod inline;
mod invisible;
mod lint;
mod numbering;
mod printed;
mod problem;
mod relations;
mod review;
mod sources;
mod spec;
mod table_checks;
mod written;

gongwen_i18n::catalog!();

pub use body::{Block, Body, Section, Table};
pub use check::check;
pub use closing_line::is_closing_line;
pub use date::{chinese_date, date_problem};
pub use diagnostic::Diagnostic;
pub use document::{
    Attachment, Attendance, Closing, Colophon, Distribution, DocKind, Document, Header, Masthead,
    Title,
};
pub use figure::format_figure;
pub use frame::{ColophonMatter, FrontMatter, HeaderMatter, MastheadMatter};
pub use frame_checks::{cells, char_cells};
pub use genre::Genre;
pub use inline::{Inline, Metric, PLACEHOLDER, plain_text};
pub use invisible::{invisible_control, is_invisible};
pub use lint::{Finding, lint_doc_number, lint_text, speaking_time};
pub use numbering::heading_label;
pub use problem::{Problem, Severity};
pub use sources::{SourceText, Sources, line_col};
pub use spec::declare_use;
pub use spec::{DataValue, FigureStyle, MetricKind, MetricSpec};
pub use table_checks::TABLE_COLUMNS_MAX;
