//! Why watching or serving stopped: the one error type of the preview crate.

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
        match self {
            PreviewError::WatcherStart(e) => write!(f, "cannot watch files: {e}"),
            PreviewError::Watch { path, source } => {
                write!(f, "cannot watch {}: {source}", path.display())
            }
            PreviewError::Watching(e) => write!(f, "watching files failed: {e}"),
            PreviewError::WatcherStopped => f.write_str("the file watcher stopped"),
            PreviewError::Bind { address, source } => write!(
                f,
                "cannot serve at {address}: {source}; choose another port with --port \
                 (0 picks a free one)"
            ),
            PreviewError::BadHost(text) => write!(
                f,
                "--host 需要 IP 地址（监听的地址）或主机名（只含字母、数字、连字符和点，\
                 中文域名请写 xn-- 形式），而不是「{text}」"
            ),
            PreviewError::Io(e) => write!(f, "the preview server failed: {e}"),
        }
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
