//! Tables that cannot be set inside the 版心 even on a landscape page (横排表格): more
//! columns than one character each fits.

use crate::{Block, Finding, Inline, Severity, Table, plain_text};
use gongwen_i18n::tr;

/// The most columns a table holds: each column must fit one character of 4号 (14 pt)
/// and its cell's margins (0.3 em each side), 22.4 pt, and a table too wide for the
/// portrait 版心 (156 mm) goes on a landscape page, whose 版心 is 225 mm (637.8 pt) wide.
pub const TABLE_COLUMNS_MAX: usize = 28;
const _: () = assert!(TABLE_COLUMNS_MAX as f64 * 22.4 <= 225.0 / 25.4 * 72.0);

/// A finding for every table in `blocks` (sections included) with more columns than fit.
pub(crate) fn findings<'a>(blocks: impl Iterator<Item = &'a Block>) -> Vec<Finding> {
    let mut out = Vec::new();
    for block in blocks {
        match block {
            Block::Table(t) => out.extend(too_wide(t)),
            Block::Section(s) => out.extend(findings(s.blocks.iter())),
            Block::Paragraph(_) => {}
        }
    }
    out
}

fn too_wide(table: &Table) -> Option<Finding> {
    let columns = table
        .rows
        .iter()
        .map(Vec::len)
        .chain([table.header.len()])
        .max()
        .unwrap_or(0);
    (columns > TABLE_COLUMNS_MAX).then(|| Finding {
        severity: Severity::Error,
        code: "table-columns",
        context: first_cell(table),
        message: tr!("table-columns", columns = columns, max = TABLE_COLUMNS_MAX),
        hint: tr!("table-columns-hint", max = TABLE_COLUMNS_MAX),
    })
}

/// The table's first cell with text, to find where the table was written.
fn first_cell(table: &Table) -> String {
    let cells = table.header.iter().chain(table.rows.iter().flatten());
    cells
        .map(|c: &Vec<Inline>| plain_text(c).trim().to_string())
        .find(|t| !t.is_empty())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(columns: usize) -> Block {
        let cell = |i: usize| vec![Inline::Text(format!("列{i}"))];
        Block::Table(Table {
            header: (0..columns).map(cell).collect(),
            rows: vec![(0..columns).map(cell).collect()],
        })
    }

    #[test]
    fn a_table_wider_than_the_type_area_is_an_error() {
        assert!(findings([table(TABLE_COLUMNS_MAX)].iter()).is_empty());
        let found = findings([table(200)].iter());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].context, "列0");
        assert!(found[0].message.contains("200 列"), "{}", found[0].message);
    }
}
