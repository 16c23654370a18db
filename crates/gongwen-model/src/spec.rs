//! What a template declares about its metrics, and the values its data gives them.
//!
//! Both the checks ([`crate::check`]) and the figure formatting ([`crate::figure`])
//! read these declarations; neither depends on the other.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What sort of figure a metric is (read from its word in [`crate::choices`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MetricKind {
    /// A whole number of things: 次, 场, 人, 件.
    #[default]
    Count,
    /// Money in 元, 万元 or 亿元.
    Amount,
    /// A percentage, 0 to 100.
    Percent,
    /// A change in percentage points.
    Points,
    /// Any number.
    Ratio,
    /// A date.
    Date,
    /// Words (a place name, a title).
    Text,
}

impl MetricKind {
    /// The kind a unit implies when a template does not declare one.
    pub fn from_unit(unit: &str) -> MetricKind {
        match unit {
            "%" => MetricKind::Percent,
            "个百分点" => MetricKind::Points,
            "元" | "万元" | "亿元" => MetricKind::Amount,
            "" => MetricKind::Text,
            _ => MetricKind::Count,
        }
    }
}

/// A declared metric: what the template says a figure must be.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricSpec {
    /// The words the figure is known by in messages (defaults to its name).
    #[serde(default)]
    pub label: Option<String>,
    /// The unit printed after the figure.
    #[serde(default)]
    pub unit: Option<String>,
    /// The kind of figure; implied by the unit when absent.
    #[serde(default)]
    pub kind: Option<MetricKind>,
    /// The smallest allowed value.
    #[serde(default)]
    pub min: Option<f64>,
    /// The largest allowed value.
    #[serde(default)]
    pub max: Option<f64>,
    /// Another metric this one may not exceed (已整改 ≤ 查摆).
    #[serde(default)]
    pub le: Option<String>,
    /// The whole that this metric is one part of ("其中…"); parts may not sum past it.
    #[serde(default)]
    pub parts_of: Option<String>,
    /// A formula `a/b` (as a percentage for percent metrics) the value must agree with.
    #[serde(default)]
    pub derived: Option<String>,
    /// How the figure is written: arabic (default), chinese, ordinal or approx.
    #[serde(default)]
    pub style: Option<FigureStyle>,
    /// Decimal places at most (trailing zeros are dropped).
    #[serde(default)]
    pub decimals: Option<u8>,
    /// What prints while the data has no value: "X", "××"; 〔...〕 when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
}

/// How a declared metric wants its figure written, beyond its kind (read from its word
/// in [`crate::choices`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureStyle {
    /// Arabic numerals (the default).
    Arabic,
    /// Chinese numerals: 十二.
    Chinese,
    /// An ordinal: 第一.
    Ordinal,
    /// An enumerating lead: 一是 (for "一是……二是……").
    Shi,
    /// A rounded figure with 余: 1600余.
    Approx,
}

impl MetricSpec {
    /// The declared kind, or the kind the unit implies.
    pub(crate) fn kind_or_implied(&self) -> MetricKind {
        self.kind
            .unwrap_or_else(|| MetricKind::from_unit(self.unit.as_deref().unwrap_or("")))
    }

    /// The declared label, or the metric's `name`.
    pub(crate) fn label_or(&self, name: &str) -> String {
        self.label.clone().unwrap_or_else(|| name.to_string())
    }
}

/// A value as the data gives it.
#[derive(Debug, Clone, PartialEq)]
pub enum DataValue {
    /// A number.
    Number(f64),
    /// Text.
    Text(String),
    /// Anything else (a list, a mapping, true/false).
    Other(String),
}

/// Records that a figure `name` is printed with `unit`: declared if it was not, and given
/// the unit if its declaration has none.
pub fn declare_use(specs: &mut BTreeMap<String, MetricSpec>, name: String, unit: String) {
    let spec = specs.entry(name).or_default();
    if spec.unit.is_none() {
        spec.unit = Some(unit);
    }
}
