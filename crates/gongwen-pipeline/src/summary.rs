//! The summary table written beside a batch's outputs: one line per document.

use crate::output::write_atomic;
use crate::run::Outcome;
use gongwen_i18n::tr;
use std::path::Path;

/// The catalog ids of the summary's column headings, in order.
const HEADINGS: [&str; 8] = [
    "summary-number",
    "summary-origin",
    "summary-file",
    "summary-pages",
    "summary-errors",
    "summary-warnings",
    "summary-status",
    "summary-note",
];

/// The summary's column headings, in the current language (序号, 来源, 文件 …).
pub fn headings() -> [String; 8] {
    HEADINGS.map(|id| crate::CATALOG.message(id, &[]))
}

/// The headings a summary written in `lang` has: a merge accepts parts in either language.
pub(crate) fn headings_in(lang: gongwen_i18n::Lang) -> [String; 8] {
    HEADINGS.map(|id| crate::CATALOG.message_in(lang, id, &[]))
}

/// The summary as CSV (UTF-8 with a byte-order mark, so that Excel reads the Chinese), its
/// headings and statuses in the current language.
pub fn summary_csv(outcomes: &[Outcome]) -> Vec<u8> {
    csv_bytes(&headings(), outcomes.iter().map(line))
}

/// One document's line of the summary.
fn line(o: &Outcome) -> [String; 8] {
    let first_problem = o.failure.clone().or_else(|| {
        o.diagnostics
            .iter()
            .find(|d| d.severity == gongwen_model::Severity::Error)
            .or_else(|| o.diagnostics.iter().find(|d| d.code == "rollup"))
            .map(noted)
    });
    let output = o
        .output
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    [
        o.number.to_string(),
        o.origin.clone(),
        output,
        o.pages.to_string(),
        o.errors().to_string(),
        o.warnings().to_string(),
        o.status.word(),
        first_problem
            .map(|p| p.lines().next().unwrap_or("").to_string())
            .unwrap_or_default(),
    ]
}

/// A summary's bytes from its headings and lines: the one writer of the format, for a
/// batch and for the merge of its parts alike.
pub(crate) fn csv_bytes<L>(headings: &[String], lines: impl Iterator<Item = L>) -> Vec<u8>
where
    L: IntoIterator<Item = String>,
{
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let _ = writer.write_record(headings);
    for line in lines {
        let _ = writer.write_record(line);
    }
    writer.into_inner().unwrap_or_default()
}

/// A problem's first line with where it is, so that it can be found in the table:
/// `…（单元格 汇总!G11）` in a workbook, `…（第 3 行）` in a CSV or YAML file.
fn noted(d: &gongwen_model::Diagnostic) -> String {
    let message = d.message.lines().next().unwrap_or("");
    match d.position {
        Some((line, column)) => {
            let place = crate::sheet::place(&d.file, line, column);
            tr!("summary-note-at", message = message, place = place)
        }
        None => message.to_string(),
    }
}

/// Writes the summary to `path`, atomically.
pub fn write_summary(path: &Path, outcomes: &[Outcome]) -> std::io::Result<()> {
    write_atomic(path, &summary_csv(outcomes))
}
