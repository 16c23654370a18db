//! The language messages are shown in: one per process, 简体中文 unless asked otherwise.

use std::sync::atomic::{AtomicU8, Ordering};

/// A language gongwen speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// 简体中文, the default.
    Zh,
    /// English, when the locale or `--lang en` asks for it.
    En,
}

static LANG: AtomicU8 = AtomicU8::new(0);

/// The language messages are made in now.
pub fn lang() -> Lang {
    match LANG.load(Ordering::Relaxed) {
        1 => Lang::En,
        _ => Lang::Zh,
    }
}

/// Makes every later message in `lang` (for the whole process).
pub fn set_lang(lang: Lang) {
    LANG.store(lang as u8, Ordering::Relaxed);
}

impl Lang {
    /// Reads a `--lang` value: `zh`, `zh-CN`, `en`, `en-US` …; `None` for anything else.
    pub fn parse(value: &str) -> Option<Lang> {
        let value = value.trim().to_ascii_lowercase();
        if value.starts_with("en") {
            Some(Lang::En)
        } else if value.starts_with("zh") {
            Some(Lang::Zh)
        } else {
            None
        }
    }

    /// The language the POSIX locale asks for: the first of `LC_ALL`, `LC_MESSAGES` and
    /// `LANG` that is set and not empty; English when it starts with `en`, else 简体中文.
    pub fn from_env() -> Lang {
        Lang::from_locale(|name| std::env::var(name).ok())
    }

    /// [`Lang::from_env`] over any lookup of the variables.
    pub fn from_locale(var: impl Fn(&str) -> Option<String>) -> Lang {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(var)
            .find(|v| !v.is_empty());
        match locale {
            Some(v) if v.starts_with("en") => Lang::En,
            _ => Lang::Zh,
        }
    }

    /// Its BCP 47 tag: `zh-CN` or `en`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from(vars: &[(&str, &str)]) -> Lang {
        Lang::from_locale(|name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn the_locale_chooses_english_only_when_it_says_en() {
        assert_eq!(from(&[]), Lang::Zh);
        assert_eq!(from(&[("LANG", "en_US.UTF-8")]), Lang::En);
        assert_eq!(from(&[("LANG", "zh_CN.UTF-8")]), Lang::Zh);
        assert_eq!(from(&[("LANG", "C.UTF-8")]), Lang::Zh);
        // LC_ALL wins over LANG, and an empty one is skipped.
        assert_eq!(from(&[("LC_ALL", "zh_CN"), ("LANG", "en_US")]), Lang::Zh);
        assert_eq!(from(&[("LC_ALL", ""), ("LC_MESSAGES", "en_GB")]), Lang::En);
    }

    #[test]
    fn lang_values_are_read_loosely() {
        assert_eq!(Lang::parse("en"), Some(Lang::En));
        assert_eq!(Lang::parse("EN-us"), Some(Lang::En));
        assert_eq!(Lang::parse("zh-CN"), Some(Lang::Zh));
        assert_eq!(Lang::parse("fr"), None);
    }
}
