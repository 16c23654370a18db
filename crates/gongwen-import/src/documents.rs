//! A file holding more than one document: a 决议 and the 通知 that circulates it, in either
//! order. A new title block in the body starts the next document, which keeps its own
//! heading numbers as a forwarded document.

use crate::body::{Block, blocks, heading_of};
use crate::head::{title, under_title};
use crate::line::Line;
use crate::parts::{AttachmentParts, Parsed};
use crate::text::*;

/// A document starting inside the body: its title, 题注 and 主送, and where its body starts.
struct Next {
    /// Its first title line.
    at: usize,
    /// Title, 题注 and 主送 as recognised.
    head: Parsed,
    /// The line its body starts at.
    body: usize,
}

/// The body `lines[start..end]` of `p`, split into documents: the first stays the main
/// body, each further one becomes a forwarded document (returned in order). When the
/// first has no 主送 and the only other one has a 主送 and the closing is theirs (a 决议
/// followed by the 通知 that circulates it), that one is the main document and the first
/// is forwarded.
pub(crate) fn split(
    p: &mut Parsed,
    lines: &[Line],
    start: usize,
    end: usize,
) -> (Vec<Block>, Vec<AttachmentParts>) {
    let mut docs: Vec<Next> = Vec::new();
    while let Some(next) = find(lines, docs.last().map_or(start, |d| d.body) + 1, end) {
        docs.push(next);
    }
    let Some(first) = docs.first() else {
        return (blocks(&lines[start..end]), Vec::new());
    };
    let main = blocks(&lines[start..first.at]);
    let has_closing = !p.signatures.is_empty() || p.date.is_some();
    let carrier = docs.len() == 1 && p.addressee.is_none() && first.head.addressee.is_some();
    let ends: Vec<usize> = docs.iter().skip(1).map(|d| d.at).chain([end]).collect();
    let mut parts: Vec<(Parsed, Vec<Block>)> = docs
        .into_iter()
        .zip(ends)
        .map(|(d, e)| (d.head, blocks(&lines[d.body..e])))
        .collect();
    let titles: Vec<String> = parts.iter().map(|(h, _)| h.title.concat()).collect();
    for (head, _) in &mut parts {
        p.remarks.append(&mut head.remarks);
    }
    if carrier && has_closing {
        let (head, body) = parts.remove(0);
        let circulated = AttachmentParts {
            title: p.title.concat(),
            forwarded: true,
            body: preamble(p.title_note.take(), None, main),
            ..AttachmentParts::default()
        };
        p.remarks.push(format!(
            "the file holds two documents: “{}” and after it “{}”, which has the 主送 and the closing; “{}” is imported as the main document and “{}” as the document it circulates (forwarded, after it, with its own heading numbers)",
            circulated.title, titles[0], titles[0], circulated.title
        ));
        p.title = head.title;
        p.title_note = head.title_note;
        p.addressee = head.addressee;
        return (body, vec![circulated]);
    }
    p.remarks.push(format!(
        "the file holds {} documents; each after the first (“{}”) is imported as a forwarded document with its own title and heading numbers{}",
        titles.len() + 1,
        titles.join("”, “"),
        if has_closing {
            "; the 署名 and date at the end print under the first document"
        } else {
            ""
        }
    ));
    let forwarded = parts
        .into_iter()
        .map(|(head, body)| AttachmentParts {
            title: head.title.concat(),
            forwarded: true,
            body: preamble(head.title_note, head.addressee, body),
            ..AttachmentParts::default()
        })
        .collect();
    (main, forwarded)
}

/// The next document starting in `lines[from..end]`: a title (one to three lines, the
/// last ending like a title, none a sentence, a heading or a date) after text, followed
/// by a 题注 "（……通过）" or a 主送 "……：".
fn find(lines: &[Line], from: usize, end: usize) -> Option<Next> {
    (from..end).find_map(|last| {
        let t = titled(lines, last)?;
        if !ends_with_kind_word(&t) {
            return None;
        }
        (last.saturating_sub(2).max(from)..=last).find_map(|first| {
            let run =
                (first..last).all(|j| titled(lines, j).is_some_and(|t| !ends_with_kind_word(&t)));
            let mut head = Parsed::default();
            if !run || title(&mut head, lines, first) != last + 1 {
                return None;
            }
            let body = under_title(&mut head, lines, last + 1);
            let opens = head.title_note.is_some() || head.addressee.is_some();
            (body <= end && opens).then_some(Next {
                at: first,
                head,
                body,
            })
        })
    })
}

/// The compacted text of line `i` if it could be a line of a title.
fn titled(lines: &[Line], i: usize) -> Option<String> {
    let Some(Line::Text(raw)) = lines.get(i) else {
        return None;
    };
    let t = compact(raw);
    let plain = !has_sentence_marks(&t) && !t.contains(['：', ':']) && !parenthesised(&t);
    (plain && width(&t) <= 50 && heading_of(&t).is_none() && !is_date(&t)).then_some(t)
}

/// `body` after the 题注 and 主送 written as paragraphs.
fn preamble(note: Option<String>, addressee: Option<String>, body: Vec<Block>) -> Vec<Block> {
    let note = note.map(Block::Paragraph);
    note.into_iter()
        .chain(addressee.map(Block::Paragraph))
        .chain(body)
        .collect()
}
