//! The text of laid-out pages, line by line, as a reader sees it (for `--format txt` and tests).

use typst::layout::{Frame, FrameItem, Point, Transform};
use typst_layout::PagedDocument;

/// The text of every page: lines top to bottom, pieces of a line left to right.
pub fn page_text(doc: &PagedDocument) -> Vec<String> {
    doc.pages()
        .iter()
        .map(|page| {
            let mut pieces = Vec::new();
            collect(&page.frame, Transform::identity(), &mut pieces);
            lines(pieces)
        })
        .collect()
}

/// Characters no font could draw (they would print as empty boxes), in order of appearance.
pub fn missing_glyphs(doc: &PagedDocument) -> Vec<char> {
    fn walk(frame: &Frame, out: &mut Vec<char>) {
        for (_, item) in frame.items() {
            match item {
                FrameItem::Group(group) => walk(&group.frame, out),
                FrameItem::Text(text) => {
                    for glyph in text.glyphs.iter().filter(|g| g.id == 0) {
                        let c = text.text.get(glyph.range()).and_then(|s| s.chars().next());
                        if let Some(c) = c.filter(|c| !c.is_whitespace() && !out.contains(c)) {
                            out.push(c);
                        }
                    }
                }
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    for page in doc.pages() {
        walk(&page.frame, &mut out);
    }
    out
}

/// (baseline y, x, text) of every text run in `frame`.
fn collect(frame: &Frame, ts: Transform, out: &mut Vec<(f64, f64, String)>) {
    for (pos, item) in frame.items() {
        let at = Point::new(pos.x, pos.y).transform(ts);
        match item {
            FrameItem::Group(group) => {
                let inner = ts
                    .pre_concat(Transform::translate(pos.x, pos.y))
                    .pre_concat(group.transform);
                collect(&group.frame, inner, out);
            }
            FrameItem::Text(text) => out.push((at.y.to_pt(), at.x.to_pt(), text.text.to_string())),
            _ => {}
        }
    }
}

fn lines(mut pieces: Vec<(f64, f64, String)>) -> String {
    pieces.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
    let mut out = String::new();
    let mut last_y: Option<f64> = None;
    let mut row: Vec<(f64, String)> = Vec::new();
    let flush = |row: &mut Vec<(f64, String)>, out: &mut String| {
        row.sort_by(|a, b| a.0.total_cmp(&b.0));
        for (_, t) in row.drain(..) {
            out.push_str(&t);
        }
        out.push('\n');
    };
    for (y, x, text) in pieces {
        if last_y.is_some_and(|ly| (y - ly).abs() > 3.0) {
            flush(&mut row, &mut out);
        }
        last_y = Some(y);
        row.push((x, text));
    }
    if !row.is_empty() {
        flush(&mut row, &mut out);
    }
    out
}
