//! Output names: a pattern over a row's data, checked to stay inside the output folder,
//! and no two rows writing one file.

use crate::rows::{Row, RowData};
use gongwen_render::{Error, Job};
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

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
            .hint("name outputs with --name, for example --name \"{{ 市名 }}-报告.pdf\"")
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

/// A safe relative file name: no absolute path, no `..`, no control characters.
pub(crate) fn checked_name(name: &str, ext: &str) -> Result<PathBuf, BadName> {
    let name = name.trim();
    if name.is_empty() || name.chars().any(char::is_control) {
        return Err(BadName(format!(
            "the output name `{name}` is empty or holds control characters"
        )));
    }
    let mut path = PathBuf::from(name);
    if path
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return Err(BadName(format!(
            "the output name `{name}` must stay inside the output folder"
        )));
    }
    if path
        .extension()
        .is_none_or(|e| !e.eq_ignore_ascii_case(ext))
    {
        path = PathBuf::from(format!("{name}.{ext}"));
    }
    Ok(path)
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
        let key = output.to_string_lossy().to_lowercase();
        if let Some(first) = seen.get(&key) {
            clashes.push(format!(
                "{} is named by {first} and by {origin}",
                output.display(),
            ));
        } else {
            seen.insert(key, origin);
        }
    }
    if clashes.is_empty() {
        return Ok(());
    }
    let shown = clashes.len().min(10);
    let mut message = format!(
        "{} output name{} would be written twice; nothing was written:\n  {}",
        clashes.len(),
        if clashes.len() == 1 { "" } else { "s" },
        clashes[..shown].join("\n  ")
    );
    if clashes.len() > shown {
        message.push_str(&format!("\n  … and {} more", clashes.len() - shown));
    }
    Err(Error::new(source, message)
        .hint("make --name tell the rows apart, for example add {{ row }}: --name \"{{ 市名 }}-{{ row }}.pdf\""))
}
