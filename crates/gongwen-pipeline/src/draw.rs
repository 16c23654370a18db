//! A diagnostic drawn for a person by codespan-reporting: `error[code]: message`, the
//! file and line with a caret under the column, and the hint. The CLI prints it; the
//! preview shows it over the pages.

use codespan_reporting::diagnostic::{Diagnostic as Drawn, Label, Severity as Level};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, Config};
use gongwen_model::{Diagnostic, Severity};
use std::collections::HashMap;
use std::path::PathBuf;

/// Source files bigger than this are not read again to show a line.
const SHOWN_FILE_LIMIT: u64 = 8 * 1024 * 1024;

/// `d` drawn with the line it points at.
pub fn draw(d: &Diagnostic) -> String {
    Sources::default().draw(d)
}

/// Draws diagnostics; the files they point into are read once each.
#[derive(Default)]
pub struct Sources {
    files: HashMap<PathBuf, Option<String>>,
}

impl Sources {
    fn text(&mut self, path: &PathBuf) -> Option<&str> {
        self.files
            .entry(path.clone())
            .or_insert_with(|| {
                let small = std::fs::metadata(path).is_ok_and(|m| m.len() <= SHOWN_FILE_LIMIT);
                let read = small.then(|| std::fs::read_to_string(path).ok()).flatten();
                read.or_else(|| built_in(path))
            })
            .as_deref()
    }

    /// The diagnostic as codespan-reporting draws it: `error[code]: message`, the file
    /// and line with a caret under the column, and the hint.
    pub fn draw(&mut self, d: &Diagnostic) -> String {
        let level = match d.severity {
            Severity::Error => Level::Error,
            Severity::Warning => Level::Warning,
            Severity::Note => Level::Note,
        };
        let mut drawn = Drawn::new(level)
            .with_code(d.code)
            .with_message(&d.message)
            .with_notes(d.hint.iter().map(|h| format!("hint: {h}")).collect());
        let name = d.file.display().to_string();
        let place = d.position.and_then(|(line, col)| {
            let text = self.text(&d.file)?;
            Some((text.to_string(), offset(text, line, col)?))
        });
        let file = match place {
            Some((text, at)) => {
                // One character, or nothing at the end of a line (a block left open).
                let end = match text[at..].chars().next() {
                    Some(c) if c != '\n' && c != '\r' => at + c.len_utf8(),
                    _ => at,
                };
                drawn = drawn.with_labels(vec![Label::primary((), at..end)]);
                SimpleFile::new(name, text)
            }
            None => {
                let at = d
                    .position
                    .map_or(String::new(), |(l, c)| format!(":{l}:{c}"));
                drawn.notes.insert(0, format!("in {name}{at}"));
                SimpleFile::new(name, String::new())
            }
        };
        let config = Config::default();
        term::emit_into_string(&config, &file, &drawn)
            .map(|s| s.trim_end().to_string())
            .unwrap_or_else(|_| d.to_string())
    }
}

/// The byte offset of 1-based `line` and `col` (in characters) in `text`; a column past
/// the end of the line is its end.
fn offset(text: &str, line: usize, col: usize) -> Option<usize> {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.checked_sub(1)?)
        .map(str::len)
        .sum();
    let this = text[start..].split('\n').next()?;
    if start > text.len() || (start == text.len() && line > 1 && !text.ends_with('\n')) {
        return None;
    }
    let within = this
        .char_indices()
        .nth(col.saturating_sub(1))
        .map_or(this.trim_end_matches('\r').len(), |(i, _)| i);
    Some(start + within)
}

/// The text of a built-in template, which errors name `templates/<name>.md.tera`.
fn built_in(path: &std::path::Path) -> Option<String> {
    let name = path
        .strip_prefix("templates")
        .ok()?
        .to_str()?
        .strip_suffix(".md.tera")?;
    gongwen_render::BUILT_IN
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::offset;

    #[test]
    fn offsets_count_characters_not_bytes() {
        let text = "一二\n三四五\n";
        assert_eq!(offset(text, 1, 1), Some(0));
        assert_eq!(offset(text, 2, 2), Some("一二\n三".len()));
        assert_eq!(offset(text, 2, 9), Some("一二\n三四五".len()));
    }
}
