//! What is wrong with a frame as written, found while the document is made from it: a
//! date that is no day, a 发文字号 or 份号 wider than the 版心.

use crate::{Finding, FrontMatter, Severity};
use gongwen_i18n::tr;

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
        message: tr!(
            "frame-signers-line",
            count = names.len(),
            width = width.to_string(),
            line = LINE_CELLS.to_string()
        ),
        hint: tr!("frame-signers-line-hint"),
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
    (cells > LINE_CELLS).then(|| Finding {
        severity: Severity::Error,
        code: "doc-number",
        context: value.to_string(),
        message: tr!(
            "frame-too-wide",
            what = what,
            value = value,
            cells = cells.to_string(),
            line = LINE_CELLS.to_string()
        ),
        hint: match what {
            "份号" => tr!("frame-too-wide-copy-number"),
            "密级" => tr!("frame-too-wide-secrecy"),
            "紧急程度" => tr!("frame-too-wide-urgency"),
            _ => tr!("frame-too-wide-doc-number"),
        },
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
            let problem = crate::date_problem(date)?;
            Some(Finding {
                severity: Severity::Error,
                code: "date",
                context: date.trim().to_string(),
                message: tr!("frame-date", what = what, problem = problem),
                hint: tr!("frame-date-hint"),
            })
        })
        .collect()
}
