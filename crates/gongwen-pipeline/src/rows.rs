//! Where a batch's documents come from: a folder of YAML files, or the rows of a CSV or Excel sheet.

use crate::limits::{TableLimits, bounded_read, too_many_columns, too_many_rows};
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

/// Reads every row of `source`: a folder (its `.yaml`/`.yml` files, in name order,
/// `skip` excepted), a `.csv` file, or an `.xlsx`/`.xls`/`.ods` workbook (`sheet`, or the
/// first), within `limits`.
pub fn read(
    source: &Path,
    sheet: Option<&str>,
    skip: Option<&Path>,
    limits: &TableLimits,
) -> Result<Vec<Row>, Error> {
    if source.is_dir() {
        return folder(source, skip, limits);
    }
    let ext = source
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match ext.as_str() {
        "csv" => csv_rows(source, limits),
        "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" => {
            crate::sheet::sheet_rows(source, sheet, &ext, limits)
        }
        _ if !source.exists() => Err(Error::new(source, "no such file or folder")
            .hint("give a folder of YAML files, a .csv file or an .xlsx workbook")),
        _ => Err(
            Error::new(source, "cannot read rows from this kind of file")
                .hint("give a folder of YAML files, a .csv file or an .xlsx workbook"),
        ),
    }
}

fn folder(dir: &Path, skip: Option<&Path>, limits: &TableLimits) -> Result<Vec<Row>, Error> {
    let skip = skip.and_then(|p| p.canonicalize().ok());
    let mut rows = Vec::new();
    let walk = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walk {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let file = e.path().unwrap_or(dir).to_path_buf();
                let content = Err(Error::new(&file, format!("cannot read: {e}")));
                rows.push(Row {
                    file,
                    line: 1,
                    content,
                });
                continue;
            }
        };
        let path = entry.path();
        let yaml = matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml")
        );
        if !entry.file_type().is_file() || !yaml {
            continue;
        }
        if skip.is_some() && path.canonicalize().ok() == skip {
            continue;
        }
        if rows.len() >= limits.max_rows {
            return Err(too_many_rows(path, 1, limits));
        }
        rows.push(Row {
            file: path.to_path_buf(),
            line: 1,
            content: DataFile::load(path).map(RowData::File),
        });
    }
    Ok(rows)
}

fn csv_rows(path: &Path, limits: &TableLimits) -> Result<Vec<Row>, Error> {
    let bytes = bounded_read(path, limits.unzip.max_bytes, "table")?;
    let text = String::from_utf8(bytes).map_err(|_| {
        Error::new(path, "the table is not UTF-8 text").hint(
            "save it as “CSV UTF-8” (Excel: 另存为 → CSV UTF-8), or give the .xlsx workbook itself",
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| Error::new(path, format!("cannot read the first row: {e}")).at(1, 1))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    if headers.len() > limits.max_columns {
        let column = headers[..limits.max_columns]
            .iter()
            .map(|h| h.chars().count() + 1)
            .sum::<usize>()
            + 1;
        return Err(too_many_columns(path, (1, column), limits));
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        if rows.len() + 1 >= limits.max_rows {
            let line = record
                .as_ref()
                .ok()
                .and_then(|r| r.position())
                .map_or(0, |p| p.line() as usize);
            return Err(too_many_rows(path, line, limits));
        }
        let row = match record {
            Ok(record) => {
                let line = record.position().map_or(0, |p| p.line() as usize);
                let mut column = 1;
                let mut cells = Vec::new();
                for (header, field) in headers.iter().zip(record.iter()) {
                    if !field.trim().is_empty() {
                        cells.push(Cell {
                            header: header.clone(),
                            value: cell_value(field),
                            position: (line, column),
                        });
                    }
                    column += field.chars().count() + 1;
                }
                Row {
                    file: path.to_path_buf(),
                    line,
                    content: checked(path, cells),
                }
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                let message = match e.kind() {
                    csv::ErrorKind::UnequalLengths { len, .. } => format!(
                        "this row has {len} cells but the first row names {} columns",
                        headers.len()
                    ),
                    _ => format!("cannot read this row: {e}"),
                };
                Row {
                    file: path.to_path_buf(),
                    line,
                    content: Err(Error::new(path, message).at(line, 1).hint(
                        "every row needs one cell per column; quote a cell that holds a comma (\"1,517\")",
                    )),
                }
            }
        };
        rows.push(row);
    }
    Ok(rows)
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
fn cell_value(field: &str) -> serde_json::Value {
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
