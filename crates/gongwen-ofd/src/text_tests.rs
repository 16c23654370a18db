//! Tests of text runs as TextObjects: clusters, spaces, CGTransforms and DeltaX.

use super::*;
use typst::foundations::Bytes;
use typst::layout::{Abs, Em};
use typst::syntax::Span;
use typst::text::{Font, FontVariant, FontVariations, Glyph, Lang};
use typst::visualize::{Color, Paint};

/// The texts of the TextCodes in `xml`.
fn codes(xml: &str) -> Vec<&str> {
    xml.split("<ofd:TextCode ")
        .skip(1)
        .map(|s| &s[s.find('>').unwrap() + 1..s.find("</ofd:TextCode>").unwrap()])
        .collect()
}

fn glyph(id: u16, range: std::ops::Range<u16>) -> Glyph {
    Glyph {
        id,
        x_advance: Em::new(0.5),
        x_offset: Em::zero(),
        y_advance: Em::zero(),
        y_offset: Em::zero(),
        range,
        span: (Span::detached(), 0),
    }
}

#[test]
fn a_ligature_and_a_substituted_glyph_each_get_their_own_cg_transform() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../fonts/fandol/FandolFang-Regular.otf"
    );
    let font = Font::new(Bytes::new(std::fs::read(path).unwrap()), 0).unwrap();
    let size = Abs::pt(16.0);
    let instance = font.instantiate(FontVariant::default(), size, &FontVariations::default());
    let gid = |c| instance.ttf().glyph_index(c).unwrap().0;
    // A space, "fi" as one glyph (f's), "a" drawn with b's glyph, then b, a space, 文 and
    // a space by the cmap.
    let glyphs = vec![
        glyph(gid(' '), 0..1),
        glyph(gid('f'), 1..3),
        glyph(gid('b'), 3..4),
        glyph(gid('b'), 4..5),
        glyph(gid(' '), 5..6),
        glyph(gid('文'), 6..9),
        glyph(gid(' '), 9..10),
    ];
    let item = TextItem {
        font: instance,
        size,
        fill: Paint::Solid(Color::BLACK),
        stroke: None,
        lang: Lang::CHINESE,
        region: None,
        text: " fiab 文 ".into(),
        glyphs,
    };
    let mut res = Resources::default();
    let xml = objects(&item, Transform::identity(), &mut res);
    // The leading and trailing spaces apart, the spaces between words kept.
    assert_eq!(codes(&xml), [" ", "fi", "a", "b 文", " "]);
    // The subset numbers the space 1, f 2, b 3 and 文 4.
    assert!(xml.contains(
        "<ofd:CGTransform CodePosition=\"0\" CodeCount=\"2\" GlyphCount=\"1\"><ofd:Glyphs>2</ofd:Glyphs>"
    ));
    assert!(xml.contains(
        "<ofd:CGTransform CodePosition=\"0\" CodeCount=\"1\" GlyphCount=\"1\"><ofd:Glyphs>3</ofd:Glyphs>"
    ));
    assert_eq!(xml.matches("<ofd:CGTransform").count(), 2, "{xml}");
    // "i" sits on the ligature; b is 2 glyphs (1 em) along.
    assert!(xml.contains(">fi</ofd:TextCode>") && xml.contains("DeltaX=\"0\""));
    let fonts = res.fonts.embed().unwrap();
    assert_eq!(fonts.len(), 1);
}

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
