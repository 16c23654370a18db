//! One row of a batch, chosen by its number or its name, for `watch` and `serve`.

use crate::format::Format;
use crate::limits::TableLimits;
use crate::plan::{BatchOptions, Plan};
use crate::produce::Options;
use gongwen_i18n::tr;
use gongwen_render::{Access, Error, Job};
use std::path::{Path, PathBuf};

/// The job of the row `row` names: its number from 1 (`3`), or a value that tells it
/// from the others, such as its output name (`寿县` for `寿县.pdf`) or any one of its
/// cells (`寿县` under 市名).
/// `source` is the batch's folder or table, `base` the data file every row is laid over,
/// `sheet` the workbook's sheet, `limits` how large the source may be.
/// `access` says what the documents may read; `allow_row_paths` lets rows name files.
pub fn pick_row(
    source: &Path,
    base: Option<&Path>,
    sheet: Option<&str>,
    row: &str,
    limits: TableLimits,
    access: &Access,
    allow_row_paths: bool,
) -> Result<Job, Error> {
    let options = BatchOptions {
        source: source.to_path_buf(),
        base: base.map(Path::to_path_buf),
        sheet: sheet.map(str::to_string),
        out_dir: PathBuf::from("."),
        name: None,
        format: Format::Pdf,
        options: Options::default(),
        shard: None,
        rollup: None,
        jobs: None,
        limits,
        access: access.clone(),
        allow_row_paths,
    };
    let plan = Plan::new(&options)?;
    let wanted = row.trim();
    let by_number = wanted
        .parse::<usize>()
        .ok()
        .and_then(|n| plan.items.iter().find(|i| i.number == n));
    let item = by_number.or_else(|| {
        let stem_is = |i: &&crate::plan::Item| {
            i.output
                .as_ref()
                .and_then(|o| o.file_stem())
                .is_some_and(|s| s.to_string_lossy() == wanted)
        };
        let cell_is = |i: &&crate::plan::Item| {
            i.job.as_ref().is_ok_and(|job| {
                job.data
                    .value
                    .as_object()
                    .is_some_and(|map| map.values().any(|v| v.as_str() == Some(wanted)))
            })
        };
        plan.items
            .iter()
            .find(stem_is)
            .or_else(|| plan.items.iter().find(cell_is))
    });
    let Some(item) = item else {
        let names: Vec<String> = plan
            .items
            .iter()
            .take(8)
            .filter_map(|i| {
                i.output
                    .as_ref()?
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
            })
            .collect();
        let separator = crate::failure::list_separator();
        let mut names = names.join(separator);
        if plan.items.len() > 8 {
            names.push_str(separator);
            names.push('…');
        }
        return Err(
            Error::new(&options.source, tr!("batch-no-row", row = wanted)).hint(tr!(
                "batch-no-row-hint",
                count = plan.items.len(),
                names = names
            )),
        );
    };
    item.job.clone()
}
