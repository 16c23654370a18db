//! The whole document: 版头, title, 主送, body, closing, attachments and 版记, in order.

use crate::body::{Block, blocks, heading_of};
use crate::frame;
use crate::line::Line;
use crate::text::*;
use crate::{documents, note};
use gongwen_model::{Colophon, DocKind, Header, Masthead};

/// A document as recognised, every piece still as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parsed {
    /// The kind it looks like.
    pub kind: DocKind,
    /// 版头.
    pub header: Option<Header>,
    /// 刊头 of a 简报/工作信息.
    pub masthead: Option<Masthead>,
    /// The title, one entry per typed line.
    pub title: Vec<String>,
    /// 题注.
    pub title_note: Option<String>,
    /// The author line under a news title.
    pub byline: Option<String>,
    /// 主送 or 称谓, with its colon.
    pub addressee: Option<String>,
    /// The 正文.
    pub body: Vec<Block>,
    /// 署名.
    pub signatures: Vec<String>,
    /// 成文日期 as typed.
    pub date: Option<String>,
    /// 附注, without its parentheses.
    pub note: Option<String>,
    /// Attachments and forwarded documents after the closing.
    pub attachments: Vec<AttachmentParts>,
    /// 版记.
    pub colophon: Colophon,
    /// Things the report should tell the user.
    pub remarks: Vec<String>,
}

/// An attachment or a forwarded document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AttachmentParts {
    /// Its title.
    pub title: String,
    /// A forwarded document (no 附件 label).
    pub forwarded: bool,
    /// Listed in 附件说明 but not in the file: no body, no pages.
    pub separate: bool,
    /// Its body.
    pub body: Vec<Block>,
}

/// Recognises the parts of a document from its lines.
pub fn parse(lines: Vec<Line>) -> Parsed {
    let lines: Vec<Line> = lines
        .into_iter()
        .filter(|l| match l {
            Line::Text(t) => {
                let t = compact(t);
                !t.is_empty() && !is_rule(&t)
            }
            Line::Table(rows) => !rows.is_empty(),
        })
        .collect();
    let mut p = Parsed::default();
    let (header, masthead, i) = frame::header(&lines);
    p.header = header;
    p.masthead = masthead;
    let i = title(&mut p, &lines, i);
    let i = under_title(&mut p, &lines, i);
    body_and_closing(&mut p, &lines, i);
    p.kind = kind_of(&p);
    p
}

/// The compacted text of line `i`, if it is a line of text.
fn text(lines: &[Line], i: usize) -> Option<String> {
    match lines.get(i) {
        Some(Line::Text(t)) => Some(compact(t)),
        _ => None,
    }
}

/// The title from line `i`: one line, or more while the line so far does not end like a
/// title and the next does. Returns the line after it.
pub(crate) fn title(p: &mut Parsed, lines: &[Line], mut i: usize) -> usize {
    let Some(first) = text(lines, i) else {
        return i;
    };
    p.title.push(first);
    i += 1;
    while let (Some(last), Some(next)) = (p.title.last(), text(lines, i)) {
        let fits = width(&next) <= 40 && !has_sentence_marks(&next) && heading_of(&next).is_none();
        if ends_with_kind_word(last) || !fits || !ends_with_kind_word(&next) || p.title.len() == 3 {
            break;
        }
        p.title.push(next);
        i += 1;
    }
    i
}

/// What may stand between the title and the body: 题注, byline, 主送. Returns the line
/// the body starts at.
pub(crate) fn under_title(p: &mut Parsed, lines: &[Line], mut i: usize) -> usize {
    if let (Some(next), Some(Line::Text(raw))) = (text(lines, i), lines.get(i))
        && parenthesised(&next)
        && width(&next) <= 100
    {
        p.title_note = Some(raw.trim().to_string());
        i += 1;
    }
    if p.masthead.is_some()
        && let Some(next) = text(lines, i)
        && width(&next) <= 24
        && !has_sentence_marks(&next)
        && !next.contains('：')
        && heading_of(&next).is_none()
    {
        p.byline = Some(next);
        i += 1;
    }
    if let Some(next) = text(lines, i)
        && (next.ends_with('：') || next.ends_with(':'))
        && width(&next) <= 80
        && !next.contains('。')
    {
        p.addressee = Some(next);
        i += 1;
    }
    if let (Some(title), Some(next)) = (p.title.first(), text(lines, i))
        && same_text(title, &next)
    {
        p.remarks.push(format!(
            "the line after the title repeats it (“{next}”); it is kept as the first paragraph — delete it from the template if it was pasted twice"
        ));
    }
    i
}

/// The body from line `start`, the closing (署名, date, 附注), attachments and 版记.
fn body_and_closing(p: &mut Parsed, lines: &[Line], start: usize) {
    let (colophon, end) = frame::colophon(lines);
    p.colophon = colophon;
    let mut body_end = end;
    let mut found = Vec::new();
    if let Some((sign_start, signatures, date_at)) = frame::closing(lines, start, end) {
        body_end = sign_start;
        p.signatures = signatures;
        p.date = text(lines, date_at);
        let mut j = date_at + 1;
        if let Some(note) = text(lines, j).filter(|t| parenthesised(t)) {
            let chars: Vec<char> = note.chars().collect();
            p.note = Some(chars[1..chars.len() - 1].iter().collect());
            j += 1;
        }
        found = attachments(&lines[j..end]);
    }
    let listed = note::find(&lines[start..body_end]);
    let note_at = listed.as_ref().map_or(body_end, |(at, _)| start + at);
    let (body, forwarded) = documents::split(p, lines, start, note_at);
    p.body = body;
    let found = forwarded
        .into_iter()
        .map(|a| (None, a))
        .chain(found)
        .collect();
    p.attachments = match listed {
        Some((_, titles)) => note::merge(&titles, found, &mut p.remarks),
        None => found.into_iter().map(|(_, a)| a).collect(),
    };
}

/// Attachments after the closing, each with the number of its label: "附件1" + title +
/// body, or a forwarded document's title + body. A title runs over several lines as the
/// document's title does.
fn attachments(lines: &[Line]) -> Vec<(Option<usize>, AttachmentParts)> {
    let label = |l: &Line| match l {
        Line::Text(t) => {
            let t = compact(t);
            let rest = t.strip_prefix("附件")?.trim_end_matches(['：', ':']);
            rest.chars()
                .all(|c| c.is_ascii_digit())
                .then(|| rest.parse::<usize>().ok())
        }
        Line::Table(_) => None,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let number = label(&lines[i]);
        if number.is_some() {
            i += 1;
        }
        let mut head = Parsed::default();
        if text(lines, i).is_none() {
            break;
        }
        let start = title(&mut head, lines, i);
        let end = (start..lines.len())
            .find(|&j| label(&lines[j]).is_some())
            .unwrap_or(lines.len());
        out.push((
            number.flatten(),
            AttachmentParts {
                title: head.title.concat(),
                forwarded: number.is_none(),
                body: blocks(&lines[start..end]),
                separate: false,
            },
        ));
        i = end;
    }
    out
}

/// Equal once white space and quote styles are ignored.
fn same_text(a: &str, b: &str) -> bool {
    let norm = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if matches!(c, '“' | '”' | '"') {
                    '"'
                } else {
                    c
                }
            })
            .collect()
    };
    norm(a) == norm(b)
}

/// The kind the title, header and masthead suggest.
fn kind_of(p: &Parsed) -> DocKind {
    let title: String = p.title.concat();
    let number = p
        .header
        .as_ref()
        .and_then(|h| h.doc_number.as_deref())
        .unwrap_or("");
    if p.masthead.is_some() {
        DocKind::News
    } else if title.ends_with("决议") {
        DocKind::Resolution
    } else if title.ends_with("函") || number.contains("函") {
        DocKind::Letter
    } else if title.contains("讲话") || p.addressee.as_deref().is_some_and(|a| a.contains("同志们"))
    {
        DocKind::Speech
    } else if title.ends_with("报告") || (p.header.is_none() && !title.ends_with("通知")) {
        DocKind::Report
    } else {
        DocKind::Circular
    }
}
