//! An existing document (txt, Markdown or Word) read back into a gongwen template, its data and a report.
//!
//! [`import`] reads the file into [`Line`]s ([`read`]: text; Markdown through pulldown-cmark;
//! [`docx`]: Word), makes half-width marks in Chinese text full-width ([`punct`], unless
//! [`Options::keep_punctuation`]), recognises its frame and body ([`parse()`]), turns every figure into a
//! declared metric ([`figures`], [`names`]) and writes the template and the data
//! ([`write()`], the YAML through serde); [`Imported::report`] says what was found.

mod attendance;
pub mod body;
mod colophon;
mod data;
mod declared;
mod documents;
pub mod docx;
mod escape;
pub mod figures;
mod formats;
pub mod frame;
mod head;
mod invisible;
pub mod line;
mod markdown;
mod markup;
pub mod messages;
pub mod names;
mod note;
pub mod parse;
mod parts;
pub mod punct;
pub mod read;
mod report;
pub mod text;
mod typed_numbers;
pub mod write;
mod yaml;

gongwen_i18n::catalog!();

pub use line::Line;
pub use parse::{Parsed, parse};
pub use write::{Declared, Written, YamlError, write};

use gongwen_i18n::tr;
use std::fmt;
use std::path::{Path, PathBuf};

/// A file that could not be imported, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// The file.
    pub path: PathBuf,
    /// What went wrong and what to do.
    pub message: String,
}

impl Error {
    /// An error about `path`.
    pub fn new(path: &Path, message: impl Into<String>) -> Error {
        Error {
            path: path.to_path_buf(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display().to_string();
        f.write_str(&tr!("import-error", path = path, message = &self.message))
    }
}

impl std::error::Error for Error {}

/// An imported document: the files to write and what was recognised.
pub struct Imported {
    /// What was recognised.
    pub parsed: Parsed,
    /// The template and data text, and the metrics declared.
    pub written: Written,
    /// The file imported, as named in the report.
    pub source: String,
    /// Half-width marks made full-width (GB/T 15834) before recognition; 0 when kept.
    pub punctuation: usize,
    /// Invisible characters (bidi controls, zero-width spaces) taken out.
    pub invisible: usize,
}

/// How to import.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// How far the file may expand: its size; a .docx's entries and unpacked size.
    pub limits: gongwen_unzip::Limits,
    /// Keep half-width punctuation as typed instead of making the marks in Chinese text
    /// full-width ([`punct`]).
    pub keep_punctuation: bool,
}

/// Imports the document at `path` as `options` say.
pub fn import(path: &Path, options: &Options) -> Result<Imported, Error> {
    let (lines, invisible) = invisible::strip(read::read(path, options.limits)?);
    let (lines, punctuation) = if options.keep_punctuation {
        (lines, 0)
    } else {
        punct::lines(lines)
    };
    let parsed = parse(lines);
    if parsed.title.is_empty() && parsed.body.is_empty() {
        return Err(Error::new(path, tr!("import-empty")));
    }
    let source = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let written = write(&parsed, &source).map_err(|e| Error::new(path, e.to_string()))?;
    Ok(Imported {
        parsed,
        written,
        source,
        punctuation,
        invisible,
    })
}

impl Imported {
    /// A short report: the kind, the frame's elements, headings, leads and figures found,
    /// and the marks made full-width.
    pub fn report(&self) -> String {
        let mut report = report::report(self);
        let lines = [
            punct::report_line(self.punctuation),
            invisible::report_line(self.invisible),
        ];
        for line in lines.into_iter().flatten() {
            report.push_str(&line);
            report.push('\n');
        }
        report
    }
}
