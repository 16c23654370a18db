//! The special formats of GB/T 9704 §10: a 命令（令）'s or 纪要's mark and number, a 函's
//! letter-shaped head, a 纪要's 出席/请假/列席 lists, and the kind a document looks like.

use crate::body::heading_of;
use crate::line::Line;
use crate::parts::Parsed;
use crate::text::*;
use gongwen_model::{Attendance, DocKind};
use regex::Regex;
use std::sync::LazyLock;

static ORDER_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^第[0-9０-９一二三四五六七八九十百〇零]+号$").unwrap());
static ATTENDANCE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^((?:出席|请假|列席|缺席)(?:人员|单位|领导)?)[：:]").unwrap());

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

/// The text of line `i`, compacted.
fn text(lines: &[Line], i: usize) -> Option<String> {
    crate::head::text(lines, i)
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
        text(lines, j).filter(|t| mark_like(t) && heading_of(t).is_none() && !is_date(t))
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

/// The 出席/请假/列席 lists closing a 纪要's body: where they start in `body` and the
/// lists, each label's names with its wrapped lines joined. `None` unless the lines from a
/// label line to the end are all labelled lists or their wrapped lines.
pub(crate) fn attendance(body: &[Line]) -> Option<(usize, Vec<Attendance>)> {
    (0..body.len())
        .filter(|&k| labelled(&body[k]).is_some())
        .find_map(|k| lists(&body[k..]).map(|l| (k, l)))
}

/// A 出席/请假/列席 line: its label (without the colon) and the names after it, as typed.
fn labelled(line: &Line) -> Option<(String, String)> {
    let Line::Text(raw) = line else { return None };
    let label = ATTENDANCE.captures(&compact(raw))?[1].to_string();
    let (_, names) = raw.split_once(['：', ':'])?;
    Some((label, names.trim().to_string()))
}

/// `lines` as labelled lists to their end, or `None`.
fn lists(lines: &[Line]) -> Option<Vec<Attendance>> {
    let mut lists: Vec<Attendance> = Vec::new();
    for line in lines {
        if let Some((label, names)) = labelled(line) {
            lists.push(Attendance { label, names });
            continue;
        }
        let Line::Text(raw) = line else { return None };
        let t = compact(raw);
        if t.ends_with('。') || heading_of(&t).is_some() {
            return None;
        }
        let last = lists.last_mut()?;
        // Names set apart by spaces keep a space where the line wrapped.
        let spaced =
            !last.names.contains(['、', '，', ',', '；']) && last.names.contains([' ', '\u{3000}']);
        if spaced {
            last.names.push('\u{3000}');
        }
        last.names.push_str(raw.trim());
    }
    Some(lists)
}

/// The kind the title, header and masthead suggest; `letter_shaped` from [`letter_shaped`].
pub(crate) fn kind_of(p: &Parsed, letter_shaped: bool) -> DocKind {
    let title: String = p.title.concat();
    let header = p.header.as_ref();
    let suffix = header.map_or("", |h| h.suffix.as_str());
    let number = header.and_then(|h| h.doc_number.as_deref()).unwrap_or("");
    if p.masthead.is_some() {
        DocKind::News
    } else if suffix.ends_with('令') {
        DocKind::Order
    } else if suffix == "纪要" || title.ends_with("纪要") {
        DocKind::Minutes
    } else if title.ends_with("决议") {
        DocKind::Resolution
    } else if title.ends_with("函") || number.contains("函") || letter_shaped {
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
