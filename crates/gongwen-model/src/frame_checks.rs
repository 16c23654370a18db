//! What is wrong with a frame as written, found while the document is made from it: a
//! date that is no day, a 发文字号 wider than the 版心.

use crate::{Finding, FrontMatter, Severity};

/// Characters of 3号 that one line of the 版心 holds.
const LINE_CELLS: f32 = 28.0;

/// Every problem of `front`'s dates and 发文字号.
pub(crate) fn findings(front: &FrontMatter) -> Vec<Finding> {
    let mut out = dates(front);
    out.extend(doc_number(front));
    out
}

/// A 发文字号 too wide for its line: it is set on one line, centred under the
/// 发文机关标志, and would run past both edges of the page.
fn doc_number(front: &FrontMatter) -> Option<Finding> {
    let number = front.header.as_ref()?.doc_number.as_deref()?.trim();
    let cells: f32 = number
        .chars()
        .map(|c| if c.is_ascii() { 0.5 } else { 1.0 })
        .sum();
    (cells > LINE_CELLS).then(|| Finding {
        severity: Severity::Error,
        code: "doc-number",
        context: number.to_string(),
        message: format!(
            "发文字号 “{number}” is {cells} characters wide; its line holds {LINE_CELLS}"
        ),
        hint: "a 发文字号 is 机关代字〔年份〕序号, for example 鲁直机工字〔2022〕17号".into(),
    })
}

/// The frame's dates that are no day of the calendar: 成文日期, the 报头's date, 印发日期.
fn dates(front: &FrontMatter) -> Vec<Finding> {
    let dates = [
        ("成文日期", front.date.as_deref()),
        (
            "报头日期",
            front.masthead.as_ref().and_then(|m| m.date.as_deref()),
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
