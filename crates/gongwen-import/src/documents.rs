//! A file holding more than one document: a 决议 and the 通知 that circulates it, in either
//! order. A new title block in the body starts the next document, which keeps its own
//! heading numbers as a forwarded document.

use crate::body::{Block, blocks, heading_of};
use crate::head::{title, under_title};
use crate::line::Line;
use crate::parts::{AttachmentParts, Parsed};
use crate::text::*;
use gongwen_i18n::tr;

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
        p.remarks.push(tr!(
            "import-remark-two-documents",
            circulated = &circulated.title,
            main = &titles[0]
        ));
        p.title = head.title;
        p.title_note = head.title_note;
        p.addressee = head.addressee;
        return (body, vec![circulated]);
    }
    let (count, titles) = (titles.len() + 1, titles.join("”，“"));
    p.remarks.push(if has_closing {
        tr!(
            "import-remark-documents-closing",
            count = count,
            titles = titles
        )
    } else {
        tr!("import-remark-documents", count = count, titles = titles)
    });
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

/// The line where a second document starts in `lines`, if one does.
pub(crate) fn first_start(lines: &[Line]) -> Option<usize> {
    find(lines, 1, lines.len()).map(|n| n.at)
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
            let opens = head.title_note.is_some()
                || head
                    .addressee
                    .as_deref()
                    .is_some_and(|a| addressed(&head.title, a));
            (body <= end && opens).then_some(Next {
                at: first,
                head,
                body,
            })
        })
    })
}

/// A title and the line under it read as a document to someone, not as a line of the
/// body introducing a list ("工作要点" / "主要内容如下："): the title says 关于 or is a
/// speech's, and the line under it names whom.
fn addressed(title: &[String], addressee: &str) -> bool {
    let title = title.concat();
    let speech = ["讲话", "致辞", "发言"].iter().any(|w| title.ends_with(w));
    (title.contains("关于") || speech) && !addressee.contains("如下") && !addressee.contains("以下")
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

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line> {
        text.lines().map(|l| Line::Text(l.into())).collect()
    }

    #[test]
    fn a_second_title_block_starts_a_document() {
        let l = lines("正文。\n关于印发决议的通知\n各单位：\n现印发。");
        let next = find(&l, 1, l.len()).map(|n| (n.at, n.body));
        assert_eq!(next, Some((1, 3)));
        let l = lines("正文。\n某某会议\n关于某事的决议\n（2023年1月1日通过）\n内容。");
        assert_eq!(find(&l, 1, l.len()).map(|n| n.at), Some(1));
    }

    #[test]
    fn a_line_introducing_a_list_is_not_a_document() {
        let l = lines("正文。\n2023年工作要点\n主要内容如下：\n一、学习。");
        assert!(find(&l, 1, l.len()).is_none());
        let l = lines("正文。\n工作计划\n各单位：\n内容。");
        assert!(find(&l, 1, l.len()).is_none());
    }
}
