//! How large a batch's source may be: rows, columns and, for a workbook, how far it
//! unpacks; every limit reached is a located error naming the flag that raises it.

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
    let message = format!(
        "工作表 `{sheet}` 的单元格 {} 超出表格上限：{} 行（--max-rows）× {} 列（--max-columns）",
        a1(row, column),
        limits.max_rows,
        limits.max_columns
    );
    Some(
        Error::new(path, message)
            .at(row as usize + 1, column as usize + 1)
            .hint(
                "删去表外多余的单元格；表格确实这么大时，用 --max-rows 或 --max-columns 提高上限",
            ),
    )
}

/// More rows than allowed, the first one too many at `line`.
pub(crate) fn too_many_rows(path: &Path, line: usize, limits: &TableLimits) -> Error {
    Error::new(
        path,
        format!("行数超过上限 {}（--max-rows）", limits.max_rows),
    )
    .at(line, 1)
    .hint("分成几批处理；表格确实这么大时，用 --max-rows 提高上限")
}

/// More columns than allowed, the first one too many at `line`, `column`.
pub(crate) fn too_many_columns(
    path: &Path,
    (line, column): (usize, usize),
    limits: &TableLimits,
) -> Error {
    Error::new(
        path,
        format!("列数超过上限 {}（--max-columns）", limits.max_columns),
    )
    .at(line, column)
    .hint("表格确实这么宽时，用 --max-columns 提高上限")
}

/// A workbook refused by its zip container.
pub(crate) fn unzip_error(path: &Path, e: &gongwen_unzip::Error) -> Error {
    let error = Error::new(path, format!("cannot open the workbook: {e}"));
    match e.hint() {
        Some(hint) => error.hint(hint),
        None => error,
    }
}

/// The bytes of the file at `path`, refused (read no further) past `max` bytes.
pub(crate) fn bounded_read(path: &Path, max: u64, what: &str) -> Result<Vec<u8>, Error> {
    let cannot = |e: std::io::Error| Error::new(path, format!("cannot read the {what}: {e}"));
    let file = std::fs::File::open(path).map_err(cannot)?;
    let mut bytes = Vec::new();
    file.take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() as u64 > max {
        return Err(Error::new(
            path,
            format!(
                "文件超过上限 {} MB（--max-unpacked-mb）",
                max.div_ceil(gongwen_unzip::MB)
            ),
        )
        .hint("文件确实这么大时，用 --max-unpacked-mb 提高上限，或分成几批处理"));
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
