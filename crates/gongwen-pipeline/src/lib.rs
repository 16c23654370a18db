//! The whole pipeline, for one document or a batch: data → checked model → pages → file.
//!
//! [`Producer::produce`] makes one document in any [`Format`]; [`Plan::new`] reads a
//! batch's rows (a YAML folder, a CSV file, a workbook), lays them over a base and names
//! every output before anything is written; [`run`] produces them on every core;
//! [`merge_shards`] merges the summaries of a batch's `--shard` parts;
//! [`pick_row`] takes one row for a preview; [`rollup_job`] builds the summary document over all rows; [`write_atomic`] writes
//! so that no reader ever sees half a file.

gongwen_i18n::catalog!();

mod batch;
mod draw;
mod failure;
mod format;
mod info;
mod limits;
mod merge;
mod merge_check;
mod naming;
mod outcome;
mod output;
mod parts;
mod pick;
mod plan;
mod produce;
mod rollup;
mod row;
mod row_paths;
mod rows;
mod run;
mod shard;
mod sheet;
mod source;
mod summary;

pub use batch::{BatchError, Progress, Report, batch};
pub use draw::{Drawer, draw, snippet};
pub use failure::{Failure, errors};
pub use format::{Format, Stage};
pub use limits::TableLimits;
pub use merge::{MergeError, Merged, merge_shards};
pub use output::{overwrites_input, write_atomic, write_atomic_unsynced};
pub use pick::pick_row;
pub use plan::{BatchOptions, Item, Plan};
pub use produce::{DEFAULT_PACE, Laid, Options, Produced, Producer};
pub use rollup::rollup_job;
pub use row::{Cell, Row, RowData};
pub use row_paths::PATH_KEYS;
pub use rows::read as read_rows;
pub use run::{Outcome, Status, run, run_one};
pub use shard::{BadShard, Shard};
pub use sheet::cell_name;
pub use source::Source;
pub use summary::{headings as summary_headings, summary_csv, write_summary};

#[cfg(test)]
mod tests {

    #[test]
    fn counts_read_right_in_english() {
        use gongwen_i18n::Lang::En;
        let cells = |n: u64| {
            let args = [
                ("line", 3u64.into()),
                ("cells", n.into()),
                ("columns", 2u64.into()),
            ];
            crate::CATALOG.message_in(En, "batch-csv-unequal", &args)
        };
        assert_eq!(
            cells(1),
            "line 3 has 1 cell but the heading row names 2 columns"
        );
        assert_eq!(
            cells(4),
            "line 3 has 4 cells but the heading row names 2 columns"
        );
        let refused = crate::CATALOG.message_in(En, "pipeline-refused", &[("count", 1u64.into())]);
        assert_eq!(refused, "1 error found; nothing written (--final)");
    }
}
