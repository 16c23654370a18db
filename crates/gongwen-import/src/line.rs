//! A line of the source document: the unit every reader (text, Markdown, Word) produces.

/// One line of the source document, as the writer typed it.
#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    /// A line (paragraph) of text, white space as typed.
    Text(String),
    /// A table: its rows of cells, the first row being the header.
    Table(Vec<Vec<String>>),
}

impl Line {
    /// The line with `f` applied to its text, or to every cell of its table.
    pub fn map_text(self, mut f: impl FnMut(String) -> String) -> Line {
        match self {
            Line::Text(t) => Line::Text(f(t)),
            Line::Table(rows) => Line::Table(
                rows.into_iter()
                    .map(|r| r.into_iter().map(&mut f).collect())
                    .collect(),
            ),
        }
    }
}

/// The text of `lines[i]` compacted ([`crate::text::compact`]), if it is a line of text.
pub(crate) fn text_at(lines: &[Line], i: usize) -> Option<String> {
    match lines.get(i) {
        Some(Line::Text(t)) => Some(crate::text::compact(t)),
        _ => None,
    }
}
