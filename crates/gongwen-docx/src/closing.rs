//! The end of the 主体 and the 版记: 附件说明, 署名 and 成文日期 with the seal, 版记.

use crate::Part;
use crate::frame::{blank, exact_height};
use crate::runs::{paragraph, runs, text_paragraph};
use crate::styles::{COLOPHON, DATE, NORMAL, NOTE, SIGNATURE};
use crate::units::{CELL, LEFT, LINE, WIDTH, width};
use docx_rs::{
    AlignmentType, BorderType, Paragraph, Pic, RelativeFromHType, RelativeFromVType, Run,
    SpecialIndentType, Table, TableBorder, TableBorderPosition, TableBorders, TableCell,
    TablePositionProperty, TableRow, WidthType,
};
use gongwen_model::{Closing, Colophon};

/// 署名 and 成文日期 (§7.3.5) placed as the PDF places them, the seal (a PNG) centred on the
/// date and a little above it, then the 附注.
pub(crate) fn closing(out: &mut Vec<Part>, c: &Closing, seal: Option<&[u8]>) {
    if c.signatures.is_empty() && c.date.is_none() {
        return;
    }
    out.push(blank());
    let sw = c.signatures.iter().map(|s| width(s)).max().unwrap_or(0);
    let dw = c.date.as_deref().map_or(0, width);
    let (sx, dx) = if c.seal.is_some() {
        let dx = WIDTH - 4 * CELL - dw;
        (dx + (dw - sw) / 2, dx)
    } else {
        let sx = WIDTH - 2 * CELL - sw;
        let dx = sx + 2 * CELL;
        if dx + dw > WIDTH - 2 * CELL {
            let dx = WIDTH - 2 * CELL - dw;
            (dx - 2 * CELL, dx)
        } else {
            (sx, dx)
        }
    };
    let mut seal = seal.and_then(|png| seal_picture(png, dx + dw / 2));
    let mut placed = |style: &str, text: &str, x: i32| {
        let mut p = text_paragraph(style, text).indent(Some(x.max(0)), None, None, None);
        if let Some(pic) = seal.take() {
            p = p.add_run(Run::new().add_image(pic));
        }
        Part::Para(p)
    };
    let from = out.len();
    for s in &c.signatures {
        out.push(placed(SIGNATURE.0, s, sx));
    }
    if let Some(date) = &c.date {
        out.push(placed(DATE.0, date, dx));
    }
    crate::frame::keep_together(&mut out[from..]);
    note(out, c);
}

/// 附注 under the date, in parentheses (an order's closing has it too).
pub(crate) fn note(out: &mut Vec<Part>, c: &Closing) {
    if let Some(note) = &c.note {
        let mut all = vec![Run::new().add_text("（")];
        all.extend(runs(note));
        all.push(Run::new().add_text("）"));
        out.push(Part::Para(paragraph(NOTE.0, all)));
    }
}

/// The seal, 42 mm wide, centred at `centre` twips from the 版心's left edge and 0.6 line
/// below the top of the paragraph it is anchored to minus its half height, as in the PDF.
/// `None` when `png` is not a PNG ([`crate::docx`] refuses other formats first).
fn seal_picture(png: &[u8], centre: i32) -> Option<Pic> {
    const EMU_PER_TWIP: i64 = 635;
    let (w, h) = png_size(png)?;
    let width: i64 = 42 * 36_000; // EMU in 42 mm
    let height = width * i64::from(h) / i64::from(w);
    let x = i64::from(centre) * EMU_PER_TWIP - width / 2;
    let y = i64::from(LINE) * 6 / 10 * EMU_PER_TWIP - height / 2;
    Some(
        Pic::new_with_dimensions(png.to_vec(), w, h)
            .size(width as u32, height as u32)
            .floating()
            .overlapping()
            .relative_from_h(RelativeFromHType::Margin)
            .relative_from_v(RelativeFromVType::Paragraph)
            .offset_x(x as i32)
            .offset_y(y as i32),
    )
}

/// The width and height in pixels of a PNG image, or `None` when `bytes` is not one.
pub(crate) fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    if !bytes.starts_with(b"\x89PNG\r\n\x1a\n") || bytes.len() < 24 {
        return None;
    }
    let dim =
        |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    Some((dim(16).max(1), dim(20).max(1)))
}

/// `document.xml` with the seal's offsets as docx-rs means them: it writes a negative
/// offset (the seal rises above the signature) as unsigned. The seal lies over the text
/// because it is [`Pic::overlapping`], for which docx-rs writes `<wp:wrapNone />`.
pub(crate) fn seal_over_text(document: &str) -> String {
    signed_offsets(document)
}

/// `xml` with every `<wp:posOffset>` above `i32::MAX` read back as the negative number it is.
fn signed_offsets(xml: &str) -> String {
    const OPEN: &str = "<wp:posOffset>";
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(at) = rest.find(OPEN) {
        let (head, tail) = rest.split_at(at + OPEN.len());
        out.push_str(head);
        let end = tail.find('<').unwrap_or(tail.len());
        match tail[..end].parse::<u32>() {
            Ok(n) => out.push_str(&(n as i32).to_string()),
            Err(_) => out.push_str(&tail[..end]),
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// 版记 (§7.4): a table floated to the foot of the last page, its rules 0.35 mm outside
/// and 0.25 mm between 报/送/发, 抄送 and 印发机关 with 印发日期.
///
/// It is placed from the page's left edge: LibreOffice floats a table as wide as the 版心
/// only when it is positioned against the page.
///
/// A 信函's 版记 (`letter`) has only its 抄送, and no rules.
pub(crate) fn colophon(out: &mut Vec<Part>, col: &Colophon, letter: bool) {
    let rows = if letter {
        let cc = Colophon {
            cc: col.cc.clone(),
            ..Colophon::default()
        };
        colophon_rows(&cc)
    } else {
        colophon_rows(col)
    };
    if rows.is_empty() {
        return;
    }
    let rule = |position, eighths| {
        TableBorder::new(position)
            .border_type(BorderType::Single)
            .size(eighths)
            .color("000000")
    };
    let borders = if letter {
        TableBorders::with_empty()
    } else {
        TableBorders::with_empty()
            .set(rule(TableBorderPosition::Top, 8))
            .set(rule(TableBorderPosition::Bottom, 8))
            .set(rule(TableBorderPosition::InsideH, 6))
    };
    let table = Table::new(rows)
        .set_grid(vec![HALF, HALF])
        .width(WIDTH as usize, WidthType::Dxa)
        .set_borders(borders)
        .position(
            TablePositionProperty::new()
                .horizontal_anchor("page")
                .position_x(LEFT)
                .vertical_anchor("margin")
                .position_y_alignment("bottom"),
        );
    out.push(Part::Table(table));
    // The paragraph the floating table is anchored to, one point high.
    out.push(Part::Para(
        Paragraph::new()
            .style(NORMAL)
            .line_spacing(exact_height(20)),
    ));
}

/// One 14 pt character of the 版记, in twips.
const ONE: i32 = 280;
/// Half the 版心's width, in twips: the 印发机关 and 印发日期 columns.
const HALF: usize = (WIDTH / 2) as usize;

/// The 版记's rows: 报/送/发, 抄送, then 印发机关 with 印发日期; none when it is empty.
fn colophon_rows(col: &Colophon) -> Vec<TableRow> {
    let line = |text: String, hang: i32| {
        Paragraph::new()
            .style(COLOPHON.0)
            .indent(
                Some(ONE + hang),
                Some(SpecialIndentType::Hanging(hang)),
                Some(ONE),
                None,
            )
            .add_run(Run::new().add_text(text))
    };
    let wide = |paragraphs: Vec<Paragraph>| {
        let cell = paragraphs.into_iter().fold(
            TableCell::new()
                .grid_span(2)
                .width(WIDTH as usize, WidthType::Dxa),
            TableCell::add_paragraph,
        );
        TableRow::new(vec![cell])
    };
    let mut rows = Vec::new();
    if !col.distribution.is_empty() {
        rows.push(wide(
            col.distribution
                .iter()
                .map(|d| line(format!("{}：{}", d.label, d.to), 2 * ONE))
                .collect(),
        ));
    }
    if !col.cc.is_empty() {
        rows.push(wide(vec![line(
            format!("抄送：{}。", col.cc.join("，")),
            3 * ONE,
        )]));
    }
    if col.printer.is_some() || col.print_date.is_some() {
        rows.push(printer_row(col));
    }
    rows
}

/// 印发机关 at the left and "…印发" at the right, each one character in from the rule's end.
fn printer_row(col: &Colophon) -> TableRow {
    let printer = Paragraph::new()
        .style(COLOPHON.0)
        .indent(Some(ONE), None, None, None)
        .add_run(Run::new().add_text(col.printer.as_deref().unwrap_or("")));
    let date = Paragraph::new()
        .style(COLOPHON.0)
        .align(AlignmentType::Right)
        .indent(None, None, Some(ONE), None)
        .add_run(
            Run::new().add_text(
                col.print_date
                    .as_deref()
                    .map(|d| format!("{d}印发"))
                    .unwrap_or_default(),
            ),
        );
    TableRow::new(vec![
        TableCell::new()
            .width(HALF, WidthType::Dxa)
            .add_paragraph(printer),
        TableCell::new()
            .width(HALF, WidthType::Dxa)
            .add_paragraph(date),
    ])
}
