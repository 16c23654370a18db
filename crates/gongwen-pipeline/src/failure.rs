//! Why a document was not produced.

use gongwen_i18n::tr;
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
    /// The OFD file could not be written.
    Ofd(gongwen_ofd::OfdError),
    /// `SOURCE_DATE_EPOCH` is set but is not a whole number of seconds.
    SourceDate(String),
    /// The output could not be written.
    Write(PathBuf, std::io::Error),
    /// A format that needs laid-out pages was asked of a document not laid out.
    NotLaidOut(crate::Format),
    /// Pages were to be encoded as a format written without layout (md, typ, docx).
    WithoutLayout(crate::Format),
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Failure::Input(e) => e.to_string(),
            Failure::Refused(found) => tr!("pipeline-refused", count = errors(found)),
            Failure::Layout(file, list) => {
                let mut text = tr!("pipeline-layout-failed", file = file);
                for e in list {
                    text.push('\n');
                    text.push_str(&tr!("pipeline-layout-typst", error = e.to_string()));
                }
                text.push('\n');
                text.push_str(&tr!("pipeline-layout-note"));
                text
            }
            Failure::Glyphs(file, chars) => {
                let chars: Vec<String> = chars
                    .iter()
                    .map(|c| {
                        tr!(
                            "pipeline-glyph",
                            char = *c,
                            code = format!("{:04X}", *c as u32)
                        )
                    })
                    .collect();
                tr!(
                    "pipeline-glyphs",
                    file = file,
                    chars = chars.join(list_separator())
                )
            }
            Failure::Fonts(missing) => missing.to_string(),
            Failure::Export(e) => e.to_string(),
            Failure::Docx(e) => e.to_string(),
            Failure::Ofd(e) => e.to_string(),
            Failure::SourceDate(value) => {
                let hint = tr!("draw-hint", hint = tr!("pipeline-source-date-hint"));
                format!("{}\n  = {hint}", tr!("pipeline-source-date", value = value))
            }
            Failure::Write(path, e) => tr!("pipeline-write", path = path, reason = e.to_string()),
            Failure::NotLaidOut(format) => {
                tr!("pipeline-not-laid-out", format = format.extension())
            }
            Failure::WithoutLayout(format) => {
                tr!("pipeline-without-layout", format = format.extension())
            }
        };
        f.write_str(&text)
    }
}

/// What goes between the items of a list in the current language: 、 or a comma.
pub(crate) fn list_separator() -> &'static str {
    match gongwen_i18n::lang() {
        gongwen_i18n::Lang::Zh => "、",
        gongwen_i18n::Lang::En => ", ",
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
