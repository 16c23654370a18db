//! An existing document (txt, Markdown or Word) read back into a gongwen template, its data and a report.
//!
//! [`import`] reads the file into [`Line`]s ([`read`]: text; Markdown through pulldown-cmark;
//! [`docx`]: Word), recognises its frame and body ([`parse()`]), turns every figure into a
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
pub mod line;
mod markdown;
mod markup;
pub mod names;
mod note;
pub mod parse;
mod parts;
pub mod read;
mod report;
pub mod text;
mod typed_numbers;
pub mod write;
mod yaml;

pub use line::Line;
pub use parse::{Parsed, parse};
pub use write::{Declared, Written, YamlError, write};

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
        write!(f, "{}: {}", self.path.display(), self.message)
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
}

/// Imports the document at `path`, read within `limits` (file size; a .docx's entries
/// and unpacked size).
pub fn import(path: &Path, limits: gongwen_unzip::Limits) -> Result<Imported, Error> {
    let lines = read::read(path, limits)?;
    let parsed = parse(lines);
    if parsed.title.is_empty() && parsed.body.is_empty() {
        return Err(Error::new(path, "no text found; is it an empty file?"));
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
    })
}

impl Imported {
    /// A short report: the kind, the frame's elements, headings, leads and figures found.
    pub fn report(&self) -> String {
        report::report(self)
    }
}
