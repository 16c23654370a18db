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

/// The widths in points of a landscape table's columns across `available` points: each
/// column at least its comfortable width ([`column_widths`]), the room left over shared
/// out by how much more each needs to set its longest cell on one line; when every cell
/// fits on one line, each column is as wide as its longest cell.
pub fn spread_column_widths(table: &Table, available: f64) -> Vec<f64> {
    let least = column_widths(table);
    let natural: Vec<f64> = (0..least.len())
        .map(|i| {
            let cells = std::iter::once(&table.header).chain(&table.rows);
            let widest = cells
                .filter_map(|row| row.get(i))
                .map(|cell| one_line(cell))
                .fold(0.0, f64::max);
            (widest + 2.0 * INSET_PT).max(least[i])
        })
        .collect();
    if natural.iter().sum::<f64>() <= available {
        return natural;
    }
    // A body cell of up to four characters ("东城区", "1,208") keeps to one line when
    // there is room for that in every column (a long header may wrap).
    let short: Vec<f64> = least
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let widest = table
                .rows
                .iter()
                .filter_map(|row| row.get(i))
                .map(|cell| one_line(cell))
                .fold(0.0, f64::max);
            l.max(widest.min(4.0 * CHAR_PT) + 2.0 * INSET_PT)
        })
        .collect();
    let least = if short.iter().sum::<f64>() <= available {
        short
    } else {
        least
    };
    let total: f64 = least.iter().sum();
    if total >= available {
        return squeezed(&least, available);
    }
    let spare = available - total;
    let wants: f64 = natural.iter().zip(&least).map(|(n, l)| n - l).sum();
    least
        .iter()
        .zip(&natural)
        .map(|(l, n)| l + spare * (n - l) / wants.max(f64::EPSILON))
        .collect()
}

/// Least widths that together are wider than `available`, narrowed to fit it: the widest
/// columns give up room first, none below two characters (while those fit), and the runs
/// too long for their column break (the backends break a cell's words anywhere).
fn squeezed(least: &[f64], available: f64) -> Vec<f64> {
    let floor = (2.0 * CHAR_PT + 2.0 * INSET_PT).min(available / least.len().max(1) as f64);
    // The cap that makes the columns, each min(least, cap) but at least the floor, fill
    // the width: found by halving between the floor and the widest column.
    let fill = |cap: f64| -> f64 { least.iter().map(|l| l.min(cap).max(floor)).sum() };
    let (mut low, mut high) = (floor, least.iter().copied().fold(floor, f64::max));
    for _ in 0..60 {
        let mid = (low + high) / 2.0;
        if fill(mid) > available {
            high = mid;
        } else {
            low = mid;
        }
    }
    least.iter().map(|l| l.min(low).max(floor)).collect()
}

/// The width in points of `cell` set on one line: a full 4号 character for each
/// full-width character, half for each ASCII one.
fn one_line(cell: &[Inline]) -> f64 {
    plain_text(cell)
        .chars()
        .map(|c| if c.is_ascii() { CHAR_PT / 2.0 } else { CHAR_PT })
        .sum()
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
    fn spread_columns_fill_the_width_and_keep_their_least() {
        let t = table(
            &["县（市、区）", "在档困难职工（户）", "备注"],
            &[&["东城区", "1,208", ""]],
        );
        let least = column_widths(&t);
        let spread = spread_column_widths(&t, 200.0);
        assert!(
            (spread.iter().sum::<f64>() - 200.0).abs() < 1e-6,
            "{spread:?}"
        );
        assert!(
            spread.iter().zip(&least).all(|(s, l)| s >= l),
            "{spread:?} {least:?}"
        );
        assert!(spread[1] > spread[0] && spread[0] > spread[2], "{spread:?}");
        // Room for every cell on one line: each column as wide as its longest cell.
        let roomy = spread_column_widths(&t, 1000.0);
        assert!(
            (roomy[1] - (9.0 * CHAR_PT + 2.0 * INSET_PT)).abs() < 1e-6,
            "{roomy:?}"
        );
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
