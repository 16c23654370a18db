//! GB/T 9704 layout rules every backend shares: the typographic roles and the faces they
//! ask for ([`Role`], [`FontChoice`]), titles broken into balanced lines
//! ([`balance_title`]), the 附件 labels and 附件说明 numbering, and which tables go on
//! a landscape page ([`table_is_landscape`]).
//!
//! It depends on the document model only, so that the Typst and the Word backends lay a
//! document out by the same rules without depending on each other.

mod attachments;
mod roles;
mod table;
mod title;

pub use attachments::{NoteItem, attachment_labels, attachment_note};
pub use roles::{BOLD, FontChoice, REGULAR, Role};
pub use table::{column_widths, spread_column_widths, table_is_landscape};
pub use title::{NOTE_CELLS, balance as balance_title, balance_to};
