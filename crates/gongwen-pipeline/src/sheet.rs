//! The rows of a workbook sheet, read within limits: the zip container checked before it
//! is expanded, and each cell's place checked against the rows × columns allowed before
//! anything is laid out for it (cells are streamed, never a whole rectangle allocated).

use crate::limits::{TableLimits, bounded_read, outside, unzip_error};
use crate::row::{Cell, Row, checked, sheet_value};
use calamine::{Data, Reader};
use gongwen_render::Error;
use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::Path;

/// Reads the rows of `sheet` (or the first sheet) of the workbook at `path`.
pub(crate) fn sheet_rows(
    path: &Path,
    sheet: Option<&str>,
    ext: &str,
    limits: &TableLimits,
) -> Result<Vec<Row>, Error> {
    let bytes = bounded_read(path, limits.unzip.max_bytes, "workbook")?;
    let cannot =
        |e: &dyn std::fmt::Display| Error::new(path, format!("cannot open the workbook: {e}"));
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
    let read = |e: &dyn std::fmt::Display, name: &str| {
        Error::new(path, format!("cannot read sheet `{name}`: {e}"))
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
    match sheet {
        Some(s) if names.iter().any(|n| n == s) => Ok(s.to_string()),
        Some(s) => Err(Error::new(path, format!("the workbook has no sheet `{s}`"))
            .hint(format!("its sheets are {}", names.join(", ")))),
        None => names
            .into_iter()
            .next()
            .ok_or_else(|| Error::new(path, "the workbook has no sheets")),
    }
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
