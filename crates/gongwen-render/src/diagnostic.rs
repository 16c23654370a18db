//! One problem found by `check`, placed where the user wrote it.

use crate::error::Error;
use gongwen_model::Severity;
use std::fmt;

/// One problem found by `check`, placed in the data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// A stable code: missing, unknown, type, range, relation, parts, derived.
    pub code: &'static str,
    /// Where and what, with a hint.
    pub error: Error,
    /// The figure it is about, when it is about one.
    pub metric: Option<String>,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = self.severity_name();
        let e = &self.error;
        match e.position {
            Some((l, c)) => write!(
                f,
                "{}:{l}:{c}: {severity}[{}]: {}",
                e.file.display(),
                self.code,
                e.message
            )?,
            None => write!(
                f,
                "{}: {severity}[{}]: {}",
                e.file.display(),
                self.code,
                e.message
            )?,
        }
        if let Some(hint) = &e.hint {
            write!(f, "\n  = hint: {hint}")?;
        }
        Ok(())
    }
}

impl Diagnostic {
    /// "error", "warning" or "note".
    pub fn severity_name(&self) -> &'static str {
        match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}
