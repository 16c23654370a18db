//! The body: paragraphs, numbered headings (numbers as text) and tables.

use crate::Part;
use crate::runs::{paragraph, runs, runs_in};
use crate::styles::{HEADING_CHARS, HEADINGS, NORMAL, TABLE, TABLE_HEAD};
use crate::units::WIDTH;
use docx_rs::{
    BorderType, Run, Table, TableBorder, TableBorderPosition, TableBorders, TableCell, TableRow,
    VAlignType, WidthType,
};
use gongwen_model::{Block, Body, Inline, Section, Table as ModelTable};

/// Appends the parts of `body` to `out`.
pub(crate) fn body(out: &mut Vec<Part>, body: &Body) {
    for block in &body.blocks {
        self::block(out, block);
    }
}

fn block(out: &mut Vec<Part>, block: &Block) {
    match block {
        Block::Paragraph(inlines) => out.push(Part::Para(paragraph(NORMAL, runs(inlines)))),
        // Too wide for the portrait 版心: in a landscape section of its own (横排表格).
        Block::Table(table) if gongwen_layout::table_is_landscape(table) => {
            let (grid, full) = (crate::landscape::grid(table), crate::landscape::WIDTH);
            crate::landscape::parts(out, self::table(table, grid, full));
        }
        Block::Table(table) => {
            let columns = self::columns(table);
            let grid = vec![(WIDTH as usize) / columns; columns];
            out.push(Part::Table(self::table(table, grid, WIDTH)));
        }
        Block::Section(section) => self::section(out, section),
    }
}

/// A heading in the style of its level, its number typed as text ("一、"), so that it
/// survives copy and paste; a run-in heading opens its first paragraph in the level's
/// character style.
fn section(out: &mut Vec<Part>, s: &Section) {
    let level = usize::from(s.level.clamp(1, 4)) - 1;
    let mut rest = s.blocks.as_slice();
    match rest.first() {
        Some(Block::Paragraph(inlines)) if s.run_in => {
            let style = HEADING_CHARS[level].0;
            let mut all = vec![Run::new().add_text(s.label.as_str()).style(style)];
            all.extend(runs_in(&s.heading, style));
            all.extend(runs(inlines));
            out.push(Part::Para(paragraph(NORMAL, all)));
            rest = &rest[1..];
        }
        _ => {
            let mut heading = vec![Run::new().add_text(s.label.as_str())];
            heading.extend(runs(&s.heading));
            // Kept with the first line of what follows, as in the PDF.
            out.push(Part::Para(
                paragraph(HEADINGS[level].0, heading).keep_next(true),
            ));
        }
    }
    for b in rest {
        block(out, b);
    }
}

/// The number of columns of `t`: its longest row's, at least one.
fn columns(t: &ModelTable) -> usize {
    t.header
        .len()
        .max(t.rows.iter().map(Vec::len).max().unwrap_or(0))
        .max(1)
}

/// A table in 4号, its header row in 黑体, ruled like the PDF's, its columns `grid`
/// twips wide (one for each of [`columns`]), the table `full` twips wide.
fn table(t: &ModelTable, grid: Vec<usize>, full: i32) -> Table {
    let row = |cells: &[Vec<Inline>], head: bool| {
        let cells: Vec<TableCell> = cells
            .iter()
            .map(|c| {
                let mut r = runs(c);
                if head {
                    r = r.into_iter().map(|r| r.style(TABLE_HEAD.0)).collect();
                }
                paragraph(TABLE.0, r)
            })
            .chain(std::iter::repeat_with(|| paragraph(TABLE.0, Vec::new())))
            .zip(&grid)
            .map(|(p, &width)| cell(p, width))
            .collect();
        TableRow::new(cells)
    };
    let mut rows = Vec::new();
    if !t.header.is_empty() {
        rows.push(row(&t.header, true));
    }
    rows.extend(t.rows.iter().map(|r| row(r, false)));
    let mut borders = TableBorders::new();
    for position in [
        TableBorderPosition::Top,
        TableBorderPosition::Bottom,
        TableBorderPosition::Left,
        TableBorderPosition::Right,
        TableBorderPosition::InsideH,
        TableBorderPosition::InsideV,
    ] {
        borders = borders.set(
            TableBorder::new(position)
                .border_type(BorderType::Single)
                .size(4)
                .color("000000"),
        );
    }
    Table::new(rows)
        .set_grid(grid)
        .width(full as usize, WidthType::Dxa)
        .set_borders(borders)
}

fn cell(p: docx_rs::Paragraph, width: usize) -> TableCell {
    TableCell::new()
        .add_paragraph(p)
        .vertical_align(VAlignType::Center)
        .width(width, WidthType::Dxa)
}
