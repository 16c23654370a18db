//! The special formats of GB/T 9704 §10: a 命令（令）'s or 纪要's mark and number, a 函's
//! letter-shaped head, a 纪要's 出席/请假/列席 lists, and the kind a document looks like.

use crate::body::heading_of;
use crate::line::Line;
use crate::line::text_at as text;
use crate::parts::Parsed;
use crate::text::*;
use gongwen_model::{DocKind, Genre};
use regex::Regex;
use std::sync::LazyLock;

static ORDER_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^第[0-9０-９一二三四五六七八九十百〇零]+号$").unwrap());

/// A 令 or 纪要 mark read at the top: the agencies, the suffix as typed, the 令号 or 期号.
pub(crate) struct Mark {
    /// The names before the suffix.
    pub agencies: Vec<String>,
    /// 令, 命令 or 纪要.
    pub suffix: &'static str,
    /// 令号 ("第12号") or 期号 ("第5期").
    pub number: Option<String>,
    /// Lines taken.
    pub lines: usize,
}

/// A short line that may be a name or a title: no sentence marks, not "关于…".
fn mark_like(t: &str) -> bool {
    width(t) <= 40 && !has_sentence_marks(t) && !t.starts_with("关于") && !t.contains('：')
}

/// A mark at line `i`: "XX令" over a 令号 ("第12号"), or "XX纪要" (not "关于…的纪要"),
/// with a 期号 under it if there is one. `issue` tells a 期号 line.
pub(crate) fn mark(lines: &[Line], i: usize, issue: &Regex) -> Option<Mark> {
    let t = text(lines, i).filter(|t| mark_like(t))?;
    let next = text(lines, i + 1);
    let stem = |suffix: &str| {
        let Some(Line::Text(raw)) = lines.get(i) else {
            return Vec::new();
        };
        gaps(raw.trim_end().strip_suffix(suffix).unwrap_or(raw))
    };
    for suffix in ["命令", "令"] {
        if t.ends_with(suffix)
            && width(&t) > width(suffix)
            && let Some(n) = next.as_ref().filter(|n| ORDER_NUMBER.is_match(n))
        {
            return Some(Mark {
                agencies: stem(suffix),
                suffix,
                number: Some(n.clone()),
                lines: 2,
            });
        }
    }
    if t.ends_with("纪要") && width(&t) > 2 {
        let number = next.filter(|n| issue.is_match(n));
        return Some(Mark {
            agencies: stem("纪要"),
            suffix: "纪要",
            lines: 1 + usize::from(number.is_some()),
            number,
        });
    }
    None
}

/// Whether a title starts at line `i` of a 令 or 纪要 (whose mark may stand alone over the
/// body): a short unpunctuated line ending like a title, or two such lines.
pub(crate) fn title_follows(lines: &[Line], i: usize) -> bool {
    let titled = |j: usize| {
        text(lines, j).filter(|t| {
            width(t) <= 40
                && !has_sentence_marks(t)
                && !t.contains('：')
                && heading_of(t).is_none()
                && !is_date(t)
        })
    };
    match (titled(i), titled(i + 1)) {
        (Some(t), _) if ends_with_kind_word(&t) => true,
        (Some(_), Some(n)) => ends_with_kind_word(&n),
        _ => false,
    }
}

/// The editing unit and date some 纪要 carry under the 期号 ("XX办公室　2023年5月8日"):
/// (unit, date) and whether a line was taken.
pub(crate) fn minutes_dateline(lines: &[Line], i: usize) -> Option<(String, String)> {
    let t = text(lines, i).filter(|t| !has_sentence_marks(t) && width(t) <= 60)?;
    let (unit, date) = split_trailing_date(&t)?;
    Some((unit.to_string(), date.to_string()))
}

/// The lines of the head are letter-shaped (§10.1): the agency's name comes before the
/// 份号, 密级 or 紧急程度, or one of those shares its line with the 发文字号.
pub(crate) fn letter_shaped(head: &[Line], is_number: impl Fn(&str) -> bool) -> bool {
    let left = |t: &str| is_left_element(t);
    let mut named = false;
    for line in head {
        let Line::Text(raw) = line else { continue };
        let t = compact(raw);
        let parts = gaps(raw);
        let shared = parts.len() >= 2
            && parts.last().is_some_and(|p| is_number(p))
            && parts[..parts.len() - 1].iter().all(|p| left(p));
        if shared || (named && left(&t)) {
            return true;
        }
        named |= !left(&t) && !is_number(&t) && !t.starts_with("签发人");
    }
    false
}

/// 份号, 密级 or 紧急程度: what stands at the left of a letter's head.
pub(crate) fn is_left_element(t: &str) -> bool {
    (t.len() == 6 && t.chars().all(|c| c.is_ascii_digit()))
        || (["绝密", "机密", "秘密"].iter().any(|s| t.starts_with(s)) && width(t) <= 12)
        || ["特急", "加急", "平急"].contains(&t)
}

/// The 文种 the mark or the title names: a 令 or 纪要 mark first, then the title's last word.
pub(crate) fn genre_of(p: &Parsed) -> Option<Genre> {
    let suffix = p.header.as_ref().map_or("", |h| h.suffix.as_str());
    if p.masthead.is_some() {
        None
    } else if suffix.ends_with('令') {
        Some(Genre::Order)
    } else if suffix == "纪要" {
        Some(Genre::Minutes)
    } else {
        Genre::of_title(&p.title.concat())
    }
}

/// The layout format for what was found; `letter_shaped` from [`letter_shaped`]. A §10
/// format needs the agency's name it prints; without one the document keeps the 文件格式
/// whatever its 文种 (a 函 published without its 版头 is still a 函).
pub(crate) fn kind_of(p: &Parsed, letter_shaped: bool) -> DocKind {
    let title: String = p.title.concat();
    let header = p.header.as_ref();
    let named = header.is_some_and(|h| !h.agencies.is_empty());
    let suffix = header.map_or("", |h| h.suffix.as_str());
    let letter_number = header
        .and_then(|h| h.doc_number.as_deref())
        .is_some_and(|n| n.contains('函'));
    let genre = p.genre;
    if p.masthead.is_some() {
        DocKind::News
    } else if named && suffix.ends_with('令') {
        DocKind::Order
    } else if named && suffix == "纪要" {
        DocKind::Minutes
    } else if named
        && (letter_shaped || (suffix.is_empty() && (genre == Some(Genre::Letter) || letter_number)))
    {
        DocKind::Letter
    } else if genre == Some(Genre::Resolution) {
        DocKind::Resolution
    } else if genre.is_none()
        && (title.contains("讲话") || p.addressee.as_deref().is_some_and(|a| a.contains("同志们")))
    {
        DocKind::Speech
    } else if genre == Some(Genre::Report) || (header.is_none() && genre.is_none()) {
        DocKind::Report
    } else {
        DocKind::Circular
    }
}

#[cfg(test)]
mod tests {
    use crate::line::Line;
    use crate::parse::{Parsed, parse};
    use gongwen_model::{DocKind, Genre};

    fn parsed(text: &str) -> Parsed {
        parse(text.lines().map(|l| Line::Text(l.into())).collect())
    }

    #[test]
    fn a_letter_shaped_head_makes_a_letter_whatever_its_title() {
        let p = parsed(
            "云川市总工会\n000012　　　　云工发〔2023〕31号\n秘密★1年\n关于开展试点的通知\n各县总工会：\n现通知如下。",
        );
        assert_eq!(p.kind, DocKind::Letter);
        let h = p.header.unwrap();
        assert_eq!(
            (h.agencies.as_slice(), h.suffix.as_str()),
            (&["云川市总工会".to_string()][..], "")
        );
        assert_eq!(h.copy_number.as_deref(), Some("000012"));
        assert_eq!(h.secrecy.as_deref(), Some("秘密★1年"));
        assert_eq!(h.doc_number.as_deref(), Some("云工发〔2023〕31号"));
        assert_eq!(p.title, ["关于开展试点的通知"]);
        // The agency after the 份号 is the 文件格式's order: not a letter.
        let p = parsed("000012\n云川市总工会\n云工发〔2023〕31号\n关于开展试点的通知\n正文。");
        assert_eq!(p.kind, DocKind::Circular);
    }

    #[test]
    fn an_order_has_its_mark_number_and_duties() {
        let p = parsed(
            "云川市人民政府令\n第12号\n《办法》已经市人民政府常务会议通过，现予公布。\n市长　李明\n副市长　王强\n2023年5月4日",
        );
        assert_eq!(p.kind, DocKind::Order);
        let h = p.header.unwrap();
        assert_eq!(h.agencies, ["云川市人民政府"]);
        assert_eq!(
            (h.suffix.as_str(), h.doc_number.as_deref()),
            ("令", Some("第12号"))
        );
        assert!(p.title.is_empty(), "{:?}", p.title);
        assert_eq!(p.signatures, ["市长　李明", "副市长　王强"]);
        assert_eq!(p.body.len(), 1);
    }

    #[test]
    fn minutes_with_and_without_an_issue_line() {
        let p = parsed(
            "云川市总工会主席办公会议纪要\n第5期\n关于职工书屋建设的会议纪要\n会议研究了三件事。\n出席：张明、\n李华\n列席：办公室",
        );
        assert_eq!(p.kind, DocKind::Minutes);
        let h = p.header.unwrap();
        assert_eq!(h.agencies, ["云川市总工会主席办公会议"]);
        assert_eq!(
            (h.suffix.as_str(), h.doc_number.as_deref()),
            ("纪要", Some("第5期"))
        );
        assert_eq!(p.title, ["关于职工书屋建设的会议纪要"]);
        assert_eq!(p.body.len(), 1);
        let labels: Vec<_> = p
            .attendance
            .iter()
            .map(|a| (a.label.as_str(), a.names.as_str()))
            .collect();
        assert_eq!(labels, [("出席", "张明、李华"), ("列席", "办公室")]);
        // Under a mark, a line ending 纪要 is the title, not a second mark.
        let p = parsed("职工代表大会纪要\n第一次会议纪要\n会议研究了三件事。");
        assert_eq!(p.header.unwrap().agencies, ["职工代表大会"]);
        assert_eq!(p.title, ["第一次会议纪要"]);
        // "关于…纪要" is a title, not a mark: a 纪要 without the 纪要标志 the 纪要格式
        // prints keeps the 文件格式, its lists in the body as typed.
        let p = parsed("关于职工书屋建设的会议纪要\n会议研究了三件事。\n出席：张明");
        assert_eq!((p.genre, p.kind), (Some(Genre::Minutes), DocKind::Circular));
        assert!(p.header.is_none());
        assert!(p.attendance.is_empty());
        assert_eq!(p.body.len(), 2);
    }

    #[test]
    fn a_wrapped_list_above_the_closing_is_not_a_signature() {
        let p = parsed(
            "职工代表大会纪要\n会议研究了三件事。\n列席：办公室、\n组织部\n云川市总工会办公室\n2023年6月8日",
        );
        assert_eq!(p.signatures, ["云川市总工会办公室"]);
        assert_eq!(p.attendance.len(), 1);
        assert_eq!(p.attendance[0].names, "办公室、组织部");
    }

    #[test]
    fn lists_in_other_documents_stay_in_the_body() {
        let p = parsed("关于召开会议的通知\n各单位：\n定于下周开会。\n出席：各单位负责人");
        assert_eq!(p.kind, DocKind::Circular);
        assert!(p.attendance.is_empty());
        assert_eq!(p.body.len(), 2);
    }
}
