//! Where a batch's documents come from: a folder of YAML files, or the rows of a CSV or Excel sheet.

use crate::limits::{Reading, TableLimits, bounded_read, too_many_columns, too_many_rows};
use crate::output::reason;
use crate::row::{Cell, Row, RowData, cell_value, checked};
use gongwen_i18n::tr;
use gongwen_render::{DataFile, Error};
use std::path::Path;

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
        _ if !source.exists() => {
            Err(Error::new(source, tr!("batch-source-missing")).hint(tr!("batch-source-hint")))
        }
        _ => Err(Error::new(source, tr!("batch-source-kind")).hint(tr!("batch-source-hint"))),
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
                let why = e.io_error().map_or_else(
                    || tr!("io-not-a-folder", part = &file),
                    |io| reason(&file, io),
                );
                let content = Err(Error::new(
                    &file,
                    tr!("batch-folder-unreadable", reason = why),
                ));
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
    let bytes = bounded_read(path, limits.unzip.max_bytes, Reading::Table)?;
    let text = String::from_utf8(bytes).map_err(|_| {
        Error::new(path, tr!("batch-csv-not-utf8")).hint(tr!("batch-csv-not-utf8-hint"))
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(text.as_bytes());
    let raw = reader
        .headers()
        .map_err(|_| Error::new(path, tr!("batch-csv-heading")).at(1, 1))?;
    let headers: Vec<String> = raw.iter().map(|h| h.trim().to_string()).collect();
    // Where each heading starts on line 1, for a problem with a whole column.
    let starts: Vec<usize> = raw
        .iter()
        .scan(1, |at, h| {
            let start = *at;
            *at += h.chars().count() + 1;
            Some(start)
        })
        .collect();
    if let Some(first_too_many) = starts.get(limits.max_columns) {
        return Err(too_many_columns(path, (1, *first_too_many), limits));
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        if rows.len() + 1 >= limits.max_rows {
            let line = record
                .as_ref()
                .ok()
                .and_then(|r| r.position())
                .map_or(0, |p| line_of(text, p));
            return Err(too_many_rows(path, line, limits));
        }
        let row = match record {
            Ok(record) => {
                let line = record.position().map_or(0, |p| line_of(text, p));
                let mut column = 1;
                let mut cells = Vec::new();
                for ((header, field), start) in headers.iter().zip(record.iter()).zip(&starts) {
                    if !field.trim().is_empty() {
                        cells.push(Cell {
                            header: header.clone(),
                            value: cell_value(field),
                            position: (line, column),
                            heading: (1, *start),
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
            Err(e) => bad_record(path, text, &e, headers.len()),
        };
        rows.push(row);
    }
    Ok(rows)
}

/// A row the csv reader refused (a cell too many or too few), placed at its line.
fn bad_record(path: &Path, text: &str, e: &csv::Error, columns: usize) -> Row {
    let line = e.position().map_or(0, |p| line_of(text, p));
    let message = match e.kind() {
        csv::ErrorKind::UnequalLengths { len, .. } => tr!(
            "batch-csv-unequal",
            line = line,
            cells = *len,
            columns = columns
        ),
        _ => tr!("batch-csv-row", line = line),
    };
    Row {
        file: path.to_path_buf(),
        line,
        content: Err(Error::new(path, message)
            .at(line, 1)
            .hint(tr!("batch-csv-row-hint"))),
    }
}

/// The 1-based line a record starts on, counted in `text` itself: the csv crate's own count
/// is one short after a CRLF line end (Excel's "CSV UTF-8" writes CRLF).
pub(crate) fn line_of(text: &str, position: &csv::Position) -> usize {
    let at = (position.byte() as usize).min(text.len());
    let skipped = text[at..].len() - text[at..].trim_start_matches(['\r', '\n']).len();
    text.as_bytes()[..at + skipped]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::line_of;

    #[test]
    fn records_are_placed_at_their_line_after_crlf_too() {
        for text in [
            "名,数\n甲,1\n乙,\"2\n3\"\n丙,4\n",
            "名,数\r\n甲,1\r\n乙,\"2\r\n3\"\r\n丙,4\r\n",
        ] {
            let mut reader = csv::Reader::from_reader(text.as_bytes());
            let lines: Vec<usize> = reader
                .records()
                .map(|r| line_of(text, r.expect("a record").position().expect("placed")))
                .collect();
            assert_eq!(lines, [2, 3, 5], "{text:?}");
        }
    }
}
