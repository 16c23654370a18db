//! Lints for the words that are not data, after GB/T 9704 and GB/T 15834 (标点符号用法).

use crate::problem::Severity;

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
                message: format!("half-width “{c}” in Chinese text"),
                hint: format!("write “{full}” (GB/T 15834)"),
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
        message: format!("“{open}” and “{close}” do not pair up in this paragraph"),
        hint: format!("close every “{open}” with “{close}”"),
    }
}

/// An order's 令号 that is not written 第N号 (GB/T 9704-2012 §10.2).
pub(crate) fn lint_order_number(number: &str) -> Option<Finding> {
    let serial = number
        .strip_prefix('第')
        .and_then(|rest| rest.strip_suffix('号'))
        .filter(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()));
    let bad = |context: &str, message: String, hint: &str| {
        Some(Finding {
            severity: Severity::Error,
            code: "doc-number",
            context: context.to_string(),
            message,
            hint: hint.to_string(),
        })
    };
    match serial {
        None => bad(
            number,
            format!("令号 “{number}” 不是“第……号”的写法"),
            "令号写成“第12号”：第、阿拉伯数字序号、号",
        ),
        // Placed at the serial itself: a template usually writes the 第 and 号 around it.
        Some(d) if d.starts_with('0') => bad(
            d,
            format!("令号 “{number}” 的序号以0开头"),
            "序号从1编起，不编虚位：写“第12号”，不写“第012号”或“第0号”",
        ),
        Some(_) => None,
    }
}

/// A 发文字号 that is not written 机关代字〔年份〕序号号 (GB/T 9704-2012 §7.2.4).
pub fn lint_doc_number(number: &str) -> Option<Finding> {
    let bad = |message: &str, hint: &str| {
        Some(Finding {
            severity: Severity::Error,
            code: "doc-number",
            context: number.to_string(),
            message: format!("发文字号 “{number}”: {message}"),
            hint: hint.to_string(),
        })
    };
    let year_open = number.find(['〔', '[', '(', '（', '【']);
    match year_open.map(|i| number[i..].chars().next().unwrap_or('〔')) {
        None => {
            return bad(
                "the year is not in brackets",
                "write it like 鲁直机工字〔2022〕17号",
            );
        }
        Some(c) if c != '〔' => {
            return bad(
                "the year must be in 六角括号 〔〕",
                "write 〔2022〕, not [2022] or (2022)",
            );
        }
        _ => {}
    }
    let serial = number.rsplit('〕').next().unwrap_or_default();
    if serial.contains('第') {
        return bad(
            "the serial number takes no 第",
            "write 〔2022〕17号, not 〔2022〕第17号",
        );
    }
    if serial.starts_with('0') {
        return bad(
            "the serial number has a leading zero",
            "write 17号, not 017号",
        );
    }
    None
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
    }

    #[test]
    fn speaking_time_at_a_pace() {
        let (n, minutes) = speaking_time("同志们：今天开会。", 220);
        assert_eq!(n, 7);
        assert!((minutes - 7.0 / 220.0).abs() < 1e-9);
    }
}
