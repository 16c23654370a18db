//! The body: headings however they were typed (一、 （一） (一) 1. 1、 （1）), paragraphs, tables.

use crate::line::Line;
use crate::text::{compact, compact_keeping_wide};
use regex::Regex;
use std::sync::LazyLock;

/// One block of the body, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A heading: its level (1 一、 to 4 （1）), its text without the number, and the
    /// paragraph that runs on after it on the same line.
    Heading {
        /// 1 to 4.
        level: u8,
        /// The number as typed ("1、").
        typed: String,
        /// The heading text.
        text: String,
        /// Text after the heading's first full stop, on the same line.
        rest: Option<String>,
    },
    /// A paragraph.
    Paragraph(String),
    /// A table, header row first.
    Table(Vec<Vec<String>>),
}

static LEVELS: LazyLock<[Regex; 4]> = LazyLock::new(|| {
    [
        Regex::new(r"^[一二三四五六七八九十]{1,3}[、，,.．]").unwrap(),
        Regex::new(r"^[（(][一二三四五六七八九十]{1,3}[）)]").unwrap(),
        Regex::new(r"^\d{1,2}(?:[、．]|\.(?:[^\d]|$))").unwrap(),
        Regex::new(r"^[（(]\d{1,2}[）)]").unwrap(),
    ]
});

/// The heading level of a line and the length in bytes of its number, if it starts with one.
pub fn heading_of(text: &str) -> Option<(u8, usize)> {
    LEVELS.iter().zip(1u8..).find_map(|(re, level)| {
        re.find(text).map(|m| {
            // `1.x`: the pattern took the character after the dot to rule out 1.5.
            let len = m.as_str().find('.').map_or(m.end(), |dot| dot + 1);
            (level, len)
        })
    })
}

/// The body blocks of `lines`.
pub fn blocks(lines: &[Line]) -> Vec<Block> {
    let mut out = Vec::new();
    for line in lines {
        match line {
            Line::Table(rows) => out.push(Block::Table(
                rows.iter()
                    .map(|r| r.iter().map(|c| compact(c)).collect())
                    .collect(),
            )),
            Line::Text(raw) => {
                let text = compact_keeping_wide(raw);
                if text.is_empty() {
                    continue;
                }
                out.push(match heading_of(&text) {
                    Some((level, len)) if text.len() > len => heading(level, &text, len),
                    _ => Block::Paragraph(text),
                });
            }
        }
    }
    out
}

fn heading(level: u8, text: &str, len: usize) -> Block {
    let (typed, body) = text.split_at(len);
    let body = body.trim_start_matches('\u{3000}');
    let stop = body.find(['。', '！', '？']).map(|i| i + '。'.len_utf8());
    let (head, rest) = match stop {
        Some(end) if end < body.len() => (&body[..end], Some(body[end..].to_string())),
        _ => (body, None),
    };
    Block::Heading {
        level,
        typed: typed.to_string(),
        text: head.to_string(),
        rest,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_numbers_as_typed() {
        assert_eq!(heading_of("一、总体要求"), Some((1, "一、".len())));
        assert_eq!(heading_of("(一)摸清底数"), Some((2, 5)));
        assert_eq!(heading_of("（二）精准帮扶"), Some((2, "（二）".len())));
        assert_eq!(heading_of("1.加强领导"), Some((3, 2)));
        assert_eq!(heading_of("1、加强领导"), Some((3, "1、".len())));
        assert_eq!(heading_of("12．加强领导"), Some((3, "12．".len())));
        assert_eq!(heading_of("（1）时间"), Some((4, "（1）".len())));
        assert_eq!(heading_of("1.5万名职工参加"), None);
        assert_eq!(heading_of("一是加强领导"), None);
        assert_eq!(heading_of("2023年工作"), None);
    }

    #[test]
    fn a_heading_runs_into_its_paragraph() {
        let b = blocks(&[Line::Text("（一）摸清底数。各级工会要逐户走访。".into())]);
        assert_eq!(
            b,
            [Block::Heading {
                level: 2,
                typed: "（一）".into(),
                text: "摸清底数。".into(),
                rest: Some("各级工会要逐户走访。".into())
            }]
        );
        let b = blocks(&[Line::Text("一、总体要求".into())]);
        assert!(matches!(&b[0], Block::Heading { rest: None, .. }));
    }
}
