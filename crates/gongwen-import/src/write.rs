//! Writing what was recognised: the template (front matter + 公文 Markdown with `m()` calls)
//! and the data file (the frame's details and every figure's value).

use crate::body::Block;
use crate::figures::{Piece, scan};
use crate::names::{Namer, context};
use crate::parse::Parsed;
use gongwen_model::{DocKind, MetricSpec};
use std::fmt::Write;

/// A figure that became a metric: its name, declaration and value.
#[derive(Debug, Clone, PartialEq)]
pub struct Declared {
    /// The key in the data's `metrics:`.
    pub name: String,
    /// The declaration in the template's front matter.
    pub spec: MetricSpec,
    /// The value found, `None` for a placeholder.
    pub value: Option<f64>,
    /// The figure as typed.
    pub typed: String,
}

/// Template and data text for a parsed document, and the metrics declared.
pub struct Written {
    /// `template.md.tera`.
    pub template: String,
    /// `data.yaml`.
    pub data: String,
    /// Every figure made a metric, in order.
    pub metrics: Vec<Declared>,
    /// Run-in leads marked.
    pub leads: usize,
}

struct Body {
    out: String,
    namer: Namer,
    metrics: Vec<Declared>,
    leads: usize,
}

/// Writes the template and the data for `p`; `source` names the imported file in comments.
pub fn write(p: &Parsed, source: &str) -> Written {
    let mut b = Body {
        out: String::new(),
        namer: Namer::default(),
        metrics: Vec::new(),
        leads: 0,
    };
    b.blocks(&p.body);
    for a in &p.attachments {
        let class = if a.forwarded {
            "forwarded"
        } else {
            "attachment"
        };
        let _ = write!(b.out, "# {} {{.{class}}}\n\n", markdown(&a.title));
        b.blocks(&a.body);
    }
    let template = template(p, source, &b);
    let data = data(p, &b.metrics);
    Written {
        template,
        data,
        metrics: b.metrics,
        leads: b.leads,
    }
}

fn template(p: &Parsed, source: &str, b: &Body) -> String {
    let mut t = String::from("---\n");
    let _ = writeln!(
        t,
        "# Imported from {source} by `gongwen import`. Figures are the m(…) calls below,"
    );
    let _ = writeln!(t, "# declared under metrics: and filled in data.yaml.");
    let _ = writeln!(t, "kind: {}", kind_key(p.kind));
    let _ = writeln!(t, "title: {}", yaml(&p.title.join("\n")));
    for (key, value) in [
        ("title_note", &p.title_note),
        ("byline", &p.byline),
        ("addressee", &p.addressee),
    ] {
        if let Some(v) = value {
            let _ = writeln!(t, "{key}: {}", yaml(v));
        }
    }
    if !b.metrics.is_empty() {
        t.push_str("metrics:\n");
        for m in &b.metrics {
            let _ = writeln!(t, "  {}: {}", m.name, spec_yaml(&m.spec));
        }
    }
    t.push_str("---\n");
    t.push_str(&b.out);
    t
}

fn kind_key(kind: DocKind) -> &'static str {
    match kind {
        DocKind::Circular => "circular",
        DocKind::Speech => "speech",
        DocKind::Report => "report",
        DocKind::Resolution => "resolution",
        DocKind::News => "news",
        DocKind::Letter => "letter",
    }
}

fn spec_yaml(s: &MetricSpec) -> String {
    let mut parts = Vec::new();
    if let Some(l) = &s.label {
        parts.push(format!("label: {}", yaml(l)));
    }
    if let Some(u) = &s.unit {
        parts.push(format!("unit: {}", yaml(u)));
    }
    if let Some(k) = s.kind {
        parts.push(format!("kind: {}", format!("{k:?}").to_lowercase()));
    }
    if let Some(st) = s.style {
        parts.push(format!("style: {}", format!("{st:?}").to_lowercase()));
    }
    if let Some(d) = s.decimals {
        parts.push(format!("decimals: {d}"));
    }
    if let Some(p) = &s.placeholder {
        parts.push(format!("placeholder: {}", yaml(p)));
    }
    format!("{{{}}}", parts.join(", "))
}

fn data(p: &Parsed, metrics: &[Declared]) -> String {
    let mut d = String::from(
        "# The data of the imported document: its frame below, its figures under metrics.\n",
    );
    d.push_str("template: template.md.tera\n");
    let mut doc = String::new();
    if let Some(h) = &p.header {
        doc.push_str("  header:\n");
        opt(&mut doc, "    ", "copy_number", &h.copy_number);
        opt(&mut doc, "    ", "secrecy", &h.secrecy);
        opt(&mut doc, "    ", "urgency", &h.urgency);
        list(&mut doc, "    ", "agencies", &h.agencies);
        let _ = writeln!(doc, "    suffix: {}", yaml(&h.suffix));
        opt(&mut doc, "    ", "doc_number", &h.doc_number);
        list(&mut doc, "    ", "signers", &h.signers);
    }
    if let Some(m) = &p.masthead {
        doc.push_str("  masthead:\n");
        let _ = writeln!(doc, "    name: {}", yaml(&m.name));
        opt(&mut doc, "    ", "issue", &m.issue);
        opt(&mut doc, "    ", "editor", &m.editor);
        opt(&mut doc, "    ", "date", &m.date);
    }
    list(&mut doc, "  ", "signatures", &p.signatures);
    opt(&mut doc, "  ", "date", &p.date);
    opt(&mut doc, "  ", "note", &p.note);
    let c = &p.colophon;
    if !crate::frame::colophon_is_empty(c) {
        doc.push_str("  colophon:\n");
        if !c.distribution.is_empty() {
            doc.push_str("    distribution:\n");
            for d in &c.distribution {
                let _ = writeln!(
                    doc,
                    "      - {{label: {}, to: {}}}",
                    yaml(&d.label),
                    yaml(&d.to)
                );
            }
        }
        list(&mut doc, "    ", "cc", &c.cc);
        opt(&mut doc, "    ", "printer", &c.printer);
        opt(&mut doc, "    ", "print_date", &c.print_date);
    }
    if !doc.is_empty() {
        d.push_str("document:\n");
        d.push_str(&doc);
    }
    if !metrics.is_empty() {
        d.push_str("# ~ marks a figure still to fill in: the document had a placeholder there.\n");
        d.push_str("metrics:\n");
        for m in metrics {
            match m.value {
                Some(v) => {
                    let _ = writeln!(d, "  {}: {v}", m.name);
                }
                None => {
                    let _ = writeln!(d, "  {}: ~", m.name);
                }
            }
        }
    }
    d
}

fn opt(out: &mut String, indent: &str, key: &str, value: &Option<String>) {
    if let Some(v) = value {
        let _ = writeln!(out, "{indent}{key}: {}", yaml(v));
    }
}

fn list(out: &mut String, indent: &str, key: &str, values: &[String]) {
    if !values.is_empty() {
        let items: Vec<String> = values.iter().map(|v| yaml(v)).collect();
        let _ = writeln!(out, "{indent}{key}: [{}]", items.join(", "));
    }
}

/// A YAML double-quoted string.
fn yaml(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out.push('"');
    tera_safe(&out)
}

/// Text Tera passes through untouched: `{{`, `{%` and `{#` written as expressions.
fn tera_safe(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '{' && matches!(chars.peek(), Some('{' | '%' | '#')) {
            out.push_str("{{ \"{\" | safe }}");
        } else {
            out.push(c);
        }
    }
    out
}

/// Literal text as Markdown that reads back as itself.
fn markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        let line_start = i == 0;
        match c {
            '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '`' | '|' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '#' | '-' | '+' | '=' if line_start => {
                out.push('\\');
                out.push(c);
            }
            '.' | ')' if out.chars().all(|c| c.is_ascii_digit()) && !out.is_empty() => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    tera_safe(&out)
}

impl Body {
    fn blocks(&mut self, blocks: &[Block]) {
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
        let figure = crate::figures::Figure {
            typed: cell.to_string(),
            value: Some(value),
            spec: MetricSpec {
                kind: Some(if decimals.is_some() {
                    gongwen_model::MetricKind::Ratio
                } else {
                    gongwen_model::MetricKind::Count
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

    #[test]
    fn literal_text_stays_literal() {
        assert_eq!(markdown("a*b_[c]<d>"), "a\\*b\\_\\[c\\]\\<d\\>");
        assert_eq!(markdown("#1"), "\\#1");
        assert_eq!(markdown("12. 项"), "12\\. 项");
        assert_eq!(markdown("{{ x }}"), "{{ \"{\" | safe }}{ x }}");
        assert_eq!(yaml("a\"b\\"), "\"a\\\"b\\\\\"");
    }
}
