//! A diagnostic drawn for a person by codespan-reporting: `error[code]: message`, the
//! file and line with a caret under the column, and the hint. The CLI prints it; the
//! preview shows it over the pages.

use codespan_reporting::diagnostic::{Diagnostic as Drawn, Label, Severity as Level};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, Config};
use gongwen_i18n::tr;
use gongwen_model::{Diagnostic, Severity};
use std::collections::HashMap;
use std::path::PathBuf;

/// Source files bigger than this are not read again to show a line.
const SHOWN_FILE_LIMIT: u64 = 8 * 1024 * 1024;

/// `d` drawn with the line it points at.
pub fn draw(d: &Diagnostic) -> String {
    Drawer::default().draw(d)
}

/// The lines `d` points at with a caret under its column, without its message and hint
/// (the preview shows those itself); `None` when there is no line to show.
pub fn snippet(d: &Diagnostic) -> Option<String> {
    d.position?;
    let bare = Diagnostic {
        hint: None,
        ..d.clone()
    };
    let drawn = draw(&bare);
    let lines: Vec<&str> = drawn.lines().skip(1).collect();
    lines
        .iter()
        .any(|l| l.contains('│'))
        .then(|| lines.join("\n"))
}

/// Draws diagnostics; the files they point into are read once each.
#[derive(Default)]
pub struct Drawer {
    files: HashMap<PathBuf, Option<String>>,
}

impl Drawer {
    fn text(&mut self, path: &PathBuf) -> Option<&str> {
        self.files
            .entry(path.clone())
            .or_insert_with(|| {
                if let Some(text) = gongwen_render::built_in_text(path) {
                    return Some(text.to_string());
                }
                // A regular file only: a pipe or a device is not read twice.
                let small = std::fs::metadata(path)
                    .is_ok_and(|m| m.is_file() && m.len() <= SHOWN_FILE_LIMIT);
                small.then(|| std::fs::read_to_string(path).ok()).flatten()
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
            .with_notes(d.hint.iter().map(|h| tr!("draw-hint", hint = h)).collect());
        let name = d.file.display().to_string();
        let place = d.position.and_then(|(line, col)| {
            let text = self.text(&d.file)?;
            Some((text.to_string(), offset(text, line, col)?))
        });
        let file = match place {
            Some((text, at)) => {
                // One character; nothing at the end of a line (a block left open) or on a
                // character that takes no room (a control character, a BOM), so that the
                // caret still shows.
                let end = match text[at..].chars().next() {
                    Some(c) if !c.is_control() && !is_zero_width(c) => at + c.len_utf8(),
                    _ => at,
                };
                drawn = drawn.with_labels(vec![Label::primary((), at..end)]);
                SimpleFile::new(name, text)
            }
            None => {
                drawn.notes.insert(0, unshown_place(d, &name));
                SimpleFile::new(name, String::new())
            }
        };
        let config = Config::default();
        term::emit_into_string(&config, &file, &drawn)
            .map(|s| s.trim_end().to_string())
            .unwrap_or_else(|_| d.to_string())
    }
}

/// Where `d` is, said in a note when its line cannot be shown: `file:line:column`, and the
/// cell as Excel names it in a workbook (`汇总!G11`).
fn unshown_place(d: &Diagnostic, name: &str) -> String {
    let Some((line, column)) = d.position else {
        return tr!("draw-in", place = name);
    };
    let place = format!("{name}:{line}:{column}");
    match crate::sheet::cell_name(&d.file, line, column) {
        Some(cell) => tr!("draw-in-cell", place = place, cell = cell),
        None => tr!("draw-in", place = place),
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

/// Characters that take no room on a line.
fn is_zero_width(c: char) -> bool {
    gongwen_model::is_invisible(c)
        || matches!(c, '\u{200c}' | '\u{200d}')
        || ('\u{300}'..='\u{36f}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::offset;

    #[test]
    fn a_place_in_a_workbook_is_named_as_excel_names_the_cell() {
        let d = gongwen_render::Error::new(std::path::Path::new("县.xlsx"), "不是数字")
            .at(11, 7)
            .hint("写 12");
        let drawn = super::draw(&d);
        assert!(drawn.contains("位于 县.xlsx:11:7（单元格 G11）"), "{drawn}");
        assert!(drawn.contains("提示：写 12"), "{drawn}");
    }

    #[test]
    fn offsets_count_characters_not_bytes() {
        let text = "一二\n三四五\n";
        assert_eq!(offset(text, 1, 1), Some(0));
        assert_eq!(offset(text, 2, 2), Some("一二\n三".len()));
        assert_eq!(offset(text, 2, 9), Some("一二\n三四五".len()));
    }
}
