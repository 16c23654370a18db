//! The GB/T 9704 page in Word's units: twips (1/20 pt), half-points and eighths of a point.

/// Twips in a millimetre.
const TWIPS_PER_MM: f64 = 1440.0 / 25.4;

/// `v` millimetres in twips.
pub(crate) fn mm(v: f64) -> i32 {
    (v * TWIPS_PER_MM).round() as i32
}

/// `v` points in twips.
pub(crate) fn pt(v: f64) -> i32 {
    (v * 20.0).round() as i32
}

/// The pitch of the 22-line grid as the standard has it (225 mm / 22), in twips, unrounded:
/// distances of several lines measured from the page keep to it.
pub(crate) const PITCH: f64 = 225.0 / 22.0 * TWIPS_PER_MM;

/// How far below the top of a paragraph with an exact line height of `line` twips the top
/// of the em box of its `half_points` text lies. Word and LibreOffice both put the baseline
/// of an exact line 80 % down it; the standard faces' em box rises 0.88 em above the
/// baseline. Negative when the text is taller than the line.
pub(crate) fn em_top(line: i32, half_points: usize) -> i32 {
    (0.8 * f64::from(line) - 8.8 * half_points as f64).round() as i32
}

/// A4 in twips.
pub(crate) const PAGE_W: u32 = 11906;
pub(crate) const PAGE_H: u32 = 16838;
/// Margins: the 版心 is 156 mm × 225 mm, 37 mm from the top and 28 mm from the left.
pub(crate) const TOP: i32 = 2098;
pub(crate) const BOTTOM: i32 = 1984;
pub(crate) const LEFT: i32 = 1587;
pub(crate) const RIGHT: i32 = 1474;
/// The 版心's width.
pub(crate) const WIDTH: i32 = PAGE_W as i32 - LEFT - RIGHT;
/// One line of the 22-line grid: 225 mm / 22 = 579.8 twips, rounded down so that 22 fit.
pub(crate) const LINE: i32 = 579;
/// One column of the 28-character grid: 156 mm / 28.
pub(crate) const CELL: i32 = 316;
/// `w:docGrid w:charSpace`: the grid's character pitch (156 mm / 28 = 15.79 pt) less the
/// 16 pt body size, in 1/4096 pt.
pub(crate) const CHAR_SPACE: isize = -848;
/// 3号 (16 pt) in half-points.
pub(crate) const BODY_SIZE: usize = 32;
/// 2号 (22 pt), the title.
pub(crate) const TITLE_SIZE: usize = 44;
/// 4号 (14 pt): page numbers, tables, 版记.
pub(crate) const SMALL_SIZE: usize = 28;
/// One line of the 版记: 14 pt text, 22.4 pt apart.
pub(crate) const COLOPHON_LINE: i32 = 448;
/// Character spacing of body text in twentieths of a point: a 16 pt character advances
/// 15.7 pt, so 28 fit in 156 mm in Word, WPS and LibreOffice alike (LibreOffice cannot put
/// a 16 pt character into a 15.79 pt grid cell, so paragraphs do not snap to the grid).
pub(crate) const SQUEEZE: i32 = -6;
/// What one body character takes with the squeeze: 15.7 pt.
pub(crate) const ADVANCE: i32 = 314;
// 28 squeezed characters fit in a line of the 版心, a 29th does not.
const _: () = assert!(28 * ADVANCE <= WIDTH && 29 * ADVANCE > WIDTH);

/// The red of the 版头 and 报头.
pub(crate) const RED: &str = "E60012";
/// The pale yellow a missing figure is set on (as in the PDF).
pub(crate) const MISSING: &str = "FFEC99";

/// Twips `text` takes in the body: a full-width character 15.7 pt, ASCII half a 16 pt
/// em (with the squeeze).
pub(crate) fn width(text: &str) -> i32 {
    text.chars()
        .map(|c| if c.is_ascii() { 160 + SQUEEZE } else { ADVANCE })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grid_fits_the_page() {
        assert!((mm(156.0) - WIDTH).abs() <= 1, "the 版心 is 156 mm wide");
        assert!(22 * LINE <= mm(225.0), "22 lines fit in the 版心");
        assert_eq!(ADVANCE, 320 + SQUEEZE, "16 pt + squeeze");
        let pitch_pt = 156.0 / 25.4 * 72.0 / 28.0;
        assert_eq!(
            ((pitch_pt - 16.0) * 4096.0_f64).round() as isize,
            CHAR_SPACE
        );
        assert_eq!(width("2023年6月"), 5 * 154 + 2 * ADVANCE);
    }
}
