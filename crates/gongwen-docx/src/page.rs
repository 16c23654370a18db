//! The page: A4 with the GB/T 9704 margins, the 22 × 28 grid, page numbers "— N —" at the
//! right of odd pages and the left of even ones, and the document defaults (正文).

use crate::DocxError;
use crate::patch::patch;
use crate::styles::PAGE_NUMBER;
use crate::units::{
    ADVANCE, BODY_SIZE, BOTTOM, CHAR_SPACE, LEFT, LINE, PAGE_H, PAGE_W, RIGHT, SQUEEZE, TOP, mm,
};
use docx_rs::{
    AlignmentType, DocGrid, DocGridType, Docx, FieldCharType, Footer, InstrPAGE, InstrText,
    PageMargin, Paragraph, Run, RunFonts,
};
use gongwen_layout::{FontChoice, Role};

/// `docx` on A4 with the 版心 156 mm × 225 mm, the grid, and the two page-number footers.
pub(crate) fn set_up(docx: Docx, fonts: FontChoice) -> Docx {
    let (body, _) = Role::Body.word_face(fonts);
    let margin = PageMargin {
        top: TOP,
        left: LEFT,
        bottom: BOTTOM,
        right: RIGHT,
        header: mm(15.0),
        // The footer's 14 pt line sits so that its dashes are 7 mm below the 版心.
        footer: mm(25.0),
        gutter: 0,
    };
    let mut docx = docx
        .page_size(PAGE_W, PAGE_H)
        .page_margin(margin)
        .default_size(BODY_SIZE)
        .default_spacing(SQUEEZE)
        .default_fonts(
            RunFonts::new()
                .ascii(body)
                .hi_ansi(body)
                .east_asia(body)
                .cs(body),
        )
        .footer(page_number(AlignmentType::Right))
        .even_footer(page_number(AlignmentType::Left));
    docx.document = docx.document.doc_grid(
        DocGrid::new()
            .grid_type(DocGridType::LinesAndChars)
            .line_pitch(LINE as usize)
            .char_space(CHAR_SPACE),
    );
    docx
}

/// "— N —" in 4号 宋体 with a PAGE field, one character in from the 版心's edge.
fn page_number(align: AlignmentType) -> Footer {
    let one = 280; // 14 pt
    let (left, right) = match align {
        AlignmentType::Left => (Some(one), None),
        _ => (None, Some(one)),
    };
    let p = Paragraph::new()
        .style(PAGE_NUMBER.0)
        .align(align)
        .indent(left, None, right, None);
    Footer::new().add_paragraph(page_field(p))
}

/// `p` with "— N —", N Word's PAGE field (every footer, portrait or turned, has it).
pub(crate) fn page_field(p: Paragraph) -> Paragraph {
    p.add_run(Run::new().add_text("— "))
        .add_run(Run::new().add_field_char(FieldCharType::Begin, false))
        .add_run(Run::new().add_instr_text(InstrText::PAGE(InstrPAGE::new())))
        .add_run(Run::new().add_field_char(FieldCharType::Separate, false))
        .add_run(Run::new().add_text("1"))
        .add_run(Run::new().add_field_char(FieldCharType::End, false))
        .add_run(Run::new().add_text(" —"))
}

/// The package part [`defaults`] patches.
const STYLES: &str = "word/styles.xml";

/// What docx-rs cannot say in the document defaults, added to `styles.xml`: the body's
/// paragraph (no widow control, no hanging punctuation, no extra space between Chinese
/// and Latin, an exact grid line, a two-character first-line indent, not snapped to the
/// character grid) and Chinese as the East Asian language.
pub(crate) fn defaults(styles: &[u8]) -> Result<Vec<u8>, DocxError> {
    let xml = String::from_utf8_lossy(styles);
    let paragraph = format!(
        r#"<w:widowControl w:val="0"/><w:overflowPunct w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="{LINE}" w:lineRule="exact"/><w:ind w:firstLine="{}"/>"#,
        2 * ADVANCE
    );
    let language = r#"<w:lang w:val="zh-CN" w:eastAsia="zh-CN" w:bidi="ar-SA"/>"#;
    // LibreOffice sizes the character grid from Normal's own size, not the defaults'.
    let normal =
        r#"<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal" /><w:rPr />"#;
    let sized = format!(
        r#"<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal" /><w:rPr><w:sz w:val="{BODY_SIZE}"/><w:szCs w:val="{BODY_SIZE}"/></w:rPr>"#
    );
    let xml = patch(STYLES, &xml, normal, &sized)?;
    let xml = patch(
        STYLES,
        &xml,
        "<w:pPrDefault><w:pPr>",
        &format!("<w:pPrDefault><w:pPr>{paragraph}"),
    )?;
    let xml = patch(
        STYLES,
        &xml,
        "</w:rPr></w:rPrDefault>",
        &format!("{language}</w:rPr></w:rPrDefault>"),
    )?;
    Ok(xml.into_bytes())
}
