//! A line of the source document: the unit every reader (text, Markdown, Word) produces.

/// One line of the source document, as the writer typed it.
#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    /// A line (paragraph) of text, white space as typed.
    Text(String),
    /// A table: its rows of cells, the first row being the header.
    Table(Vec<Vec<String>>),
}
