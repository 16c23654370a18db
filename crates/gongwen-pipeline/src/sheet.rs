//! The rows of a workbook sheet, read within limits: the zip container checked before it
//! is expanded, and each cell's place checked against the rows × columns allowed before
//! anything is laid out for it (cells are streamed, never a whole rectangle allocated).

use crate::limits::{Reading, TableLimits, a1, bounded_read, outside, unzip_error};
use crate::row::{Cell, Row, checked, sheet_value};
use calamine::{Data, Reader};
use gongwen_i18n::tr;
use gongwen_render::Error;
use std::collections::{BTreeMap, HashMap};
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The sheet last read of each workbook, so that a problem placed in it is named as Excel
/// names a cell (`汇总!G11`).
static SHEETS: Mutex<Option<HashMap<PathBuf, String>>> = Mutex::new(None);

/// The cell at 1-based `line` and `column` of the workbook at `path` as Excel names it,
/// `汇总!G11` (the sheet read from it) or `G11`; `None` when `path` is not a workbook.
pub fn cell_name(path: &Path, line: usize, column: usize) -> Option<String> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    if !matches!(ext.as_str(), "xlsx" | "xlsm" | "xls" | "xlsb" | "ods") {
        return None;
    }
    let (row, col) = (line.checked_sub(1)?, column.checked_sub(1)?);
    let cell = a1(u32::try_from(row).ok()?, u32::try_from(col).ok()?);
    let sheets = SHEETS.lock().unwrap_or_else(|e| e.into_inner());
    Some(match sheets.as_ref().and_then(|s| s.get(path)) {
        Some(sheet) => format!("{}!{cell}", quoted(sheet)),
        None => cell,
    })
}

/// Where a problem in a table is, in words: `单元格 汇总!G11` in a workbook, `第 3 行` in
/// a CSV file.
pub(crate) fn place(path: &Path, line: usize, column: usize) -> String {
    match cell_name(path, line, column) {
        Some(cell) => tr!("batch-place-cell", cell = cell),
        None => tr!("batch-place-line", line = line),
    }
}

/// A sheet name as a reference writes it: quoted when it holds spaces or marks.
fn quoted(sheet: &str) -> String {
    if sheet
        .chars()
        .all(|c| c.is_alphanumeric() || c == '_' || !c.is_ascii() && !c.is_whitespace())
    {
        sheet.to_string()
    } else {
        format!("'{}'", sheet.replace('\'', "''"))
    }
}

fn remember(path: &Path, sheet: &str) {
    let mut sheets = SHEETS.lock().unwrap_or_else(|e| e.into_inner());
    sheets
        .get_or_insert_with(HashMap::new)
        .insert(path.to_path_buf(), sheet.to_string());
}

/// Reads the rows of `sheet` (or the first sheet) of the workbook at `path`.
pub(crate) fn sheet_rows(
    path: &Path,
    sheet: Option<&str>,
    ext: &str,
    limits: &TableLimits,
) -> Result<Vec<Row>, Error> {
    let bytes = bounded_read(path, limits.unzip.max_bytes, Reading::Workbook)?;
    // calamine's own texts name its internals: the message says what it means.
    let cannot = |_: &dyn std::fmt::Display| Error::new(path, tr!("batch-workbook-open"));
    if ext != "xls" {
        gongwen_unzip::open(&bytes, limits.unzip)
            .and_then(|mut archive| archive.check_all())
            .map_err(|e| unzip_error(path, &e))?;
    }
    let mut cells = Vec::new();
    let mut keep = |name: &str, pos: (u32, u32), data: Data| match outside(path, name, pos, limits)
    {
        Some(e) => Err(e),
        None => {
            if !matches!(data, Data::Empty) {
                cells.push((pos, data));
            }
            Ok(())
        }
    };
    let read = |_: &dyn std::fmt::Display, name: &str| {
        Error::new(path, tr!("batch-sheet-read", sheet = name))
    };
    match ext {
        "xlsx" | "xlsm" => {
            let mut book = calamine::Xlsx::new(Cursor::new(&bytes[..])).map_err(|e| cannot(&e))?;
            let name = chosen(path, book.sheet_names(), sheet)?;
            let mut reader = book
                .worksheet_cells_reader(&name)
                .map_err(|e| read(&e, &name))?;
            while let Some(cell) = reader.next_cell().map_err(|e| read(&e, &name))? {
                keep(&name, cell.get_position(), cell.get_value().clone().into())?;
            }
        }
        "xlsb" => {
            let mut book = calamine::Xlsb::new(Cursor::new(&bytes[..])).map_err(|e| cannot(&e))?;
            let name = chosen(path, book.sheet_names(), sheet)?;
            let mut reader = book
                .worksheet_cells_reader(&name)
                .map_err(|e| read(&e, &name))?;
            while let Some(cell) = reader.next_cell().map_err(|e| read(&e, &name))? {
                keep(&name, cell.get_position(), cell.get_value().clone().into())?;
            }
        }
        _ => {
            // .xls and .ods: calamine has no cell stream for them; their ranges are bounded
            // by the format (.xls) or by calamine's own cell cap (.ods).
            let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(&bytes[..]))
                .map_err(|e| cannot(&e))?;
            let name = chosen(path, book.sheet_names(), sheet)?;
            let range = book.worksheet_range(&name).map_err(|e| read(&e, &name))?;
            let (top, left) = range.start().unwrap_or((0, 0));
            for (row, column, data) in range.used_cells() {
                let pos = (top + row as u32, left + column as u32);
                keep(&name, pos, data.clone())?;
            }
        }
    }
    Ok(rows_of(path, cells))
}

/// The sheet to read: `sheet` if the workbook has it, else the first.
fn chosen(path: &Path, names: Vec<String>, sheet: Option<&str>) -> Result<String, Error> {
    let name = match sheet {
        Some(s) if names.iter().any(|n| n == s) => s.to_string(),
        Some(s) => {
            let sheets = names.join(crate::failure::list_separator());
            return Err(Error::new(path, tr!("batch-no-sheet", sheet = s))
                .hint(tr!("batch-sheets", sheets = sheets)));
        }
        None => names
            .into_iter()
            .next()
            .ok_or_else(|| Error::new(path, tr!("batch-no-sheets")))?,
    };
    remember(path, &name);
    Ok(name)
}

/// Rows from filled cells (0-based row, column): the first row that holds a cell names the
/// columns; each later row with a cell under a named column is a document.
fn rows_of(path: &Path, mut cells: Vec<((u32, u32), Data)>) -> Vec<Row> {
    cells.sort_by_key(|(pos, _)| *pos);
    let Some(&((top, _), _)) = cells.first() else {
        return Vec::new();
    };
    let mut by_row: BTreeMap<u32, Vec<(u32, Data)>> = BTreeMap::new();
    for ((row, column), data) in cells {
        by_row.entry(row).or_default().push((column, data));
    }
    let headers: BTreeMap<u32, String> = by_row
        .remove(&top)
        .unwrap_or_default()
        .into_iter()
        .map(|(column, data)| (column, data.to_string().trim().to_string()))
        .filter(|(_, h)| !h.is_empty())
        .collect();
    let mut rows = Vec::new();
    for (row, cells) in by_row {
        let line = row as usize + 1;
        let filled: Vec<Cell> = cells
            .into_iter()
            .filter_map(|(column, data)| {
                Some(Cell {
                    header: headers.get(&column)?.clone(),
                    value: sheet_value(&data),
                    position: (line, column as usize + 1),
                    heading: (top as usize + 1, column as usize + 1),
                })
            })
            .collect();
        if filled.is_empty() {
            continue;
        }
        rows.push(Row {
            file: path.to_path_buf(),
            line,
            content: checked(path, filled),
        });
    }
    rows
}
