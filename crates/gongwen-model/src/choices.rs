//! The words a template writes for a document's `kind`, a figure's `kind` and its `style`,
//! and, when a word is none of them, a message that lists them with what each means.

use crate::{DocKind, FigureStyle, MetricKind};
use gongwen_i18n::tr;
use serde::de::{Deserialize, Deserializer, Error};

/// A word a template may write, what it means, and the value it stands for.
type Choice<T> = (&'static str, &'static str, T);

/// The layouts, `kind:` of a template or a data file's `document:`.
const KINDS: [Choice<DocKind>; 8] = [
    ("circular", "通知等带版头的文件", DocKind::Circular),
    ("speech", "讲话稿", DocKind::Speech),
    ("report", "报告", DocKind::Report),
    ("resolution", "决议", DocKind::Resolution),
    ("news", "简报、工作信息", DocKind::News),
    ("letter", "函，信函格式", DocKind::Letter),
    ("order", "命令（令）", DocKind::Order),
    ("minutes", "纪要", DocKind::Minutes),
];

/// The kinds of figure, `kind:` of a declared metric.
const METRIC_KINDS: [Choice<MetricKind>; 7] = [
    ("count", "个数", MetricKind::Count),
    ("amount", "金额", MetricKind::Amount),
    ("percent", "百分比", MetricKind::Percent),
    ("points", "百分点", MetricKind::Points),
    ("ratio", "任意数", MetricKind::Ratio),
    ("date", "日期", MetricKind::Date),
    ("text", "文字", MetricKind::Text),
];

/// How a figure is written, `style:` of a declared metric.
const STYLES: [Choice<FigureStyle>; 5] = [
    ("arabic", "阿拉伯数字", FigureStyle::Arabic),
    ("chinese", "汉字数字：十二", FigureStyle::Chinese),
    ("ordinal", "序数：第一", FigureStyle::Ordinal),
    ("shi", "一是、二是", FigureStyle::Shi),
    ("approx", "约数：1600余", FigureStyle::Approx),
];

/// The value `choices` names with the word `d` holds, or `unknown`'s message for the word
/// and the list of choices.
fn choose<'de, D: Deserializer<'de>, T: Copy>(
    d: D,
    choices: &[Choice<T>],
    unknown: fn(&str, String) -> String,
) -> Result<T, D::Error> {
    let word = String::deserialize(d)?;
    let found = choices.iter().find(|(w, _, _)| *w == word.trim());
    found
        .map(|&(_, _, value)| value)
        .ok_or_else(|| D::Error::custom(unknown(&word, list(choices))))
}

/// "circular（通知等带版头的文件）、speech（讲话稿）…", each word in backticks.
fn list<T>(choices: &[Choice<T>]) -> String {
    let items: Vec<String> = choices
        .iter()
        .map(|&(name, meaning, _)| tr!("choice-item", name = name, meaning = meaning))
        .collect();
    items.join(&tr!("choice-separator"))
}

impl<'de> Deserialize<'de> for DocKind {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        choose(d, &KINDS, |value, choices| {
            tr!("choice-kind", value = value, choices = choices)
        })
    }
}

impl<'de> Deserialize<'de> for MetricKind {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        choose(d, &METRIC_KINDS, |value, choices| {
            tr!("choice-metric-kind", value = value, choices = choices)
        })
    }
}

impl<'de> Deserialize<'de> for FigureStyle {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        choose(d, &STYLES, |value, choices| {
            tr!("choice-style", value = value, choices = choices)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::de::IntoDeserializer;
    use serde::de::value::{Error as ValueError, StrDeserializer};

    fn read<'de, T: Deserialize<'de>>(word: &'de str) -> Result<T, ValueError> {
        let d: StrDeserializer<'de, ValueError> = word.into_deserializer();
        T::deserialize(d)
    }

    /// Each variant's place in its list: a new variant does not compile until it is listed.
    fn listed(kind: DocKind, metric: MetricKind, style: FigureStyle) -> [usize; 3] {
        let kind = match kind {
            DocKind::Circular => 0,
            DocKind::Speech => 1,
            DocKind::Report => 2,
            DocKind::Resolution => 3,
            DocKind::News => 4,
            DocKind::Letter => 5,
            DocKind::Order => 6,
            DocKind::Minutes => 7,
        };
        let metric = match metric {
            MetricKind::Count => 0,
            MetricKind::Amount => 1,
            MetricKind::Percent => 2,
            MetricKind::Points => 3,
            MetricKind::Ratio => 4,
            MetricKind::Date => 5,
            MetricKind::Text => 6,
        };
        let style = match style {
            FigureStyle::Arabic => 0,
            FigureStyle::Chinese => 1,
            FigureStyle::Ordinal => 2,
            FigureStyle::Shi => 3,
            FigureStyle::Approx => 4,
        };
        [kind, metric, style]
    }

    #[test]
    fn every_word_reads_as_its_value() {
        for (i, (word, _, kind)) in KINDS.iter().enumerate() {
            assert_eq!(read::<DocKind>(word).ok(), Some(*kind));
            assert_eq!(listed(*kind, MetricKind::Count, FigureStyle::Arabic)[0], i);
        }
        for (i, (word, _, kind)) in METRIC_KINDS.iter().enumerate() {
            assert_eq!(read::<MetricKind>(word).ok(), Some(*kind));
            assert_eq!(listed(DocKind::Circular, *kind, FigureStyle::Arabic)[1], i);
        }
        for (i, (word, _, style)) in STYLES.iter().enumerate() {
            assert_eq!(read::<FigureStyle>(word).ok(), Some(*style));
            assert_eq!(listed(DocKind::Circular, MetricKind::Count, *style)[2], i);
        }
    }

    #[test]
    fn an_unknown_word_is_named_with_the_choices() {
        let err = read::<DocKind>("tongzhi").expect_err("no such kind");
        assert!(
            err.to_string().starts_with(
                "不认识的文件类型 `tongzhi`：`kind` 可写 `circular`（通知等带版头的文件）、`speech`（讲话稿）"
            ),
            "{err}"
        );
        let err = read::<FigureStyle>("big").expect_err("no such style");
        assert!(err.to_string().contains("`shi`（一是、二是）"), "{err}");
    }
}
