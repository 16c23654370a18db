//! Diagnostics for a person: drawn with the line they point at (`gongwen_pipeline::draw`),
//! or as JSON lines for an editor (`--message-format json`).

use gongwen_i18n::tr;
use gongwen_model::Diagnostic;
use gongwen_pipeline::{Drawer, Failure};

/// Prints diagnostics to stderr, each with its source line; returns how many are errors.
pub(crate) fn report(found: &[Diagnostic]) -> usize {
    let mut sources = Drawer::default();
    for d in found {
        eprintln!("{}", sources.draw(d));
    }
    gongwen_pipeline::errors(found)
}

/// Prints why a document was not produced: its input error drawn, the errors that
/// refused it, or the message.
pub(crate) fn failure(failure: &Failure) {
    match failure {
        Failure::Input(d) => eprintln!("{}", Drawer::default().draw(d)),
        Failure::Refused(found) => {
            report(found);
            eprintln!("{}", tr!("cli-error", message = failure.to_string()));
        }
        other => eprintln!("{}", tr!("cli-error", message = other.to_string())),
    }
}

/// One diagnostic as a JSON line.
pub(crate) fn json(d: &Diagnostic) -> String {
    serde_json::to_string(d).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}
