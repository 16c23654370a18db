//! Live preview of a 公文: render it again whenever its data, template or images change.
//!
//! A [`Session`] keeps one [`Source`] warm (fonts, Typst's library and its memoized
//! layouts stay loaded); [`Watcher`] waits for a change to exactly the files the last
//! render read; [`watch`] writes a file on every change; [`serve`] shows the pages in a
//! browser that updates in place.

gongwen_i18n::catalog!();

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

#[cfg(test)]
mod tests {
    use gongwen_i18n::Lang;

    #[test]
    fn counts_read_right_in_both_languages() {
        let summary = |lang, pages: usize, problems: usize| {
            let args = [
                ("pages", pages.into()),
                ("problems", problems.into()),
                ("ms", 63u64.into()),
            ];
            crate::CATALOG.message_in(lang, "preview-summary", &args)
        };
        assert_eq!(summary(Lang::Zh, 1, 1), "共 1 页，1 个问题，用时 63 毫秒");
        assert_eq!(summary(Lang::En, 1, 1), "1 page, 1 problem, 63 ms");
        assert_eq!(summary(Lang::En, 14, 155), "14 pages, 155 problems, 63 ms");
    }
}
