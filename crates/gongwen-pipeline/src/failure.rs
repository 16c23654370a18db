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
    /// The pages could not be encoded as PDF, SVG or PNG.
    Export(gongwen_typst::ExportError),
    /// The Word file could not be written.
    Docx(gongwen_docx::DocxError),
    /// The output could not be written.
    Write(PathBuf, std::io::Error),
    /// A format that needs laid-out pages was asked of a document not laid out.
    NotLaidOut(crate::Format),
    /// Pages were to be encoded as a format written without layout (md, typ, docx).
    WithoutLayout(crate::Format),
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
            Failure::Export(e) => write!(f, "{e}"),
            Failure::Docx(e) => write!(f, "{e}"),
            Failure::Write(path, e) => write!(f, "cannot write {}: {e}", path.display()),
            Failure::NotLaidOut(format) => {
                write!(f, "{}: the pages were not laid out", format.extension())
            }
            Failure::WithoutLayout(format) => {
                write!(f, "{} is written without layout", format.extension())
            }
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
