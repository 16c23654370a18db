//! The whole document: 版头, title, 主送, body, closing, attachments and 版记, in order.

use crate::body::blocks;
use crate::frame;
use crate::head::{text, title, under_title};
use crate::line::Line;
use crate::text::*;
use crate::{attendance, documents, formats, note, typed_numbers};
use gongwen_i18n::tr;
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
    let (header, masthead, mut i) = frame::header(&lines);
    let letter_shaped = formats::letter_shaped(&lines[..i], frame::is_doc_number);
    p.header = header;
    let mark = p.header.as_ref().map_or("", |h| h.suffix.as_str());
    let special = mark.ends_with('令') || mark == "纪要";
    let dateline = (mark == "纪要")
        .then(|| formats::minutes_dateline(&lines, i))
        .flatten();
    if let (Some((unit, date)), Some(h)) = (&dateline, p.header.as_mut()) {
        // The 编发单位 and date under the 期号: printed there, left and right.
        h.editor = (!unit.is_empty()).then(|| unit.clone());
        h.edited = Some(date.clone());
        i += 1;
    }
    p.masthead = masthead;
    if !special || formats::title_follows(&lines, i) {
        i = title(&mut p, &lines, i);
    }
    let i = under_title(&mut p, &lines, i);
    // What the head says decides how the end is read (a 令's 职务, a 纪要's lists); the
    // kind is decided again once the body is known, as a second document may be the main one.
    p.genre = formats::genre_of(&p);
    p.kind = formats::kind_of(&p, letter_shaped);
    body_and_closing(&mut p, &lines, i);
    p.genre = formats::genre_of(&p);
    p.kind = formats::kind_of(&p, letter_shaped);
    p
}

/// The body from line `start`, the closing (署名, date, 附注), attachments and 版记.
fn body_and_closing(p: &mut Parsed, lines: &[Line], start: usize) {
    let (colophon, end) = frame::colophon(lines);
    p.colophon = colophon;
    let mut body_end = end;
    let mut found = Vec::new();
    let mut late_note = None;
    if let Some((sign_start, signatures, date_at)) = frame::closing(lines, start, end) {
        body_end = sign_start;
        p.signatures = signatures;
        if p.kind == DocKind::Order {
            // One 职务 (and perhaps the name) per line, not split at its gaps.
            p.signatures = (sign_start..date_at)
                .filter_map(|k| text_raw(lines, k))
                .collect();
        }
        if p.kind == DocKind::Minutes {
            // A line under one ending 、 or ， continues a wrapped 出席 list: not a 署名.
            let wrapped = |k: usize| text(lines, k).is_some_and(|t| t.ends_with(['、', '，']));
            while body_end < date_at && body_end > start && wrapped(body_end - 1) {
                body_end += 1;
            }
            p.signatures = (body_end..date_at)
                .filter_map(|k| text_raw(lines, k))
                .flat_map(|t| gaps(&t))
                .collect();
        }
        p.date = text(lines, date_at);
        let mut j = date_at + 1;
        if let Some(note) = text(lines, j).filter(|t| parenthesised(t)) {
            let chars: Vec<char> = note.chars().collect();
            p.note = Some(chars[1..chars.len() - 1].iter().collect());
            j += 1;
        }
        let after = lines.get(j..end).unwrap_or_default();
        if let Some((taken, titles)) = note::find_at_start(after) {
            p.remarks.push(tr!("import-remark-note-after-date"));
            late_note = Some(titles);
            j += taken;
        }
        found = attachments(lines.get(j..end).unwrap_or_default());
    }
    // The 附件说明 ends the body, or the first document when a second one follows it. A
    // closing or 版记 found above the title block leaves no body (a garbled file).
    let mut body = lines.get(start..body_end).unwrap_or_default().to_vec();
    if p.kind == DocKind::Minutes
        && let Some((at, lists)) = attendance::lists_at_end(&body)
    {
        body.truncate(at);
        p.attendance = lists;
    }
    let listed = match note::find(&body) {
        Some((at, titles)) => {
            body.truncate(at);
            Some(titles)
        }
        None if late_note.is_some() => late_note,
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
    keep_typed_numbers(p);
}

/// The main body and each attachment keep their heading numbers as typed where gongwen's
/// numbering would print others; the report says where and why.
fn keep_typed_numbers(p: &mut Parsed) {
    let mut keep = |blocks: &mut Vec<crate::body::Block>, whose: Option<&str>| {
        if let Some(why) = typed_numbers::reason(blocks) {
            *blocks = typed_numbers::as_paragraphs(std::mem::take(blocks));
            p.remarks.push(match whose {
                None => tr!("import-remark-typed-numbers-body", why = why),
                Some(title) => tr!(
                    "import-remark-typed-numbers-attachment",
                    title = title,
                    why = why
                ),
            });
        }
    };
    keep(&mut p.body, None);
    for a in &mut p.attachments {
        keep(&mut a.body, Some(&a.title));
    }
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
                ..AttachmentParts::default()
            },
        ));
        i = end;
    }
    out
}
/// Line `k` as typed, trimmed, if it is text.
fn text_raw(lines: &[Line], k: usize) -> Option<String> {
    match lines.get(k) {
        Some(Line::Text(t)) if !t.trim().is_empty() => Some(t.trim().to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> Parsed {
        parse(text.lines().map(|l| Line::Text(l.into())).collect())
    }

    #[test]
    fn the_addressee_may_wrap_and_a_sentence_is_never_one() {
        let p =
            parsed("关于做好值班的通知\n各县人民政府，市政府各部门，\n各直属机构：\n现通知如下。");
        assert_eq!(
            p.addressee.as_deref(),
            Some("各县人民政府，市政府各部门，各直属机构：")
        );
        assert_eq!(p.body.len(), 1);
        let p = parsed("关于禁止燃放的通告\n各单位：\n现通告如下。");
        assert_eq!(p.addressee, None, "a 通告 has no 主送");
        let p = parsed("关于某事的通知\n根据有关规定，现就有关事项通知如下：\n一、总体要求");
        assert_eq!(p.addressee, None);
        let p =
            parsed("关于消防的通知\n近期我市发生多起火灾，\n为此，特提出以下要求：\n一、落实责任");
        assert_eq!(p.addressee, None);
        assert_eq!(p.body.len(), 3);
    }

    #[test]
    fn a_first_line_that_is_an_addressee_or_a_sentence_is_no_title() {
        let p = parsed("各乡镇人民政府，县直各单位：\n现将有关事项通知如下。");
        assert!(p.title.is_empty(), "{:?}", p.title);
        assert_eq!(p.addressee.as_deref(), Some("各乡镇人民政府，县直各单位："));
        let p = parsed("根据工作安排，现将有关事项通知如下：\n一、加强值班");
        assert!(p.title.is_empty(), "{:?}", p.title);
        assert_eq!(p.body.len(), 2);
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
