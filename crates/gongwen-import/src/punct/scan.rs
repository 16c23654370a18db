//! One line scanned for its half-width marks: the pairs (brackets, quotes) first, then
//! single marks and full stops, each decided by the characters around it as they now stand.

use super::{KEPT, is_chinese, is_han, is_space, url_end};

/// One line: its characters, which are settled (kept as typed, or a pair decided) and the
/// full-width form chosen for each mark converted.
pub(super) struct Scan {
    chars: Vec<char>,
    settled: Vec<bool>,
    wide: Vec<Option<char>>,
    /// How many Chinese characters come before each index (one more entry than `chars`).
    han: Vec<usize>,
    /// Where the line's text starts, after its indent.
    start: usize,
}

impl Scan {
    /// The line, its URLs, e-mail addresses and 发文字号 years settled as typed.
    pub(super) fn new(line: &str) -> Scan {
        let mut spans = KEPT
            .find_iter(line)
            .map(|m| (m.start(), m.start() + url_end(m.as_str())))
            .peekable();
        let mut settled = Vec::with_capacity(line.len());
        for (at, _) in line.char_indices() {
            while spans.next_if(|&(_, end)| end <= at).is_some() {}
            settled.push(spans.peek().is_some_and(|&(s, _)| s <= at));
        }
        let chars: Vec<char> = line.chars().collect();
        let mut han = Vec::with_capacity(chars.len() + 1);
        han.push(0);
        for &c in &chars {
            han.push(han[han.len() - 1] + usize::from(is_han(c)));
        }
        let start = chars.iter().take_while(|c| c.is_whitespace()).count();
        Scan {
            wide: vec![None; chars.len()],
            chars,
            settled,
            han,
            start,
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
        self.han_between(open, close)
            || self.before(open).is_some_and(is_chinese)
            || self.after(close).is_some_and(is_chinese)
    }

    /// Chinese characters between `open` and `close`.
    fn han_between(&self, open: usize, close: usize) -> bool {
        self.han[close] > self.han[open + 1]
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
    pub(super) fn brackets(&mut self) {
        let mut open = Vec::new();
        for i in 0..self.chars.len() {
            match self.chars[i] {
                _ if self.settled[i] => {}
                '(' => open.push(i),
                ')' => {
                    if let Some(o) = open.pop() {
                        let han_inside = self.han_between(o, i);
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
    pub(super) fn quotes(&mut self, mark: char, wide: (char, char)) {
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
    pub(super) fn singles(&mut self, han_line: bool) {
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
    pub(super) fn periods(&mut self) {
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
        (self.start + 1..=self.start + 3).contains(&i)
            && self.chars[self.start..i]
                .iter()
                .all(|c| "一二三四五六七八九十".contains(*c))
    }

    /// The text, the spaces after each converted mark dropped, and the marks converted.
    pub(super) fn text(&self) -> (String, usize) {
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
