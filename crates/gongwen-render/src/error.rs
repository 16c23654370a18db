//! Errors that name the file, line and column at fault and say what to do.

use std::fmt;
use std::path::{Path, PathBuf};

/// A problem with the user's data or template, placed in its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// What went wrong.
    pub message: String,
    /// The file at fault.
    pub file: PathBuf,
    /// 1-based line and column in that file, when known.
    pub position: Option<(usize, usize)>,
    /// What to do about it.
    pub hint: Option<String>,
    /// A longer report (for example Tera's source excerpt with a caret).
    pub detail: Option<String>,
}

impl Error {
    /// An error in `file` with no position yet.
    pub fn new(file: &Path, message: impl Into<String>) -> Self {
        Error {
            message: message.into(),
            file: file.to_path_buf(),
            position: None,
            hint: None,
            detail: None,
        }
    }

    /// Places the error at `line`:`column` (1-based).
    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.position = Some((line, column));
        self
    }

    /// Adds a hint saying what to do.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Adds a longer report printed under the message.
    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, col)) => {
                write!(f, "{}:{line}:{col}: {}", self.file.display(), self.message)?
            }
            None => write!(f, "{}: {}", self.file.display(), self.message)?,
        }
        if let Some(detail) = &self.detail {
            write!(f, "\n{}", detail.trim_end())?;
        }
        if let Some(hint) = &self.hint {
            write!(f, "\n  = hint: {hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

/// 1-based line and column of byte `offset` in `text`.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}
