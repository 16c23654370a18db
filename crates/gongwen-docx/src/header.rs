//! The 版头 (§7.2): 份号/密级/紧急程度, the red 发文机关标志, the 发文字号 line and the red
//! rule, or without an agency the same elements in black at the top of the 版心; and a
//! 简报's red 报头.

use crate::Part;
use crate::frame::{blank, spacer};
use crate::runs::text_paragraph;
use crate::styles::{AGENCY, DOC_NUMBER, MARK, MASTHEAD};
use crate::units::{BODY_SIZE, CELL, LINE, RED, TITLE_SIZE, WIDTH, em_top, mm};
use docx_rs::{
    AlignmentType, BorderType, Paragraph, ParagraphBorder, ParagraphBorderPosition,
    ParagraphBorders, Run, Tab, TabValueType, Table, TableCell, TableRow, VAlignType, WidthType,
};
use gongwen_model::{Header, Masthead};

/// A red rule under a paragraph: its bottom border, `eighths` of a point thick.
pub(crate) fn red_rule(p: Paragraph, eighths: usize, space_pt: usize) -> Paragraph {
    let mut p = p;
    p.property = p.property.set_borders(
        ParagraphBorders::with_empty().set(
            ParagraphBorder::new(ParagraphBorderPosition::Bottom)
                .val(BorderType::Single)
                .size(eighths)
                .space(space_pt)
                .color(RED),
        ),
    );
    p
}

/// Size in half-points of red text as wide as `chars` characters can be in 150 mm, within
/// `[22 pt, max_pt]`.
pub(crate) fn red_size(chars: usize, max_pt: f64) -> usize {
    let pt = (150.0 / 25.4 * 72.0 / chars.max(1) as f64).clamp(22.0, max_pt);
    (pt * 2.0).round() as usize
}

/// 版头 (§7.2): 份号/密级/紧急程度 at the top left, the red 发文机关标志 35 mm below the
/// 版心's top, 发文字号 (with 签发人) a line below it, and the red rule 4 mm under that.
/// Without an agency: [`plain_header`]; `titled` when a title follows.
pub(crate) fn header(out: &mut Vec<Part>, h: &Header, titled: bool) {
    if !h.has_mark() {
        plain_header(out, h, titled);
        return;
    }
    let marks = marks(out, h);
    out.push(spacer(mm(35.0) - marks as i32 * LINE));
    let longest = h
        .agencies
        .iter()
        .map(|a| a.chars().count())
        .max()
        .unwrap_or(0)
        + h.suffix.chars().count();
    let size = red_size(longest, 36.0);
    let red = |text: &str| {
        Paragraph::new()
            .style(AGENCY.0)
            .add_run(Run::new().add_text(text).size(size))
    };
    if h.agencies.len() > 1 && !h.suffix.is_empty() {
        out.push(Part::Table(joint_agencies(h, size, red)));
    } else {
        out.push(Part::Para(red(&format!(
            "{}{}",
            h.agencies.concat(),
            h.suffix
        ))));
    }
    out.push(blank());
    let number = number_line(h).unwrap_or_else(|| Paragraph::new().style(DOC_NUMBER.0));
    // 0.5 mm thick, about 4 mm below the line of the 发文字号; the title two lines under it.
    out.push(Part::Para(red_rule(number, 11, 4)));
    out.push(blank());
    out.push(blank());
}

/// A 版头 without a 发文机关标志 (a web-published document's "某街办〔2018〕4号" over its
/// title): no red mark and no red rule; 份号/密级/紧急程度 one a line from the top of the
/// 版心, the 发文字号 line under them; the title's em box (as the PDF's) two lines under the
/// last one's, or the body's first line two lines under it when there is no title.
fn plain_header(out: &mut Vec<Part>, h: &Header, titled: bool) {
    let marks = marks(out, h);
    let number = number_line(h);
    let any = marks > 0 || number.is_some();
    if let Some(number) = number {
        out.push(Part::Para(number));
    }
    if any && titled {
        // The title's larger type rises higher in its grid line than the 3号 above it.
        out.push(spacer(
            LINE + em_top(LINE, BODY_SIZE) - em_top(LINE, TITLE_SIZE),
        ));
    } else if any {
        out.push(blank());
    }
}

/// 份号, 密级 and 紧急程度 in 黑体, one a line, flush left: how many there are.
fn marks(out: &mut Vec<Part>, h: &Header) -> usize {
    let marks: Vec<&String> = [&h.copy_number, &h.secrecy, &h.urgency]
        .into_iter()
        .flatten()
        .collect();
    for m in &marks {
        out.push(Part::Para(text_paragraph(MARK.0, m)));
    }
    marks.len()
}

/// The 发文字号 line (§7.2.4, §7.2.5): centred; with 签发人, the number a character in from
/// the left and 签发人 a character in from the right. `None` without a number.
fn number_line(h: &Header) -> Option<Paragraph> {
    let number = h.doc_number.as_deref()?;
    if h.signers.is_empty() {
        return Some(text_paragraph(DOC_NUMBER.0, number));
    }
    let names = h.signers.join("　");
    Some(
        Paragraph::new()
            .style(MARK.0)
            .add_tab(Tab::new().val(TabValueType::Left).pos(CELL as usize))
            .add_tab(
                Tab::new()
                    .val(TabValueType::Right)
                    .pos((WIDTH - CELL) as usize),
            )
            .add_run(Run::new().add_tab().add_text(number).add_tab())
            .add_run(Run::new().add_text("签发人："))
            .add_run(
                Run::new()
                    .add_text(names)
                    .style(crate::styles::HEADING_CHARS[1].0),
            ),
    )
}

/// 联合行文: the agencies stacked at the left, the suffix (文件) centred beside them.
fn joint_agencies(h: &Header, size: usize, red: impl Fn(&str) -> Paragraph) -> Table {
    let em = size as i32 * 10; // twips in one character of this size
    let names = h
        .agencies
        .iter()
        .map(|a| a.chars().count())
        .max()
        .unwrap_or(1) as i32;
    let left_w = (names * em + em / 2) as usize;
    let right_w = ((h.suffix.chars().count() as i32) * em + em / 2) as usize;
    let mut left = TableCell::new().width(left_w, WidthType::Dxa);
    for a in &h.agencies {
        left = left.add_paragraph(red(a).align(AlignmentType::Left));
    }
    let right = TableCell::new()
        .width(right_w, WidthType::Dxa)
        .vertical_align(VAlignType::Center)
        .add_paragraph(red(&h.suffix));
    Table::without_borders(vec![TableRow::new(vec![left, right])])
        .set_grid(vec![left_w, right_w])
        .align(docx_rs::TableAlignmentType::Center)
}

/// 报头 of a 简报: the red name, the issue, the editing unit left and the date right, a
/// red rule as wide as the 版心.
pub(crate) fn masthead(out: &mut Vec<Part>, m: &Masthead) {
    out.push(blank());
    let size = red_size(m.name.chars().count(), 42.0);
    out.push(Part::Para(
        Paragraph::new()
            .style(MASTHEAD.0)
            .add_run(Run::new().add_text(m.name.as_str()).size(size)),
    ));
    if let Some(issue) = &m.issue {
        out.push(Part::Para(text_paragraph(DOC_NUMBER.0, issue)));
    }
    let line = Paragraph::new()
        .style(MARK.0)
        .add_tab(Tab::new().val(TabValueType::Right).pos(WIDTH as usize))
        .add_run(Run::new().add_text(m.editor.as_deref().unwrap_or("")))
        .add_run(
            Run::new()
                .add_tab()
                .add_text(m.date.as_deref().unwrap_or("")),
        );
    out.push(Part::Para(red_rule(line, 17, 4)));
    out.push(blank());
}
