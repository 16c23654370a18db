//! The markup of GB/T 9704 §10's formats: the 信函's head, the 命令's and 纪要's marks, an
//! order's 签发人 lines, and a 纪要's 出席/请假/列席 lists (`formats.typ`).

use crate::escape::{grid_text, string};
use crate::literal::{array, opt};
use gongwen_model::{Attendance, Closing, DocKind, Header};
use std::fmt::Write;

/// The head of a document of `kind` when §10 gives it its own: `true` when written.
pub(crate) fn head(out: &mut String, kind: DocKind, h: &Header) -> bool {
    match kind {
        DocKind::Letter => {
            // A joint letter carries the 主办机关's mark only (§10.1).
            let agency = h.agencies.first().cloned().unwrap_or_default() + &h.suffix;
            let _ = writeln!(
                out,
                "#letter-head(copy: {}, secrecy: {}, urgency: {}, agency: {}, number: {})",
                opt(&h.copy_number),
                opt(&h.secrecy),
                opt(&h.urgency),
                string(&agency),
                opt(&h.doc_number),
            );
        }
        DocKind::Order | DocKind::Minutes => {
            let minutes = kind == DocKind::Minutes;
            let (editor, edited) = match minutes {
                true => (opt(&h.editor), opt(&h.edited)),
                false => ("none".into(), "none".into()),
            };
            let _ = writeln!(
                out,
                "#mark-head(agencies: {}, suffix: {}, number: {}, offset: {}, gap-lines: {}, rule: {minutes}, editor: {editor}, edited: {edited})",
                array(&h.agencies),
                string(&h.suffix),
                opt(&h.doc_number),
                if minutes { "35mm" } else { "20mm" },
                if minutes { 1 } else { 2 },
            );
        }
        _ => return false,
    }
    true
}

/// An order's closing: `#order-closing(…)` with the 职务 lines, the date and the 签名章.
pub(crate) fn order_closing(out: &mut String, c: &Closing, seal: Option<String>) {
    let titles: String = c
        .signatures
        .iter()
        .map(|s| format!("[{}],", grid_text(s)))
        .collect();
    let _ = writeln!(
        out,
        "#order-closing(titles: ({titles}), date: {}, seal: {})",
        c.date
            .as_deref()
            .map_or("none".into(), |d| format!("[{}]", grid_text(d))),
        seal.map_or("none".into(), |s| string(&s)),
    );
}

/// A 纪要's lists: `#attendance((([出席], [names]), …))`, nothing when there are none.
pub(crate) fn attendance(out: &mut String, lists: &[Attendance]) {
    if lists.is_empty() {
        return;
    }
    let items: String = lists
        .iter()
        .map(|a| format!("({}, [{}]), ", string(&a.label), grid_text(&a.names)))
        .collect();
    let _ = writeln!(out, "#attendance(({items}))");
}
