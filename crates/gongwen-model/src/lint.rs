//! Lints for the words that are not data, after GB/T 9704 and GB/T 15834 (标点符号用法).

use crate::problem::Severity;
use gongwen_i18n::tr;

/// One finding in a piece of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// How bad it is.
    pub severity: Severity,
    /// A stable code: `half-width`, `unbalanced`, `doc-number`.
    pub code: &'static str,
    /// The text around the finding, to locate it in the source (ends with the offending mark).
    pub context: String,
    /// What is wrong.
    pub message: String,
    /// What to write instead.
    pub hint: String,
}

const HALF_TO_FULL: [(char, char); 7] = [
    (',', '，'),
    (';', '；'),
    (':', '：'),
    ('?', '？'),
    ('!', '！'),
    ('(', '（'),
    (')', '）'),
];
const PAIRS: [(char, char); 5] = [
    ('“', '”'),
    ('‘', '’'),
    ('（', '）'),
    ('《', '》'),
    ('〔', '〕'),
];

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}')
}

/// Half-width marks next to Chinese characters, and unbalanced quotes or brackets.
pub fn lint_text(text: &str) -> Vec<Finding> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let context = |i: usize| chars[i.saturating_sub(6)..=i].iter().collect::<String>();
    for (i, &c) in chars.iter().enumerate() {
        let Some(&(_, full)) = HALF_TO_FULL.iter().find(|(h, _)| *h == c) else {
            continue;
        };
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        // "1.5" or "a,b" are Latin text; a mark touching Chinese text is Chinese punctuation.
        if before.is_some_and(is_cjk) || after.is_some_and(is_cjk) {
            out.push(Finding {
                severity: Severity::Warning,
                code: "half-width",
                context: context(i),
                message: tr!("lint-half-width", mark = c),
                hint: tr!("lint-half-width-hint", full = full),
            });
        }
    }
    for (open, close) in PAIRS {
        let mut depth = 0i32;
        for (i, &c) in chars.iter().enumerate() {
            if c == open {
                depth += 1;
            } else if c == close {
                depth -= 1;
                if depth < 0 {
                    out.push(unbalanced(context(i), open, close));
                    depth = 0;
                }
            }
        }
        if depth > 0
            && let Some(i) = chars.iter().rposition(|&c| c == open)
        {
            out.push(unbalanced(context(i), open, close));
        }
    }
    out
}

fn unbalanced(context: String, open: char, close: char) -> Finding {
    Finding {
        severity: Severity::Warning,
        code: "unbalanced",
        context,
        message: tr!("lint-unbalanced", open = open, close = close),
        hint: tr!("lint-unbalanced-hint", open = open, close = close),
    }
}

/// An order's 令号 that is not written 第N号 (GB/T 9704-2012 §10.2).
pub(crate) fn lint_order_number(number: &str) -> Option<Finding> {
    let serial = number
        .strip_prefix('第')
        .and_then(|rest| rest.strip_suffix('号'))
        .filter(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()));
    let bad = |context: &str, message: String, hint: String| {
        Some(Finding {
            severity: Severity::Error,
            code: "doc-number",
            context: context.to_string(),
            message,
            hint,
        })
    };
    match serial {
        None => bad(
            number,
            tr!("lint-order-number", number = number),
            tr!("lint-order-number-hint"),
        ),
        // Placed at the serial itself: a template usually writes the 第 and 号 around it.
        Some(d) if d.starts_with('0') => bad(
            d,
            tr!("lint-order-zero", number = number),
            tr!("lint-order-zero-hint"),
        ),
        Some(_) => None,
    }
}

/// A 发文字号 that is not written 机关代字〔年份〕序号号 (GB/T 9704-2012 §7.2.4); the hint
/// shows the number as it should be written when that is clear.
pub fn lint_doc_number(number: &str) -> Option<Finding> {
    let bad = |message: String, hint: String| {
        Some(Finding {
            severity: Severity::Error,
            code: "doc-number",
            context: number.to_string(),
            message,
            hint,
        })
    };
    let year_open = number.find(['〔', '[', '(', '（', '【']);
    match year_open.map(|i| (i, number[i..].chars().next().unwrap_or('〔'))) {
        None => {
            return bad(
                tr!("lint-doc-number-no-year", number = number),
                tr!("lint-doc-number-no-year-hint"),
            );
        }
        Some((open, c)) if c != '〔' => {
            return bad(
                tr!("lint-doc-number-brackets", number = number),
                tr!(
                    "lint-doc-number-brackets-hint",
                    fixed = corrected(number, open)
                ),
            );
        }
        _ => {}
    }
    let serial = number.rsplit('〕').next().unwrap_or_default();
    let fixed = || corrected(number, year_open.unwrap_or(0));
    if serial.contains('第') {
        return bad(
            tr!("lint-doc-number-di", number = number),
            tr!("lint-doc-number-di-hint", fixed = fixed()),
        );
    }
    if serial.starts_with('0') {
        return bad(
            tr!("lint-doc-number-zero", number = number),
            tr!("lint-doc-number-zero-hint", fixed = fixed()),
        );
    }
    None
}

/// `number` as it should be written: the year's brackets (opening at byte `open`) made
/// 〔〕, no 第 before the serial and no leading zeros in it.
fn corrected(number: &str, open: usize) -> String {
    let is_close = |c: char| matches!(c, '〕' | ']' | ')' | '）' | '】');
    let (head, rest) = number.split_at(open);
    let rest = rest.get(rest.chars().next().map_or(0, char::len_utf8)..);
    let rest = rest.unwrap_or_default();
    let Some(end) = rest.find(is_close) else {
        return number.to_string();
    };
    let year = &rest[..end];
    let serial = &rest[end..];
    let serial = &serial[serial.chars().next().map_or(0, char::len_utf8)..];
    let serial = serial.trim_start_matches('第');
    let digits = serial.trim_start_matches('0');
    let serial = if digits.starts_with(|c: char| c.is_ascii_digit()) {
        digits
    } else {
        serial
    };
    format!("{head}〔{year}〕{serial}")
}

/// Characters of a speech as read aloud (punctuation and spaces not counted) and minutes at `pace` 字/分钟.
pub fn speaking_time(text: &str, pace: u32) -> (usize, f64) {
    let count = text.chars().filter(|c| c.is_alphanumeric()).count();
    (count, count as f64 / f64::from(pace.max(1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_width_marks_in_chinese_text() {
        let found = lint_text("作风建设是永恒课题,关乎人心(一)学深悟透。1.5亿 a,b");
        let codes: Vec<_> = found
            .iter()
            .map(|f| (f.code, f.context.chars().last().unwrap()))
            .collect();
        assert_eq!(
            codes,
            [
                ("half-width", ','),
                ("half-width", '('),
                ("half-width", ')')
            ]
        );
    }

    #[test]
    fn unbalanced_pairs() {
        assert!(lint_text("“回头看”与《条例》").is_empty());
        let found = lint_text("开展“回头看活动。");
        assert_eq!(found[0].code, "unbalanced");
    }

    #[test]
    fn doc_numbers() {
        assert_eq!(lint_doc_number("鲁直机工字〔2022〕17号"), None);
        for bad in [
            "鲁直机工字[2022]17号",
            "鲁直机工字(2022)17号",
            "鲁直机工字〔2022〕第17号",
            "鲁直机工字〔2022〕017号",
        ] {
            assert_eq!(
                lint_doc_number(bad).map(|f| f.code),
                Some("doc-number"),
                "{bad}"
            );
        }
        // The hint shows the number as it should be written.
        let hint = |n: &str| lint_doc_number(n).map(|f| f.hint).unwrap_or_default();
        assert!(hint("鲁直机工字[2022]17号").starts_with("写成“鲁直机工字〔2022〕17号”"));
        assert!(hint("鲁直机工字（2022）17号").starts_with("写成“鲁直机工字〔2022〕17号”"));
        assert!(hint("某工字〔2022〕第017号").starts_with("写成“某工字〔2022〕17号”"));
        assert!(hint("某工字[2022]第017号").starts_with("写成“某工字〔2022〕17号”"));
        assert!(hint("某工字〔2022〕017号").starts_with("写成“某工字〔2022〕17号”"));
    }

    #[test]
    fn speaking_time_at_a_pace() {
        let (n, minutes) = speaking_time("同志们：今天开会。", 220);
        assert_eq!(n, 7);
        assert!((minutes - 7.0 / 220.0).abs() < 1e-9);
    }
}
