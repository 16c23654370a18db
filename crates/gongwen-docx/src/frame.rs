//! The parts around the body: 版头 or 报头, title, 主送, 附件说明, 署名 and 成文日期, 版记.

use crate::Part;
use crate::runs::{paragraph, runs, text_paragraph};
use crate::styles::{
    ADDRESSEE, AGENCY, ATTACHMENT_NOTE, BYLINE, COLOPHON, DATE, DOC_NUMBER, MARK, MASTHEAD, NORMAL,
    NOTE, SIGNATURE, TITLE, TITLE_NOTE,
};
use crate::units::{ADVANCE, CELL, LEFT, LINE, RED, WIDTH, mm, width};
use docx_rs::{
    AlignmentType, BorderType, BreakType, LineSpacing, LineSpacingType, Paragraph, ParagraphBorder,
    ParagraphBorderPosition, ParagraphBorders, Pic, RelativeFromHType, RelativeFromVType, Run,
    SpecialIndentType, Tab, TabValueType, Table, TableBorder, TableBorderPosition, TableBorders,
    TableCell, TablePositionProperty, TableRow, VAlignType, WidthType,
};
use gongwen_model::{Closing, Colophon, Header, Inline, Masthead, plain_text};

/// An empty line of the grid (the standard's "空一行").
pub(crate) fn blank() -> Part {
    Part::Para(Paragraph::new().style(NORMAL))
}

/// An empty paragraph exactly `height` twips high.
fn spacer(height: i32) -> Part {
    Part::Para(
        Paragraph::new()
            .style(NORMAL)
            .line_spacing(exact_height(height.max(20))),
    )
}

fn exact_height(height: i32) -> LineSpacing {
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
fn red_size(chars: usize, max_pt: f64) -> usize {
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
    let lines = gongwen_typst::balance_title(&plain_text(text));
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

/// 附件说明 (§7.3.4): under a blank line, "附件：" and the titles, numbered when several,
/// each wrapped under its title's first character.
pub(crate) fn attachment_note(out: &mut Vec<Part>, titles: &[&[Inline]]) {
    if titles.is_empty() {
        return;
    }
    out.push(blank());
    if let [title] = titles {
        let mut all = vec![Run::new().add_text("附件：")];
        all.extend(runs(title));
        out.push(Part::Para(paragraph(ATTACHMENT_NOTE.0, all)));
        return;
    }
    let label = 3 * ADVANCE;
    for (i, title) in titles.iter().enumerate() {
        let mut all = Vec::new();
        let indent = if i == 0 {
            all.push(Run::new().add_text("附件："));
            SpecialIndentType::Hanging(label)
        } else {
            SpecialIndentType::FirstLine(0)
        };
        all.push(Run::new().add_text(format!("{}. ", i + 1)));
        all.extend(runs(title));
        let p = paragraph(ATTACHMENT_NOTE.0, all);
        out.push(Part::Para(p.indent(
            Some(2 * ADVANCE + label),
            Some(indent),
            None,
            None,
        )));
    }
}

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
    for s in &c.signatures {
        out.push(placed(SIGNATURE.0, s, sx));
    }
    if let Some(date) = &c.date {
        out.push(placed(DATE.0, date, dx));
    }
    if let Some(note) = &c.note {
        let mut all = vec![Run::new().add_text("（")];
        all.extend(runs(note));
        all.push(Run::new().add_text("）"));
        out.push(Part::Para(paragraph(NOTE.0, all)));
    }
}

/// The seal, 42 mm wide, centred at `centre` twips from the 版心's left edge and 0.6 line
/// below the top of the paragraph it is anchored to minus its half height, as in the PDF.
/// `None` when `png` is not a PNG (the pipeline refuses other formats first).
fn seal_picture(png: &[u8], centre: i32) -> Option<Pic> {
    const EMU_PER_TWIP: i64 = 635;
    if !png.starts_with(b"\x89PNG\r\n\x1a\n") || png.len() < 24 {
        return None;
    }
    let dim = |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
    let (w, h) = (dim(16).max(1), dim(20).max(1));
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

/// 版记 (§7.4): a table floated to the foot of the last page, its rules 0.35 mm outside
/// and 0.25 mm between 报/送/发, 抄送 and 印发机关 with 印发日期.
///
/// It is placed from the page's left edge: LibreOffice floats a table as wide as the 版心
/// only when it is positioned against the page.
pub(crate) fn colophon(out: &mut Vec<Part>, col: &Colophon) {
    let one = 280; // one 14 pt character
    let half = (WIDTH / 2) as usize;
    let line = |text: String, hang: i32| {
        Paragraph::new()
            .style(COLOPHON.0)
            .indent(
                Some(one + hang),
                Some(SpecialIndentType::Hanging(hang)),
                Some(one),
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
                .map(|d| line(format!("{}：{}", d.label, d.to), 2 * one))
                .collect(),
        ));
    }
    if !col.cc.is_empty() {
        rows.push(wide(vec![line(
            format!("抄送：{}。", col.cc.join("，")),
            3 * one,
        )]));
    }
    if col.printer.is_some() || col.print_date.is_some() {
        let printer = Paragraph::new()
            .style(COLOPHON.0)
            .indent(Some(one), None, None, None)
            .add_run(Run::new().add_text(col.printer.as_deref().unwrap_or("")));
        let date = Paragraph::new()
            .style(COLOPHON.0)
            .align(AlignmentType::Right)
            .indent(None, None, Some(one), None)
            .add_run(
                Run::new().add_text(
                    col.print_date
                        .as_deref()
                        .map(|d| format!("{d}印发"))
                        .unwrap_or_default(),
                ),
            );
        rows.push(TableRow::new(vec![
            TableCell::new()
                .width(half, WidthType::Dxa)
                .add_paragraph(printer),
            TableCell::new()
                .width(half, WidthType::Dxa)
                .add_paragraph(date),
        ]));
    }
    if rows.is_empty() {
        return;
    }
    let rule = |position, eighths| {
        TableBorder::new(position)
            .border_type(BorderType::Single)
            .size(eighths)
            .color("000000")
    };
    let borders = TableBorders::with_empty()
        .set(rule(TableBorderPosition::Top, 8))
        .set(rule(TableBorderPosition::Bottom, 8))
        .set(rule(TableBorderPosition::InsideH, 6));
    let table = Table::new(rows)
        .set_grid(vec![half, half])
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

/// The first line of a new attachment: its label in 黑体, on a new page.
pub(crate) fn attachment_label(out: &mut Vec<Part>, label: &str) {
    out.push(Part::Para(
        text_paragraph(crate::styles::ATTACHMENT_LABEL.0, label).page_break_before(true),
    ));
    out.push(blank());
}
