//! The document model as Typst markup over the GB/T 9704 prelude (`gbt9704.typ`).

use crate::escape::{ANCHOR, OPENING, grid_text, grid_text_anchored, string};
use crate::fonts::{Fonts, Role};
use crate::news;
use crate::title::{NOTE_CELLS, balance, balance_to};
use gongwen_model::{Block, Body, Document, Inline, Section, Table, plain_text as text_of};
use std::fmt::Write;

/// The layout functions every generated document calls.
pub const PRELUDE: &str = include_str!("gbt9704.typ");

/// The complete Typst source for `doc`: font table, prelude, then the document.
pub fn document_source(doc: &Document, fonts: &Fonts) -> String {
    let mut out = font_table(fonts);
    out.push_str(PRELUDE);
    out.push_str("\n#show: doc\n");
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
    if let Some(h) = &doc.header {
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
    body(&mut out, &doc.body);
    let listed: Vec<String> = doc
        .listed_attachments()
        .map(|a| inlines(&a.title))
        .collect();
    if !listed.is_empty() {
        let items: Vec<String> = if listed.len() == 1 {
            listed.iter().map(|t| format!("[{t}]")).collect()
        } else {
            listed
                .iter()
                .enumerate()
                .map(|(i, t)| format!("[#\"{}. \"{t}]", i + 1))
                .collect()
        };
        let _ = writeln!(out, "#attachment-note(({},))", items.join(", "));
    }
    let c = &doc.closing;
    if !c.signatures.is_empty() || c.date.is_some() {
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
    let mut number = 0;
    for a in &doc.attachments {
        let label = if a.forwarded {
            "none".to_string()
        } else {
            number += 1;
            let label = if listed.len() > 1 {
                format!("附件{number}")
            } else {
                "附件".into()
            };
            string(&label)
        };
        let _ = writeln!(
            out,
            "#attachment(label: {label}, title-lines: {})[",
            array(&balance(&text_of(&a.title)))
        );
        body(&mut out, &a.body);
        out.push_str("]\n");
    }
    if let Some(col) = &doc.colophon {
        let cc = (!col.cc.is_empty()).then(|| format!("抄送：{}。", col.cc.join("，")));
        let _ = writeln!(
            out,
            "#colophon({}cc: {}, printer: {}, date: {})",
            news::distribution(&col.distribution),
            cc.as_deref()
                .map_or("none".into(), |t| format!("[{}]", grid_text(t))),
            opt(&col.printer),
            col.print_date
                .as_ref()
                .map_or("none".into(), |d| string(&format!("{d}印发"))),
        );
    }
    out
}

fn title(out: &mut String, text: &[Inline], note: Option<&[Inline]>, byline: Option<&[Inline]>) {
    let lines = balance(&text_of(text));
    if lines.is_empty() {
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
    for block in &body.blocks {
        self::block(out, block);
    }
}

fn block(out: &mut String, block: &Block) {
    match block {
        Block::Paragraph(runs) => {
            let _ = writeln!(out, "#par[{}]", inlines(runs));
        }
        Block::Table(t) => table(out, t),
        Block::Section(s) => section(out, s),
    }
}

fn section(out: &mut String, s: &Section) {
    let heading = format!(
        "#h({})[{}{}]",
        s.level,
        grid_text(&s.label),
        inlines(&s.heading)
    );
    let mut rest = s.blocks.as_slice();
    match rest.first() {
        Some(Block::Paragraph(runs)) if s.run_in => {
            let _ = writeln!(out, "#par[{heading}{}]", inlines(runs));
            rest = &rest[1..];
        }
        _ => {
            let _ = writeln!(out, "#par[{heading}]");
        }
    }
    for b in rest {
        block(out, b);
    }
}

fn table(out: &mut String, t: &Table) {
    let columns = t
        .header
        .len()
        .max(t.rows.iter().map(Vec::len).max().unwrap_or(0));
    let cell = |c: &Vec<Inline>| format!("[{}]", inlines(c));
    let header: Vec<String> = t.header.iter().map(cell).collect();
    let _ = write!(out, "#grid-table({columns}, ({},)", header.join(", "));
    for row in &t.rows {
        let mut cells: Vec<String> = row.iter().map(cell).collect();
        cells.resize(columns, "[]".into());
        let _ = write!(out, ", ({},)", cells.join(", "));
    }
    out.push_str(")\n");
}

/// Inline runs as markup: text as string literals, leads and missing figures as calls.
///
/// Runs are flattened into segments of one style (plain, lead, missing figure,
/// or both); a closing mark that would open a segment joins the segment before
/// it, so that it stays on that segment's line (a mark after a figure or a lead),
/// and an opening mark that would close one joins the segment after it.
fn inlines(runs: &[Inline]) -> String {
    let mut segments: Vec<Segment> = Vec::new();
    flatten(runs, Style::default(), &mut segments);
    let mut i = 1;
    while i < segments.len() {
        let marks: String = segments[i]
            .text
            .chars()
            .take_while(|&c| is_closing(c))
            .collect();
        if !marks.is_empty() {
            segments[i].text.drain(..marks.len());
            segments[i - 1].text.push_str(&marks);
        }
        // An opening mark that would end a segment moves on with the next: 《 + a figure.
        let before = &segments[i - 1].text;
        let kept = before.trim_end_matches(is_opening).len();
        if kept < before.len() && !segments[i].text.is_empty() {
            let opening = segments[i - 1].text.split_off(kept);
            segments[i].text.insert_str(0, &opening);
        }
        if segments[i].text.is_empty() {
            segments.remove(i);
        } else {
            i += 1;
        }
    }
    let mut out = String::new();
    for Segment {
        style,
        text,
        figures,
    } in segments
    {
        let mut markup = grid_text_anchored(&text, &figures);
        if style.missing {
            markup = format!("#missing[{markup}]");
        }
        if style.lead {
            markup = format!("#lead[{markup}]");
        }
        out.push_str(&markup);
    }
    out
}

/// How a segment of inline text is set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Style {
    lead: bool,
    missing: bool,
}

/// A run of text of one style; each [`ANCHOR`] in it marks where the next of `figures`
/// starts.
struct Segment {
    style: Style,
    text: String,
    figures: Vec<String>,
}

fn flatten(runs: &[Inline], style: Style, out: &mut Vec<Segment>) {
    for run in runs {
        let (style, text, figure) = match run {
            Inline::Text(t) => (style, t.replace(ANCHOR, ""), None),
            Inline::Metric(m) => (
                Style {
                    missing: m.value.is_none(),
                    ..style
                },
                format!("{ANCHOR}{}", m.display().replace(ANCHOR, "")),
                Some(m.name.clone()),
            ),
            Inline::Lead(inner) => {
                flatten(
                    inner,
                    Style {
                        lead: true,
                        ..style
                    },
                    out,
                );
                continue;
            }
        };
        match out.last_mut() {
            Some(last) if last.style == style => {
                last.text.push_str(&text);
                last.figures.extend(figure);
            }
            _ => out.push(Segment {
                style,
                text,
                figures: figure.into_iter().collect(),
            }),
        }
    }
}

fn is_closing(c: char) -> bool {
    "，。、；：？！）》」』】〕〉”’．…—".contains(c)
}

fn is_opening(c: char) -> bool {
    OPENING.contains(c)
}

/// An optional string as a Typst string literal or `none`.
pub(crate) fn opt(value: &Option<String>) -> String {
    value.as_deref().map_or("none".into(), string)
}

fn array(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|s| string(s)).collect();
    format!(
        "({})",
        items.iter().map(|s| format!("{s},")).collect::<String>()
    )
}

/// Files the markup reads besides itself (the seal image), as (virtual path, bytes).
///
/// Paths are relative to `base`, the data file's folder.
pub fn assets(doc: &Document, base: &std::path::Path) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut files = Vec::new();
    if let Some(seal) = &doc.closing.seal {
        let path = base.join(seal);
        let bytes = std::fs::read(&path)
            .map_err(|e| format!("cannot read the seal image {}: {e}", path.display()))?;
        files.push((seal_path(seal), bytes));
    }
    Ok(files)
}

/// The virtual path the seal image is read from.
fn seal_path(seal: &str) -> String {
    let ext = std::path::Path::new(seal)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("png");
    format!("/seal.{ext}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use gongwen_model::Metric;

    #[test]
    fn an_opening_mark_stays_with_the_figure_after_it() {
        let runs = [
            Inline::Text("修订《".into()),
            Inline::Metric(Metric {
                name: "市名".into(),
                unit: String::new(),
                value: None,
                placeholder: None,
            }),
            Inline::Text("》。".into()),
        ];
        let markup = inlines(&runs);
        let missing = markup.find("#missing[").expect("a missing figure");
        assert!(markup[missing..].contains('《'), "{markup}");
        assert!(!markup[..missing].contains('《'), "{markup}");
    }
}
