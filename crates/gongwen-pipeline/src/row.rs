//! One document's input — a data file or a table row — and its cells' values.

use calamine::Data;
use gongwen_render::{DataFile, Error};
use std::path::{Path, PathBuf};

/// One document's input: a data file, or one row of a table.
#[derive(Debug)]
pub struct Row {
    /// The file it comes from.
    pub file: PathBuf,
    /// Its line in a CSV file, its row number in a sheet, 1 for a YAML file.
    pub line: usize,
    /// What it holds, or why it could not be read.
    pub content: Result<RowData, Error>,
}

/// The contents of a row.
#[derive(Debug)]
pub enum RowData {
    /// A whole YAML data file.
    File(DataFile),
    /// The filled cells of a table row, in column order.
    Cells(Vec<Cell>),
}

/// One filled cell of a table row.
#[derive(Debug, Clone)]
pub struct Cell {
    /// Its column's heading (first row of the table).
    pub header: String,
    /// Its value: a number when it reads as one, else text.
    pub value: serde_json::Value,
    /// Line (row) and column, 1-based.
    pub position: (usize, usize),
    /// Line and column of its column's heading, 1-based.
    pub heading: (usize, usize),
}

impl Row {
    /// How the row is named in messages: `file:line`.
    pub fn origin(&self) -> String {
        match &self.content {
            Ok(RowData::File(_)) => self.file.display().to_string(),
            _ => format!("{}:{}", self.file.display(), self.line),
        }
    }
}
/// A row's cells, refused at the first cell holding an invisible control character.
pub(crate) fn checked(path: &Path, cells: Vec<Cell>) -> Result<RowData, Error> {
    for cell in &cells {
        let text = match &cell.value {
            serde_json::Value::String(s) => s.as_str(),
            _ => continue,
        };
        if let Some((at, c, name)) = gongwen_model::invisible_control(text) {
            let (line, column) = cell.position;
            let column = column + text[..at].chars().count();
            return Err(gongwen_render::invisible(path, c, name).at(line, column));
        }
    }
    Ok(RowData::Cells(cells))
}

/// A CSV field as data: `874`, `1,517`, `28.5`, `80.9%` are numbers; the rest is text.
pub(crate) fn cell_value(field: &str) -> serde_json::Value {
    let field = field.trim();
    let bare = field.trim_end_matches(['%', '％']).replace([',', '，'], "");
    if let Ok(n) = bare.parse::<i64>() {
        return n.into();
    }
    match bare.parse::<f64>() {
        Ok(f) if f.is_finite() && !bare.is_empty() => f.into(),
        _ => field.into(),
    }
}

pub(crate) fn sheet_value(data: &Data) -> serde_json::Value {
    match data {
        Data::Int(i) => (*i).into(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => (*f as i64).into(),
        Data::Float(f) => (*f).into(),
        Data::Bool(b) => (*b).into(),
        Data::String(s) => cell_value(s),
        other => other.to_string().into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_read_as_numbers_when_they_are_numbers() {
        assert_eq!(cell_value("874"), serde_json::json!(874));
        assert_eq!(cell_value(" 1,517 "), serde_json::json!(1517));
        assert_eq!(cell_value("80.9%"), serde_json::json!(80.9));
        assert_eq!(cell_value("淮北"), serde_json::json!("淮北"));
        assert_eq!(
            cell_value("2025年12月31日"),
            serde_json::json!("2025年12月31日")
        );
    }
}
