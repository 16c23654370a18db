//! Running a planned batch on every core: each document produced and written on its own,
//! a fault in one never stopping the others.

use crate::failure::{Failure, errors};
use crate::output::write_atomic;
use crate::plan::{BatchOptions, Item, Plan};
use crate::produce::{Produced, Producer};
use gongwen_i18n::tr;
use gongwen_render::Diagnostic;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// What became of one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Written, and `check` found no error.
    Written,
    /// Written as a draft: `check` found errors, highlighted on the page.
    Draft,
    /// Not written: `--final` and `check` found errors.
    Refused,
    /// Not written: the row is broken or the document could not be laid out.
    Failed,
}

impl Status {
    /// Whether a file was written.
    pub fn written(self) -> bool {
        matches!(self, Status::Written | Status::Draft)
    }

    /// The word for the summary table and progress lines, in the current language
    /// (已生成, 草稿（有错误）, 未生成（有错误）, 失败).
    pub fn word(self) -> String {
        match self {
            Status::Written => tr!("batch-status-written"),
            Status::Draft => tr!("batch-status-draft"),
            Status::Refused => tr!("batch-status-refused"),
            Status::Failed => tr!("batch-status-failed"),
        }
    }
}

/// One document's outcome.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// 1-based position in the batch.
    pub number: usize,
    /// Where its data comes from.
    pub origin: String,
    /// The file written or meant to be written, inside the output folder.
    pub output: Option<PathBuf>,
    /// What happened.
    pub status: Status,
    /// Pages laid out.
    pub pages: usize,
    /// What `check` found.
    pub diagnostics: Vec<Diagnostic>,
    /// Why it was not written, when it was not.
    pub failure: Option<String>,
}

impl Outcome {
    /// How many of its diagnostics are errors.
    pub fn errors(&self) -> usize {
        errors(&self.diagnostics)
    }

    /// How many are warnings or notes.
    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }
}

/// Stack of a document worker: Typst's layout recurses deeply on long documents.
const WORKER_STACK: usize = 64 * 1024 * 1024;

/// Produces every item of `plan` in this run's shard, `jobs` at a time (default: one per
/// core), calling `progress` as each finishes (from any thread). Outcomes come back in
/// the batch's order.
///
/// Documents run on workers of their own, not as rayon tasks: Typst lays out with rayon
/// inside, and a rayon worker waiting on that would steal another whole document onto
/// its stack, and then another, until the stack overflows.
pub fn run(
    plan: &Plan,
    options: &BatchOptions,
    producer: &Producer,
    progress: &(dyn Fn(&Outcome) + Sync),
) -> Vec<Outcome> {
    clean_stale_temporaries(&options.out_dir);
    let mine: Vec<&Item> = plan
        .items
        .iter()
        .enumerate()
        .filter(|(i, _)| options.shard.is_none_or(|s| s.holds(*i)))
        .map(|(_, item)| item)
        .collect();
    let workers = options
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .clamp(1, mine.len().max(1));
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let slots: Vec<Mutex<Option<Outcome>>> = mine.iter().map(|_| Mutex::new(None)).collect();
    let work = || {
        loop {
            let index = next.fetch_add(1, Ordering::Relaxed);
            let (Some(item), Some(slot)) = (mine.get(index), slots.get(index)) else {
                break;
            };
            let outcome = run_one(item, options, producer);
            // Keep memory flat: forget layouts not reused by the last few documents.
            if done.fetch_add(1, Ordering::Relaxed) % 4 == 3 {
                gongwen_typst::Typesetter::evict(8);
            }
            progress(&outcome);
            *slot.lock().unwrap_or_else(|e| e.into_inner()) = Some(outcome);
        }
    };
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                std::thread::Builder::new()
                    .stack_size(WORKER_STACK)
                    .spawn_scoped(scope, work)
            })
            .collect();
        // A worker that cannot start leaves its share to the others; if none starts,
        // this thread does the work.
        if handles.iter().all(|h| h.is_err()) {
            work();
        }
    });
    slots
        .into_iter()
        .zip(&mine)
        .map(|(slot, item)| {
            slot.into_inner()
                .unwrap_or_else(|e| e.into_inner())
                .unwrap_or_else(|| failed(item, Some(tr!("batch-worker-stopped"))))
        })
        .collect()
}

/// An outcome of `item` that is not (yet) written, and why.
fn failed(item: &Item, failure: Option<String>) -> Outcome {
    Outcome {
        number: item.number,
        origin: item.origin.clone(),
        output: item.output.clone(),
        status: Status::Failed,
        pages: 0,
        diagnostics: Vec::new(),
        failure,
    }
}

/// Produces and writes one item (the rollup, say) outside the parallel run.
pub fn run_one(item: &Item, options: &BatchOptions, producer: &Producer) -> Outcome {
    let mut outcome = failed(item, None);
    let (job, output) = match (&item.job, &item.output) {
        (Ok(job), Some(output)) => (job, output),
        (Err(e), _) => {
            outcome.failure = Some(e.to_string());
            return outcome;
        }
        (Ok(_), None) => return outcome,
    };
    match producer.produce(job, options.format, &options.options) {
        Ok(Produced {
            bytes,
            pages,
            diagnostics,
            ..
        }) => {
            let path = options.out_dir.join(output);
            if let Err(e) = write_atomic(&path, &bytes) {
                outcome.failure = Some(Failure::Write(path, e).to_string());
                outcome.diagnostics = diagnostics;
                return outcome;
            }
            outcome.pages = pages;
            outcome.status = if errors(&diagnostics) > 0 {
                Status::Draft
            } else {
                Status::Written
            };
            outcome.diagnostics = diagnostics;
        }
        Err(Failure::Refused(diagnostics)) => {
            outcome.status = Status::Refused;
            outcome.failure = Some(Failure::Refused(diagnostics.clone()).to_string());
            outcome.diagnostics = diagnostics;
        }
        Err(other) => outcome.failure = Some(other.to_string()),
    }
    outcome
}

/// Removes temporary files an interrupted run left in `dir` (never a finished output).
/// Only old ones: another shard may be writing into the same folder right now.
fn clean_stale_temporaries(dir: &Path) {
    let stale = |entry: &std::fs::DirEntry| {
        entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > 15 * 60)
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(".gongwen-") && name.ends_with(".tmp") && stale(&entry) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}
