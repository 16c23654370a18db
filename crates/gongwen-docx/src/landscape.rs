//! 横排表格 in Word: a table too wide for the portrait 版心 in a landscape section of its
//! own (A4 turned, the portrait margins turned with it), with its own footers that put the
//! page number where portrait pages have it, turned with the sheet (FORMATS.md).
//!
//! A section ends with the paragraph that carries its `w:sectPr`: [`parts`] puts a marker
//! paragraph before the table (ending the portrait section) and one after it (ending the
//! landscape section); [`crate::sections`] puts the portrait `w:sectPr` in the marker, and
//! [`finish`] adds the two landscape footers (`turned`) to the package.

use crate::patch::patch;
use crate::styles::TABLE_HEAD;
use crate::units::{CHAR_SPACE, LINE, PAGE_H, PAGE_W, mm};
use crate::{DocxError, Part};
use docx_rs::{
    BuildXML, DocGrid, DocGridType, FooterReference, LineSpacing, LineSpacingType, PageMargin,
    PageOrientationType, PageSize, Paragraph, SectionProperty, Table, TableCellMargins, XMLDocx,
};

/// The landscape 版心's width: 225 mm.
pub(crate) const WIDTH: i32 = 12756;
/// The relationship ids of the landscape footers, odd and even pages.
const ODD: &str = "rIdGwLandscapeOdd";
const EVEN: &str = "rIdGwLandscapeEven";

/// A cell's inset on each side, 0.3 em of 4号, as in the PDF.
const INSET: usize = 84;

/// The columns of a landscape table in twips: the landscape 版心's width shared out in
/// proportion to each column's narrowest comfortable width (gongwen-layout's rule).
pub(crate) fn grid(table: &gongwen_model::Table) -> Vec<usize> {
    let widths = gongwen_layout::column_widths(table);
    let total: f64 = widths.iter().sum();
    if widths.is_empty() || total <= 0.0 {
        return vec![WIDTH as usize];
    }
    widths
        .iter()
        .map(|w| (f64::from(WIDTH) * w / total).floor() as usize)
        .collect()
}

/// Pushes `table` onto `out` in a landscape section of its own.
/// Right after another landscape table, it goes in a landscape section of its own with
/// no portrait section (an empty page) between them.
pub(crate) fn parts(out: &mut Vec<Part>, table: Table) {
    if !ends_landscape(out) {
        out.push(Part::Para(section_end(SectionProperty::new())));
    }
    out.push(Part::Table(
        table.margins(TableCellMargins::new().margin(0, INSET, 0, INSET)),
    ));
    out.push(Part::Para(section_end(landscape())));
}

/// Whether `out` ends with a landscape section (its last part ends one).
pub(crate) fn ends_landscape(out: &[Part]) -> bool {
    matches!(out.last(), Some(Part::Para(p)) if p
        .property
        .section_property
        .as_ref()
        .and_then(|s| s.footer_reference.as_ref())
        .is_some_and(|f| f.id == ODD))
}

/// An empty paragraph, as short as Word allows, that ends a section with properties `s`.
fn section_end(s: SectionProperty) -> Paragraph {
    Paragraph::new()
        .line_spacing(
            LineSpacing::new()
                .line(14)
                .line_rule(LineSpacingType::Exact),
        )
        .section_property(s)
}

/// The landscape section: A4 turned, the table's head toward the portrait page's left
/// edge, so the 版心 (225 × 156 mm) is 28 mm from the top, 26 from the bottom, 35 from the
/// left and 37 from the right; the grid as on portrait pages.
fn landscape() -> SectionProperty {
    let mut s = SectionProperty::new()
        .page_size(
            PageSize::new()
                .size(PAGE_H, PAGE_W)
                .orient(PageOrientationType::Landscape),
        )
        .page_margin(PageMargin {
            top: mm(28.0),
            left: mm(35.0),
            bottom: mm(26.0),
            right: mm(37.0),
            header: mm(15.0),
            footer: mm(10.0),
            gutter: 0,
        })
        .doc_grid(
            DocGrid::new()
                .grid_type(DocGridType::LinesAndChars)
                .line_pitch(LINE as usize)
                .char_space(CHAR_SPACE),
        );
    s.footer_reference = Some(FooterReference::new("default", ODD));
    s.even_footer_reference = Some(FooterReference::new("even", EVEN));
    s
}

/// The text docx-rs writes for the `w:sectPr` of the paragraph ending a portrait section
/// before a landscape table, which [`crate::sections`] replaces with the portrait one.
pub(crate) fn portrait_marker() -> String {
    String::from_utf8_lossy(&SectionProperty::new().build()).into_owned()
}

/// Whether `sect_pr` is a landscape section's.
pub(crate) fn is_landscape(sect_pr: &str) -> bool {
    sect_pr.contains(ODD)
}

/// After docx-rs has written `xml`: the tables' header rows repeated and the landscape
/// footers added to the package, when the document has a landscape table (the sections
/// themselves are set by [`crate::sections::apply`]).
pub(crate) fn finish(xml: &mut XMLDocx) -> Result<(), DocxError> {
    let document = String::from_utf8_lossy(&xml.document).into_owned();
    if !document.contains(ODD) {
        return Ok(());
    }
    let document = repeat_headers(&document, &portrait_marker());
    xml.document = document.into_bytes();
    let first = xml.footers.len() + 1;
    for odd in [true, false] {
        xml.footers.push(crate::turned::footer(odd));
    }
    let mut rels = String::from_utf8_lossy(&xml.document_rels).into_owned();
    let mut types = String::from_utf8_lossy(&xml.content_type).into_owned();
    for (i, id) in [ODD, EVEN].into_iter().enumerate() {
        let name = format!("footer{}.xml", first + i);
        rels = patch(
            "word/_rels/document.xml.rels",
            &rels,
            "</Relationships>",
            &format!(
                r#"<Relationship Id="{id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="{name}" /></Relationships>"#
            ),
        )?;
        types = patch(
            "[Content_Types].xml",
            &types,
            "</Types>",
            &format!(
                r#"<Override PartName="/word/{name}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" /></Types>"#
            ),
        )?;
    }
    xml.document_rels = rels.into_bytes();
    xml.content_type = types.into_bytes();
    Ok(())
}

/// `document` with the header row of each table after a `marker` repeated on every page
/// the table takes (`w:tblHeader`, which docx-rs cannot say).
fn repeat_headers(document: &str, marker: &str) -> String {
    const ROW: &str = "<w:tr><w:trPr />";
    let mut pieces = document.split(marker);
    let mut out = pieces.next().unwrap_or_default().to_string();
    for piece in pieces {
        out.push_str(marker);
        let header = piece.find(ROW).filter(|&at| {
            let row = &piece[at..piece[at..].find("</w:tr>").map_or(piece.len(), |e| at + e)];
            row.contains(TABLE_HEAD.0)
        });
        match header {
            Some(at) => {
                out.push_str(&piece[..at]);
                out.push_str("<w:tr><w:trPr><w:tblHeader /></w:trPr>");
                out.push_str(&piece[at + ROW.len()..]);
            }
            None => out.push_str(piece),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use docx_rs::Docx;
    use gongwen_model::Inline;

    #[test]
    fn the_columns_share_out_the_landscape_width_by_their_figures() {
        let cell = |s: &str| vec![Inline::Text(s.into())];
        let t = gongwen_model::Table {
            header: vec![cell("地区"), cell("数")],
            rows: vec![vec![cell("甲"), cell("1234567890.12345")]],
        };
        let grid = grid(&t);
        assert!(grid.iter().sum::<usize>() <= WIDTH as usize, "{grid:?}");
        assert!(
            grid[1] > 2 * grid[0],
            "the figures' column is wider: {grid:?}"
        );
    }

    #[test]
    fn the_header_rows_repeat_and_the_footers_are_added() {
        // Two landscape tables in a row: one portrait section before them, none between.
        let mut out = Vec::new();
        parts(&mut out, Table::new(vec![]));
        parts(&mut out, Table::new(vec![]));
        let docx = out.into_iter().fold(Docx::new(), |d, p| match p {
            Part::Para(p) => d.add_paragraph(p),
            Part::Table(t) => d.add_table(t),
        });
        let mut xml = docx.build();
        let footers = xml.footers.len();
        finish(&mut xml).expect("finished");
        let document = String::from_utf8_lossy(&xml.document).into_owned();
        assert_eq!(
            document.matches(&portrait_marker()).count(),
            2,
            "one portrait section before the two tables (for sections::apply to set) and the \
             final one, plain here"
        );
        assert_eq!(document.matches("w:orient=\"landscape\"").count(), 2);
        assert_eq!(xml.footers.len(), footers + 2);
        let rels = String::from_utf8_lossy(&xml.document_rels).into_owned();
        assert!(rels.contains(&format!("Target=\"footer{}.xml\"", footers + 2)));

        let mut plain = Docx::new().build();
        let before = plain.document.clone();
        finish(&mut plain).expect("nothing to do");
        assert_eq!(plain.document, before);
    }
}
