//! A whole batch: plan, the rollup planned with it, every row produced, the summary
//! written. The caller is told what happens as it happens and only prints.

use crate::failure::Failure;
use crate::plan::{BatchOptions, Item, Plan};
use crate::produce::Producer;
use crate::rollup::{left_out, rollup_job};
use crate::run::{Outcome, Status, run, run_one};
use crate::summary::write_summary;
use gongwen_render::Error;
use std::fmt;
use std::path::PathBuf;
use std::time::Instant;

/// What a batch tells its caller as it goes.
pub enum Progress<'a> {
    /// The rows are read and named (and the rollup planned); `total` documents will be
    /// produced in this run's shard.
    Planned {
        /// The plan.
        plan: &'a Plan,
        /// Documents to produce in this shard.
        total: usize,
    },
    /// One document is done (written or not), from any worker thread.
    Done(&'a Outcome),
    /// The rollup is done; its path in the output folder.
    Rollup(&'a Outcome, PathBuf),
}

/// What a batch did.
#[derive(Debug)]
pub struct Report {
    /// Every document of the shard in order, then the rollup if there was one.
    pub outcomes: Vec<Outcome>,
    /// The summary CSV written.
    pub summary: PathBuf,
    /// How long the batch took, in seconds.
    pub seconds: f64,
}

impl Report {
    /// How many documents ended with `status`.
    pub fn count(&self, status: Status) -> usize {
        self.outcomes.iter().filter(|o| o.status == status).count()
    }

    /// How many documents were not written (refused or failed).
    pub fn not_written(&self) -> usize {
        self.count(Status::Refused) + self.count(Status::Failed)
    }
}

/// Why a batch did not run, or could not write its summary.
#[derive(Debug)]
pub enum BatchError {
    /// The rows, the base, the names or the rollup are at fault.
    Input(Error),
    /// The fonts could not be loaded.
    Fonts(Failure),
    /// The summary CSV could not be written.
    Summary(PathBuf, std::io::Error),
}

impl fmt::Display for BatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BatchError::Input(e) => write!(f, "{e}"),
            BatchError::Fonts(e) => write!(f, "{e}"),
            BatchError::Summary(path, e) => f.write_str(&gongwen_i18n::tr!(
                "pipeline-write",
                path = path,
                reason = e.to_string()
            )),
        }
    }
}

impl std::error::Error for BatchError {}

/// Runs the batch `options` describes with `producer`: plans every row and the rollup
/// before anything is written, produces the rows of this shard on every core, the
/// rollup after them (in the first shard only), and writes `summary.csv`
/// (`summary-i-of-n.csv` for a shard).
pub fn batch(
    options: &BatchOptions,
    producer: &Producer,
    progress: &(dyn Fn(Progress<'_>) + Sync),
) -> Result<Report, BatchError> {
    let started = Instant::now();
    let plan = Plan::new(options).map_err(BatchError::Input)?;
    let rollup = match &options.rollup {
        Some((reference, name)) if options.shard.is_none_or(|s| s.index == 1) => Some(
            rollup_job(
                &plan,
                reference,
                &options.source,
                name.as_deref(),
                options.format.extension(),
            )
            .map_err(BatchError::Input)?,
        ),
        _ => None,
    };
    producer.typesetter().map_err(BatchError::Fonts)?;
    let total = (0..plan.items.len())
        .filter(|i| options.shard.is_none_or(|s| s.holds(*i)))
        .count();
    progress(Progress::Planned { plan: &plan, total });
    let mut outcomes = run(&plan, options, producer, &|o| progress(Progress::Done(o)));
    if let Some((job, output)) = rollup {
        let written = plan.items.iter().filter(|i| i.job.is_ok()).count();
        let item = Item {
            number: plan.items.len() + 1,
            origin: gongwen_i18n::tr!("batch-rollup-origin", count = written),
            job: Ok(job),
            output: Some(output.clone()),
        };
        let mut rolled = run_one(&item, options, producer);
        // The rows the totals leave out are said on the rollup's line of the summary.
        rolled.diagnostics.extend(left_out(&plan));
        progress(Progress::Rollup(&rolled, options.out_dir.join(output)));
        outcomes.push(rolled);
    }
    let summary = options.out_dir.join(match options.shard {
        Some(s) => s.summary_name(),
        None => "summary.csv".to_string(),
    });
    write_summary(&summary, &outcomes).map_err(|e| BatchError::Summary(summary.clone(), e))?;
    Ok(Report {
        outcomes,
        summary,
        seconds: started.elapsed().as_secs_f64(),
    })
}
