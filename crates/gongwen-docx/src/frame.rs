//! The parts before the body and around attachments: title, 主送, 附件 labels (the 版头
//! and 报头 are `header`).

use crate::Part;
use crate::runs::{paragraph, runs, text_paragraph};
use crate::styles::{ADDRESSEE, BYLINE, NORMAL, TITLE, TITLE_NOTE};
use docx_rs::{BreakType, LineSpacing, LineSpacingType, Paragraph, Run};
use gongwen_model::{Inline, plain_text};

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
