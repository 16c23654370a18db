//! A run of shaped text as an OFD TextObject: its Unicode text with each character's
//! place, so that it can be searched and copied, and the subset's glyph ids wherever the
//! font's cmap alone would draw another glyph.

use crate::fonts::{extent, size};
use crate::path::colour;
use crate::resources::Resources;
use crate::units::{num, place};
use quick_xml::escape::escape;
use typst::layout::Transform;
use typst::text::TextItem;

/// One character of the run and where it starts, in ems from the run's origin.
struct Code {
    c: char,
    x: f64,
    y: f64,
}

/// The run's characters from its first to its last visible one, their glyphs in the
/// subset, and whether every character is drawn with its cmap glyph.
struct Run {
    codes: Vec<Code>,
    glyphs: Vec<u16>,
    by_cmap: bool,
}

/// The TextObject of `item` placed by `ts`, or nothing for a run of spaces.
pub(crate) fn object(item: &TextItem, ts: Transform, res: &mut Resources) -> Option<String> {
    let run = codes(item, res)?;
    let em = item.size.to_mm();
    let font = res.fonts.entry(item.font.font(), || res.ids.next());
    let font_id = font.id;
    let (up, down) = extent(&item.font);
    let width: f64 = item.glyphs.iter().map(|g| g.x_advance.get()).sum();
    let bbox = [-0.5 * em, -up * em, (width + 0.5) * em, down * em];
    let at = place(ts, bbox);
    let xs: Vec<f64> = run.codes.iter().map(|c| c.x * em + at.shift.0).collect();
    let ys: Vec<f64> = run.codes.iter().map(|c| c.y * em + at.shift.1).collect();
    let mut attrs = format!(
        "ID=\"{}\" {} Font=\"{font_id}\" Size=\"{}\"",
        res.ids.next(),
        at.attributes,
        size(item.size.to_pt())
    );
    let mut inner = colour("FillColor", &item.fill);
    if let Some(stroke) = &item.stroke {
        attrs.push_str(&format!(
            " Stroke=\"true\" LineWidth=\"{}\"",
            num(stroke.thickness.to_mm())
        ));
        inner.push_str(&colour("StrokeColor", &stroke.paint));
    }
    if !run.by_cmap {
        let glyphs: Vec<String> = run.glyphs.iter().map(u16::to_string).collect();
        inner.push_str(&format!(
            "<ofd:CGTransform CodePosition=\"0\" CodeCount=\"{}\" GlyphCount=\"{}\"><ofd:Glyphs>{}</ofd:Glyphs></ofd:CGTransform>",
            run.codes.len(),
            run.glyphs.len(),
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
    let text: String = run.codes.iter().map(|c| c.c).collect();
    Some(format!(
        "<ofd:TextObject {attrs}>{inner}<ofd:TextCode {code}>{}</ofd:TextCode></ofd:TextObject>",
        escape(&text)
    ))
}

/// The characters of `item` without leading and trailing spaces, each placed at its
/// glyph (a ligature's later characters at the ligature), and their glyphs recorded in
/// the font's subset.
fn codes(item: &TextItem, res: &mut Resources) -> Option<Run> {
    let glyphs = &item.glyphs;
    let mut places = Vec::with_capacity(glyphs.len());
    let mut pen = 0.0;
    for g in glyphs {
        places.push((pen + g.x_offset.get(), -g.y_offset.get()));
        pen += g.x_advance.get();
    }
    let visible = |g: &typst::text::Glyph| {
        let text = item.text.get(g.range()).unwrap_or("");
        !text.chars().all(char::is_whitespace)
    };
    let first = glyphs.iter().position(visible)?;
    let last = glyphs.iter().rposition(visible)?;
    let ttf = item.font.ttf();
    let font = res.fonts.entry(item.font.font(), || res.ids.next());
    let mut run = Run {
        codes: Vec::new(),
        glyphs: Vec::new(),
        by_cmap: true,
    };
    let mut i = first;
    while i <= last {
        let range = glyphs[i].range();
        let mut end = i + 1;
        while end <= last && glyphs[end].range() == range {
            end += 1;
        }
        let chars: Vec<char> = item.text.get(range).unwrap_or("").chars().collect();
        for (k, c) in chars.iter().enumerate() {
            let (x, y) = places[i + k.min(end - i - 1)];
            run.codes.push(Code { c: *c, x, y });
        }
        let new: Vec<u16> = glyphs[i..end].iter().map(|g| font.glyph(g.id)).collect();
        let own = ttf.glyph_index(chars.first().copied().unwrap_or('\0'));
        if chars.len() == 1 && new.len() == 1 && own.map(|g| g.0) == Some(glyphs[i].id) {
            font.map(chars[0], new[0]);
        } else {
            run.by_cmap = false;
        }
        run.glyphs.extend(new);
        i = end;
    }
    Some(run)
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
mod tests {
    use super::deltas;

    #[test]
    fn equal_steps_are_grouped() {
        let places = [0.0, 5.6, 11.2, 16.8, 22.4, 30.0];
        assert_eq!(deltas(&places).unwrap(), "g 4 5.6 7.6");
        assert_eq!(deltas(&[1.0, 2.0, 4.0]).unwrap(), "1 2");
        assert_eq!(deltas(&[1.0]), None);
    }

    #[test]
    fn steps_add_up_to_the_last_place() {
        let places: Vec<f64> = (0..29).map(|i| 28.0 + f64::from(i) * 5.5833333).collect();
        let written = (places[places.len() - 1] * 1000.0).round() / 1000.0;
        let first = (places[0] * 1000.0).round() / 1000.0;
        let steps = deltas(&places).unwrap();
        let total: f64 = expand(&steps).iter().sum();
        assert!((first + total - written).abs() < 1e-9, "{steps}");
    }

    fn expand(steps: &str) -> Vec<f64> {
        let parts: Vec<&str> = steps.split(' ').collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < parts.len() {
            if parts[i] == "g" {
                let n: usize = parts[i + 1].parse().unwrap();
                let v: f64 = parts[i + 2].parse().unwrap();
                out.extend(std::iter::repeat_n(v, n));
                i += 3;
            } else {
                out.push(parts[i].parse().unwrap());
                i += 1;
            }
        }
        out
    }
}
