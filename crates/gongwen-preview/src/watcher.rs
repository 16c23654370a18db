//! Waiting for a change to any file a render read.
//!
//! Each file's folder is watched, not the file: editors that save by writing a new file
//! and renaming it over the old one are seen, and so is a file that does not exist yet
//! (a template that would override a built-in). Events are gathered until the files have
//! been quiet for a moment, far shorter than the Typst CLI's 100 ms, because the whole
//! re-render should take less than that.

use crate::error::PreviewError;
use notify::event::{AccessKind, AccessMode, EventKind, ModifyKind};
use notify::{Event, RecommendedWatcher, RecursiveMode, Watcher as _};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant, SystemTime};

/// Quiet time that ends a burst of events (a save is often several).
const QUIET: Duration = Duration::from_millis(12);
/// Quiet time after an event that ends a save (the file closed after writing, or
/// renamed into place): only what is already on its way is gathered.
const SETTLED: Duration = Duration::from_millis(2);
/// The longest a burst may delay a render.
const MAX_BURST: Duration = Duration::from_millis(250);
/// How often files in folders that do not exist yet are looked for.
const POLL: Duration = Duration::from_millis(300);

/// Watches a set of files and waits for one to change.
pub struct Watcher {
    inner: RecommendedWatcher,
    events: Receiver<notify::Result<Event>>,
    folders: HashSet<PathBuf>,
    files: HashSet<PathBuf>,
    /// Files whose folder does not exist yet, so cannot be watched: polled instead.
    missing: Vec<PathBuf>,
}

impl Watcher {
    /// A watcher watching nothing yet.
    pub fn new() -> Result<Watcher, PreviewError> {
        let (tx, events) = channel();
        let inner = notify::recommended_watcher(tx).map_err(PreviewError::WatcherStart)?;
        Ok(Watcher {
            inner,
            events,
            folders: HashSet::new(),
            files: HashSet::new(),
            missing: Vec::new(),
        })
    }

    /// Watches exactly `files` from now on.
    pub fn update(&mut self, files: &[PathBuf]) -> Result<(), PreviewError> {
        self.files = files.iter().filter_map(|f| key(f)).collect();
        self.missing = files
            .iter()
            .filter(|f| key(f).is_none() && !f.exists())
            .cloned()
            .collect();
        let folders: HashSet<PathBuf> = self
            .files
            .iter()
            .filter_map(|f| f.parent().map(Path::to_path_buf))
            .collect();
        for gone in self.folders.difference(&folders) {
            let _ = self.inner.unwatch(gone);
        }
        for new in folders.difference(&self.folders) {
            self.inner
                .watch(new, RecursiveMode::NonRecursive)
                .map_err(|source| PreviewError::Watch {
                    path: new.clone(),
                    source,
                })?;
        }
        self.folders = folders;
        Ok(())
    }

    /// Whether any watched file was changed at or after `since` (a save made while the
    /// render was running, before the files were watched).
    pub fn changed_since(&self, since: SystemTime) -> bool {
        self.files.iter().chain(&self.missing).any(|f| {
            std::fs::metadata(f)
                .and_then(|m| m.modified())
                .is_ok_and(|t| t >= since)
        })
    }

    /// Blocks until a watched file changes and the burst of events is over; returns
    /// the files that changed.
    pub fn wait(&mut self) -> Result<Vec<PathBuf>, PreviewError> {
        let mut changed = Vec::new();
        // The quiet time that ends the burst: short once a save has ended.
        let mut quiet = QUIET;
        while changed.is_empty() {
            let event = if self.missing.is_empty() {
                self.events
                    .recv()
                    .map_err(|_| RecvTimeoutError::Disconnected)
            } else {
                self.events.recv_timeout(POLL)
            };
            match event {
                Ok(event) => quiet = self.note(event, &mut changed)?.unwrap_or(quiet),
                Err(RecvTimeoutError::Timeout) => {
                    changed.extend(self.missing.iter().filter(|f| f.exists()).cloned());
                }
                Err(RecvTimeoutError::Disconnected) => {
                    return Err(PreviewError::WatcherStopped);
                }
            }
        }
        let burst = Instant::now();
        while burst.elapsed() < MAX_BURST {
            match self.events.recv_timeout(quiet) {
                Ok(event) => quiet = self.note(event, &mut changed)?.unwrap_or(quiet),
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => {
                    return Err(PreviewError::WatcherStopped);
                }
            }
        }
        changed.sort();
        changed.dedup();
        Ok(changed)
    }

    /// Adds the watched files `event` changed to `changed`; when it changed any, the
    /// quiet time to wait next: [`SETTLED`] if it ended a save, else [`QUIET`].
    fn note(
        &self,
        event: notify::Result<Event>,
        changed: &mut Vec<PathBuf>,
    ) -> Result<Option<Duration>, PreviewError> {
        let event = event.map_err(PreviewError::Watching)?;
        if !relevant(&event.kind) {
            return Ok(None);
        }
        let before = changed.len();
        changed.extend(event.paths.into_iter().filter(|p| self.files.contains(p)));
        let saved = ends_a_save(&event.kind);
        Ok((changed.len() > before).then_some(if saved { SETTLED } else { QUIET }))
    }
}

/// A file as events name it: its folder's canonical path and its own name.
fn key(file: &Path) -> Option<PathBuf> {
    let absolute = std::path::absolute(file).ok()?;
    let folder = absolute.parent()?.canonicalize().ok()?;
    Some(folder.join(absolute.file_name()?))
}

/// Whether an event is the last of a save: the file closed after writing, or a
/// finished file renamed over it. (A file just created may not be written yet.)
fn ends_a_save(kind: &EventKind) -> bool {
    matches!(
        kind,
        EventKind::Access(AccessKind::Close(AccessMode::Write))
            | EventKind::Modify(ModifyKind::Name(_))
    )
}

/// Whether an event can change what a file holds.
fn relevant(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) | EventKind::Other => false,
        EventKind::Modify(ModifyKind::Metadata(_)) => false,
        _ => true,
    }
}
