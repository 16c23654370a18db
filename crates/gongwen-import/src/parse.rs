//! The whole document: 版头, title, 主送, body, closing, attachments and 版记, in order.

use crate::body::blocks;
use crate::frame;
use crate::head::{text, title, under_title};
use crate::line::Line;
use crate::text::*;
use crate::{documents, note};
use gongwen_model::DocKind;

pub use crate::parts::{AttachmentParts, Parsed};

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
        found = attachments(lines.get(j..end).unwrap_or_default());
    }
    // The 附件说明 ends the body, or the first document when a second one follows it. A
    // closing or 版记 found above the title block leaves no body (a garbled file).
    let mut body = lines.get(start..body_end).unwrap_or_default().to_vec();
    let listed = match note::find(&body) {
        Some((at, titles)) => {
            body.truncate(at);
            Some(titles)
        }
        None => documents::first_start(&body).and_then(|k| {
            let (at, titles) = note::find(&body[..k])?;
            body.drain(at..k);
            Some(titles)
        }),
    };
    let (main, forwarded) = documents::split(p, &body, 0, body.len());
    p.body = main;
    let found = forwarded
        .into_iter()
        .map(|a| (None, a))
        .chain(found)
        .collect();
    p.attachments = match listed {
        Some(titles) => note::merge(&titles, found, &mut p.remarks),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> Parsed {
        parse(text.lines().map(|l| Line::Text(l.into())).collect())
    }

    #[test]
    fn the_note_of_a_circular_names_the_resolution_after_it() {
        let p = parsed(
            "关于印发某某决议的通知\n各单位：\n现印发给你们。\n附件：某某会议关于某事的决议\n\
             某某会议关于某事的决议\n（2023年1月1日通过）\n一、总体要求\n内容。",
        );
        assert_eq!(p.body.len(), 1, "{:?}", p.body);
        assert_eq!(p.attachments.len(), 1);
        let a = &p.attachments[0];
        assert!(!a.forwarded && !a.separate, "{a:?}");
        assert_eq!(a.title, "某某会议关于某事的决议");
    }
}
