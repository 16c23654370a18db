//! The template's body: 公文 Markdown with every figure an `m()` call and run-in leads in bold.

use crate::body::Block;
use crate::declared::Declared;
use crate::escape::markdown;
use crate::figures::{Figure, Piece, scan};
use crate::names::{Namer, context};
use gongwen_model::{MetricKind, MetricSpec};
use std::fmt::Write;

/// The body being written, and the metrics declared so far.
#[derive(Default)]
pub(crate) struct Body {
    /// The Markdown written.
    pub(crate) out: String,
    namer: Namer,
    /// Every figure made a metric, in order.
    pub(crate) metrics: Vec<Declared>,
    /// Run-in leads marked.
    pub(crate) leads: usize,
}

impl Body {
    /// Writes `blocks` as Markdown.
    pub(crate) fn blocks(&mut self, blocks: &[Block]) {
        for block in blocks {
            match block {
                Block::Heading {
                    level, text, rest, ..
                } => {
                    let marks = "#".repeat(usize::from(*level));
                    let heading = self.inline(text);
                    let _ = write!(self.out, "{marks} {heading}\n\n");
                    if let Some(rest) = rest {
                        let para = self.paragraph(rest);
                        let _ = write!(self.out, "{para}\n\n");
                    }
                }
                Block::Paragraph(text) => {
                    let para = self.paragraph(text);
                    let _ = write!(self.out, "{para}\n\n");
                }
                Block::Table(rows) => self.table(rows),
            }
        }
    }

    /// A paragraph with its run-in leads (一是……。) marked `**…**`.
    fn paragraph(&mut self, text: &str) -> String {
        let mut out = String::new();
        for (lead, part) in leads(text) {
            let md = self.inline(part);
            if lead {
                self.leads += 1;
                let _ = write!(out, "**{md}**");
            } else {
                out.push_str(&md);
            }
        }
        out
    }

    /// Text with its figures as `m()` calls.
    fn inline(&mut self, text: &str) -> String {
        let pieces = scan(text);
        let mut out = String::new();
        for (k, piece) in pieces.iter().enumerate() {
            match piece {
                Piece::Text(t) => out.push_str(&markdown(t)),
                Piece::Figure(f) => {
                    let (before, after) = context(&pieces, k);
                    let (name, label) = self.namer.name(f, &before, &after);
                    let unit = f.spec.unit.clone().unwrap_or_default();
                    let _ = write!(out, "{{{{ m(name=\"{name}\", unit=\"{unit}\") }}}}");
                    self.metrics.push(Declared {
                        name,
                        spec: MetricSpec {
                            label: Some(label),
                            ..f.spec.clone()
                        },
                        value: f.value,
                        typed: f.typed.clone(),
                    });
                }
            }
        }
        out
    }

    /// A GFM table; a cell holding only a number becomes a figure named by its row and column.
    fn table(&mut self, rows: &[Vec<String>]) {
        let Some(header) = rows.first() else {
            return;
        };
        let cells = |r: &[String]| format!("| {} |", r.join(" | "));
        let head: Vec<String> = header.iter().map(|c| markdown(c)).collect();
        let _ = writeln!(self.out, "{}", cells(&head));
        let _ = writeln!(self.out, "|{}", "---|".repeat(header.len()));
        for row in &rows[1..] {
            let mut out = Vec::new();
            for (j, cell) in row.iter().enumerate() {
                let column = header.get(j).map_or("", String::as_str);
                out.push(self.cell(cell, &row[0], column));
            }
            let _ = writeln!(self.out, "{}", cells(&out));
        }
        self.out.push('\n');
    }

    fn cell(&mut self, cell: &str, row: &str, column: &str) -> String {
        let number = !cell.is_empty()
            && cell.chars().all(|c| c.is_ascii_digit() || c == '.')
            && cell.parse::<f64>().is_ok()
            && !cell.starts_with('.')
            && !(cell.len() > 1 && cell.starts_with('0') && !cell.starts_with("0."));
        if !number || row == cell {
            return markdown(cell);
        }
        let value: f64 = cell.parse().unwrap_or_default();
        let decimals = cell.split_once('.').map(|(_, d)| d.len() as u8);
        let column_words: String = column
            .split(['（', '('])
            .next()
            .unwrap_or(column)
            .to_string();
        let base: String = format!("{row}{column_words}")
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect();
        let figure = Figure {
            typed: cell.to_string(),
            value: Some(value),
            spec: MetricSpec {
                kind: Some(if decimals.is_some() {
                    MetricKind::Ratio
                } else {
                    MetricKind::Count
                }),
                decimals: Some(decimals.unwrap_or(0)),
                ..MetricSpec::default()
            },
        };
        let (name, _) = self.namer.name(&figure, &base, "");
        let label = format!("{row} {column}");
        self.metrics.push(Declared {
            name: name.clone(),
            spec: MetricSpec {
                label: Some(label),
                ..figure.spec
            },
            value: Some(value),
            typed: cell.to_string(),
        });
        format!("{{{{ m(name=\"{name}\") }}}}")
    }
}

/// The text cut into (is lead, part): a lead runs from "一是" (at the start or after
/// 。；！？：) to its first full stop, at most 60 characters.
fn leads(text: &str) -> Vec<(bool, &str)> {
    let numerals = "一二三四五六七八九十";
    let mut out = Vec::new();
    let mut last = 0;
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let prev = text[..i].chars().next_back();
        let starts = prev.is_none_or(|c| "。；！？：".contains(c));
        let n = rest.chars().take_while(|c| numerals.contains(*c)).count();
        if starts && (1..=3).contains(&n) && rest.chars().nth(n) == Some('是') {
            let stop = rest
                .char_indices()
                .take(60)
                .find(|(_, c)| "。！？".contains(*c))
                .map(|(j, c)| j + c.len_utf8());
            if let Some(stop) = stop {
                if last < i {
                    out.push((false, &text[last..i]));
                }
                out.push((true, &rest[..stop]));
                i += stop;
                last = i;
                continue;
            }
        }
        i += rest.chars().next().map_or(1, char::len_utf8);
    }
    if last < text.len() {
        out.push((false, &text[last..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leads_are_cut_at_their_full_stop() {
        let parts = leads("开篇。一是深化研学，筑牢根基。将讲话作为内容。二是以案为鉴。");
        assert_eq!(
            parts,
            [
                (false, "开篇。"),
                (true, "一是深化研学，筑牢根基。"),
                (false, "将讲话作为内容。"),
                (true, "二是以案为鉴。")
            ]
        );
        assert_eq!(leads("统一是关键。"), [(false, "统一是关键。")]);
    }
}
