//! The rollup: one document over all the rows of a batch (totals, a table of every row),
//! because the level above always asks for one.

use crate::naming::{checked_name, name_context};
use crate::plan::{Plan, merge};
use gongwen_i18n::tr;
use gongwen_model::{Diagnostic, Severity};
use gongwen_render::{DataFile, Error, Job};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The rollup's job and its output name.
///
/// Its data is the base's (without the per-document title) plus:
/// `metrics` — each numeric figure the template uses summed over the rows, so
/// `m(name=…)` prints totals;
/// `means`, `maxima`, `minima` — the same figures averaged and at their extremes;
/// `rows` — every row's data (its figures also under their plain names, with `row` and
/// `name`, the output's stem), ready for `sort(attribute="metrics.…")` rankings;
/// `count` — how many rows.
pub fn rollup_job(
    plan: &Plan,
    reference: &str,
    source: &Path,
    name: Option<&str>,
    ext: &str,
) -> Result<(Job, PathBuf), Error> {
    let (rows, numbers) = rows_and_figures(plan);
    let mut value = plan
        .base
        .as_ref()
        .map_or_else(|| Value::Object(Map::new()), |b| b.value.clone());
    if let Some(doc) = value.get_mut("document").and_then(Value::as_object_mut) {
        doc.remove("title");
        doc.remove("title_note");
    }
    let aggregate = |f: &dyn Fn(&[f64]) -> f64| -> Value {
        let map: Map<String, Value> = numbers
            .iter()
            .map(|(k, v)| (k.clone(), number(f(v))))
            .collect();
        Value::Object(map)
    };
    let extra = serde_json::json!({
        "template": template_reference(reference),
        "metrics": aggregate(&|v| v.iter().sum()),
        "means": aggregate(&|v| v.iter().sum::<f64>() / v.len() as f64),
        "maxima": aggregate(&|v| v.iter().copied().fold(f64::MIN, f64::max)),
        "minima": aggregate(&|v| v.iter().copied().fold(f64::MAX, f64::min)),
        "count": rows.len(),
        "rows": rows,
    });
    if let Some(obj) = value.as_object_mut() {
        obj.remove("metrics");
    }
    merge(&mut value, extra);
    let data = DataFile::from_value(source, value, BTreeMap::new());
    let from = plan
        .base
        .as_ref()
        .map_or_else(|| source.to_path_buf(), |b| b.path.clone());
    let mut job = Job::from_data(data, &from, plan.root.clone())?;
    // The totals the template neither declares nor prints are not its metrics: dropping
    // them keeps `check` from calling each one unknown (read from its front matter and
    // its `m()` calls, not by rendering it).
    let specs = crate::plan::figures_of(&job)?;
    if let Some(totals) = job
        .data
        .value
        .get_mut("metrics")
        .and_then(Value::as_object_mut)
    {
        totals.retain(|k, _| specs.contains_key(k));
    }
    let output = checked_name(name.unwrap_or(&format!("汇总.{ext}")), ext)
        .map_err(|m| Error::new(source, m.to_string()))?;
    refuse_clash(plan, &output, source)?;
    Ok((job, output))
}

/// Every row's data for the rollup template, and each numeric figure's values over the rows.
fn rows_and_figures(plan: &Plan) -> (Vec<Value>, BTreeMap<String, Vec<f64>>) {
    let mut rows = Vec::new();
    let mut numbers: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    for item in &plan.items {
        let Ok(job) = &item.job else { continue };
        let stem = item
            .output
            .as_ref()
            .and_then(|o| o.file_stem())
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut row = name_context(&job.data.value, item.number, &stem);
        if let Some(obj) = row.as_object_mut() {
            obj.remove("template");
            obj.remove("document");
            obj.insert("name".into(), stem.into());
        }
        if let Some(metrics) = job.data.value.get("metrics").and_then(Value::as_object) {
            for (k, v) in metrics {
                if let Some(n) = v.as_f64() {
                    numbers.entry(k.clone()).or_default().push(n);
                }
            }
        }
        rows.push(row);
    }
    (rows, numbers)
}

/// Warnings for the figures the totals leave out: a row's value that is not a number
/// (十二 for a count) in a column other rows give numbers in, placed where the row wrote
/// it. A column of text in every row (a county's name) is text, not a figure left out.
pub(crate) fn left_out(plan: &Plan) -> Vec<Diagnostic> {
    let numeric: std::collections::HashSet<&String> = (plan.items.iter())
        .filter_map(metrics_of)
        .flat_map(|m| m.iter().filter(|(_, v)| v.is_number()).map(|(k, _)| k))
        .collect();
    let mut out = Vec::new();
    for item in &plan.items {
        let Ok(job) = &item.job else { continue };
        let Some(metrics) = metrics_of(item) else {
            continue;
        };
        for (name, value) in metrics {
            if value.is_null() || value.is_number() || !numeric.contains(name) {
                continue;
            }
            let (line, col) = job.data.metric_position(name).unwrap_or((item.number, 1));
            out.push(
                Error::new(
                    &job.data.path,
                    tr!(
                        "batch-rollup-left-out",
                        name = name,
                        value = value
                            .as_str()
                            .map_or_else(|| value.to_string(), str::to_string),
                        origin = &item.origin
                    ),
                )
                .at(line, col)
                .with_code(Severity::Warning, "rollup")
                .hint(tr!("batch-rollup-left-out-hint")),
            );
        }
    }
    out
}

/// A row's `metrics:`, when the row made a job.
fn metrics_of(item: &crate::plan::Item) -> Option<&Map<String, Value>> {
    let job = item.job.as_ref().ok()?;
    job.data.value.get("metrics").and_then(Value::as_object)
}

/// Refuses a rollup name that a row's output already has.
fn refuse_clash(plan: &Plan, output: &Path, source: &Path) -> Result<(), Error> {
    if let Some(clash) = plan.items.iter().find(|i| {
        i.output.as_ref().is_some_and(|o| {
            o.to_string_lossy().to_lowercase() == output.to_string_lossy().to_lowercase()
        })
    }) {
        return Err(Error::new(
            source,
            tr!(
                "batch-rollup-clash",
                output = output.display(),
                origin = &clash.origin
            ),
        )
        .hint(tr!("batch-rollup-clash-hint")));
    }
    Ok(())
}

/// A path the user typed (relative to where they are) made absolute; a name kept as is.
fn template_reference(reference: &str) -> String {
    let path = Path::new(reference);
    if path.is_file() {
        std::path::absolute(path)
            .map(|p| p.display().to_string())
            .unwrap_or_else(|_| reference.to_string())
    } else {
        reference.to_string()
    }
}

/// A whole number as an integer, so it prints without ".0".
fn number(x: f64) -> Value {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        Value::from(x as i64)
    } else {
        Value::from((x * 1000.0).round() / 1000.0)
    }
}
