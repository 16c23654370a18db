//! A run of shaped text as OFD TextObjects: its Unicode text with each character's place,
//! so that it can be searched and copied. The spaces a run starts or ends with get a
//! TextObject of their own, so that no TextCode with words starts or ends with a space
//! (XML readers often trim them); each cluster the cmap would draw otherwise (a ligature,
//! a substituted form) gets one too, with the CGTransform that names its glyphs.

use crate::fonts::{extent, size};
use crate::path::{colour, stroke_attributes};
use crate::resources::Resources;
use crate::units::{num, place};
use quick_xml::escape::escape;
use typst::layout::Transform;
use typst::text::TextItem;

/// One character and where it starts, in ems from the run's origin.
struct Code {
    c: char,
    x: f64,
    y: f64,
}

/// One cluster of the run: where it starts in the run's text, its characters, its glyphs
/// in the subset, where its advance starts and ends (ems from the run's origin), whether
/// its one character is drawn with its cmap glyph, whether it is a space.
struct Cluster {
    start: usize,
    codes: Vec<Code>,
    glyphs: Vec<u16>,
    from: f64,
    end: f64,
    by_cmap: bool,
    space: bool,
}

/// The TextObjects of `item` placed by `ts`.
pub(crate) fn objects(item: &TextItem, ts: Transform, res: &mut Resources) -> String {
    let mut clusters = clusters(item, res);
    // Right-to-left text (Uyghur, Arabic) is drawn from its end: the TextCodes, and the
    // objects, follow the text's own order, each character at its place.
    if clusters.first().map(|c| c.start) > clusters.last().map(|c| c.start) {
        clusters.reverse();
    }
    let first = clusters
        .iter()
        .position(|c| !c.space)
        .unwrap_or(clusters.len());
    let last = clusters
        .iter()
        .rposition(|c| !c.space)
        .map_or(first, |i| i + 1);
    let font = Face {
        id: res.fonts.entry(&item.font, || res.ids.next()).id,
        extent: extent(&item.font),
    };
    let mut out = String::new();
    let mut start = 0;
    for i in 1..=clusters.len() {
        let split = i == clusters.len()
            || i == first
            || i == last
            || !clusters[i].by_cmap
            || !clusters[i - 1].by_cmap;
        if split {
            out.push_str(&object(item, font, &clusters[start..i], ts, res));
            start = i;
        }
    }
    out
}

/// The run's font: its resource id and how far it reaches above and below the baseline.
#[derive(Clone, Copy)]
struct Face {
    id: u32,
    extent: (f64, f64),
}

/// One TextObject for the clusters of `part`, set in `font`.
fn object(
    item: &TextItem,
    font: Face,
    part: &[Cluster],
    ts: Transform,
    res: &mut Resources,
) -> String {
    let em = item.size.to_mm();
    let (font_id, (up, down)) = (font.id, font.extent);
    let codes: Vec<&Code> = part.iter().flat_map(|c| &c.codes).collect();
    // Left to right, or right to left: the box spans every cluster's advance.
    let from = part.iter().map(|c| c.from).fold(f64::INFINITY, f64::min);
    let end = part.iter().map(|c| c.end).fold(f64::NEG_INFINITY, f64::max);
    let bbox = [(from - 0.5) * em, -up * em, (end + 0.5) * em, down * em];
    let at = place(ts, bbox);
    let xs: Vec<f64> = codes.iter().map(|c| c.x * em + at.shift.0).collect();
    let ys: Vec<f64> = codes.iter().map(|c| c.y * em + at.shift.1).collect();
    let mut attrs = format!(
        "ID=\"{}\" {} Font=\"{font_id}\" Size=\"{}\"",
        res.ids.next(),
        at.attributes,
        size(item.size.to_pt())
    );
    let mut inner = colour("FillColor", &item.fill);
    if let Some(stroke) = &item.stroke {
        attrs.push_str(&stroke_attributes(stroke));
        inner.push_str(&colour("StrokeColor", &stroke.paint));
    }
    if let [cluster] = part
        && !cluster.by_cmap
    {
        let glyphs: Vec<String> = cluster.glyphs.iter().map(u16::to_string).collect();
        inner.push_str(&format!(
            "<ofd:CGTransform CodePosition=\"0\" CodeCount=\"{}\" GlyphCount=\"{}\"><ofd:Glyphs>{}</ofd:Glyphs></ofd:CGTransform>",
            cluster.codes.len(),
            cluster.glyphs.len(),
            glyphs.join(" ")
        ));
    }
    let mut code = format!("X=\"{}\" Y=\"{}\"", num(xs[0]), num(ys[0]));
    if let Some(dx) = deltas(&xs) {
        code.push_str(&format!(" DeltaX=\"{dx}\""));
    }
    if ys.iter().any(|y| num(*y) != num(ys[0])) {
        code.push_str(&format!(" DeltaY=\"{}\"", deltas(&ys).unwrap_or_default()));
    }
    let text: String = codes.iter().map(|c| c.c).collect();
    format!(
        "<ofd:TextObject {attrs}>{inner}<ofd:TextCode {code}>{}</ofd:TextCode></ofd:TextObject>",
        escape(&text)
    )
}

/// The clusters of `item` (glyphs sharing a range of its text), each character placed at
/// its glyph (a ligature's later characters at the ligature), their glyphs recorded in
/// the font's subset and, where the cmap draws them, in its cmap.
fn clusters(item: &TextItem, res: &mut Resources) -> Vec<Cluster> {
    let glyphs = &item.glyphs;
    let ttf = item.font.ttf();
    let font = res.fonts.entry(&item.font, || res.ids.next());
    let mut out = Vec::new();
    let (mut i, mut pen) = (0, 0.0);
    while i < glyphs.len() {
        let range = glyphs[i].range();
        let mut end = i + 1;
        while end < glyphs.len() && glyphs[end].range() == range {
            end += 1;
        }
        let chars: Vec<char> = item.text.get(range.clone()).unwrap_or("").chars().collect();
        let mut codes = Vec::with_capacity(chars.len());
        let mut places = Vec::with_capacity(end - i);
        let from = pen;
        for g in &glyphs[i..end] {
            places.push((pen + g.x_offset.get(), -g.y_offset.get()));
            pen += g.x_advance.get();
        }
        for (k, c) in chars.iter().enumerate() {
            let (x, y) = places[k.min(places.len() - 1)];
            codes.push(Code { c: *c, x, y });
        }
        let new: Vec<u16> = glyphs[i..end].iter().map(|g| font.glyph(g.id)).collect();
        let own = chars.first().and_then(|c| ttf.glyph_index(*c)).map(|g| g.0);
        let by_cmap = chars.len() == 1 && new.len() == 1 && own == Some(glyphs[i].id);
        if by_cmap {
            font.map(chars[0], new[0]);
        }
        if !chars.is_empty() {
            out.push(Cluster {
                start: range.start,
                space: chars.iter().all(|c| c.is_whitespace()),
                codes,
                glyphs: new,
                from,
                end: pen,
                by_cmap,
            });
        }
        i = end;
    }
    out
}

/// The steps between consecutive places (mm), each taken between the places as written
/// so that they add up exactly; three or more equal steps are written `g N step`.
fn deltas(places: &[f64]) -> Option<String> {
    if places.len() < 2 {
        return None;
    }
    let written: Vec<f64> = places.iter().map(|p| (p * 1000.0).round()).collect();
    let steps: Vec<String> = written
        .windows(2)
        .map(|w| num((w[1] - w[0]) / 1000.0))
        .collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < steps.len() {
        let same = steps[i..].iter().take_while(|s| **s == steps[i]).count();
        if same >= 3 {
            out.push(format!("g {same} {}", steps[i]));
        } else {
            out.extend(steps[i..i + same].iter().cloned());
        }
        i += same;
    }
    Some(out.join(" "))
}

#[cfg(test)]
#[path = "text_tests.rs"]
mod tests;
