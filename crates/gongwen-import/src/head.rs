//! The title block: the title over one or more lines, then 题注, byline and 主送 — at the
//! top of a document, or where a second document starts in the same file.

use crate::body::heading_of;
use crate::line::Line;
use crate::parts::Parsed;
use crate::text::*;
use gongwen_i18n::tr;
use gongwen_model::Header;

pub(crate) use crate::line::text_at as text;

/// The title from line `i`: one line, or more while the line so far does not end like a
/// title and the next does. Returns the line after it.
pub(crate) fn title(p: &mut Parsed, lines: &[Line], i: usize) -> usize {
    let news = p.masthead.is_some();
    let Some(first) = text(lines, i).filter(|t| title_like(t, news)) else {
        // A document that opens with a sentence has no title: nothing is made one.
        return i;
    };
    p.title.push(first);
    if ends_with_kind_word(&p.title[0]) {
        return i + 1;
    }
    // Up to two more lines, the last ending like a title ("……的批复").
    let fits = |t: &String| width(t) <= 40 && !has_sentence_marks(t) && heading_of(t).is_none();
    let more: Vec<String> = (i + 1..i + 3)
        .map_while(|k| text(lines, k).filter(|t| fits(t) && !is_date(t)))
        .collect();
    if let Some(last) = more.iter().position(|t| ends_with_kind_word(t)) {
        p.title.extend(more.into_iter().take(last + 1));
    }
    i + p.title.len()
}

/// A line that may be a title: no full stop, no colon at its end (a 主送, or a sentence
/// leading into the body), and no comma unless it ends like a title (a 简报's headline may
/// have one).
fn title_like(t: &str, news: bool) -> bool {
    let marks = has_sentence_marks(t);
    !t.contains('。')
        && !t.ends_with(['：', ':'])
        && width(t) <= if marks { 60 } else { 100 }
        && (!marks || news || ends_with_kind_word(t))
}

/// What may stand between the title and the body: 题注, byline, 主送. Returns the line
/// the body starts at.
pub(crate) fn under_title(p: &mut Parsed, lines: &[Line], mut i: usize) -> usize {
    let numbered = p.header.as_ref().is_some_and(|h| h.doc_number.is_some());
    if let Some(next) = text(lines, i).filter(|t| !numbered && crate::frame::is_doc_number(t)) {
        // A web page shows the 发文字号 under the title; the document has it in its 版头.
        p.header.get_or_insert_with(Header::default).doc_number = Some(next.clone());
        p.remarks
            .push(tr!("import-remark-number-under-title", number = &next));
        i += 1;
    }
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
    // A 主送 wrapped over two lines: the first ends with the comma between two names.
    let wrapped = text(lines, i)
        .filter(|t| t.ends_with(['，', '、', ',']) && width(t) <= 60)
        .zip(text(lines, i + 1))
        .map(|(first, second)| (first + &second, 2))
        .filter(|(t, _)| names_only(t));
    if let Some((next, taken)) = text(lines, i)
        .map(|t| (t, 1))
        .filter(|(t, _)| is_addressee(t))
        .or(wrapped.filter(|(t, _)| is_addressee(t)))
        .filter(|_| !public(p))
    {
        p.addressee = Some(next);
        i += taken;
    }
    if let (Some(title), Some(next)) = (p.title.first(), text(lines, i))
        && same_text(title, &next)
    {
        p.remarks
            .push(tr!("import-remark-title-repeated", line = next));
    }
    i
}
/// A 主送 line: names ending in a colon, not a sentence that leads into the body ("根据
/// ……，现就有关事项通告如下：").
fn is_addressee(t: &str) -> bool {
    let leads_in = ["如下", "《", "根据", "为了", "为进一步", "经研究"]
        .iter()
        .any(|w| t.contains(w));
    t.ends_with(['：', ':']) && width(t) <= 80 && !t.contains('。') && !leads_in
}

/// Every part of a 主送 between its commas names a body: "各县（市、区）人民政府",
/// "市政府各部门", "各直属机构" — not "近期我市发生多起火灾".
fn names_only(t: &str) -> bool {
    const ENDS: &[&str] = &[
        "政府", "部门", "机构", "单位", "机关", "委", "局", "厅", "办", "会", "院", "处", "室",
        "所", "部", "团", "组", "党委", "党组", "街道", "社区", "乡镇", "公司", "企业", "学校",
        "同志", "各位",
    ];
    t.trim_end_matches(['：', ':'])
        .split(['，', ','])
        .all(|part| width(part) <= 24 && ENDS.iter().any(|e| part.ends_with(e)))
}

/// A 公告, 通告 or 公报 is addressed to the public: it has no 主送.
fn public(p: &Parsed) -> bool {
    use gongwen_model::Genre;
    matches!(
        Genre::of_title(&p.title.concat()),
        Some(Genre::Announcement | Genre::PublicNotice | Genre::Communique)
    )
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
