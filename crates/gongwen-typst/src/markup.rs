//! The document model as Typst markup over the GB/T 9704 prelude (`gbt9704.typ`).

use crate::escape::{grid_text, string};
use crate::fonts::{Fonts, Role};
use crate::inlines::{inlines, inlines_breaking};
use crate::literal::{array, opt};
use crate::{formats, news};
use gongwen_layout::{NOTE_CELLS, attachment_labels, balance_title as balance, balance_to};
use gongwen_model::{
    Block, Body, Closing, Colophon, DocKind, Document, Header, Inline, Section, Table,
    plain_text as text_of,
};
use std::fmt::Write;
use std::path::Path;

/// The layout functions every generated document calls (with §10's formats and the
/// 横排表格's).
pub const PRELUDE: &str = concat!(
    include_str!("gbt9704.typ"),
    include_str!("formats.typ"),
    include_str!("landscape.typ")
);

/// The complete Typst source for `doc`: font table, prelude, then the document.
pub fn document_source(doc: &Document, fonts: &Fonts) -> String {
    let mut out = font_table(fonts);
    out.push_str(PRELUDE);
    // A 信函 has no page number on page 1 (§10.1).
    out.push_str(if doc.kind == DocKind::Letter {
        "\n#show: doc.with(first-number: false)\n"
    } else {
        "\n#show: doc\n"
    });
    out.push_str(&document_markup(doc));
    out
}

/// The `fonts` dictionary the prelude reads: role -> ((families…), weight).
pub fn font_table(fonts: &Fonts) -> String {
    let mut out = String::from("#let fonts = (\n");
    for role in Role::ALL {
        let face = fonts.role(role);
        let _ = writeln!(
            out,
            "  {}: (({}, {}), {}),",
            role.key(),
            string(&face.family),
            string(&face.fallback),
            face.weight
        );
    }
    out.push_str(")\n");
    out
}

/// The document's markup, without the font table and prelude (snapshot tests read this).
pub fn document_markup(doc: &Document) -> String {
    let mut out = String::new();
    if let Some(h) = &doc.header
        && !formats::head(&mut out, doc.kind, h)
    {
        header(&mut out, h);
    }
    if let Some(m) = &doc.masthead {
        news::masthead(&mut out, m);
    }
    title(
        &mut out,
        &doc.title.text,
        doc.title.note.as_deref(),
        doc.byline.as_deref(),
    );
    if let Some(addressee) = &doc.addressee {
        let _ = writeln!(out, "#addressee[{}]", inlines(addressee));
    }
    let closes = !doc.closing.signatures.is_empty() || doc.closing.date.is_some();
    body_ending(&mut out, &doc.body, closes);
    attachment_note(&mut out, doc);
    formats::attendance(&mut out, &doc.attendance);
    if doc.kind == DocKind::Order {
        let seal = doc.closing.seal.as_deref().map(seal_path);
        formats::order_closing(&mut out, &doc.closing, seal);
    } else {
        closing(&mut out, &doc.closing);
    }
    attachments(&mut out, doc);
    if let Some(col) = &doc.colophon {
        colophon(&mut out, col, doc);
    }
    out
}

/// 版头: `#header(…)` with 份号, 密级, 紧急程度, 发文机关, 发文字号 and 签发人; without an
/// agency, `#plain-header(…)` (no red mark, no red rule).
fn header(out: &mut String, h: &Header) {
    if !h.has_mark() {
        let _ = writeln!(
            out,
            "#plain-header(copy: {}, secrecy: {}, urgency: {}, number: {}, signers: {})",
            opt(&h.copy_number),
            opt(&h.secrecy),
            opt(&h.urgency),
            opt(&h.doc_number),
            array(&h.signers),
        );
        return;
    }
    let _ = writeln!(
        out,
        "#header(copy: {}, secrecy: {}, urgency: {}, agencies: {}, suffix: {}, number: {}, signers: {})",
        opt(&h.copy_number),
        opt(&h.secrecy),
        opt(&h.urgency),
        array(&h.agencies),
        string(&h.suffix),
        opt(&h.doc_number),
        array(&h.signers),
    );
}

/// 附件说明: `#attachment-note(((number, [name]), …))`, numbered when there are several.
fn attachment_note(out: &mut String, doc: &Document) {
    let items: Vec<String> = gongwen_layout::attachment_note(doc)
        .iter()
        .map(|item| format!("({}, [{}])", opt(&item.number), inlines(item.title)))
        .collect();
    if !items.is_empty() {
        let _ = writeln!(out, "#attachment-note(({},))", items.join(", "));
    }
}

/// 署名, 成文日期, 印章 and 附注: `#closing(…)`, when there is a signature or a date.
fn closing(out: &mut String, c: &Closing) {
    if c.signatures.is_empty() && c.date.is_none() {
        return;
    }
    let _ = writeln!(
        out,
        "#closing(signatures: ({}), date: {}, seal: {}, note: {})",
        c.signatures
            .iter()
            .map(|s| format!("[{}],", grid_text(s)))
            .collect::<String>(),
        c.date
            .as_deref()
            .map_or("none".into(), |d| format!("[{}]", grid_text(d))),
        c.seal
            .as_deref()
            .map_or("none".into(), |s| string(&seal_path(s))),
        c.note
            .as_deref()
            .map_or("none".into(), |n| format!("[{}]", inlines(n))),
    );
}

/// Each attachment on pages of its own: `#attachment(label: …, title-lines: …)[body]`.
fn attachments(out: &mut String, doc: &Document) {
    for (a, label) in doc.attachments.iter().zip(attachment_labels(doc)) {
        if a.separate {
            continue;
        }
        // An attachment opening with a landscape table has its label and title over it.
        let landscape = matches!(a.body.blocks.first(),
            Some(Block::Table(t)) if gongwen_layout::table_is_landscape(t));
        let _ = writeln!(
            out,
            "#attachment(label: {}, title-lines: {}{})[",
            label.map_or("none".into(), |l| string(&l)),
            array(&balance(&text_of(&a.title))),
            if landscape { ", landscape: true" } else { "" }
        );
        body(out, &a.body);
        out.push_str("]\n");
    }
}

/// 版记: `#colophon(…)` with 报/送/发, 抄送, 印发机关 and 印发日期; a 信函's has only 抄送
/// and no rules (§10.1). Printed two-sided, it goes to an even page unless told otherwise.
fn colophon(out: &mut String, col: &Colophon, doc: &Document) {
    let letter = doc.kind == DocKind::Letter;
    let cc = (!col.cc.is_empty()).then(|| format!("抄送：{}。", col.cc.join("，")));
    let (printer, date) = if letter {
        ("none".into(), "none".into())
    } else {
        (
            opt(&col.printer),
            col.print_date
                .as_ref()
                .map_or("none".into(), |d| string(&format!("{d}印发"))),
        )
    };
    let mut options = String::new();
    if letter {
        options.push_str(", ruled: false");
    }
    if doc.single_sided {
        options.push_str(", single-sided: true");
    }
    let _ = writeln!(
        out,
        "#colophon({}cc: {}, printer: {printer}, date: {date}{options})",
        news::distribution(&col.distribution),
        cc.as_deref()
            .map_or("none".into(), |t| format!("[{}]", grid_text(t))),
    );
}

fn title(out: &mut String, text: &[Inline], note: Option<&[Inline]>, byline: Option<&[Inline]>) {
    let lines = balance(&text_of(text));
    // An order or minutes without a title has none: no empty line where one would be.
    if lines.iter().all(|l| l.trim().is_empty()) {
        return;
    }
    let note = note.map_or("none".into(), |n| {
        // A 题注 too long for one line is broken into balanced lines, as the title is.
        let lines = balance_to(&text_of(n), NOTE_CELLS);
        if lines.len() > 1 && n.iter().all(|r| matches!(r, Inline::Text(_))) {
            let lines: Vec<String> = lines.iter().map(|l| grid_text(l.trim())).collect();
            format!("[{}]", lines.join("#linebreak()"))
        } else {
            format!("[{}]", inlines(n))
        }
    });
    let byline = byline.map_or(String::new(), |b| format!(", byline: [{}]", inlines(b)));
    let _ = writeln!(out, "#title({}, note: {note}{byline})", array(&lines));
}

fn body(out: &mut String, body: &Body) {
    body_ending(out, body, false);
}

/// The body; with `sticky`, its last paragraph keeps with what follows (the 附件说明 or
/// the 署名 and date), so that no page holds those without any of the text (§7.3.5.1).
fn body_ending(out: &mut String, body: &Body, sticky: bool) {
    let last = body.blocks.len().saturating_sub(1);
    for (i, block) in body.blocks.iter().enumerate() {
        block_with(out, block, sticky && i == last);
    }
}

fn block_with(out: &mut String, block: &Block, sticky: bool) {
    match block {
        Block::Paragraph(runs) if sticky => {
            let _ = writeln!(out, "#block(sticky: true)[#par[{}]]", inlines(runs));
        }
        Block::Paragraph(runs) => {
            let _ = writeln!(out, "#par[{}]", inlines(runs));
        }
        Block::Table(t) => table(out, t),
        Block::Section(s) => section(out, s, sticky),
    }
}

fn section(out: &mut String, s: &Section, sticky: bool) {
    let heading = format!(
        "#h({})[{}{}]",
        s.level,
        grid_text(&s.label),
        inlines(&s.heading)
    );
    let mut rest = s.blocks.as_slice();
    match rest.first() {
        Some(Block::Paragraph(runs)) if s.run_in && sticky && rest.len() == 1 => {
            let _ = writeln!(
                out,
                "#block(sticky: true)[#par[{heading}{}]]",
                inlines(runs)
            );
            rest = &rest[1..];
        }
        Some(Block::Paragraph(runs)) if s.run_in => {
            let _ = writeln!(out, "#par[{heading}{}]", inlines(runs));
            rest = &rest[1..];
        }
        _ => {
            // A heading on its own line keeps with the first line of what follows it.
            let _ = writeln!(out, "#block(sticky: true)[#par[{heading}]]");
        }
    }
    let last = rest.len().saturating_sub(1);
    for (i, b) in rest.iter().enumerate() {
        block_with(out, b, sticky && i == last);
    }
}

fn table(out: &mut String, t: &Table) {
    let columns = t
        .header
        .len()
        .max(t.rows.iter().map(Vec::len).max().unwrap_or(0));
    // A cell may be as narrow as one character: a figure or a Latin word longer than
    // that breaks rather than printing over its neighbour.
    let cell = |c: &Vec<Inline>| format!("[{}]", inlines_breaking(c, 1));
    let header: Vec<String> = t.header.iter().map(cell).collect();
    // Too wide for the portrait 版心: on landscape pages of its own (横排表格), its
    // columns spread over the 225 mm of the landscape 版心.
    let (function, widths) = if gongwen_layout::table_is_landscape(t) {
        let widths = gongwen_layout::spread_column_widths(t, 225.0 / 25.4 * 72.0);
        let widths: String = widths.iter().map(|w| format!("{w:.2}pt, ")).collect();
        ("landscape-table", format!("({widths})"))
    } else {
        ("grid-table", columns.to_string())
    };
    let _ = write!(out, "#{function}({widths}, ({},)", header.join(", "));
    for row in &t.rows {
        let mut cells: Vec<String> = row.iter().map(cell).collect();
        cells.resize(columns, "[]".into());
        let _ = write!(out, ", ({},)", cells.join(", "));
    }
    out.push_str(")\n");
}

/// Files the markup reads besides itself, as (virtual path, bytes): the seal image's
/// bytes, already read (through the project root) and known to be PNG or SVG by the caller.
pub fn assets(doc: &Document, seal: Option<&[u8]>) -> Vec<(String, Vec<u8>)> {
    match (&doc.closing.seal, seal) {
        (Some(name), Some(bytes)) => vec![(seal_path(name), bytes.to_vec())],
        _ => Vec::new(),
    }
}

/// The virtual path the seal image is read from.
fn seal_path(seal: &str) -> String {
    let ext = Path::new(seal)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("png");
    format!("/seal.{ext}")
}
