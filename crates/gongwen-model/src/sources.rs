//! Where a document's words and figures were written, so that every finding about it can
//! be placed at its file, line and column.

use crate::DataValue;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// A file as the user wrote it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SourceText {
    /// The file.
    pub path: PathBuf,
    /// Its text; empty when the document's data came from a table row.
    pub text: String,
}

/// What the document was made from: the data's figures with their places, and the texts
/// its words came from. A rendered document carries it; a document read from Markdown has
/// none.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sources {
    /// The data file (for a table row: the table, without its text).
    pub data: SourceText,
    /// The template.
    pub template: SourceText,
    /// The figures the data gives under `metrics:`, by name (blank ones left out).
    pub values: BTreeMap<String, DataValue>,
    /// Where each figure's value is written in the data file: 1-based line and column.
    pub places: BTreeMap<String, (usize, usize)>,
    /// Where a figure the data does not give is reported: the line of `metrics:` (1 when
    /// there is none).
    pub metrics_line: usize,
}

impl Sources {
    /// Where the figure `name` is reported: its value's place, else the `metrics:` line.
    pub fn place_of(&self, name: &str) -> (usize, usize) {
        self.places
            .get(name)
            .copied()
            .unwrap_or((self.metrics_line.max(1), 1))
    }
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}
