//! What is wrong with a frame as written, found while the document is made from it: a
//! date that is no day, a 发文字号 or 份号 wider than the 版心.

use crate::{Finding, FrontMatter, Severity};

/// Characters of 3号 that one line of the 版心 holds.
const LINE_CELLS: f32 = 28.0;

/// Every problem of `front`'s dates, 发文字号 and 份号.
pub(crate) fn findings(front: &FrontMatter) -> Vec<Finding> {
    let mut out = dates(front);
    out.extend(doc_number(front));
    out.extend(signers_line(front));
    out
}

/// The cells of the character grid `c` takes: half for a half-width (ASCII) character.
pub fn char_cells(c: char) -> f32 {
    if c.is_ascii() { 0.5 } else { 1.0 }
}

/// The cells of the character grid `text` takes.
pub fn cells(text: &str) -> f32 {
    text.chars().map(char_cells).sum()
}

/// The 发文字号 and the 签发人 share one line (the number one character in from the left,
/// "签发人：" and the names one in from the right, a character between them): when they
/// do not fit, the names wrapped over the number.
fn signers_line(front: &FrontMatter) -> Option<Finding> {
    let header = front.header.as_ref()?;
    let number = header.doc_number.as_deref()?.trim();
    let names: Vec<&str> = header.signers.iter().map(|s| s.trim()).collect();
    if names.is_empty() {
        return None;
    }
    let joined = names.join("　");
    let width = 1.0 + cells(number) + 1.0 + cells("签发人：") + cells(&joined) + 1.0;
    (width > LINE_CELLS).then(|| Finding {
        severity: Severity::Error,
        code: "doc-number",
        context: number.to_string(),
        message: format!(
            "发文字号与{}位签发人排不下一行：需 {width} 字宽，一行只有 {LINE_CELLS} 字",
            names.len()
        ),
        hint: "GB/T 9704 §7.2.6 puts two 签发人 a line; that layout is not supported yet: list fewer 签发人 or shorten the 发文字号".into(),
    })
}

/// A 发文字号, 份号, 密级 or 紧急程度 too wide for its line: each is set on one line (the
/// 发文字号 centred under the 发文机关标志, the others at the top left above it) and would
/// run off the page or over the 发文机关标志.
fn doc_number(front: &FrontMatter) -> Vec<Finding> {
    let header = front.header.as_ref();
    let fields = [
        ("发文字号", header.and_then(|h| h.doc_number.as_deref())),
        ("份号", header.and_then(|h| h.copy_number.as_deref())),
        ("密级", header.and_then(|h| h.secrecy.as_deref())),
        ("紧急程度", header.and_then(|h| h.urgency.as_deref())),
    ];
    fields
        .into_iter()
        .filter_map(|(what, value)| too_wide(what, value?.trim()))
        .collect()
}

fn too_wide(what: &str, value: &str) -> Option<Finding> {
    let cells = cells(value);
    let hint = match what {
        "份号" => "份号 is the copy's number, usually 6 digits, for example 000123",
        "密级" => "密级 is 绝密, 机密 or 秘密, with its 保密期限: 秘密★1年",
        "紧急程度" => "紧急程度 is 特急 or 加急",
        _ => "a 发文字号 is 机关代字〔年份〕序号, for example 鲁直机工字〔2022〕17号",
    };
    (cells > LINE_CELLS).then(|| Finding {
        severity: Severity::Error,
        code: "doc-number",
        context: value.to_string(),
        message: format!(
            "{what} “{value}” is {cells} characters wide; its line holds {LINE_CELLS}"
        ),
        hint: hint.into(),
    })
}

/// The frame's dates that are no day of the calendar: 成文日期, the 报头's date, a 纪要's
/// date under its 期号, 印发日期.
fn dates(front: &FrontMatter) -> Vec<Finding> {
    let dates = [
        ("成文日期", front.date.as_deref()),
        (
            "报头日期",
            front.masthead.as_ref().and_then(|m| m.date.as_deref()),
        ),
        (
            "纪要的编发日期",
            front.header.as_ref().and_then(|h| h.edited.as_deref()),
        ),
        (
            "印发日期",
            front
                .colophon
                .as_ref()
                .and_then(|c| c.print_date.as_deref()),
        ),
    ];
    dates
        .into_iter()
        .filter_map(|(what, date)| {
            let date = date?;
            let message = crate::date_problem(date)?;
            Some(Finding {
                severity: Severity::Error,
                code: "date",
                context: date.trim().to_string(),
                message: format!("{what} {message}"),
                hint: "write a day that exists, for example 2023-02-28 or 2023年2月28日".into(),
            })
        })
        .collect()
}
