//! Half-width punctuation in Chinese text made full-width (GB/T 15834): "," ":" ";" "?" "!"
//! "(" ")" and paired quotes next to Chinese text, "." where it clearly ends a Chinese sentence.
//!
//! A mark is in Chinese context when the nearest character on either side (spaces skipped)
//! is a Chinese character or full-width punctuation; a pair of brackets or quotes also when
//! it encloses Chinese text. Never touched: a mark between digits (1,850 3.5 8:30), URLs and
//! e-mail addresses, marks among ASCII text only (Word 2016, Excel), square brackets and the
//! brackets of a 发文字号's year ([2018] (2018)), the "." of a heading number (1. 一.), runs
//! of dots (......), quotes that do not pair up within the line. The spaces typed after a
//! converted mark go (", " → "，"). A horizontal bar "―" (U+2015, cp936's 破折号) becomes the
//! GB/T 15834 dash "—" (U+2014).

mod scan;

use crate::line::Line;
use regex::Regex;
use scan::Scan;
use std::sync::LazyLock;

/// Every text line and table cell of `lines` with its marks made full-width, and how many
/// marks were changed.
pub fn lines(lines: Vec<Line>) -> (Vec<Line>, usize) {
    let mut count = 0;
    let lines = lines
        .into_iter()
        .map(|line| {
            line.map_text(|text| {
                let (text, n) = full_width(&text);
                count += n;
                text
            })
        })
        .collect();
    (lines, count)
}

/// The import report's line on the marks made full-width; `None` when there were none.
pub fn report_line(count: usize) -> Option<String> {
    (count > 0).then(|| {
        format!(
            "  {}",
            gongwen_i18n::tr!("import-report-punctuation", count = count)
        )
    })
}

/// `line` with its half-width marks in Chinese context made full-width (the rules above),
/// and how many were; in time linear in the line's length.
pub fn full_width(line: &str) -> (String, usize) {
    let mut scan = Scan::new(line);
    scan.brackets();
    scan.quotes('"', ('“', '”'));
    scan.quotes('\'', ('‘', '’'));
    scan.singles(line.chars().any(is_han));
    scan.periods();
    let (text, n) = scan.text();
    // "―" (U+2015), what cp936 decodes 破折号 to: the dash of GB/T 15834 is "—" (U+2014).
    let bars = text.matches('\u{2015}').count();
    (text.replace('\u{2015}', "\u{2014}"), n + bars)
}

/// URLs, e-mail addresses and a 发文字号's year in brackets: left as typed.
static KEPT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:(?:https?|ftp)://|www\.)[^\s\p{Han}\x{3000}-\x{303F}\x{FF01}-\x{FF65}“”‘’]+",
        r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+",
        r"|[\[(]\d{4}[\])]\d{1,4}号",
    ))
    .expect("valid pattern")
});

/// Where a URL found by [`KEPT`] ends: its trailing sentence marks, and a ")" it does not
/// open, belong to the text around it.
fn url_end(found: &str) -> usize {
    const MARKS: [char; 8] = ['.', ',', ';', ':', '!', '?', '\'', '"'];
    let opened = found.matches('(').count();
    let mut unopened = found.matches(')').count().saturating_sub(opened);
    let mut end = found.trim_end_matches(MARKS);
    while unopened > 0 && end.ends_with(')') {
        unopened -= 1;
        end = end[..end.len() - 1].trim_end_matches(MARKS);
    }
    end.len()
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\u{3000}' || c == '\t'
}

/// A Chinese character (CJK ideograph or 〇).
fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
        || c == '〇'
}

/// A Chinese character or full-width punctuation (or any full-width form).
fn is_chinese(c: char) -> bool {
    is_han(c)
        || matches!(c as u32, 0x3001..=0x303F | 0xFF01..=0xFF65 | 0xFFE0..=0xFFE6)
        || "“”‘’…—".contains(c)
}

#[cfg(test)]
mod tests;
