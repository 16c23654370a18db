//! Missing figures: shaded with the PDF's highlight colour, and nothing else shaded.

use crate::common::squeeze;
use crate::fixtures::{Fonts, docx, fixture_output};
use crate::package::Docx;
use crate::styles::{Styles, shading};

/// How a missing figure prints.
const MISSING: &str = "〔...〕";
/// The shading of a missing figure (the PDF's highlight).
const MISSING_FILL: &str = "FFEC99";

/// Each paragraph's characters, each with whether it is shaded with the missing-figure fill.
fn shaded_characters(d: &Docx) -> Vec<Vec<(char, bool)>> {
    let styles = Styles::of(d);
    let body = d.body();
    body.all("p")
        .into_iter()
        .map(|p| {
            let mut chars = Vec::new();
            for r in p.all("r") {
                let shaded = styles
                    .resolved_run_prop(p, r, &shading)
                    .is_some_and(|f| f == MISSING_FILL);
                let text = r.run_text();
                chars.extend(text.chars().map(|c| (c, shaded)));
            }
            chars
        })
        .collect()
}

#[test]
fn missing_figures_are_shaded_and_nothing_else_is() {
    let d = docx("lookback", Fonts::Default);
    let (mut marks, mut unshaded, mut stray) = (0, Vec::new(), Vec::new());
    for chars in shaded_characters(d) {
        let text: String = chars.iter().map(|(c, _)| *c).collect();
        // Every 〔...〕 is shaded, each character of it.
        let starts: Vec<usize> = text.match_indices(MISSING).map(|(at, _)| at).collect();
        let char_at = |byte: usize| text[..byte].chars().count();
        let width = MISSING.chars().count();
        for &at in &starts {
            marks += 1;
            let i = char_at(at);
            if !chars[i..i + width].iter().all(|(_, s)| *s) {
                let around: String = chars[i.saturating_sub(8)..(i + 14).min(chars.len())]
                    .iter()
                    .map(|(c, _)| *c)
                    .collect();
                unshaded.push(around);
            }
        }
        // Every shaded stretch is one missing figure: 〔...〕 and the unit after it (the PDF
        // highlights the unit too).
        let mut i = 0;
        while i < chars.len() {
            if !chars[i].1 {
                i += 1;
                continue;
            }
            let end = (i..chars.len())
                .find(|&j| !chars[j].1)
                .unwrap_or(chars.len());
            let stretch: String = chars[i..end].iter().map(|(c, _)| *c).collect();
            if !stretch.starts_with(MISSING) || stretch.matches(MISSING).count() != 1 {
                stray.push(stretch);
            }
            i = end;
        }
    }
    let want = squeeze(&fixture_output("lookback", "txt"))
        .matches(MISSING)
        .count();
    assert!(want > 0, "lookback.yaml has missing figures");
    assert_eq!(
        marks, want,
        "lookback: {MISSING} appears {marks} times in the docx, {want} times in the PDF"
    );
    assert!(
        unshaded.is_empty(),
        "lookback: {} of {marks} missing figures are not shaded {MISSING_FILL} (w:shd w:fill), e.g. {:?}",
        unshaded.len(),
        &unshaded[..unshaded.len().min(3)]
    );
    assert!(
        stray.is_empty(),
        "lookback: shaded {MISSING_FILL} stretches that are not one missing figure and its unit: {:?}",
        &stray[..stray.len().min(5)]
    );

    // A complete document has nothing shaded.
    let filled = docx("lookback-filled", Fonts::Default);
    let shaded: String = shaded_characters(filled)
        .into_iter()
        .flatten()
        .filter(|(_, s)| *s)
        .map(|(c, _)| c)
        .collect();
    assert!(
        shaded.is_empty(),
        "lookback-filled has no missing figure, yet these are shaded {MISSING_FILL}: {shaded:?}"
    );
}
