//! A crate's messages in both languages, parsed once on first use.

use crate::lang::{Lang, lang};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

type Bundle = FluentBundle<FluentResource>;

/// One crate's messages: the Fluent sources of `zh-CN` and `en`, parsed on first use.
pub struct Catalog {
    sources: [&'static str; 2],
    bundles: OnceLock<[Bundle; 2]>,
}

/// A value handed to a message: text (paths shown as text) or a number (which also
/// chooses an English plural).
pub struct Arg(FluentValue<'static>);

impl Catalog {
    /// The catalog of these two Fluent sources (see [`crate::catalog!`]).
    pub const fn new(zh: &'static str, en: &'static str) -> Catalog {
        Catalog {
            sources: [zh, en],
            bundles: OnceLock::new(),
        }
    }

    /// The Fluent source of `lang`.
    pub fn source(&self, lang: Lang) -> &'static str {
        self.sources[lang as usize]
    }

    fn bundle(&self, lang: Lang) -> &Bundle {
        let bundles = self
            .bundles
            .get_or_init(|| [Lang::Zh, Lang::En].map(|l| bundle(l, self.source(l))));
        &bundles[lang as usize]
    }

    /// Whether `id` is a message of this catalog in `lang`.
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundle(lang).has_message(id)
    }

    /// The message `id` in the current language with `args`. A message missing from the
    /// catalog (which [`crate::audit`] catches in each crate's tests) shows its id.
    pub fn message(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.message_in(lang(), id, args)
    }

    /// The message `id` in `lang` with `args`.
    pub fn message_in(&self, lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
        let bundle = self.bundle(lang);
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut fluent = FluentArgs::with_capacity(args.len());
        for (name, Arg(value)) in args {
            fluent.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&fluent), &mut errors)
            .into_owned()
    }
}

fn bundle(lang: Lang, source: &'static str) -> Bundle {
    let id = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Terminals and files show the isolation marks Fluent puts around arguments.
    bundle.set_use_isolating(false);
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
    // A duplicate id keeps its first text; `audit` reports it.
    let _ = bundle.add_resource(resource);
    bundle
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg(FluentValue::String(Cow::Owned(s.to_string())))
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg(FluentValue::String(Cow::Owned(s)))
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::from(s.as_str())
    }
}

impl From<Cow<'_, str>> for Arg {
    fn from(s: Cow<'_, str>) -> Arg {
        Arg::from(s.into_owned())
    }
}

impl From<char> for Arg {
    fn from(c: char) -> Arg {
        Arg::from(c.to_string())
    }
}

impl From<&Path> for Arg {
    fn from(p: &Path) -> Arg {
        Arg::from(p.display().to_string())
    }
}

impl From<&PathBuf> for Arg {
    fn from(p: &PathBuf) -> Arg {
        Arg::from(p.as_path())
    }
}

impl From<std::path::Display<'_>> for Arg {
    fn from(p: std::path::Display<'_>) -> Arg {
        Arg::from(p.to_string())
    }
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg(FluentValue::from(n))
            }
        }
        impl From<&$t> for Arg {
            fn from(n: &$t) -> Arg {
                Arg(FluentValue::from(*n))
            }
        }
    )*};
}

numbers!(u8, u16, u32, u64, usize, i32, i64, f64);
