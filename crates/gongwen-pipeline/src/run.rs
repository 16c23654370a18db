//! Running a planned batch on every core: each document produced on its own, written by
//! one writer while the next ones are laid out, a fault in one never stopping the others.

use crate::failure::{Failure, errors};
use crate::output::write_atomic;
use crate::plan::{BatchOptions, Item, Plan};
use crate::produce::{Produced, Producer};
use gongwen_i18n::tr;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{SendError, SyncSender, sync_channel};

pub use crate::outcome::{Outcome, Status};

/// Stack of a document worker: Typst's layout recurses deeply on long documents.
const WORKER_STACK: usize = 64 * 1024 * 1024;

/// How many documents back a memoized result may last have been used and still be kept.
/// What the documents of a batch share (the prelude, the paragraphs without figures) is
/// used by every one; the rest is one document's own and only costs memory. Fewer than
/// 4 lays out more again; more keeps more memory without saving time.
const KEEP_FOR: usize = 4;

/// Produces every item of `plan` in this run's shard, `jobs` at a time (default: one per
/// core), calling `progress` as each is written or fails (from any thread). Outcomes come
/// back in the batch's order.
///
/// Documents run on workers of their own, not as rayon tasks: Typst lays out with rayon
/// inside, and a rayon worker waiting on that would steal another whole document onto
/// its stack, and then another, until the stack overflows. One more thread writes the
/// files (each synced to disk before it is renamed into place), so that no worker waits
/// for the disk.
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
    let slots: Vec<Mutex<Option<Outcome>>> = mine.iter().map(|_| Mutex::new(None)).collect();
    let deliver = |index: usize, made: Made| {
        let outcome = made.write(&options.out_dir);
        progress(&outcome);
        if let Some(slot) = slots.get(index) {
            *slot.lock().unwrap_or_else(|e| e.into_inner()) = Some(outcome);
        }
    };
    let work = |sender: SyncSender<(usize, Made)>| {
        loop {
            let index = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = mine.get(index) else { break };
            let made = make(item, options, producer);
            // Keep memory flat: forget what the last few documents did not reuse.
            gongwen_typst::Typesetter::evict(KEEP_FOR);
            // Without a writer (it could not start), the worker writes.
            if let Err(SendError((index, made))) = sender.send((index, made)) {
                deliver(index, made);
            }
        }
    };
    let work = &work;
    let deliver = &deliver;
    let (sender, receiver) = sync_channel::<(usize, Made)>(workers);
    std::thread::scope(|scope| {
        let writer = move || receiver.iter().for_each(|(i, made)| deliver(i, made));
        let _ = std::thread::Builder::new().spawn_scoped(scope, writer);
        let started = (0..workers)
            .filter(|_| {
                let sender = sender.clone();
                std::thread::Builder::new()
                    .stack_size(WORKER_STACK)
                    .spawn_scoped(scope, move || work(sender))
                    .is_ok()
            })
            .count();
        // A worker that cannot start leaves its share to the others; if none starts,
        // this thread does the work.
        if started == 0 {
            work(sender);
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

/// A document produced and not yet written: its outcome once written, and its bytes.
struct Made {
    outcome: Outcome,
    file: Option<(PathBuf, Vec<u8>)>,
}

impl Made {
    /// Writes the file, if there is one, into `out_dir`; the outcome says whether it was.
    fn write(self, out_dir: &Path) -> Outcome {
        let Made { mut outcome, file } = self;
        if let Some((output, bytes)) = file {
            let path = out_dir.join(output);
            if let Err(e) = write_atomic(&path, &bytes) {
                outcome.failure = Some(Failure::Write(path, e).to_string());
                outcome.status = Status::Failed;
                outcome.pages = 0;
            }
        }
        outcome
    }
}

/// Produces one item, to be written.
fn make(item: &Item, options: &BatchOptions, producer: &Producer) -> Made {
    let mut outcome = failed(item, None);
    let (job, output) = match (&item.job, &item.output) {
        (Ok(job), Some(output)) => (job, output),
        (Err(e), _) => {
            outcome.failure = Some(e.to_string());
            return Made {
                outcome,
                file: None,
            };
        }
        (Ok(_), None) => {
            return Made {
                outcome,
                file: None,
            };
        }
    };
    let mut file = None;
    match producer.produce(job, options.format, &options.options) {
        Ok(Produced {
            bytes,
            pages,
            diagnostics,
            ..
        }) => {
            outcome.pages = pages;
            outcome.status = if errors(&diagnostics) > 0 {
                Status::Draft
            } else {
                Status::Written
            };
            outcome.diagnostics = diagnostics;
            file = Some((output.clone(), bytes));
        }
        Err(Failure::Refused(diagnostics)) => {
            outcome.status = Status::Refused;
            outcome.failure = Some(Failure::Refused(diagnostics.clone()).to_string());
            outcome.diagnostics = diagnostics;
        }
        Err(other) => outcome.failure = Some(other.to_string()),
    }
    Made { outcome, file }
}

/// Produces and writes one item (the rollup, say) outside the parallel run.
pub fn run_one(item: &Item, options: &BatchOptions, producer: &Producer) -> Outcome {
    make(item, options, producer).write(&options.out_dir)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn made(status: Status) -> Made {
        let outcome = Outcome {
            number: 1,
            origin: "x.csv:2".into(),
            output: Some("甲.pdf".into()),
            status,
            pages: 14,
            diagnostics: Vec::new(),
            failure: None,
        };
        let file = Some((PathBuf::from("甲.pdf"), b"%PDF-".to_vec()));
        Made { outcome, file }
    }

    #[test]
    fn a_document_is_written_only_when_its_file_is() {
        let dir = tempfile::tempdir().expect("temp dir");
        let written = made(Status::Draft).write(dir.path());
        assert_eq!((written.status, written.pages), (Status::Draft, 14));
        assert_eq!(
            std::fs::read(dir.path().join("甲.pdf")).ok(),
            Some(b"%PDF-".to_vec())
        );

        // A file where the output folder should be: the document failed, and says why.
        let blocked = dir.path().join("blocked");
        std::fs::write(&blocked, "").expect("a file");
        let failed = made(Status::Written).write(&blocked);
        assert_eq!((failed.status, failed.pages), (Status::Failed, 0));
        assert!(failed.failure.is_some_and(|f| f.contains("blocked")));
    }
}
