//! Why a document was not produced.

use gongwen_render::Diagnostic;
use gongwen_typst::TypstError;
use std::fmt;
use std::path::PathBuf;

/// Why a document was not produced.
#[derive(Debug)]
pub enum Failure {
    /// The data or the template is at fault, at a known place.
    Input(gongwen_render::Error),
    /// `--final` and `check` found errors; the diagnostics say which.
    Refused(Vec<Diagnostic>),
    /// Typst could not lay out the generated markup.
    Layout(PathBuf, Vec<TypstError>),
    /// No font has these characters.
    Glyphs(PathBuf, Vec<char>),
    /// No font serves one of the page's roles.
    Fonts(gongwen_typst::MissingFont),
    /// An asset could not be read, or export failed.
    Other(String),
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Input(e) => write!(f, "{e}"),
            Failure::Refused(found) => {
                let errors = errors(found);
                let plural = if errors == 1 { "" } else { "s" };
                write!(f, "{errors} error{plural} found; nothing written (--final)")
            }
            Failure::Layout(file, list) => {
                write!(f, "{}: laying out the document failed", file.display())?;
                for e in list {
                    write!(f, "\nTypst: {e}")?;
                }
                write!(
                    f,
                    "\n  = note: `--format typ` writes the generated markup these positions refer to"
                )
            }
            Failure::Glyphs(file, chars) => {
                let chars: Vec<String> = chars
                    .iter()
                    .map(|c| format!("「{c}」 (U+{:04X})", *c as u32))
                    .collect();
                write!(
                    f,
                    "{}: no installed or shipped font has {}; install a font that covers them (for example fonts-noto-cjk) or replace them",
                    file.display(),
                    chars.join(", ")
                )
            }
            Failure::Fonts(missing) => write!(f, "{missing}"),
            Failure::Other(message) => write!(f, "{message}"),
        }
    }
}

impl std::error::Error for Failure {}

/// How many of `found` are errors.
pub fn errors(found: &[Diagnostic]) -> usize {
    found
        .iter()
        .filter(|d| d.severity == gongwen_model::Severity::Error)
        .count()
}
