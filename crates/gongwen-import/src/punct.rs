//! Half-width punctuation in Chinese text made full-width (GB/T 15834): "," ":" ";" "?" "!"
//! "(" ")" and paired quotes next to Chinese text, "." where it clearly ends a Chinese sentence.
//!
//! A mark is in Chinese context when the nearest character on either side (spaces skipped)
//! is a Chinese character or full-width punctuation; a pair of brackets or quotes also when
//! it encloses Chinese text. Never touched: a mark between digits (1,850 3.5 8:30), URLs and
//! e-mail addresses, marks among ASCII text only (Word 2016, Excel), square brackets and the
//! brackets of a 发文字号's year ([2018] (2018)), the "." of a heading number (1. 一.), runs
//! of dots (......), quotes that do not pair up within the line. The spaces typed after a
//! converted mark go (", " → "，").

use crate::line::Line;
use regex::Regex;
use std::sync::LazyLock;

/// Every text line and table cell of `lines` with its marks made full-width, and how many
/// marks were changed.
pub fn lines(lines: Vec<Line>) -> (Vec<Line>, usize) {
    let mut count = 0;
    let mut wide = |text: &str| {
        let (text, n) = full_width(text);
        count += n;
        text
    };
    let lines = lines
        .into_iter()
        .map(|line| match line {
            Line::Text(t) => Line::Text(wide(&t)),
            Line::Table(rows) => Line::Table(
                rows.iter()
                    .map(|r| r.iter().map(|c| wide(c)).collect())
                    .collect(),
            ),
        })
        .collect();
    (lines, count)
}

/// The import report's line on the marks made full-width; `None` when there were none.
pub fn report_line(count: usize) -> Option<String> {
    (count > 0).then(|| {
        format!("  标点：{count} 个半角标点改为全角（GB/T 15834）；用 --keep-punctuation 保留原样")
    })
}

/// `line` with its half-width marks in Chinese context made full-width, and how many were.
pub fn full_width(line: &str) -> (String, usize) {
    let mut scan = Scan::new(line);
    scan.brackets();
    scan.quotes('"', ('“', '”'));
    scan.quotes('\'', ('‘', '’'));
    scan.singles(line.chars().any(is_han));
    scan.periods();
    scan.text()
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

/// The line's characters, which are settled (kept or decided) and the wide form chosen.
struct Scan {
    chars: Vec<char>,
    settled: Vec<bool>,
    wide: Vec<Option<char>>,
}

impl Scan {
    fn new(line: &str) -> Scan {
        let spans: Vec<(usize, usize)> = KEPT
            .find_iter(line)
            .map(|m| (m.start(), m.start() + url_end(m.as_str())))
            .collect();
        let settled = line
            .char_indices()
            .map(|(at, _)| spans.iter().any(|&(s, e)| (s..e).contains(&at)))
            .collect();
        let chars: Vec<char> = line.chars().collect();
        let wide = vec![None; chars.len()];
        Scan {
            chars,
            settled,
            wide,
        }
    }

    /// The character at `i` as it now stands.
    fn at(&self, i: usize) -> char {
        self.wide[i].unwrap_or(self.chars[i])
    }

    /// The nearest character before `i` that is not a space.
    fn before(&self, i: usize) -> Option<char> {
        (0..i).rev().map(|j| self.at(j)).find(|c| !is_space(*c))
    }

    /// The nearest character after `i` that is not a space.
    fn after(&self, i: usize) -> Option<char> {
        (i + 1..self.chars.len())
            .map(|j| self.at(j))
            .find(|c| !is_space(*c))
    }

    /// Chinese text next to `open` or `close` on the outside, or between them.
    fn chinese_pair(&self, open: usize, close: usize) -> bool {
        self.chars[open + 1..close].iter().any(|c| is_han(*c))
            || self.before(open).is_some_and(is_chinese)
            || self.after(close).is_some_and(is_chinese)
    }

    fn set_pair(&mut self, (open, close): (usize, usize), wide: Option<(char, char)>) {
        self.settled[open] = true;
        self.settled[close] = true;
        if let Some((o, c)) = wide {
            self.wide[open] = Some(o);
            self.wide[close] = Some(c);
        }
    }

    /// "(" and ")" that pair up; ASCII text glued to "(" as in f(x) stays so.
    fn brackets(&mut self) {
        let mut open = Vec::new();
        for i in 0..self.chars.len() {
            match self.chars[i] {
                _ if self.settled[i] => {}
                '(' => open.push(i),
                ')' => {
                    if let Some(o) = open.pop() {
                        let han_inside = self.chars[o + 1..i].iter().any(|c| is_han(*c));
                        let glued = o > 0 && self.chars[o - 1].is_ascii_alphanumeric();
                        let chinese = han_inside || (!glued && self.chinese_pair(o, i));
                        self.set_pair((o, i), chinese.then_some(('（', '）')));
                    }
                }
                _ => {}
            }
        }
    }

    /// `mark`s that pair up in the line (an apostrophe as in it's left out) become `wide`.
    fn quotes(&mut self, mark: char, wide: (char, char)) {
        let at: Vec<usize> = (0..self.chars.len())
            .filter(|&i| self.chars[i] == mark && !self.settled[i] && !self.apostrophe(i))
            .collect();
        if at.len() % 2 == 1 {
            return;
        }
        for pair in at.chunks(2) {
            let chinese = self.chinese_pair(pair[0], pair[1]);
            self.set_pair((pair[0], pair[1]), chinese.then_some(wide));
        }
    }

    fn apostrophe(&self, i: usize) -> bool {
        let letter = |j: Option<usize>| {
            j.and_then(|j| self.chars.get(j))
                .is_some_and(char::is_ascii_alphanumeric)
        };
        self.chars[i] == '\'' && letter(i.checked_sub(1)) && letter(Some(i + 1))
    }

    /// Single marks; at the end of a line that holds Chinese, a mark ends Chinese text.
    fn singles(&mut self, han_line: bool) {
        for i in 0..self.chars.len() {
            let c = self.chars[i];
            if self.settled[i] || !",:;?!()".contains(c) || self.between_digits(i) {
                continue;
            }
            let after = self.after(i);
            let chinese = self.before(i).is_some_and(is_chinese)
                || after.is_some_and(is_chinese)
                || (han_line && after.is_none() && c != '(');
            if chinese {
                self.wide[i] = Some(char::from_u32(c as u32 + 0xFEE0).unwrap_or(c));
            }
        }
    }

    fn between_digits(&self, i: usize) -> bool {
        i > 0
            && self.chars[i - 1].is_ascii_digit()
            && self.chars.get(i + 1).is_some_and(char::is_ascii_digit)
    }

    /// "." after Chinese text (or a closing mark) and before Chinese text, full-width
    /// punctuation or the line's end.
    fn periods(&mut self) {
        for i in 0..self.chars.len() {
            let dots = |j: Option<usize>| j.and_then(|j| self.chars.get(j)) == Some(&'.');
            if self.chars[i] != '.'
                || self.settled[i]
                || dots(i.checked_sub(1))
                || dots(Some(i + 1))
                || self.heading_number(i)
            {
                continue;
            }
            let ends = self
                .before(i)
                .is_some_and(|c| is_han(c) || "”’）》」』】〕".contains(c));
            let next = self.after(i);
            if ends && next.is_none_or(is_chinese) {
                self.wide[i] = Some('。');
            }
        }
    }

    /// The "." ends a heading number typed at the start of the line: 一. 十二.
    fn heading_number(&self, i: usize) -> bool {
        let number: Vec<char> = self.chars[..i]
            .iter()
            .copied()
            .skip_while(|c| c.is_whitespace())
            .collect();
        (1..=3).contains(&number.len())
            && number.iter().all(|c| "一二三四五六七八九十".contains(*c))
    }

    /// The text, the spaces after each converted mark dropped, and the marks converted.
    fn text(&self) -> (String, usize) {
        let mut out = String::with_capacity(self.chars.len() * 3);
        let mut after_mark = false;
        for i in 0..self.chars.len() {
            if after_mark && self.chars[i] == ' ' {
                continue;
            }
            out.push(self.at(i));
            after_mark = self.wide[i].is_some();
        }
        (out, self.wide.iter().flatten().count())
    }
}

/// Where a URL found by [`KEPT`] ends: its trailing sentence marks, and a ")" it does not
/// open, belong to the text around it.
fn url_end(found: &str) -> usize {
    let mut end = found.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '"']);
    while end.ends_with(')') && end.matches(')').count() > end.matches('(').count() {
        end = end[..end.len() - 1].trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '"']);
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
