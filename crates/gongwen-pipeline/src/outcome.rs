//! What became of one document of a batch: written, a draft, refused or failed, and why.

use crate::failure::errors;
use gongwen_i18n::tr;
use gongwen_render::Diagnostic;
use std::path::PathBuf;

/// What became of one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Written, and `check` found no error.
    Written,
    /// Written as a draft: `check` found errors, highlighted on the page.
    Draft,
    /// Not written: `--final` and `check` found errors.
    Refused,
    /// Not written: the row is broken or the document could not be laid out.
    Failed,
}

impl Status {
    /// Whether a file was written.
    pub fn written(self) -> bool {
        matches!(self, Status::Written | Status::Draft)
    }

    /// The word for the summary table and progress lines, in the current language
    /// (已生成, 草稿（有错误）, 未生成（有错误）, 失败).
    pub fn word(self) -> String {
        match self {
            Status::Written => tr!("batch-status-written"),
            Status::Draft => tr!("batch-status-draft"),
            Status::Refused => tr!("batch-status-refused"),
            Status::Failed => tr!("batch-status-failed"),
        }
    }
}

/// One document's outcome.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// 1-based position in the batch.
    pub number: usize,
    /// Where its data comes from.
    pub origin: String,
    /// The file written or meant to be written, inside the output folder.
    pub output: Option<PathBuf>,
    /// What happened.
    pub status: Status,
    /// Pages laid out.
    pub pages: usize,
    /// What `check` found.
    pub diagnostics: Vec<Diagnostic>,
    /// Why it was not written, when it was not.
    pub failure: Option<String>,
}

impl Outcome {
    /// How many of its diagnostics are errors.
    pub fn errors(&self) -> usize {
        errors(&self.diagnostics)
    }

    /// How many are warnings or notes.
    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }
}
