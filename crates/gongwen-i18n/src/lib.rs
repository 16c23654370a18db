//! gongwen's messages in 简体中文 (the default) and English, through Fluent.
//!
//! Each crate keeps its messages in `locales/zh-CN.ftl` and `locales/en.ftl`, embeds them
//! with [`catalog!`] and looks them up with [`tr!`] in the language [`set_lang`] chose
//! (the CLI chooses it from `--lang` or the locale, [`Lang::from_env`]). [`audit`] is the
//! test every crate runs: each message in both files, with the same arguments, and every
//! `tr!` in its sources naming a message that exists.

mod audit;
mod catalog;
mod lang;

pub use audit::audit;
pub use catalog::{Arg, Catalog};
pub use lang::{Lang, lang, set_lang};

/// Defines the calling crate's `CATALOG` from its `locales/zh-CN.ftl` and `locales/en.ftl`,
/// and the test that audits it.
#[macro_export]
macro_rules! catalog {
    () => {
        /// This crate's messages in both languages.
        pub(crate) static CATALOG: $crate::Catalog = $crate::Catalog::new(
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/zh-CN.ftl")),
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en.ftl")),
        );

        /// Every message of this crate in both languages with the same arguments, and
        /// every `tr!` in its sources naming one ([`audit`]).
        #[cfg(test)]
        #[test]
        fn every_message_is_in_both_languages() {
            let src = ::std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src"));
            assert_eq!($crate::audit(&CATALOG, src), Vec::<String>::new());
        }
    };
}

/// The message `id` of the calling crate's `CATALOG` in the current language, with
/// arguments `name = value` (strings, numbers, paths).
// `crate::CATALOG` is the calling crate's, as intended.
#[allow(clippy::crate_in_macro_def)]
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        crate::CATALOG.message($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        crate::CATALOG.message(
            $id,
            &[$((stringify!($name), $crate::Arg::from($value))),+],
        )
    };
}
