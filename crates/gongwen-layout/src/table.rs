//! Tables too wide for a portrait page (GB/T 9704 §8, 横排表格): the one decision every
//! backend uses to set a table on a landscape page of its own.

use gongwen_model::{Inline, Table, plain_text};

/// A 4号 character, the size tables are set in, in points.
const CHAR_PT: f64 = 14.0;
/// A cell's inset on each side: 0.3 em of 4号.
const INSET_PT: f64 = 0.3 * CHAR_PT;
/// The 版心's width, 156 mm, in points.
const TYPE_AREA_PT: f64 = 156.0 / 25.4 * 72.0;

/// Whether `table` goes on a landscape page: its columns, each at its narrowest
/// comfortable width ([`column_widths`]), are together wider than the 156 mm 版心.
pub fn table_is_landscape(table: &Table) -> bool {
    column_widths(table).iter().sum::<f64>() > TYPE_AREA_PT
}

/// Each column's narrowest comfortable width in points: its longest unbreakable run (an
/// ASCII word or figure, half a 4号 character per letter or digit), at least two CJK
/// characters, plus the cell's insets (0.3 em each side).
pub fn column_widths(table: &Table) -> Vec<f64> {
    let columns = table
        .header
        .len()
        .max(table.rows.iter().map(Vec::len).max().unwrap_or(0));
    (0..columns)
        .map(|i| {
            let cells = std::iter::once(&table.header).chain(&table.rows);
            let longest = cells
                .filter_map(|row| row.get(i))
                .map(|cell| longest_run(cell))
                .fold(2.0 * CHAR_PT, f64::max);
            longest + 2.0 * INSET_PT
        })
        .collect()
}

/// The width in points of the longest run of `cell` no line may break: a run of ASCII
/// letters, digits and marks (half a 4号 character each), or one full-width character.
fn longest_run(cell: &[Inline]) -> f64 {
    let text = plain_text(cell);
    let ascii = text
        .split(|c: char| !c.is_ascii() || c.is_ascii_whitespace())
        .map(|run| run.len() as f64 * CHAR_PT / 2.0)
        .fold(0.0, f64::max);
    let wide = if !text.is_ascii() { CHAR_PT } else { 0.0 };
    ascii.max(wide)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(header: &[&str], rows: &[&[&str]]) -> Table {
        let cell = |s: &&str| vec![Inline::Text(s.to_string())];
        Table {
            header: header.iter().map(cell).collect(),
            rows: rows.iter().map(|r| r.iter().map(cell).collect()).collect(),
        }
    }

    #[test]
    fn a_narrow_table_stays_portrait() {
        let t = table(&["市", "问题（条）", "整改（个）"], &[&["甲市", "12", "3"]]);
        assert!(!table_is_landscape(&t));
        assert!(!table_is_landscape(&table(&[], &[])));
    }

    #[test]
    fn fourteen_columns_of_figures_go_landscape() {
        let header: Vec<String> = (1..=14).map(|i| format!("{i}月")).collect();
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        let row = ["12345.6"; 14];
        assert!(table_is_landscape(&table(&header, &[&row])));
    }

    #[test]
    fn a_column_is_as_wide_as_its_longest_figure() {
        let t = table(&["地区", "数"], &[&["甲", "12345.6"]]);
        let widths = column_widths(&t);
        assert_eq!(widths.len(), 2);
        assert!((widths[0] - (28.0 + 8.4)).abs() < 1e-9, "{widths:?}");
        assert!((widths[1] - (49.0 + 8.4)).abs() < 1e-9, "{widths:?}");
    }

    #[test]
    fn the_limit_is_the_type_area() {
        // Columns of two CJK characters: 36.4 pt each, 12 fit in 442 pt, 13 do not.
        let names = |n: usize| vec!["名称"; n];
        assert!(!table_is_landscape(&table(&names(12), &[])));
        assert!(table_is_landscape(&table(&names(13), &[])));
        // One long figure widens its column: 40 digits are 280 pt, with six more columns
        // of 36.4 pt past 442 pt.
        let long = "1".repeat(40);
        let mut row = names(7);
        row[0] = &long;
        assert!(table_is_landscape(&table(&names(7), &[&row])));
        assert!(!table_is_landscape(&table(&names(7), &[])));
    }
}
