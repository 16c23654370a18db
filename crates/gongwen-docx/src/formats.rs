//! The heads of GB/T 9704's special formats (§10): the 信函's mark between red double
//! lines, the 命令's "XX令" with its 令号, the 纪要's "XX纪要" with its issue and rule.
//!
//! Each line is placed by the top of its em box, measured from the top of the page as
//! FORMATS.md gives it: a [`Cursor`] follows the paragraphs already set (exact line heights,
//! so their extent is known) and opens the gap to the next line with spacing before it.

use crate::Part;
use crate::frame::{exact_height, spacer};
use crate::header::red_size;
use crate::runs::text_paragraph;
use crate::shapes::Shapes;
use crate::styles::{AGENCY, DOC_NUMBER, DOC_NUMBER_CHARS, MARK};
use crate::units::{BODY_SIZE, CELL, LEFT, LINE, PITCH, TOP, WIDTH, em_top, mm, pt};
use docx_rs::{AlignmentType, FrameProperty, LineSpacing, Paragraph, Run, Tab, TabValueType};
use gongwen_model::Header;

/// Where the next paragraph's top lies, in twips from the top of page 1.
pub(crate) struct Cursor {
    y: i32,
}

impl Cursor {
    /// `p` with an exact line of `line` twips, opened so that the em box of its
    /// `half_points` text starts `top` twips from the top of the page.
    fn place(&mut self, p: Paragraph, line: i32, half_points: usize, top: f64) -> Paragraph {
        let para_top = top.round() as i32 - em_top(line, half_points);
        let before = (para_top - self.y).max(0);
        self.y += before + line;
        p.line_spacing(
            LineSpacing::new()
                .line_rule(docx_rs::LineSpacingType::Exact)
                .line(line)
                .before(before as u32)
                .after(0),
        )
    }

    /// An empty paragraph filling the gap to a line of `half_points` text in the body's
    /// exact grid line whose em box is to start `top` twips from the top of the page.
    pub(crate) fn gap_to(&mut self, top: f64, half_points: usize) -> Part {
        let height = top.round() as i32 - em_top(LINE, half_points) - self.y;
        self.y += height;
        spacer(height)
    }
}

/// The mark's size in half-points and its text: the agencies and the suffix on one line.
fn mark(agencies: &[String], suffix: &str) -> (usize, String) {
    let name = format!("{}{suffix}", agencies.concat());
    (red_size(name.chars().count(), 36.0), name)
}

/// Half-points as twips.
fn twips(half_points: usize) -> i32 {
    half_points as i32 * 10
}

/// 信函格式 (§10.1): the 主办机关's mark 30 mm from the top of the page (a frame: it lies
/// above the 版心), the red double lines (the lower one at the foot of page 1), 份号/密级/
/// 紧急程度 flush left and the 发文字号 flush right under the upper line. Returns the cursor
/// and where the title's first line is to start.
pub(crate) fn letter_head(out: &mut Vec<Part>, h: &Header, shapes: &mut Shapes) -> (Cursor, f64) {
    let first = h.agencies.first().map(std::slice::from_ref).unwrap_or(&[]);
    let (size, name) = mark(first, &h.suffix);
    let s = twips(size);
    let mark_top = mm(30.0);
    let frame_y = mark_top - em_top(s, size);
    let mut frame = Paragraph::new()
        .style(AGENCY.0)
        .line_spacing(exact_height(s))
        .add_run(Run::new().add_text(name).size(size));
    frame.property = frame.property.frame_property(
        FrameProperty::new()
            .width(WIDTH as u32)
            .height(s as u32)
            .h_rule("exact")
            .wrap("around")
            .h_anchor("margin")
            .v_anchor("page")
            .x(0)
            .y(frame_y)
            .h_space(0)
            .v_space(0),
    );
    out.push(Part::Para(frame));
    // Text after a frame as wide as the 版心 starts under it, in Word and LibreOffice alike.
    let mut cursor = Cursor { y: frame_y + s };
    let upper = mark_top + s + mm(4.0);
    let (x, w) = (mm(20.0), mm(170.0));
    let rules = [
        shapes.rect(x, upper, w, mm(0.8)),
        shapes.rect(x, upper + mm(1.3), w, mm(0.3)),
        shapes.rect(x, mm(277.0 - 1.6), w, mm(0.3)),
        shapes.rect(x, mm(277.0 - 0.8), w, mm(0.8)),
    ];
    let first = f64::from(upper + mm(1.6) + pt(14.0));
    let marks: Vec<&String> = [&h.copy_number, &h.secrecy, &h.urgency]
        .into_iter()
        .flatten()
        .collect();
    let lines = marks.len().max(usize::from(h.doc_number.is_some()));
    for i in 0..lines {
        let mut p = match marks.get(i) {
            Some(m) => text_paragraph(MARK.0, m),
            None => Paragraph::new().style(MARK.0),
        };
        if i == 0 {
            p = rules.iter().cloned().fold(p, Paragraph::add_run);
            if let Some(number) = &h.doc_number {
                p = p
                    .add_tab(Tab::new().val(TabValueType::Right).pos(WIDTH as usize))
                    .add_run(
                        Run::new()
                            .add_tab()
                            .add_text(number.as_str())
                            .style(DOC_NUMBER_CHARS.0),
                    );
            }
        }
        let top = first + i as f64 * PITCH;
        out.push(Part::Para(cursor.place(p, LINE, BODY_SIZE, top)));
    }
    if lines == 0 {
        // The double lines still need a paragraph on page 1.
        let p = rules
            .iter()
            .cloned()
            .fold(Paragraph::new(), Paragraph::add_run);
        out.push(Part::Para(p.line_spacing(exact_height(20))));
        cursor.y += 20;
    }
    let last = first + lines.saturating_sub(1) as f64 * PITCH;
    (cursor, last + 3.0 * PITCH)
}

/// 命令格式 (§10.2, `minutes` false) and 纪要格式 (§10.3): the red mark 20 or 35 mm below
/// the top of the 版心, the 令号 two lines (the 纪要's issue one line) under it, and for a
/// 纪要 the red rule 4 mm under the last line. Returns the cursor and where the title (or
/// the body) is to start.
pub(crate) fn mark_head(
    out: &mut Vec<Part>,
    h: &Header,
    minutes: bool,
    shapes: &mut Shapes,
) -> (Cursor, f64) {
    let (size, name) = mark(&h.agencies, &h.suffix);
    let s = twips(size);
    let mut cursor = Cursor { y: TOP };
    let mark_top = f64::from(TOP + mm(if minutes { 35.0 } else { 20.0 }));
    let line = s * 5 / 4;
    let p = Paragraph::new()
        .style(AGENCY.0)
        .add_run(Run::new().add_text(name).size(size));
    let mut p = cursor.place(p, line, size, mark_top);
    let mut bottom = mark_top + f64::from(s);
    let mut number_top = None;
    if let Some(number) = &h.doc_number {
        let lines = if minutes { 1.0 } else { 2.0 };
        let top = bottom + lines * PITCH;
        out.push(Part::Para(p));
        p = cursor.place(text_paragraph(DOC_NUMBER.0, number), LINE, BODY_SIZE, top);
        bottom = top + f64::from(twips(BODY_SIZE));
        number_top = Some(top);
    }
    if minutes && (h.editor.is_some() || h.edited.is_some()) {
        // The 编发单位 at the left and the date at the right, a character in from each side,
        // on the line under the 期号 (or where it would stand).
        let top = number_top.map_or(bottom + PITCH, |t| t + PITCH);
        out.push(Part::Para(p));
        let line = Paragraph::new()
            .style(DOC_NUMBER.0)
            .align(AlignmentType::Left)
            .indent(Some(CELL), None, Some(CELL), None)
            .add_tab(
                Tab::new()
                    .val(TabValueType::Right)
                    .pos((WIDTH - CELL) as usize),
            )
            .add_run(Run::new().add_text(h.editor.as_deref().unwrap_or("")))
            .add_run(
                Run::new()
                    .add_tab()
                    .add_text(h.edited.as_deref().unwrap_or("")),
            );
        p = cursor.place(line, LINE, BODY_SIZE, top);
        bottom = top + f64::from(twips(BODY_SIZE));
    }
    let next = if minutes {
        let rule = bottom + f64::from(mm(4.0));
        p = p.add_run(shapes.rect(LEFT, rule.round() as i32, WIDTH, mm(0.5)));
        rule + f64::from(mm(0.25)) + 2.0 * PITCH
    } else {
        match number_top {
            Some(top) => top + 3.0 * PITCH,
            None => bottom + 2.0 * PITCH,
        }
    };
    out.push(Part::Para(p));
    (cursor, next)
}
