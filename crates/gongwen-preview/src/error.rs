//! Why watching or serving stopped: the one error type of the preview crate.

use gongwen_i18n::tr;
use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;

/// Why `watch` or `serve` stopped (a failed render does not stop them: it is reported).
#[derive(Debug)]
pub enum PreviewError {
    /// The system's file watcher could not be started.
    WatcherStart(notify::Error),
    /// A folder could not be watched.
    Watch {
        /// The folder.
        path: PathBuf,
        /// What the file watcher said.
        source: notify::Error,
    },
    /// The file watcher reported an error while watching.
    Watching(notify::Error),
    /// The file watcher stopped sending events.
    WatcherStopped,
    /// The address could not be bound.
    Bind {
        /// The address asked for.
        address: SocketAddr,
        /// What the system said.
        source: std::io::Error,
    },
    /// A `--host` value that is neither an IP address nor a host name.
    BadHost(String),
    /// Another I/O error of the server (starting its runtime, reading its address).
    Io(std::io::Error),
}

impl fmt::Display for PreviewError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            PreviewError::WatcherStart(e) => {
                tr!("preview-watcher-start", reason = notify_reason(e))
            }
            PreviewError::Watch { path, source } => {
                tr!("preview-watch", path = path, reason = notify_reason(source))
            }
            PreviewError::Watching(e) => tr!("preview-watching", reason = notify_reason(e)),
            PreviewError::WatcherStopped => tr!("preview-watcher-stopped"),
            PreviewError::Bind { address, source } => tr!(
                "preview-bind",
                address = address.to_string(),
                reason = io_reason(source)
            ),
            PreviewError::BadHost(text) => tr!("preview-bad-host", text = text),
            PreviewError::Io(e) => tr!("preview-io", reason = io_reason(e)),
        };
        f.write_str(&text)
    }
}

/// What the file watcher's error means, in words.
fn notify_reason(e: &notify::Error) -> String {
    match &e.kind {
        notify::ErrorKind::Io(io) => io_reason(io),
        notify::ErrorKind::PathNotFound => tr!("preview-reason-not-found"),
        notify::ErrorKind::MaxFilesWatch => tr!("preview-reason-too-many"),
        _ => tr!("preview-reason-other", detail = e.to_string()),
    }
}

/// What a system error of the server means, in words.
fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::AddrInUse => tr!("preview-reason-in-use"),
        ErrorKind::AddrNotAvailable => tr!("preview-reason-not-here"),
        ErrorKind::PermissionDenied => tr!("preview-reason-permission"),
        ErrorKind::NotFound => tr!("preview-reason-not-found"),
        // inotify's limit on watches reads as a full disk.
        ErrorKind::StorageFull => tr!("preview-reason-too-many"),
        _ => tr!("preview-reason-other", detail = e.to_string()),
    }
}

impl std::error::Error for PreviewError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            PreviewError::WatcherStart(e) | PreviewError::Watching(e) => Some(e),
            PreviewError::Watch { source, .. } => Some(source),
            PreviewError::Bind { source, .. } | PreviewError::Io(source) => Some(source),
            PreviewError::WatcherStopped | PreviewError::BadHost(_) => None,
        }
    }
}

impl From<std::io::Error> for PreviewError {
    fn from(e: std::io::Error) -> Self {
        PreviewError::Io(e)
    }
}
