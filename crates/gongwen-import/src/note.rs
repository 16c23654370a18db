//! 附件说明: "附件：1.…" and the numbered lines under it, read into the attachments' titles
//! and merged with the attachments found after the closing, so that it prints once.

use crate::line::Line;
use crate::parts::AttachmentParts;
use crate::text::{compact, has_sentence_marks, width};
use gongwen_i18n::tr;

/// The 附件说明 at the end of `lines`: the line it starts at and the titles it lists, in
/// order. `None` when there is no line starting "附件：" or the lines from the last one on
/// are not a list of titles.
pub(crate) fn find(lines: &[Line]) -> Option<(usize, Vec<String>)> {
    let at = lines.iter().rposition(|l| {
        matches!(l, Line::Text(t) if {
            let t = compact(t);
            t.starts_with("附件：") || t.starts_with("附件:")
        })
    })?;
    let mut segments = Vec::new();
    for line in &lines[at..] {
        let Line::Text(raw) = line else {
            return None;
        };
        segments.push(raw.trim());
    }
    let first = segments.first_mut()?;
    *first = first
        .trim_start_matches("附件")
        .trim_start()
        .trim_start_matches(['：', ':']);
    let titles = items(&segments)?;
    Some((at, titles))
}

/// A 附件说明 that opens `lines` (typed after the date, over the attachments): how many
/// lines it takes and the titles it lists. It is its first line and the lines under it that
/// start with the next item number; a wrapped title is not taken (the attachment's own
/// title may follow it).
pub(crate) fn find_at_start(lines: &[Line]) -> Option<(usize, Vec<String>)> {
    fn text(l: &Line) -> Option<&str> {
        match l {
            Line::Text(t) => Some(t.trim()),
            Line::Table(_) => None,
        }
    }
    let first = text(lines.first()?)?;
    let first = first
        .strip_prefix("附件")?
        .trim_start()
        .strip_prefix(['：', ':'])?;
    let mut segments = vec![first];
    let mut titles = items(&segments)?;
    while let Some(next) = lines.get(segments.len()).and_then(text) {
        if numbered_item(next, titles.len() + 1).is_none() {
            break;
        }
        segments.push(next);
        titles = items(&segments)?;
    }
    Some((segments.len(), titles))
}

/// The titles in the note's text, one segment per line: numbered "1." "2、" in order, or
/// one title without a number. A line that does not start with the next number continues
/// the title before it. `None` unless every title is short and unpunctuated.
fn items(segments: &[&str]) -> Option<Vec<String>> {
    let mut titles: Vec<String> = Vec::new();
    let mut numbered = false;
    for segment in segments {
        let mut rest = segment.trim();
        if rest.is_empty() {
            continue;
        }
        let starts_item = numbered_item(rest, titles.len() + 1).is_some();
        if !starts_item || (!numbered && !titles.is_empty()) {
            // One title without a number, or a title wrapped onto this line.
            match titles.last_mut() {
                Some(last) => last.push_str(&compact(rest)),
                None => titles.push(compact(rest)),
            }
            continue;
        }
        while let Some(after) = numbered_item(rest, titles.len() + 1) {
            numbered = true;
            let end = item_end(after, titles.len() + 2);
            titles.push(compact(&after[..end]));
            rest = &after[end..];
        }
    }
    let titles: Vec<String> = titles
        .into_iter()
        .map(|t| t.trim_end_matches(['；', ';']).to_string())
        .collect();
    let fits = |t: &String| !t.is_empty() && width(t) <= 80 && !has_sentence_marks(t);
    (!titles.is_empty() && titles.iter().all(fits) && (numbered || titles.len() == 1))
        .then_some(titles)
}

/// The text after item number `n` ("2." "2．" "2、") at the start of `text`.
fn numbered_item(text: &str, n: usize) -> Option<&str> {
    let digits = n.to_string();
    let after = text.trim_start().strip_prefix(digits.as_str())?;
    Some(after.strip_prefix(['.', '．', '、'])?.trim_start())
}

/// Where the item in `text` ends: before white space followed by item number `next`.
fn item_end(text: &str, next: usize) -> usize {
    let mut at = 0;
    while let Some(gap) = text[at..].find(char::is_whitespace) {
        let start = at + gap;
        let after = text[start..].trim_start();
        if numbered_item(after, next).is_some() {
            return start;
        }
        at = start + text[start..].chars().next().map_or(1, char::len_utf8);
    }
    text.len()
}

/// The attachments the note lists, merged with those found after the closing: a found
/// attachment takes the place of the item with its number ("附件2"), its title, or the
/// only item; an item with no body found is an attachment sent separately (listed, no
/// pages). Found attachments that match no item follow. Titles that differ are remarked.
pub(crate) fn merge(
    listed: &[String],
    found: Vec<(Option<usize>, AttachmentParts)>,
    remarks: &mut Vec<String>,
) -> Vec<AttachmentParts> {
    let mut slots: Vec<Option<AttachmentParts>> = vec![None; listed.len()];
    let mut rest = Vec::new();
    for (number, a) in found {
        let free =
            |k: usize, slots: &[Option<AttachmentParts>]| k < slots.len() && slots[k].is_none();
        let by_number = number
            .filter(|_| !a.forwarded)
            .map(|n| n.max(1) - 1)
            .filter(|&k| free(k, &slots));
        let by_title =
            || (0..listed.len()).find(|&k| free(k, &slots) && names(&listed[k], &a.title));
        let only = || (!a.forwarded && listed.len() == 1 && free(0, &slots)).then_some(0);
        match by_number.or_else(by_title).or_else(only) {
            Some(k) => {
                let listed_as = (listed[k] != a.title).then(|| listed[k].clone());
                let kept = listed_as.as_deref().is_some_and(attribute_safe);
                if !kept && !same(&listed[k], &a.title) {
                    remarks.push(tr!(
                        "import-remark-note-title",
                        number = k + 1,
                        listed = &listed[k],
                        title = &a.title
                    ));
                }
                slots[k] = Some(AttachmentParts {
                    forwarded: false,
                    separate: false,
                    listed_as: listed_as.filter(|_| kept),
                    ..a
                });
            }
            None => rest.push(a),
        }
    }
    let separate = slots.iter().filter(|s| s.is_none()).count();
    if separate > 0 {
        remarks.push(tr!(
            "import-remark-note-separate",
            count = listed.len(),
            separate = separate
        ));
    }
    let mut out: Vec<AttachmentParts> = slots
        .into_iter()
        .zip(listed)
        .map(|(slot, title)| {
            slot.unwrap_or_else(|| AttachmentParts {
                title: title.clone(),
                separate: true,
                ..AttachmentParts::default()
            })
        })
        .collect();
    out.extend(rest);
    out
}

/// Words a template can carry as `listed=…` on an attachment's heading: no ASCII white
/// space (it ends the value) and no braces (they end the attributes, or open Tera).
pub(crate) fn attribute_safe(words: &str) -> bool {
    !words.is_empty() && !words.contains(|c: char| c.is_ascii_whitespace() || c == '{' || c == '}')
}

/// The 附件说明's item names the attachment titled `title`: the same words, or those
/// words and a remark in brackets ("名单（共3项）", "名单（略）").
fn names(listed: &str, title: &str) -> bool {
    if same(listed, title) {
        return true;
    }
    let stem = listed.trim_end();
    let Some(open) = stem
        .ends_with(['）', ')'])
        .then(|| stem.rfind(['（', '(']))
        .flatten()
    else {
        return false;
    };
    open > 0 && same(&stem[..open], title)
}

/// The same title once white space, quotes and 《》 are ignored.
fn same(a: &str, b: &str) -> bool {
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace() && !"《》“”\"".contains(*c))
            .collect()
    };
    norm(a) == norm(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(text: &str) -> Option<Vec<String>> {
        let lines: Vec<Line> = text.lines().map(|l| Line::Text(l.into())).collect();
        find(&lines).map(|(_, t)| t)
    }

    #[test]
    fn a_note_after_the_date_and_an_item_with_a_remark() {
        let lines: Vec<Line> = "附件：1.名单（共3项）\n2.推荐表\n名单\n1.桐溪县"
            .lines()
            .map(|l| Line::Text(l.into()))
            .collect();
        let (taken, titles) = find_at_start(&lines).unwrap();
        assert_eq!(
            (taken, titles.as_slice()),
            (2, &["名单（共3项）".to_string(), "推荐表".into()][..])
        );
        assert!(names("名单（共3项）", "名单"));
        assert!(names("《名单》", "名单"));
        assert!(!names("（共3项）", ""));
        assert!(!names("名单（共3项）", "推荐表"));
    }

    #[test]
    fn items_on_one_line_or_several() {
        let two = ["学员名额分配表", "学员推荐表"];
        assert_eq!(note("附件：1.学员名额分配表 2.学员推荐表").unwrap(), two);
        assert_eq!(
            note("附件：1.学员名额分配表\n　　　2.学员推荐表").unwrap(),
            two
        );
        assert_eq!(
            note("附件：1.2023年度困难职工帮扶资金分配表\n　　　2.困难职工就业援助情况统计表")
                .unwrap(),
            [
                "2023年度困难职工帮扶资金分配表",
                "困难职工就业援助情况统计表"
            ]
        );
        assert_eq!(note("附件：学员名额分配表").unwrap(), ["学员名额分配表"]);
        assert_eq!(
            note("附件：1.关于做好职工疗休养\n　　　工作的实施方案\n　　　2.推荐表").unwrap(),
            ["关于做好职工疗休养工作的实施方案", "推荐表"]
        );
    }

    #[test]
    fn a_sentence_is_not_a_note() {
        assert_eq!(note("附件：请各单位按时报送，逾期不候。"), None);
        assert_eq!(note("正文。"), None);
        assert_eq!(note("附件：1.名额表\n各单位要认真组织。"), None);
    }

    #[test]
    fn found_bodies_fill_their_items() {
        let listed = ["名额分配表".to_string(), "推荐表".to_string()];
        let body = AttachmentParts {
            title: "学员推荐表".into(),
            ..AttachmentParts::default()
        };
        let mut remarks = Vec::new();
        let out = merge(&listed, vec![(Some(2), body)], &mut remarks);
        assert_eq!(out.len(), 2);
        assert!(out[0].separate && !out[1].separate);
        assert_eq!(out[1].title, "学员推荐表");
        // The note keeps its own words for it: both print as typed, nothing to remark.
        assert_eq!(out[1].listed_as.as_deref(), Some("推荐表"));
        assert_eq!(remarks.len(), 1, "{remarks:?}");
    }
}
