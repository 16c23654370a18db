//! How large a batch's source may be: rows, columns and, for a workbook, how far it
//! unpacks; every limit reached is a located error naming the flag that raises it.

use gongwen_i18n::tr;
use gongwen_render::Error;
use std::io::Read;
use std::path::Path;

/// The limits a batch's table (or folder) is read within.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableLimits {
    /// A workbook's entries and unpacked size; also the most bytes a CSV file may hold.
    pub unzip: gongwen_unzip::Limits,
    /// The most rows (documents, plus the heading row) a table or folder may hold.
    pub max_rows: usize,
    /// The most columns a table may use.
    pub max_columns: usize,
}

impl TableLimits {
    /// The defaults: 100 MB unpacked, 10,000 zip entries, 100,000 rows, 1,000 columns.
    pub const DEFAULT: TableLimits = TableLimits {
        unzip: gongwen_unzip::Limits::DEFAULT,
        max_rows: 100_000,
        max_columns: 1_000,
    };
}

impl Default for TableLimits {
    fn default() -> Self {
        TableLimits::DEFAULT
    }
}

/// The `A1` name of the cell at 0-based `row` and `column`.
pub(crate) fn a1(row: u32, column: u32) -> String {
    let mut letters = Vec::new();
    let mut n = u64::from(column) + 1;
    while n > 0 {
        let d = ((n - 1) % 26) as u8;
        letters.push(char::from(b'A' + d));
        n = (n - 1) / 26;
    }
    letters.reverse();
    format!(
        "{}{}",
        letters.into_iter().collect::<String>(),
        u64::from(row) + 1
    )
}

/// A cell (0-based `row`, `column`) of sheet `sheet` outside the rows × columns allowed,
/// or `None` when it is inside.
pub(crate) fn outside(
    path: &Path,
    sheet: &str,
    (row, column): (u32, u32),
    limits: &TableLimits,
) -> Option<Error> {
    if (row as usize) < limits.max_rows && (column as usize) < limits.max_columns {
        return None;
    }
    let message = tr!(
        "batch-cell-outside",
        sheet = sheet,
        cell = a1(row, column),
        rows = limits.max_rows,
        columns = limits.max_columns
    );
    Some(
        Error::new(path, message)
            .at(row as usize + 1, column as usize + 1)
            .hint(tr!("batch-cell-outside-hint")),
    )
}

/// More rows than allowed, the first one too many at `line`.
pub(crate) fn too_many_rows(path: &Path, line: usize, limits: &TableLimits) -> Error {
    Error::new(path, tr!("batch-too-many-rows", max = limits.max_rows))
        .at(line, 1)
        .hint(tr!("batch-too-many-rows-hint"))
}

/// More columns than allowed, the first one too many at `line`, `column`.
pub(crate) fn too_many_columns(
    path: &Path,
    (line, column): (usize, usize),
    limits: &TableLimits,
) -> Error {
    Error::new(
        path,
        tr!("batch-too-many-columns", max = limits.max_columns),
    )
    .at(line, column)
    .hint(tr!("batch-too-many-columns-hint"))
}

/// A workbook refused by its zip container.
pub(crate) fn unzip_error(path: &Path, e: &gongwen_unzip::Error) -> Error {
    let error = Error::new(path, tr!("batch-workbook-refused", reason = e.to_string()));
    match e.hint() {
        Some(hint) => error.hint(hint),
        None => error,
    }
}

/// What [`bounded_read`] reads, for its messages.
#[derive(Clone, Copy)]
pub(crate) enum Reading {
    /// A CSV table.
    Table,
    /// A workbook.
    Workbook,
}

/// The bytes of the file at `path`, refused (read no further) past `max` bytes.
pub(crate) fn bounded_read(path: &Path, max: u64, what: Reading) -> Result<Vec<u8>, Error> {
    let cannot = |e: std::io::Error| {
        let reason = crate::output::reason(path, &e);
        Error::new(
            path,
            match what {
                Reading::Table => tr!("batch-read-table", reason = reason),
                Reading::Workbook => tr!("batch-read-workbook", reason = reason),
            },
        )
    };
    let file = std::fs::File::open(path).map_err(cannot)?;
    let mut bytes = Vec::new();
    file.take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() as u64 > max {
        let max = max.div_ceil(gongwen_unzip::MB);
        return Err(Error::new(path, tr!("batch-file-too-big", max = max))
            .hint(tr!("batch-file-too-big-hint")));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a1_names() {
        assert_eq!(super::a1(0, 0), "A1");
        assert_eq!(super::a1(0, 25), "Z1");
        assert_eq!(super::a1(9, 26), "AA10");
        assert_eq!(super::a1(1_048_575, 16_383), "XFD1048576");
    }
}
