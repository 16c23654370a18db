//! Output names: a pattern over a row's data, checked to stay inside the output folder,
//! and no two rows writing one file.

use crate::row::{Row, RowData};
use gongwen_i18n::tr;
use gongwen_render::{Error, Job};
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;

/// What a name pattern sees: the row's data, its figures as plain names too, `row` and `stem`.
pub(crate) fn name_context(data: &Value, number: usize, stem: &str) -> Value {
    let mut context = Map::new();
    if let Some(metrics) = data.get("metrics").and_then(Value::as_object) {
        context.extend(metrics.clone());
    }
    if let Some(top) = data.as_object() {
        context.extend(top.clone());
    }
    context.insert("row".into(), number.into());
    context.insert("stem".into(), stem.into());
    Value::Object(context)
}

/// The output name of row `number`: the `--name` pattern over its data, else its first
/// cell, else its file's stem; with the extension `ext`.
pub(crate) fn output_name(
    pattern: Option<&str>,
    ext: &str,
    job: &Job,
    number: usize,
    row: &Row,
) -> Result<PathBuf, Error> {
    let stem = row
        .file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = match (pattern, &row.content) {
        (Some(pattern), _) => {
            let context = name_context(&job.data.value, number, &stem);
            gongwen_render::render_pattern(pattern, &context, &job.data.path)
                .map_err(|e| e.at(row.line, 1))?
        }
        (None, Ok(RowData::Cells(cells))) => {
            let first = cells.first().map(|c| match &c.value {
                Value::String(s) => s.clone(),
                v => v.to_string(),
            });
            format!(
                "{}.{ext}",
                first.unwrap_or_else(|| format!("{stem}-{number}"))
            )
        }
        (None, _) => format!("{stem}.{ext}"),
    };
    checked_name(&name, ext).map_err(|m| {
        Error::new(&row.file, m.to_string())
            .at(row.line, 1)
            .hint(tr!(
                "batch-name-hint",
                example = "--name \"{{ 市名 }}-报告.pdf\""
            ))
    })
}

/// An output name that is empty, holds control characters or leaves the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BadName(String);

impl std::fmt::Display for BadName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A safe relative file name, normalised so that one file has one name: Unicode NFC,
/// `/` (or `\\`) between folders, empty and `.` parts dropped; refused when absolute, with
/// `..`, empty, or holding control characters.
pub(crate) fn checked_name(name: &str, ext: &str) -> Result<PathBuf, BadName> {
    let name: String = name.trim().nfc().collect();
    if name.is_empty() || name.chars().any(char::is_control) {
        return Err(BadName(tr!("batch-name-empty", name = &name)));
    }
    let outside = || BadName(tr!("batch-name-outside", name = &name));
    let drive =
        name.len() >= 2 && name.as_bytes()[1] == b':' && name.as_bytes()[0].is_ascii_alphabetic();
    if name.starts_with(['/', '\\']) || drive || Path::new(&name).has_root() {
        return Err(outside());
    }
    let mut parts = Vec::new();
    for part in name.split(['/', '\\']) {
        match part {
            "" | "." => {}
            ".." => return Err(outside()),
            part => parts.push(part),
        }
    }
    let Some(last) = parts.last() else {
        return Err(outside());
    };
    let has_ext = Path::new(last)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(ext));
    let mut path: PathBuf = parts.iter().collect();
    if !has_ext {
        let file = format!("{last}.{ext}");
        path.set_file_name(file);
    }
    Ok(path)
}

/// The name under which two outputs are one file on some file system: case folded
/// (Windows and macOS ignore case), trailing dots and spaces of each part dropped
/// (Windows does). Names are already NFC and normalised by [`checked_name`].
fn collision_key(output: &Path) -> String {
    output
        .components()
        .map(|c| {
            c.as_os_str()
                .to_string_lossy()
                .trim_end_matches(['.', ' '])
                .to_lowercase()
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Refuses, naming them, outputs that two rows would write: `(output, origin)` per row
/// with a name.
pub(crate) fn collisions<'a>(
    outputs: impl Iterator<Item = (&'a Path, &'a str)>,
    source: &Path,
) -> Result<(), Error> {
    let mut seen: HashMap<String, &str> = HashMap::new();
    let mut clashes = Vec::new();
    for (output, origin) in outputs {
        let key = collision_key(output);
        if let Some(first) = seen.get(&key) {
            clashes.push(tr!(
                "batch-collision",
                output = output.display(),
                first = *first,
                origin = origin
            ));
        } else {
            seen.insert(key, origin);
        }
    }
    if clashes.is_empty() {
        return Ok(());
    }
    let shown = clashes.len().min(10);
    let mut message = tr!("batch-collisions", count = clashes.len());
    message.push_str("\n  ");
    message.push_str(&clashes[..shown].join("\n  "));
    if clashes.len() > shown {
        message.push_str("\n  ");
        message.push_str(&tr!("batch-collisions-more", count = clashes.len() - shown));
    }
    Err(Error::new(source, message).hint(tr!(
        "batch-collisions-hint",
        row = "{{ row }}",
        example = "--name \"{{ 市名 }}-{{ row }}.pdf\""
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(n: &str) -> Result<String, BadName> {
        checked_name(n, "pdf").map(|p| p.to_string_lossy().into_owned())
    }

    #[test]
    fn names_are_normalised() {
        for n in [
            "甲/乙",
            "甲//乙",
            "甲/./乙",
            "./甲/乙/",
            "甲\\乙",
            "甲/乙.pdf",
        ] {
            assert_eq!(name(n).unwrap(), "甲/乙.pdf", "{n}");
        }
        // é as e + combining acute becomes the one precomposed character (NFC).
        assert_eq!(name("Cafe\u{301}").unwrap(), "Caf\u{e9}.pdf");
    }

    #[test]
    fn names_leaving_the_folder_are_refused() {
        for n in [
            "../x",
            "甲/../../x",
            "/etc/x",
            "\\x",
            "C:x",
            "C:\\x",
            ".",
            "/",
            " ",
        ] {
            assert!(name(n).is_err(), "{n}");
        }
    }

    #[test]
    fn one_file_under_two_spellings_collides() {
        let a = checked_name("Report/甲", "pdf").unwrap();
        let c = checked_name("REPORT/甲.PDF", "pdf").unwrap();
        assert_eq!(collision_key(&a), collision_key(&c));
        let outputs = [(a.as_path(), "x.csv:2"), (c.as_path(), "x.csv:3")];
        let err = collisions(outputs.into_iter(), Path::new("x.csv")).unwrap_err();
        assert!(err.message.contains("x.csv:2") && err.message.contains("x.csv:3"));
    }
}
