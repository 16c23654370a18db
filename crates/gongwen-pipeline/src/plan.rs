//! A batch planned before anything is written: every row merged over the base, named, and
//! the names checked for collisions.

use crate::format::Format;
use crate::limits::TableLimits;
use crate::naming::{collisions, output_name};
use crate::produce::Options;
use crate::row::{Cell, Row, RowData};
use crate::row_paths::RowPaths;
use crate::rows;
use crate::shard::Shard;
use gongwen_i18n::tr;
use gongwen_model::MetricSpec;
use gongwen_render::{Access, DataFile, Error, Job, Root};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;

/// What a batch is asked to do.
#[derive(Debug, Clone)]
pub struct BatchOptions {
    /// A folder of YAML files, a CSV file or a workbook.
    pub source: PathBuf,
    /// A data file every row is laid over (template, 版头, dates).
    pub base: Option<PathBuf>,
    /// The workbook's sheet (default: the first).
    pub sheet: Option<String>,
    /// The folder written to.
    pub out_dir: PathBuf,
    /// A Tera pattern for output names, for example `{{ 市名 }}-回头看报告.pdf`.
    pub name: Option<String>,
    /// Output format.
    pub format: Format,
    /// Draft or final, and a speech's pace.
    pub options: Options,
    /// Only this part of the rows.
    pub shard: Option<Shard>,
    /// A template rendered once over all rows, and its output name.
    pub rollup: Option<(String, Option<String>)>,
    /// Documents produced at once (default: one per core).
    pub jobs: Option<usize>,
    /// How large the source may be (rows, columns, a workbook unpacked).
    pub limits: TableLimits,
    /// What the documents may read: `--root` (default: the folder holding the base,
    /// else the folder holding the source) and the size limits.
    pub access: Access,
    /// Rows may name templates and seals (`--allow-row-paths`).
    pub allow_row_paths: bool,
}

/// One document of the batch.
#[derive(Debug)]
pub struct Item {
    /// 1-based position in the batch.
    pub number: usize,
    /// Where its data comes from: `file` or `file:line`.
    pub origin: String,
    /// The job, or why the row could not become one.
    pub job: Result<Job, Error>,
    /// Its output file, relative to the output folder (none when the row is broken).
    pub output: Option<PathBuf>,
}

/// A planned batch.
#[derive(Debug)]
pub struct Plan {
    /// Every row of the source, in order (all shards).
    pub items: Vec<Item>,
    /// Table columns that are not figures of the template (kept as plain keys).
    pub plain_columns: Vec<String>,
    /// The base data file, when one was given.
    pub base: Option<DataFile>,
    /// The files every document of the batch may read.
    pub root: Root,
}

impl Plan {
    /// Reads the source, lays each row over the base, names each output and
    /// refuses (before anything is written) when two rows would write one file.
    pub fn new(options: &BatchOptions) -> Result<Plan, Error> {
        let base = options.base.as_deref().map(DataFile::load).transpose()?;
        let rows = rows::read(
            &options.source,
            options.sheet.as_deref(),
            options.base.as_deref(),
            &options.limits,
        )?;
        if rows.is_empty() {
            return Err(
                Error::new(&options.source, tr!("batch-no-rows")).hint(tr!("batch-no-rows-hint"))
            );
        }
        let resolve_from = options
            .base
            .clone()
            .unwrap_or_else(|| options.source.clone());
        // Without a base, the rows' folder is the root: a folder of YAML files is that
        // folder (not the one above it), a table the folder it lies in.
        let root = match &options.base {
            None if options.source.is_dir() => options.access.root_for(&options.source.join("row")),
            _ => options.access.root_for(&resolve_from),
        };
        let paths = RowPaths::new(base.as_ref(), options.allow_row_paths)?;
        let columns = Columns::new(base.as_ref(), &rows, options, &root, &paths)?;
        let mut items = Vec::with_capacity(rows.len());
        for (i, row) in rows.into_iter().enumerate() {
            let origin = row.origin();
            let data = paths
                .check(&row, base.is_some())
                .and_then(|()| row_data(&row, base.as_ref(), &columns));
            let job = data.and_then(|d| {
                let from = if matches!(row.content, Ok(RowData::File(_))) && base.is_none() {
                    row.file.clone()
                } else {
                    resolve_from.clone()
                };
                Job::from_data(d, &from, root.clone())
            });
            let (job, output) = match job {
                Ok(job) => match output_name(
                    options.name.as_deref(),
                    options.format.extension(),
                    &job,
                    i + 1,
                    &row,
                ) {
                    Ok(name) => (Ok(job), Some(name)),
                    Err(e) => (Err(e), None),
                },
                Err(e) => (Err(e), None),
            };
            items.push(Item {
                number: i + 1,
                origin,
                job,
                output,
            });
        }
        let outputs = items
            .iter()
            .filter_map(|i| Some((i.output.as_deref()?, i.origin.as_str())));
        collisions(outputs, &options.source)?;
        Ok(Plan {
            items,
            plain_columns: columns.plain,
            base,
            root,
        })
    }
}

/// How table headings map to data: a figure's name or label, a dotted path, or a plain key.
struct Columns {
    metrics: HashMap<String, String>,
    plain: Vec<String>,
}

impl Columns {
    fn new(
        base: Option<&DataFile>,
        rows: &[Row],
        options: &BatchOptions,
        root: &Root,
        paths: &RowPaths,
    ) -> Result<Columns, Error> {
        let headers = headings(rows);
        if headers.is_empty() {
            return Ok(Columns {
                metrics: HashMap::new(),
                plain: Vec::new(),
            });
        }
        let specs = declared(base, rows, options, root, paths)?;
        let mut metrics = HashMap::new();
        let mut plain = Vec::new();
        for (h, _) in &headers {
            if h.contains('.') || h == "template" || h == "document" {
                continue;
            }
            if specs.contains_key(h) {
                metrics.insert(h.clone(), h.clone());
            } else if let Some((name, _)) =
                specs.iter().find(|(_, s)| s.label.as_deref() == Some(h))
            {
                metrics.insert(h.clone(), name.clone());
            } else {
                plain.push(h.clone());
            }
        }
        misspelt(&headers, &specs, &metrics, &rows[0].file)?;
        Ok(Columns { metrics, plain })
    }
}

/// Every heading of a table's rows, once, in order, with where it is.
fn headings(rows: &[Row]) -> Vec<(String, (usize, usize))> {
    let mut seen = HashSet::new();
    let mut found = Vec::new();
    for r in rows {
        if let Ok(RowData::Cells(cells)) = &r.content {
            for c in cells {
                if seen.insert(c.header.as_str()) {
                    found.push((c.header.clone(), c.heading));
                }
            }
        }
    }
    found
}

/// Refuses, once at its heading, a column that is not a figure of the template but
/// resembles one no other column gives: a misspelt figure would be missing from every
/// document, and reported on every row.
fn misspelt(
    headers: &[(String, (usize, usize))],
    specs: &BTreeMap<String, MetricSpec>,
    metrics: &HashMap<String, String>,
    file: &std::path::Path,
) -> Result<(), Error> {
    let given: HashSet<&String> = metrics.values().collect();
    for (h, (line, column)) in headers {
        if metrics.contains_key(h) || h.contains('.') || h == "template" || h == "document" {
            continue;
        }
        let near = specs
            .iter()
            .filter(|(name, _)| !given.contains(name))
            .flat_map(|(name, s)| {
                // The name or the label, whichever the heading is closer to.
                let names = std::iter::once(name.as_str()).chain(s.label.as_deref());
                names.map(|n| (strsim::normalized_levenshtein(n, h), n))
            })
            .filter(|(score, _)| *score >= 0.6)
            .max_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((_, name)) = near {
            let place = crate::sheet::place(file, *line, *column);
            return Err(Error::new(
                file,
                tr!("batch-misspelt-column", heading = h, place = place),
            )
            .at(*line, *column)
            .hint(tr!("batch-misspelt-column-hint", name = name)));
        }
    }
    Ok(())
}

/// The template's figures, read from the template the base (or the first row) names.
fn declared(
    base: Option<&DataFile>,
    rows: &[Row],
    options: &BatchOptions,
    root: &Root,
    paths: &RowPaths,
) -> Result<BTreeMap<String, MetricSpec>, Error> {
    let mut value = base.map_or_else(|| Value::Object(Map::new()), |b| b.value.clone());
    if value.get("template").is_none() {
        let first = rows.iter().find_map(|r| match &r.content {
            Ok(RowData::Cells(c)) if paths.allows("template") => {
                c.iter().find(|c| c.header == "template")
            }
            _ => None,
        });
        match first {
            Some(cell) => value["template"] = cell.value.clone(),
            None => {
                return Err(Error::new(&options.source, tr!("batch-no-template"))
                    .hint(tr!("batch-no-template-hint")));
            }
        }
    }
    let file = options
        .base
        .clone()
        .unwrap_or_else(|| options.source.clone());
    let data = DataFile::from_value(&file, value, BTreeMap::new());
    figures_of(&Job::from_data(data, &file, root.clone())?)
}

/// The figures `job`'s template declares or uses, read from its text; only when a
/// figure's name comes from a variable is the template rendered (over the base) to
/// learn the rest.
pub(crate) fn figures_of(job: &Job) -> Result<BTreeMap<String, MetricSpec>, Error> {
    let declared = job.template.metrics()?;
    let mut specs = declared.specs;
    if declared.dynamic {
        for (name, spec) in job.document()?.metrics {
            specs.entry(name).or_insert(spec);
        }
    }
    Ok(specs)
}

fn row_data(row: &Row, base: Option<&DataFile>, columns: &Columns) -> Result<DataFile, Error> {
    let content = row.content.as_ref().map_err(Clone::clone)?;
    let under = base.map_or_else(|| Value::Object(Map::new()), |b| b.value.clone());
    match content {
        RowData::File(file) => {
            let mut value = under;
            merge(&mut value, file.value.clone());
            Ok(DataFile::from_value(
                &file.path,
                value,
                file.positions().clone(),
            ))
        }
        RowData::Cells(cells) => {
            let mut value = under;
            let mut positions = BTreeMap::new();
            let mut places = Vec::new();
            for Cell {
                header,
                value: v,
                position,
                ..
            } in cells
            {
                let path: Vec<String> = if let Some(name) = columns.metrics.get(header) {
                    positions.insert(name.clone(), *position);
                    vec!["metrics".into(), name.clone()]
                } else {
                    let path: Vec<String> = header.split('.').map(str::to_string).collect();
                    places.push((path.clone(), *position));
                    path
                };
                set(&mut value, &path, v.clone());
            }
            let mut data = DataFile::from_value(&row.file, value, positions);
            for (path, at) in places {
                data.place(path, at);
            }
            Ok(data)
        }
    }
}

/// Lays `over` onto `under`: mappings merge key by key, anything else replaces.
pub(crate) fn merge(under: &mut Value, over: Value) {
    match (under, over) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in b {
                match a.get_mut(&k) {
                    Some(slot) => merge(slot, v),
                    None => {
                        a.insert(k, v);
                    }
                }
            }
        }
        (slot, v) => *slot = v,
    }
}

fn set(value: &mut Value, path: &[String], v: Value) {
    let mut at = value;
    for key in path {
        if !at.is_object() {
            *at = Value::Object(Map::new());
        }
        at = at
            .as_object_mut()
            .map(|m| m.entry(key.clone()).or_insert(Value::Null))
            .expect("made an object above");
    }
    *at = v;
}
