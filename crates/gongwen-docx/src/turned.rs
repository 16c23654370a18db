//! The page number of a landscape page (横排表格) in Word: "— N —" turned with the sheet,
//! in a one-cell table floating in the landscape section's footers, since a Word footer
//! cannot turn its text otherwise.

use crate::styles::PAGE_NUMBER;
use crate::units::mm;
use docx_rs::{
    AlignmentType, BuildXML, Footer, HeightRule, LineSpacing, LineSpacingType, Paragraph, Table,
    TableCell, TableCellMargins, TablePositionProperty, TableRow, TextDirectionType, WidthType,
};

/// One 4号 character, 14 pt, in twips.
const SMALL: i32 = 280;

/// A footer's XML with the table's `w:tblpPr` first in its `w:tblPr`, where the schema
/// has it (docx-rs writes it last; Word is strict about the order).
fn position_first(xml: &[u8]) -> String {
    let xml = String::from_utf8_lossy(xml).into_owned();
    let start = xml.find("<w:tblpPr ");
    let end = start.and_then(|s| xml[s..].find("/>").map(|e| s + e + 2));
    match (start, end) {
        (Some(start), Some(end)) => {
            let position = &xml[start..end];
            let rest = format!("{}{}", &xml[..start], &xml[end..]);
            rest.replacen("<w:tblPr>", &format!("<w:tblPr>{position}"), 1)
        }
        _ => xml,
    }
}

/// The XML of a landscape footer: "— N —" in a one-cell table floating where the portrait page has
/// its number, turned with the sheet (portrait (x, y) is (297 mm − y, x)), its text turned
/// 90° clockwise (`tbRl`); odd pages near the bottom left, even near the top left.
pub(crate) fn footer(odd: bool) -> Vec<u8> {
    // The number's em box on a portrait page: its top 7 mm below the 版心 less 0.65 em;
    // turned, its left edge is 297 mm less its bottom.
    let x = mm(297.0 - (262.0 + 7.0)) + (0.65 * f64::from(SMALL)).round() as i32 - SMALL;
    // The cell is as tall as 40 mm; odd pages end the number one character in from the
    // portrait 版心's right edge (184 mm), even pages start it one in from its left (28 mm).
    let tall = mm(40.0);
    let (y, align) = if odd {
        (mm(184.0) - SMALL - tall, AlignmentType::Right)
    } else {
        (mm(28.0) + SMALL, AlignmentType::Left)
    };
    let number = Paragraph::new()
        .style(PAGE_NUMBER.0)
        .align(align)
        .indent(Some(0), None, Some(0), None)
        .line_spacing(
            LineSpacing::new()
                .line(SMALL)
                .line_rule(LineSpacingType::Exact),
        );
    let number = crate::page::page_field(number);
    let cell = TableCell::new()
        .add_paragraph(number)
        .text_direction(TextDirectionType::TbRl)
        .width(SMALL as usize, WidthType::Dxa);
    let row = TableRow::new(vec![cell])
        .row_height(tall as f32)
        .height_rule(HeightRule::Exact);
    let table = Table::without_borders(vec![row])
        .set_grid(vec![SMALL as usize])
        .width(SMALL as usize, WidthType::Dxa)
        .margins(TableCellMargins::new().margin(0, 0, 0, 0))
        .position(
            TablePositionProperty::new()
                .horizontal_anchor("page")
                .vertical_anchor("page")
                .position_x(x)
                .position_y(y),
        );
    let footer = Footer::new()
        .add_table(table)
        .add_paragraph(Paragraph::new());
    position_first(&footer.build()).into_bytes()
}
