//! Small text rules: compacting white space, splitting at wide gaps, dates, kind words.

use regex::Regex;
use std::sync::LazyLock;

/// The line without white space, except single spaces between ASCII words ("Email a").
pub fn compact(raw: &str) -> String {
    let chars: Vec<char> = raw.trim().chars().collect();
    let mut out = String::with_capacity(raw.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_whitespace() {
            let prev = out.chars().last();
            let next = chars[i + 1..].iter().find(|c| !c.is_whitespace());
            let ascii = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
            if ascii(prev.as_ref()) && ascii(next) && !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The line as [`compact`] makes it, but an ideographic space typed inside it stays, one
/// for each gap: "第一章　总则", "第一条　为了……" print as typed.
pub fn compact_keeping_wide(raw: &str) -> String {
    raw.trim()
        .split('\u{3000}')
        .map(compact)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\u{3000}")
}

/// The parts of a line separated by wide gaps (two or more spaces, a tab, an ideographic space).
pub fn gaps(raw: &str) -> Vec<String> {
    static GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s{2,}|[\t\u{3000}]+").unwrap());
    GAP.split(raw.trim())
        .map(compact)
        .filter(|p| !p.is_empty())
        .collect()
}

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(\d{4}年[\dX×]{1,2}月[\dX×]{1,2}日|\d{4}[-./]\d{1,2}[-./]\d{1,2}",
        r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)"
    ))
    .unwrap()
});

/// The line is a date and nothing else: 2022年2月18日, 2022-02-18, 二〇二二年二月十八日.
pub fn is_date(text: &str) -> bool {
    DATE.find(text)
        .is_some_and(|m| m.start() == 0 && m.end() == text.len())
}

/// The date a line ends with, and what stands before it.
pub fn split_trailing_date(text: &str) -> Option<(&str, &str)> {
    let m = DATE.find_iter(text).last()?;
    (m.end() == text.len()).then(|| (&text[..m.start()], m.as_str()))
}

/// The words a title ends with, one per kind of document.
const KIND_WORDS: &[&str] = &[
    "通知",
    "通报",
    "报告",
    "决议",
    "决定",
    "意见",
    "函",
    "讲话",
    "请示",
    "批复",
    "方案",
    "纪要",
    "办法",
    "规定",
    "细则",
    "总结",
    "计划",
    "要点",
    "公告",
    "通告",
    "命令",
    "议案",
    "致辞",
    "发言",
    "讲稿",
    "倡议书",
    "实施方案",
];

/// The line ends like a title (…的通知, …的报告).
pub fn ends_with_kind_word(text: &str) -> bool {
    let text = text.trim_end_matches(['）', ')']);
    KIND_WORDS.iter().any(|w| text.ends_with(w))
}

/// The line has sentence punctuation (so it is not a title, a name or a heading alone).
pub fn has_sentence_marks(text: &str) -> bool {
    text.contains(['。', '，', '；', '！', '？', ',', ';'])
}

/// The line is wrapped in one pair of parentheses: （…）.
pub fn parenthesised(text: &str) -> bool {
    let open = text.starts_with('（') || text.starts_with('(');
    let close = text.ends_with('）') || text.ends_with(')');
    open && close && text.chars().count() > 2
}

/// The line only draws a rule: ———— or ----.
pub fn is_rule(text: &str) -> bool {
    text.chars().count() >= 4
        && text
            .chars()
            .all(|c| matches!(c, '—' | '-' | '_' | '=' | '─' | '━' | '－'))
}

/// Number of characters.
pub fn width(text: &str) -> usize {
    text.chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn white_space_goes_except_between_ascii_words() {
        assert_eq!(
            compact("  山东省 省直机关  工会\u{3000}"),
            "山东省省直机关工会"
        );
        assert_eq!(compact("共 35 人，Email a b"), "共35人，Email a b");
    }

    #[test]
    fn ideographic_spaces_inside_a_line_stay() {
        assert_eq!(
            compact_keeping_wide("　　第一条　为了 规范"),
            "第一条　为了规范"
        );
        assert_eq!(
            compact_keeping_wide("第一章　　总则\u{3000}"),
            "第一章　总则"
        );
    }

    #[test]
    fn wide_gaps_separate_names() {
        assert_eq!(gaps("XX市总工会  XX市人社局"), ["XX市总工会", "XX市人社局"]);
        assert_eq!(gaps("山东省 省直机关"), ["山东省省直机关"]);
    }

    #[test]
    fn dates_in_three_forms() {
        assert!(is_date("2022年2月18日"));
        assert!(is_date("2022-02-18"));
        assert!(is_date("二〇二二年二月十八日"));
        assert!(is_date("2023年7月×日"));
        assert!(!is_date("2022年2月18日前报送"));
        assert_eq!(
            split_trailing_date("办公室编2023年6月30日"),
            Some(("办公室编", "2023年6月30日"))
        );
    }
}
