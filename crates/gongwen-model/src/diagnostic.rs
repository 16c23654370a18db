//! The one diagnostic type: a problem with the user's input, placed in its file.
//!
//! An input that cannot be read (`code` "input") and a figure `check` finds wrong are the
//! same type: the CLI draws it with its source line, `--message-format json` serialises
//! it, the batch summary and the preview show its message.

use crate::Severity;
use gongwen_i18n::tr;
use serde::ser::{Serialize, SerializeStruct, Serializer};
use std::fmt;
use std::path::{Path, PathBuf};

/// A problem placed in the file where the user wrote it, with what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error, warning or note.
    pub severity: Severity,
    /// A stable code: `input` for an input that cannot be used; missing, unknown, type,
    /// range, relation, parts, derived, punctuation, doc-number, length for `check`.
    pub code: &'static str,
    /// What is wrong, in one line.
    pub message: String,
    /// The file at fault.
    pub file: PathBuf,
    /// 1-based line and column (in characters) in that file, when known.
    pub position: Option<(usize, usize)>,
    /// What to do about it.
    pub hint: Option<String>,
    /// The figure it is about, when it is about one.
    pub metric: Option<String>,
}

impl Diagnostic {
    /// An input error (code `input`) in `file`, not yet placed.
    pub fn new(file: &Path, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code: "input",
            message: message.into(),
            file: file.to_path_buf(),
            position: None,
            hint: None,
            metric: None,
        }
    }

    /// Places it at `line`:`column` (1-based).
    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.position = Some((line, column));
        self
    }

    /// Adds a hint saying what to do.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// The same problem with another severity and code (a `check` finding).
    pub fn with_code(mut self, severity: Severity, code: &'static str) -> Self {
        self.severity = severity;
        self.code = code;
        self
    }

    /// "error", "warning" or "note".
    pub fn severity_name(&self) -> &'static str {
        match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }

    /// Whether it is an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// One line, `file:line:column: error[code]: message` (an input error without its
/// `error[input]`), and the hint (“提示：…”, in English “hint: …”) on the next.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some((line, column)) = self.position {
            write!(f, ":{line}:{column}")?;
        }
        // An input error reads as it always has: `file:line:column: message`.
        if self.code == "input" {
            write!(f, ": {}", self.message)?;
        } else {
            let severity = self.severity_name();
            write!(f, ": {severity}[{}]: {}", self.code, self.message)?;
        }
        if let Some(hint) = &self.hint {
            write!(f, "\n  = {}", tr!("diagnostic-hint", hint = hint))?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostic {}

/// The JSON of `--message-format json`: file, line, column, severity, code, message, hint.
impl Serialize for Diagnostic {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Diagnostic", 7)?;
        s.serialize_field("file", &self.file.display().to_string())?;
        s.serialize_field("line", &self.position.map(|p| p.0))?;
        s.serialize_field("column", &self.position.map(|p| p.1))?;
        s.serialize_field("severity", self.severity_name())?;
        s.serialize_field("code", self.code)?;
        s.serialize_field("message", &self.message)?;
        s.serialize_field("hint", &self.hint)?;
        s.end()
    }
}
