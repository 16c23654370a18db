//! A problem found in a document's figures, and how bad it is.

use serde::Serialize;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Printing would be wrong.
    Error,
    /// Worth a look.
    Warning,
    /// For information (a speech's length).
    Note,
}

/// One problem with one metric.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Problem {
    /// How bad it is.
    pub severity: Severity,
    /// A stable code (`missing`, `unknown`, `type`, `range`, `relation`, `parts`, `derived`).
    pub code: &'static str,
    /// The metric's name (the data key).
    pub metric: String,
    /// What is wrong, in the metric's own words.
    pub message: String,
    /// What to do.
    pub hint: Option<String>,
}

impl Problem {
    /// An error with one metric.
    pub(crate) fn error(
        code: &'static str,
        metric: &str,
        message: String,
        hint: Option<String>,
    ) -> Problem {
        Problem {
            severity: Severity::Error,
            code,
            metric: metric.to_string(),
            message,
            hint,
        }
    }
}
