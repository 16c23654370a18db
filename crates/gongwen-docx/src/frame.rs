//! The parts before the body and around attachments: 版头 or 报头, title, 主送, 附件 labels.

use crate::Part;
use crate::runs::{paragraph, runs, text_paragraph};
use crate::styles::{
    ADDRESSEE, AGENCY, BYLINE, DOC_NUMBER, MARK, MASTHEAD, NORMAL, TITLE, TITLE_NOTE,
};
use crate::units::{CELL, LINE, RED, WIDTH, mm};
use docx_rs::{
    AlignmentType, BorderType, BreakType, LineSpacing, LineSpacingType, Paragraph, ParagraphBorder,
    ParagraphBorderPosition, ParagraphBorders, Run, Tab, TabValueType, Table, TableCell, TableRow,
    VAlignType, WidthType,
};
use gongwen_model::{Header, Inline, Masthead, plain_text};

/// An empty line of the grid (the standard's "空一行").
pub(crate) fn blank() -> Part {
    Part::Para(Paragraph::new().style(NORMAL))
}

/// An empty paragraph exactly `height` twips high.
pub(crate) fn spacer(height: i32) -> Part {
    Part::Para(
        Paragraph::new()
            .style(NORMAL)
            .line_spacing(exact_height(height.max(20))),
    )
}

pub(crate) fn exact_height(height: i32) -> LineSpacing {
    LineSpacing::new()
        .line_rule(LineSpacingType::Exact)
        .line(height)
        .before(0)
        .after(0)
}

/// A red rule under a paragraph: its bottom border, `eighths` of a point thick.
fn red_rule(p: Paragraph, eighths: usize, space_pt: usize) -> Paragraph {
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
pub(crate) fn header(out: &mut Vec<Part>, h: &Header) {
    let marks: Vec<&String> = [&h.copy_number, &h.secrecy, &h.urgency]
        .into_iter()
        .flatten()
        .collect();
    for m in &marks {
        out.push(Part::Para(text_paragraph(MARK.0, m)));
    }
    out.push(spacer(mm(35.0) - marks.len() as i32 * LINE));
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
    let number = match &h.doc_number {
        Some(number) if !h.signers.is_empty() => {
            let names = h.signers.join("　");
            Paragraph::new()
                .style(MARK.0)
                .add_tab(Tab::new().val(TabValueType::Left).pos(CELL as usize))
                .add_tab(
                    Tab::new()
                        .val(TabValueType::Right)
                        .pos((WIDTH - CELL) as usize),
                )
                .add_run(Run::new().add_tab().add_text(number.as_str()).add_tab())
                .add_run(Run::new().add_text("签发人："))
                .add_run(
                    Run::new()
                        .add_text(names)
                        .style(crate::styles::HEADING_CHARS[1].0),
                )
        }
        Some(number) => text_paragraph(DOC_NUMBER.0, number),
        None => Paragraph::new().style(DOC_NUMBER.0),
    };
    // 0.5 mm thick, about 4 mm below the line of the 发文字号; the title two lines under it.
    out.push(Part::Para(red_rule(number, 11, 4)));
    out.push(blank());
    out.push(blank());
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

/// 标题 (§7.3.1): 2号, centred, in the PDF's balanced lines; the 题注 and byline under it.
pub(crate) fn title(
    out: &mut Vec<Part>,
    text: &[Inline],
    note: Option<&[Inline]>,
    byline: Option<&[Inline]>,
    page_break: bool,
) {
    let lines = gongwen_layout::balance_title(&plain_text(text));
    if lines.is_empty() {
        return;
    }
    let mut p = Paragraph::new()
        .style(TITLE.0)
        .page_break_before(page_break);
    for (i, line) in lines.iter().enumerate() {
        let mut run = Run::new();
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        p = p.add_run(run.add_text(line.as_str()));
    }
    out.push(Part::Para(p));
    if let Some(note) = note {
        out.push(Part::Para(paragraph(TITLE_NOTE.0, runs(note))));
    }
    if let Some(byline) = byline {
        out.push(Part::Para(paragraph(BYLINE.0, runs(byline))));
    }
    out.push(blank());
}

/// 主送机关 or 称谓, flush left.
pub(crate) fn addressee(out: &mut Vec<Part>, inlines: &[Inline]) {
    out.push(Part::Para(paragraph(ADDRESSEE.0, runs(inlines))));
}

/// The first line of a new attachment: its label in 黑体, on a new page.
pub(crate) fn attachment_label(out: &mut Vec<Part>, label: &str) {
    out.push(Part::Para(
        text_paragraph(crate::styles::ATTACHMENT_LABEL.0, label).page_break_before(true),
    ));
    out.push(blank());
}

/// `parts` kept on one page (the 职务 lines with the 签名章 anchored among them and the
/// date, or the 署名 and 成文日期): each paragraph kept whole and with the next, the last
/// whole.
pub(crate) fn keep_together(parts: &mut [Part]) {
    let last = parts.len().saturating_sub(1);
    for (i, part) in parts.iter_mut().enumerate() {
        if let Part::Para(p) = part {
            let kept = std::mem::replace(p, Paragraph::new()).keep_lines(true);
            *p = if i < last { kept.keep_next(true) } else { kept };
        }
    }
}
