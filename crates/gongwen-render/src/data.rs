//! The data file: YAML that names its template and holds the figures and words to fill in.

use crate::error::{Error, line_col};
use crate::spanned::Located;
use crate::yaml_error::yaml_error;
use gongwen_i18n::tr;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A loaded data file.
#[derive(Debug, Clone)]
pub struct DataFile {
    /// Where it was read from.
    pub path: PathBuf,
    /// Its text, for error positions.
    pub text: String,
    /// Its contents.
    pub value: serde_json::Value,
    /// Where each `metrics.<name>` value is written (line, column), from the YAML parser.
    spans: BTreeMap<String, (usize, usize)>,
    /// Where the value of every mapping entry is written, by its key path.
    entries: Vec<(Vec<String>, (usize, usize))>,
}

impl DataFile {
    /// Reads and parses `path`.
    pub fn load(path: &Path) -> Result<DataFile, Error> {
        let bytes = read_bounded(path)?;
        let text = String::from_utf8(bytes).map_err(|e| {
            let (line, col) = line_col(
                &String::from_utf8_lossy(&e.as_bytes()[..e.utf8_error().valid_up_to()]),
                usize::MAX,
            );
            Error::new(path, tr!("data-not-utf8"))
                .at(line, col)
                .hint(tr!("data-not-utf8-hint"))
        })?;
        Self::parse(path, text)
    }

    /// Parses `text` as the data file `path`.
    pub fn parse(path: &Path, text: String) -> Result<DataFile, Error> {
        if text.trim().is_empty() {
            return Err(Error::new(path, tr!("data-empty"))
                .at(1, 1)
                .hint(tr!("data-empty-hint")));
        }
        if let Some((at, c, name)) = gongwen_model::invisible_control(&text) {
            let (line, col) = line_col(&text, at);
            return Err(invisible(path, c, name).at(line, col));
        }
        let located: Located = serde_saphyr::from_str(&text).map_err(|e| {
            // A tab in the indentation is the likeliest cause, and the parser places it badly.
            let tab = text.lines().position(|l| {
                l.trim_start_matches(' ').starts_with('\t') && l.starts_with(['\t', ' '])
            });
            match tab {
                Some(i) => Error::new(path, tr!("yaml-tab"))
                    .at(i + 1, 1)
                    .hint(tr!("yaml-tab-hint")),
                None => yaml_error(&e, path, &text),
            }
        })?;
        let mut value = located.value;
        crate::scalars::keep_as_typed(&mut value, &text, &located.spans);
        // A control written as a YAML escape ("\u202e") is in the value, not the text.
        if let Some((keys, c, name)) = hidden_control(&value, &mut Vec::new()) {
            let at = (1..=keys.len())
                .rev()
                .find_map(|n| located.spans.iter().find(|(p, _)| p[..] == keys[..n]))
                .map_or((1, 1), |(_, at)| *at);
            return Err(invisible(path, c, name).at(at.0, at.1));
        }
        if !value.is_object() {
            return Err(Error::new(path, tr!("data-not-mapping"))
                .at(1, 1)
                .hint(tr!("data-not-mapping-hint")));
        }
        // Where each figure is written, from the same parse.
        let spans = located
            .spans
            .iter()
            .filter_map(|(path, at)| match path.as_slice() {
                [top, name] if top == "metrics" => Some((name.clone(), *at)),
                _ => None,
            })
            .collect();
        Ok(DataFile {
            path: path.to_path_buf(),
            text,
            value,
            spans,
            entries: located.spans,
        })
    }

    /// A data file built in memory (a table row merged over a base file): `path`
    /// names it in messages, `positions` says where each figure was written.
    pub fn from_value(
        path: &Path,
        value: serde_json::Value,
        positions: BTreeMap<String, (usize, usize)>,
    ) -> DataFile {
        DataFile {
            path: path.to_path_buf(),
            text: String::new(),
            value,
            spans: positions,
            entries: Vec::new(),
        }
    }

    /// Records that the value at `path` (mapping keys from the top) is written at
    /// `at` (line, column): a table cell, so that errors about it are placed there.
    pub fn place(&mut self, path: Vec<String>, at: (usize, usize)) {
        self.entries.push((path, at));
    }

    /// Where each figure of the file is written: name → (line, column), 1-based.
    pub fn positions(&self) -> &BTreeMap<String, (usize, usize)> {
        &self.spans
    }

    /// The `template:` entry.
    pub fn template_ref(&self) -> Result<&str, Error> {
        match self.value.get("template") {
            Some(serde_json::Value::String(s)) => Ok(s),
            Some(_) => Err(Error::new(&self.path, tr!("data-template-not-text"))
                .at(self.line_of("template"), 1)
                .hint(tr!("data-template-not-text-hint"))),
            None => Err(Error::new(&self.path, tr!("data-no-template"))
                .at(1, 1)
                .hint(tr!(
                    "data-no-template-hint",
                    names = crate::templates::BUILT_IN
                        .iter()
                        .map(|(n, _)| *n)
                        .collect::<Vec<_>>()
                        .join(", ")
                ))),
        }
    }

    /// The 1-based line where top-level `key:` is written (1 when not found).
    pub fn line_of(&self, key: &str) -> usize {
        self.text
            .lines()
            .position(|l| {
                l.strip_prefix(key)
                    .is_some_and(|rest| rest.trim_start().starts_with(':'))
            })
            .map_or(1, |i| i + 1)
    }

    /// Where the value at `path` (mapping keys from the top: `来文`, `标题`) is written,
    /// 1-based line and column, when the file was read from text.
    pub(crate) fn value_position(&self, path: &[&str]) -> Option<(usize, usize)> {
        self.entries
            .iter()
            .find(|(p, _)| p.iter().map(String::as_str).eq(path.iter().copied()))
            .map(|(_, at)| *at)
    }

    /// Where the value of `metrics.<name>` is written: 1-based line and column.
    pub fn metric_position(&self, name: &str) -> Option<(usize, usize)> {
        self.spans.get(name).copied()
    }
}

/// The error for an invisible control character `c` (Unicode `name`) in data.
pub fn invisible(path: &Path, c: char, name: &str) -> Error {
    Error::new(
        path,
        tr!(
            "data-invisible",
            code = format!("U+{:04X}", c as u32),
            name = name
        ),
    )
    .hint(tr!("data-invisible-hint"))
}

/// The first invisible control in a key or string of `value`, with the keys leading to it.
fn hidden_control(
    value: &serde_json::Value,
    keys: &mut Vec<String>,
) -> Option<(Vec<String>, char, &'static str)> {
    use serde_json::Value;
    match value {
        Value::String(s) => {
            gongwen_model::invisible_control(s).map(|(_, c, name)| (keys.clone(), c, name))
        }
        Value::Array(items) => items.iter().find_map(|v| hidden_control(v, keys)),
        Value::Object(map) => map.iter().find_map(|(k, v)| {
            keys.push(k.clone());
            let found = gongwen_model::invisible_control(k)
                .map(|(_, c, name)| (keys.clone(), c, name))
                .or_else(|| hidden_control(v, keys));
            keys.pop();
            found
        }),
        _ => None,
    }
}

/// The most a data file may hold: serde-saphyr's budget for a YAML document's text.
pub const DATA_LIMIT: u64 = 64 * crate::MB;

/// The bytes of the data file at `path`: a regular file (not a device or a pipe, which
/// could be endless) of at most [`DATA_LIMIT`] bytes, read no further than that.
fn read_bounded(path: &Path) -> Result<Vec<u8>, Error> {
    use std::io::Read;
    let cannot = |e: std::io::Error| {
        Error::new(path, crate::files::io_words(&e, path, &tr!("noun-data")))
            .hint(tr!("data-unreadable-hint"))
    };
    let meta = std::fs::metadata(path).map_err(cannot)?;
    if !meta.is_file() {
        return Err(
            Error::new(path, tr!("data-not-a-file", path = path)).hint(tr!("data-not-a-file-hint"))
        );
    }
    let mut bytes = Vec::new();
    let file = std::fs::File::open(path).map_err(cannot)?;
    file.take(DATA_LIMIT + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() as u64 > DATA_LIMIT {
        return Err(
            Error::new(path, tr!("data-too-big", mb = DATA_LIMIT / crate::MB))
                .hint(tr!("data-too-big-hint")),
        );
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figure_positions_come_from_the_yaml_parser() {
        let text = "template: t\nmetrics: {甲: 3, 乙: 4}\n".to_string();
        let data = DataFile::parse(Path::new("d.yaml"), text).unwrap();
        assert_eq!(data.metric_position("乙"), Some((2, 20)));
        assert_eq!(data.metric_position("丙"), None);
        assert_eq!(data.value_position(&["metrics"]), Some((2, 10)));
        assert_eq!(data.value_position(&["metrics", "甲"]), Some((2, 14)));
    }
}
