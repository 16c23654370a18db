//! Page sizes and the words on landscape pages (横排表格), for the tests that read a PDF
//! with both orientations.

use super::{Word, bbox_words};
use std::path::Path;
use std::process::Command;

/// Points in a millimetre.
pub(crate) const MM: f64 = 72.0 / 25.4;

/// Each page's (width, height) in points, from `pdfinfo -f 1 -l 999`; `None` without it.
pub(crate) fn page_sizes(pdf: &Path) -> Option<Vec<(f64, f64)>> {
    let out = Command::new("pdfinfo")
        .args(["-f", "1", "-l", "999"])
        .arg(pdf)
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let sizes = text
        .lines()
        .filter(|l| l.starts_with("Page") && l.contains(" size:"))
        .filter_map(|l| {
            let rest = l.split(" size:").nth(1)?;
            let mut it = rest.split_whitespace();
            let w: f64 = it.next()?.parse().ok()?;
            let _x = it.next()?;
            let h: f64 = it.next()?.parse().ok()?;
            Some((w, h))
        })
        .collect();
    Some(sizes)
}

/// Words of `pdf` that leave the 版心 horizontally (28 mm to 184 mm, a little slack for
/// hanging punctuation), with their x range, and on a landscape page (横排表格) those that
/// leave its 版心 ([`landscape_words_outside`]); `None` without poppler-utils.
pub(crate) fn words_outside(pdf: &Path) -> Option<Vec<String>> {
    let (left, right) = (28.0 * 72.0 / 25.4 - 1.0, 184.0 * 72.0 / 25.4 + 16.0);
    let words = bbox_words(pdf)?;
    let sizes = page_sizes(pdf)?;
    let portrait = |w: &Word| sizes.get(w.page).is_none_or(|(x, y)| x <= y);
    let outside = words
        .iter()
        .filter(|w| portrait(w) && (w.x0 < left || w.x1 > right));
    let mut out: Vec<String> = outside
        .map(|w| format!("{} at x {:.0}–{:.0} pt", w.text, w.x0, w.x1))
        .collect();
    out.extend(landscape_words_outside(pdf)?);
    Some(out)
}

/// Words on landscape pages (wider than tall) that leave the landscape 版心 (x 35–262 mm,
/// y 28–184 mm, half a millimetre of slack), page numbers aside (left of 35 mm, turned).
pub(crate) fn landscape_words_outside(pdf: &Path) -> Option<Vec<String>> {
    let sizes = page_sizes(pdf)?;
    let words = bbox_words(pdf)?;
    let landscape = |w: &Word| sizes.get(w.page).is_some_and(|(x, y)| x > y);
    let (left, right, top, bottom) = (34.5 * MM, 262.5 * MM, 27.5 * MM, 184.5 * MM);
    Some(
        words
            .iter()
            .filter(|w| landscape(w) && w.x1 > 32.0 * MM)
            .filter(|w| w.x0 < left || w.x1 > right || w.y0 < top || w.y1 > bottom)
            .map(|w| {
                let (x0, y0) = (w.x0 / MM, w.y0 / MM);
                format!("{} on page {} at ({x0:.1}, {y0:.1}) mm", w.text, w.page + 1)
            })
            .collect(),
    )
}

/// The page number's words on page `page` (0-based): the dashes and figures outside the
/// 版心, below it on a portrait page, left of it on a landscape one; with their union box.
pub(crate) fn page_number(words: &[Word], page: usize, landscape: bool) -> Option<(u32, [f64; 4])> {
    let number: Vec<&Word> = words
        .iter()
        .filter(|w| w.page == page)
        .filter(|w| w.text == "—" || w.text.chars().all(|c| c.is_ascii_digit()))
        .filter(|w| {
            if landscape {
                w.x1 < 35.0 * MM
            } else {
                w.y0 > 262.0 * MM
            }
        })
        .collect();
    let figure: String = number.iter().map(|w| w.text.as_str()).collect();
    let n = figure.trim_matches('—').parse().ok()?;
    let fold = |f: fn(&Word) -> f64, min: bool| {
        let values = number.iter().map(|w| f(w));
        if min {
            values.fold(f64::MAX, f64::min)
        } else {
            values.fold(f64::MIN, f64::max)
        }
    };
    let bbox = [
        fold(|w| w.x0, true),
        fold(|w| w.y0, true),
        fold(|w| w.x1, false),
        fold(|w| w.y1, false),
    ];
    Some((n, bbox))
}
