//! What ends the 主体 in hanging lists and special formats: the 附件说明 (§7.3.2), an
//! order's 职务 beside its 签名章 with the date under it (§7.3.5.3), and a 纪要's
//! 出席/请假/列席 lists (§10.3).

use crate::Part;
use crate::closing::png_size;
use crate::frame::{blank, spacer};
use crate::runs::{paragraph, runs, text_paragraph};
use crate::styles::{ATTACHMENT_NOTE, ATTENDANCE, DATE, LIST_LABEL, SIGNER_TITLE};
use crate::units::{ADVANCE, BODY_SIZE, CELL, LINE, PITCH, WIDTH, em_top, mm, width};
use docx_rs::{
    AlignmentType, Paragraph, Pic, RelativeFromHType, RelativeFromVType, Run, SpecialIndentType,
};
use gongwen_layout::NoteItem;
use gongwen_model::{Attendance, Closing};

/// 附件说明 (§7.3.2): under a blank line, two characters in, "附件：" and the titles;
/// with several, numbered as gongwen-layout numbers them (as in the PDF), later items
/// starting under the first item's number, and each title's wrapped lines under its own
/// first character.
pub(crate) fn attachment_note(out: &mut Vec<Part>, items: &[NoteItem]) {
    if items.is_empty() {
        return;
    }
    out.push(blank());
    let label = 3 * ADVANCE;
    for (i, item) in items.iter().enumerate() {
        let number = item.number.as_deref();
        let hang = number.map_or(0, width);
        let mut all = Vec::new();
        let indent = if i == 0 {
            all.push(Run::new().add_text("附件："));
            label + hang
        } else {
            hang
        };
        all.extend(number.map(|n| Run::new().add_text(n)));
        all.extend(runs(item.title));
        let p = paragraph(ATTACHMENT_NOTE.0, all);
        out.push(Part::Para(p.indent(
            Some(2 * ADVANCE + label + hang),
            Some(SpecialIndentType::Hanging(indent)),
            None,
            None,
        )));
    }
}

/// The 签名章's height: 15 mm.
const STAMP: f64 = 15.0;
/// EMU (DrawingML's unit) in a twip.
const EMU_PER_TWIP: i64 = 635;

/// 命令格式's closing: two empty lines under the body, then per 职务 a 15 mm row with the
/// 职务 ending two characters left of the stamp, the stamp's right edge four characters
/// from the 版心's right edge (the image on the first row only, an empty place as wide on
/// the others; four characters wide without an image), the date one empty line under the last stamp.
pub(crate) fn order_closing(out: &mut Vec<Part>, c: &Closing, seal: Option<&[u8]>) {
    let rows = c.signatures.len().max(usize::from(seal.is_some()));
    if rows == 0 && c.date.is_none() {
        return;
    }
    let inset = 4 * CELL;
    let stamp_h = mm(STAMP);
    let image = seal.and_then(|png| Some((png, png_size(png)?)));
    let image_w = image.map(|(_, (w, h))| stamp_h * w as i32 / h.max(1) as i32);
    out.push(blank());
    out.push(blank());
    let from = out.len();
    // The stamp's top where the third line's em box would start.
    out.push(spacer(em_top(LINE, BODY_SIZE)));
    // The 职务's em box centred on the stamp.
    let above = stamp_h / 2 - BODY_SIZE as i32 * 5 - em_top(LINE, BODY_SIZE);
    for i in 0..rows {
        // The stamp's place, as wide on every line: the 职务 end under each other.
        let sw = image_w.unwrap_or(inset);
        let mut top = Paragraph::new().line_spacing(crate::frame::exact_height(above.max(20)));
        if let (0, Some((png, (w, h)))) = (i, image) {
            top = top.add_run(Run::new().add_image(stamp(png, w, h, WIDTH - inset - sw)));
        }
        out.push(Part::Para(top));
        let title = c.signatures.get(i).map_or("", String::as_str);
        out.push(Part::Para(
            text_paragraph(SIGNER_TITLE.0, title)
                .align(AlignmentType::Right)
                .indent(Some(0), None, Some(inset + sw + 2 * CELL), None),
        ));
        out.push(spacer(stamp_h - above.max(20) - LINE));
    }
    if let Some(date) = &c.date {
        let gap = if rows == 0 {
            LINE
        } else {
            PITCH.round() as i32
        };
        out.push(spacer(gap - em_top(LINE, BODY_SIZE)));
        out.push(Part::Para(
            text_paragraph(DATE.0, date)
                .align(AlignmentType::Right)
                .indent(Some(0), None, Some(inset), None),
        ));
    }
    crate::frame::keep_together(&mut out[from..]);
    crate::closing::note(out, c);
}

/// The 签名章 `STAMP` mm tall, its left edge `x` twips from the 版心's, at the top of its
/// paragraph, over the text.
fn stamp(png: &[u8], w: u32, h: u32, x: i32) -> Pic {
    let height = i64::from(mm(STAMP)) * EMU_PER_TWIP;
    let width = height * i64::from(w) / i64::from(h.max(1));
    Pic::new_with_dimensions(png.to_vec(), w, h)
        .size(width as u32, height as u32)
        .floating()
        .overlapping()
        .relative_from_h(RelativeFromHType::Margin)
        .relative_from_v(RelativeFromVType::Paragraph)
        .offset_x((i64::from(x) * EMU_PER_TWIP) as i32)
        .offset_y(0)
}

/// 出席/请假/列席 (§10.3): one empty line under the body, each list a paragraph with its
/// label in 黑体 two characters in, a full-width colon, and the names, wrapped lines hanging
/// under the first name.
pub(crate) fn attendance(out: &mut Vec<Part>, lists: &[Attendance]) {
    if lists.is_empty() {
        return;
    }
    out.push(blank());
    for list in lists {
        let head = width(&list.label) + ADVANCE;
        let p = Paragraph::new()
            .style(ATTENDANCE.0)
            .indent(
                Some(2 * ADVANCE + head),
                Some(SpecialIndentType::Hanging(head)),
                None,
                None,
            )
            .add_run(Run::new().add_text(list.label.as_str()).style(LIST_LABEL.0))
            .add_run(Run::new().add_text("："))
            .add_run(Run::new().add_text(list.names.as_str()));
        out.push(Part::Para(p));
    }
}
