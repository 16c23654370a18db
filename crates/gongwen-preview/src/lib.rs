//! Live preview of a 公文: render it again whenever its data, template or images change.
//!
//! A [`Session`] keeps one [`Source`] warm (fonts, Typst's library and its memoized
//! layouts stay loaded); [`Watcher`] waits for a change to exactly the files the last
//! render read; [`watch`] writes a file on every change; [`serve`] shows the pages in a
//! browser that updates in place.

mod error;
mod guard;
mod listen;
mod routes;
mod server;
mod session;
mod snapshot;
mod watch;
mod watcher;

pub use error::PreviewError;
pub use gongwen_pipeline::Source;
pub use guard::Host;
pub use server::{ServeEvent, ServeOptions, serve};
pub use session::{Rendered, Session};
pub use snapshot::Snapshot;
pub use watch::{WatchEvent, watch};
pub use watcher::Watcher;
