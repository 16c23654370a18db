//! `gongwen watch`: render, write, wait for a change, render again; a broken edit
//! leaves the last good output in place.

use crate::error::PreviewError;
use crate::session::Session;
use crate::watcher::Watcher;
use gongwen_pipeline::{Failure, Format, write_atomic_unsynced};
use gongwen_render::Diagnostic;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

/// What happened in one round of watching, for the caller to print.
pub enum WatchEvent<'a> {
    /// The output was written.
    Written {
        /// The file written.
        output: &'a Path,
        /// Pages laid out (0 for Markdown and Typst markup).
        pages: usize,
        /// Everything `check` found.
        diagnostics: &'a [Diagnostic],
        /// Of those, the ones the last render did not have.
        new: &'a [Diagnostic],
        /// Time from reading the data to the file in place.
        took: Duration,
    },
    /// The render failed; the previous output was left as it was.
    Failed {
        /// Why.
        failure: &'a Failure,
        /// Time spent.
        took: Duration,
    },
    /// Waiting for any of these files to change (told when the set changes).
    Waiting {
        /// The files watched.
        files: &'a [PathBuf],
    },
}

/// Renders `session` to `output` as `format`, then again whenever a file it read
/// changes, until the watcher fails. `report` hears of every round.
pub fn watch(
    mut session: Session,
    output: &Path,
    format: Format,
    report: &mut dyn FnMut(WatchEvent),
) -> Result<(), PreviewError> {
    let mut watcher = Watcher::new()?;
    let stage = format.stage();
    let mut before: Vec<String> = Vec::new();
    let mut first = true;
    let mut watched: Vec<PathBuf> = Vec::new();
    loop {
        let started = Instant::now();
        let read_at = SystemTime::now();
        let rendered = session.render(stage);
        // Watch before telling: whoever reads the report may save again at once.
        watcher.update(&rendered.inputs)?;
        let written = rendered.laid.and_then(|laid| {
            let bytes = session.producer().bytes(&laid, format)?;
            write_atomic_unsynced(output, &bytes)
                .map_err(|e| Failure::Write(output.to_path_buf(), e))?;
            Ok(laid)
        });
        let took = started.elapsed();
        match &written {
            Ok(laid) => {
                let now: Vec<String> = laid.diagnostics.iter().map(|d| d.to_string()).collect();
                let new: Vec<Diagnostic> = laid
                    .diagnostics
                    .iter()
                    .filter(|d| first || !before.contains(&d.to_string()))
                    .cloned()
                    .collect();
                report(WatchEvent::Written {
                    output,
                    pages: laid.pages.as_ref().map_or(0, |p| p.pages().len()),
                    diagnostics: &laid.diagnostics,
                    new: &new,
                    took,
                });
                before = now;
                first = false;
            }
            Err(failure) => report(WatchEvent::Failed { failure, took }),
        }
        if rendered.inputs != watched {
            report(WatchEvent::Waiting {
                files: &rendered.inputs,
            });
            watched = rendered.inputs;
        }
        if !watcher.changed_since(read_at) {
            watcher.wait()?;
        }
    }
}
