//! What the special formats of GB/T 9704 §10 cannot print as written: a mark without an
//! agency (or a 版头's suffix without one), a 信函's 版记 has no 印发机关 or 印发日期, and
//! its 份号 (or 密级) shares a line with the 发文字号.

use crate::frame_checks::cells;
use crate::{DocKind, Finding, FrontMatter, Severity};
use gongwen_i18n::tr;

/// The problems of `front` that come from its format.
pub(crate) fn findings(front: &FrontMatter) -> Vec<Finding> {
    let mut out: Vec<Finding> = no_mark(front)
        .into_iter()
        .chain(lone_suffix(front))
        .chain(editor_outside_minutes(front))
        .collect();
    if front.kind != Some(DocKind::Letter) {
        return out;
    }
    if let Some(c) = &front.colophon {
        for (what, value) in [("印发机关", &c.printer), ("印发日期", &c.print_date)] {
            if let Some(value) = value.as_deref().filter(|v| !v.trim().is_empty()) {
                out.push(Finding {
                    severity: Severity::Warning,
                    code: "letter",
                    context: value.to_string(),
                    message: tr!("format-letter-colophon", what = what, value = value),
                    hint: tr!("format-letter-colophon-hint"),
                });
            }
        }
    }
    out.extend(first_line(front));
    out
}

/// A 信函, 令 or 纪要 whose mark has no agency: it would print an empty (or a bare 令,
/// 纪要) 发文机关标志.
fn no_mark(front: &FrontMatter) -> Option<Finding> {
    let kind = front.kind?;
    let what = match kind {
        DocKind::Letter => "信函的发文机关标志",
        DocKind::Order => "命令（令）的发文机关标志",
        DocKind::Minutes => "纪要标志",
        _ => return None,
    };
    let named = front
        .header
        .as_ref()
        .is_some_and(|h| h.agencies.iter().any(|a| !a.trim().is_empty()));
    (!named).then(|| Finding {
        severity: Severity::Error,
        code: "header",
        // At the data's template line: the data is where the name goes.
        context: "template:".into(),
        message: tr!("format-no-mark", what = what),
        hint: tr!("format-no-mark-hint"),
    })
}

/// A 版头 without an agency whose data gives a suffix ("文件"): the suffix belongs to the
/// 发文机关标志, which is not printed without a name, so neither is the suffix.
fn lone_suffix(front: &FrontMatter) -> Option<Finding> {
    if matches!(
        front.kind,
        Some(DocKind::Letter | DocKind::Order | DocKind::Minutes)
    ) {
        return None; // no_mark refuses these already
    }
    let h = front.header.as_ref()?;
    let suffix = h.suffix.as_deref()?.trim();
    let named = h.agencies.iter().any(|a| !a.trim().is_empty());
    (!named && !suffix.is_empty()).then(|| Finding {
        severity: Severity::Warning,
        code: "header",
        context: suffix.to_string(),
        message: tr!("format-lone-suffix", suffix = suffix),
        hint: tr!("format-lone-suffix-hint"),
    })
}

/// A 编发单位 or its date given for a document that is not a 纪要: only the 纪要格式
/// prints that line.
fn editor_outside_minutes(front: &FrontMatter) -> Option<Finding> {
    if front.kind == Some(DocKind::Minutes) {
        return None;
    }
    let h = front.header.as_ref()?;
    let value = [&h.editor, &h.edited]
        .into_iter()
        .find_map(|v| v.as_deref().filter(|v| !v.trim().is_empty()))?;
    Some(Finding {
        severity: Severity::Warning,
        code: "header",
        context: value.to_string(),
        message: tr!("format-editor", value = value),
        hint: tr!("format-editor-hint"),
    })
}

/// A letter's first element at the left (份号, else 密级, else 紧急程度) and its 发文字号
/// at the right share one line: together they must fit in it, a character apart.
fn first_line(front: &FrontMatter) -> Option<Finding> {
    let h = front.header.as_ref()?;
    let number = h.doc_number.as_deref()?.trim();
    let left = [&h.copy_number, &h.secrecy, &h.urgency]
        .into_iter()
        .find_map(|v| v.as_deref())?
        .trim();
    let width = cells(left) + 1.0 + cells(number);
    (width > 28.0).then(|| Finding {
        severity: Severity::Error,
        code: "doc-number",
        context: number.to_string(),
        message: tr!(
            "format-first-line",
            left = left,
            width = width.to_string(),
            line = 28
        ),
        hint: tr!("format-first-line-hint"),
    })
}
