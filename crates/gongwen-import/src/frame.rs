//! The frame around the body: 版头 or 刊头 before the title, 署名 and 日期 after the body
//! (the 版记 is read in [`crate::colophon`]).

use crate::formats;
use crate::line::Line;
use crate::text::*;
use gongwen_model::{Header, Masthead};

pub use crate::colophon::{colophon, colophon_is_empty};
use regex::Regex;
use std::sync::LazyLock;

static DOC_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\S{1,24}?[〔\[［【(（]\d{4}[〕\]］】)）]\d{1,4}号)(.*)$").unwrap()
});
static ISSUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[（(]?(\d{4}年)?第[0-9一二三四五六七八九十〇零百]+期([（(]总第\d+期[）)])?[）)]?$",
    )
    .unwrap()
});
static SIGNERS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"签发人[:：]\s*(.+)$").unwrap());

/// The 版头 or 刊头 lines at the top of `lines` (compacted text), and how many lines they took.
pub fn header(lines: &[Line]) -> (Option<Header>, Option<Masthead>, usize) {
    let text = |i: usize| match lines.get(i) {
        Some(Line::Text(t)) => Some(t.as_str()),
        _ => None,
    };
    let mut h = Header::default();
    let mut masthead = None;
    let mut i = 0;
    let mut found = false;
    while let Some(raw) = text(i) {
        let t = compact(raw);
        if left_element(&mut h, &t) {
        } else if let Some(parts) = beside_number(raw) {
            // A letter's head: 份号 (or 密级, 紧急程度) at the left, 发文字号 at the right.
            let (number, left) = parts.split_last().unwrap_or((&t, &[]));
            for part in left {
                left_element(&mut h, part);
            }
            h.doc_number = Some(number.clone());
        } else if let Some(mark) = formats::mark(lines, i, &ISSUE).filter(|_| h.agencies.is_empty())
        {
            h.agencies = mark.agencies;
            h.suffix = mark.suffix.into();
            h.doc_number = mark.number;
            i += mark.lines;
            found = true;
            continue;
        } else if let Some(m) = DOC_NUMBER
            .captures(&t)
            .filter(|m| h.doc_number.is_none() && number_alone(&m[2]))
        {
            h.doc_number = Some(m[1].to_string());
            if let Some(s) = SIGNERS.captures(raw) {
                h.signers = gaps(&s[1]);
            }
        } else if t.starts_with("签发人") {
            h.signers = SIGNERS
                .captures(raw)
                .map(|s| gaps(&s[1]))
                .unwrap_or_default();
        } else if let Some((m, taken)) = masthead_at(lines, i).filter(|_| masthead.is_none()) {
            masthead = Some(m);
            i += taken;
            continue;
        } else if let Some(n) = agency_lines(lines, i).filter(|_| h.doc_number.is_none()) {
            for line in &lines[i..i + n] {
                if let Line::Text(raw) = line {
                    let raw = raw.trim_end();
                    let raw = match raw.strip_suffix("文件") {
                        Some(r) => {
                            h.suffix = "文件".into();
                            r
                        }
                        None => raw,
                    };
                    h.agencies.extend(gaps(raw));
                }
            }
            i += n;
            found = true;
            continue;
        } else {
            break;
        }
        found = true;
        i += 1;
    }
    let header = (found && (h.doc_number.is_some() || !h.agencies.is_empty())).then_some(h);
    let taken = if found || masthead.is_some() { i } else { 0 };
    (header, masthead, taken)
}

/// What follows a 发文字号 on its line leaves it a 版头 line: nothing, or the 签发人. A
/// number that runs on into a sentence ("某府〔2015〕51号文收悉") is body text.
fn number_alone(rest: &str) -> bool {
    let rest = rest.trim();
    rest.is_empty() || rest.starts_with("签发人")
}

/// A 简报's 报头 at line `i`: its name over a 期号, perhaps the editing unit and date
/// under them; and the lines it takes.
fn masthead_at(lines: &[Line], i: usize) -> Option<(Masthead, usize)> {
    let text = |k: usize| crate::line::text_at(lines, k);
    let issue = text(i + 1).filter(|n| ISSUE.is_match(n))?;
    let mut m = Masthead {
        name: text(i)?,
        issue: Some(issue),
        ..Masthead::default()
    };
    let mut taken = 2;
    if let Some(next) = text(i + 2)
        && let Some((editor, date)) = split_trailing_date(&next)
    {
        m.editor = (!editor.is_empty()).then(|| editor.to_string());
        m.date = Some(date.to_string());
        taken += 1;
    }
    Some((m, taken))
}

/// Sets the 份号, 密级 or 紧急程度 that `t` is, if it is one.
fn left_element(h: &mut Header, t: &str) -> bool {
    let field = if t.len() == 6 && t.chars().all(|c| c.is_ascii_digit()) {
        &mut h.copy_number
    } else if ["特急", "加急", "平急"].contains(&t) {
        &mut h.urgency
    } else if formats::is_left_element(t) {
        &mut h.secrecy
    } else {
        return false;
    };
    *field = Some(t.to_string());
    true
}

/// The parts of a line holding 份号, 密级 or 紧急程度 and then the 发文字号 (a letter's head).
fn beside_number(raw: &str) -> Option<Vec<String>> {
    let parts = gaps(raw);
    let (number, left) = parts.split_last()?;
    (!left.is_empty() && is_doc_number(number) && left.iter().all(|p| formats::is_left_element(p)))
        .then_some(parts)
}

/// The text is a 发文字号 ("X函〔2023〕12号"), perhaps followed by more.
pub(crate) fn is_doc_number(t: &str) -> bool {
    DOC_NUMBER.captures(t).is_some_and(|m| number_alone(&m[2]))
}

/// How many lines from `i` name the 发文机关: the short lines before a 发文字号
/// within four lines, or one line ending in 文件.
fn agency_lines(lines: &[Line], i: usize) -> Option<usize> {
    let short = |l: &Line| match l {
        Line::Text(t) => {
            let t = compact(t);
            !t.is_empty()
                && width(&t) <= 40
                && !has_sentence_marks(&t)
                && !t.contains("关于")
                && !t.ends_with(['：', ':'])
                && !ends_with_kind_word(&t)
                && !formats::is_left_element(&t)
        }
        Line::Table(_) => false,
    };
    let is_number = |l: &Line| matches!(l, Line::Text(t) if is_doc_number(&compact(t)) || beside_number(t).is_some());
    let end = (i..lines.len().min(i + 4)).find(|&j| is_number(&lines[j]));
    match end {
        Some(j) if j > i && lines[i..j].iter().all(short) => Some(j - i),
        _ => match &lines[i] {
            Line::Text(t) if short(&lines[i]) && compact(t).ends_with("文件") => Some(1),
            _ => None,
        },
    }
}

/// The closing block in `lines[from..to]`: (first line of 署名, signatures, date line).
/// 署名 are the short unpunctuated lines right above a line that is only a date.
pub fn closing(lines: &[Line], from: usize, to: usize) -> Option<(usize, Vec<String>, usize)> {
    let date_at =
        (from..to).find(|&i| matches!(&lines[i], Line::Text(t) if is_date(&compact(t))))?;
    let mut start = date_at;
    let mut signatures = Vec::new();
    while start > from && date_at - start < 4 {
        let Line::Text(raw) = &lines[start - 1] else {
            break;
        };
        let t = compact(raw);
        let heading = crate::body::heading_of(&t).is_some();
        if t.is_empty() || width(&t) > 40 || has_sentence_marks(&t) || heading || t.contains('：')
        {
            break;
        }
        let parts = gaps(raw);
        if title_and_name(&parts) {
            // "县长　陈立": one signer, as typed, not two 署名.
            signatures.insert(0, raw.trim().to_string());
        } else {
            signatures.splice(0..0, parts);
        }
        start -= 1;
    }
    Some((start, signatures, date_at))
}

/// A 职务 and a name on one line ("总理　李强", "县长　陈立"): two parts, the first ending
/// in a title, the second a person's name of two to four characters.
fn title_and_name(parts: &[String]) -> bool {
    const TITLES: &[&str] = &[
        "长", "总理", "主席", "主任", "书记", "委员", "代表", "经理", "会长",
    ];
    match parts {
        [duty, name] => {
            width(duty) <= 12
                && (2..=4).contains(&width(name))
                && TITLES.iter().any(|t| duty.ends_with(t))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line> {
        text.lines().map(|l| Line::Text(l.to_string())).collect()
    }

    #[test]
    fn joint_header_with_number_and_signer() {
        let l = lines(
            "000045\n秘密★1年\n特急\nXX市总工会  XX市人力资源和社会保障局文件\nX工发〔2023〕5号   签发人：张三  李四\n关于做好…的通知",
        );
        let (h, m, n) = header(&l);
        let h = h.unwrap();
        assert_eq!(n, 5);
        assert!(m.is_none());
        assert_eq!(h.agencies, ["XX市总工会", "XX市人力资源和社会保障局"]);
        assert_eq!(h.suffix, "文件");
        assert_eq!(h.doc_number.as_deref(), Some("X工发〔2023〕5号"));
        assert_eq!(h.signers, ["张三", "李四"]);
        assert_eq!(h.urgency.as_deref(), Some("特急"));
    }

    #[test]
    fn letter_header_without_suffix() {
        let (h, _, n) = header(&lines("XX市总工会\nX工函〔2023〕12号\n关于…的函"));
        let h = h.unwrap();
        assert_eq!((n, h.suffix.as_str()), (2, ""));
        assert_eq!(h.agencies, ["XX市总工会"]);
    }

    #[test]
    fn news_masthead() {
        let l = lines("工会工作信息\n第12期\nXX市总工会办公室编　　　　2023年6月30日\n标题");
        let (h, m, n) = header(&l);
        assert!(h.is_none());
        let m = m.unwrap();
        assert_eq!(n, 3);
        assert_eq!(m.issue.as_deref(), Some("第12期"));
        assert_eq!(m.editor.as_deref(), Some("XX市总工会办公室编"));
    }

    #[test]
    fn no_header_for_a_plain_title() {
        assert_eq!(header(&lines("关于…的报告\n正文。")).2, 0);
    }

    #[test]
    fn colophon_and_closing() {
        let l = lines(
            "正文。\nXX市总工会\n2023年4月10日\n抄送：省总工会。\nXX市总工会办公室        2023年4月11日印发",
        );
        let (c, start) = colophon(&l);
        assert_eq!(start, 3);
        assert_eq!(c.cc, ["省总工会"]);
        assert_eq!(c.printer.as_deref(), Some("XX市总工会办公室"));
        assert_eq!(
            closing(&l, 0, start),
            Some((1, vec!["XX市总工会".into()], 2))
        );
    }
}
