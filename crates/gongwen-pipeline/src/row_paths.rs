//! What a batch row may set: figures and text, but not the files the document reads
//! (`template`, `seal`, `document.seal`) unless the base says `rows_may_set: [...]` or
//! `--allow-row-paths` is given.

use crate::row::{Row, RowData};
use gongwen_i18n::tr;
use gongwen_render::{DataFile, Error};
use serde_json::Value;

/// The path settings a row may make: `template` and `seal`.
pub const PATH_KEYS: [&str; 2] = ["template", "seal"];

/// Which path settings rows may make.
#[derive(Debug, Clone, Default)]
pub(crate) struct RowPaths {
    allowed: Vec<String>,
    all: bool,
}

impl RowPaths {
    /// From the base's `rows_may_set` (refused, at its line, when it names anything
    /// but `template` or `seal`) and `--allow-row-paths` (`all`).
    pub(crate) fn new(base: Option<&DataFile>, all: bool) -> Result<RowPaths, Error> {
        let mut allowed = Vec::new();
        if let Some(base) = base
            && let Some(list) = base.value.get("rows_may_set")
        {
            let bad = || {
                Error::new(&base.path, tr!("batch-rows-may-set"))
                    .at(base.line_of("rows_may_set"), 1)
                    .hint(tr!("batch-rows-may-set-hint"))
            };
            for item in list.as_array().ok_or_else(bad)? {
                match item.as_str() {
                    Some(k) if PATH_KEYS.contains(&k) => allowed.push(k.to_string()),
                    _ => return Err(bad()),
                }
            }
        }
        Ok(RowPaths { allowed, all })
    }

    /// Whether rows may set `key` (`template` or `seal`).
    pub(crate) fn allows(&self, key: &str) -> bool {
        self.all || self.allowed.iter().any(|k| k == key)
    }

    /// Refuses `row` when it sets a path it may not, placed at the cell (a table) or the
    /// file (a YAML row laid over a base). A YAML file without a base is a document of
    /// its own and may name its template and seal, like `render`.
    pub(crate) fn check(&self, row: &Row, has_base: bool) -> Result<(), Error> {
        if self.all {
            return Ok(());
        }
        let found: Option<(&str, String, (usize, usize))> = match &row.content {
            Ok(RowData::Cells(cells)) => cells.iter().find_map(|c| {
                let key = path_key(&c.header)?;
                Some((key, c.header.clone(), c.position))
            }),
            Ok(RowData::File(file)) if has_base => set_in_file(file),
            _ => None,
        };
        let Some((key, column, (line, col))) = found else {
            return Ok(());
        };
        if self.allows(key) {
            return Ok(());
        }
        let place = crate::sheet::place(&row.file, line, col);
        Err(Error::new(
            &row.file,
            tr!("batch-row-path", column = column, place = place),
        )
        .at(line, col)
        .hint(tr!("batch-row-path-hint", key = key)))
    }
}

/// The path setting a table column makes, if any: `template`, or `seal` for `seal`
/// and `document.seal`.
fn path_key(header: &str) -> Option<&'static str> {
    match header {
        "template" => Some("template"),
        "seal" | "document.seal" => Some("seal"),
        _ => None,
    }
}

/// The path setting a YAML row makes, with where it is written.
fn set_in_file(file: &DataFile) -> Option<(&'static str, String, (usize, usize))> {
    let seal = file
        .value
        .get("document")
        .and_then(|d| d.get("seal"))
        .or_else(|| file.value.get("seal"));
    if file.value.get("template").is_some_and(|v| !v.is_null()) {
        return Some(("template", "template".into(), (file.line_of("template"), 1)));
    }
    if seal.is_some_and(|v| !matches!(v, Value::Null)) {
        let at = if file.value.get("seal").is_some() {
            (file.line_of("seal"), 1)
        } else {
            (file.line_of("document"), 1)
        };
        return Some(("seal", "document.seal".into(), at));
    }
    None
}
