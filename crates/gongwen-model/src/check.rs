//! Checking the figures of a document against what its template declares.
//!
//! A template's metrics are declared (name, label, unit, kind, range, relations)
//! or implied by `m(name, unit)` alone; the data gives values. [`check`] finds
//! every missing, unknown, mistyped, out-of-range or inconsistent figure.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What sort of figure a metric is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
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
    pub style: Option<crate::figure::FigureStyle>,
    /// Decimal places at most (trailing zeros are dropped).
    #[serde(default)]
    pub decimals: Option<u8>,
    /// What prints while the data has no value: "X", "××"; 〔...〕 when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
}

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Printing would be wrong.
    Error,
    /// Worth a look.
    Warning,
    /// For information (a speech's length).
    Note,
}

/// One problem with one metric.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Problem {
    /// How bad it is.
    pub severity: Severity,
    /// A stable code (`missing`, `unknown`, `type`, `range`, `relation`, `parts`, `derived`).
    pub code: &'static str,
    /// The metric's name (the data key).
    pub metric: String,
    /// What is wrong, in the metric's own words.
    pub message: String,
    /// What to do.
    pub hint: Option<String>,
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

/// Checks `values` against `specs` (every metric the template uses, declared or implied).
pub fn check(
    specs: &BTreeMap<String, MetricSpec>,
    values: &BTreeMap<String, DataValue>,
) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut numbers = BTreeMap::new();
    for (name, spec) in specs {
        let label = spec.label.clone().unwrap_or_else(|| name.clone());
        let kind = spec
            .kind
            .unwrap_or_else(|| MetricKind::from_unit(spec.unit.as_deref().unwrap_or("")));
        let problem = |code, message: String, hint: Option<String>| Problem {
            severity: Severity::Error,
            code,
            metric: name.clone(),
            message,
            hint,
        };
        let Some(value) = values.get(name) else {
            out.push(problem(
                "missing",
                format!(
                    "{label}: no value yet (prints as {})",
                    spec.placeholder.as_deref().unwrap_or(crate::PLACEHOLDER)
                ),
                Some(format!("add `{name}: …` under `metrics:`")),
            ));
            continue;
        };
        match (kind, value) {
            (MetricKind::Text | MetricKind::Date, _) => {}
            (_, DataValue::Number(n)) => {
                numbers.insert(name.clone(), *n);
                if kind == MetricKind::Count && (n.fract() != 0.0 || *n < 0.0) {
                    out.push(problem(
                        "range",
                        format!("{label}: a count must be a whole number of 0 or more, not {n}"),
                        None,
                    ));
                }
                if kind == MetricKind::Percent && !(0.0..=100.0).contains(n) {
                    out.push(problem(
                        "range",
                        format!("{label}: a percentage must lie between 0 and 100, not {n}"),
                        None,
                    ));
                }
                if let Some(min) = spec.min.filter(|m| n < m) {
                    out.push(problem(
                        "range",
                        format!("{label}: {n} is below the smallest allowed value {min}"),
                        None,
                    ));
                }
                if let Some(max) = spec.max.filter(|m| n > m) {
                    out.push(problem(
                        "range",
                        format!("{label}: {n} is above the largest allowed value {max}"),
                        None,
                    ));
                }
            }
            (_, DataValue::Text(t)) | (_, DataValue::Other(t)) => out.push(problem(
                "type",
                format!("{label}: expected a number, found {t:?}"),
                Some("write the figure in Arabic numerals, for example 12".into()),
            )),
        }
    }
    for name in values.keys().filter(|k| !specs.contains_key(*k)) {
        let near = specs
            .keys()
            .map(|s| (strsim::normalized_levenshtein(name, s), s))
            .filter(|(d, _)| *d >= 0.5)
            .max_by(|a, b| a.0.total_cmp(&b.0));
        out.push(Problem {
            severity: Severity::Error,
            code: "unknown",
            metric: name.clone(),
            message: format!("`{name}` is not a metric of this template"),
            hint: Some(match near {
                Some((_, s)) => format!("did you mean {s}?"),
                None => "remove it, or declare it in the template".into(),
            }),
        });
    }
    // A misspelt key is one mistake: keep "did you mean", drop the matching "missing".
    let meant: Vec<String> = out
        .iter()
        .filter(|p| p.code == "unknown")
        .filter_map(|p| {
            p.hint
                .as_deref()?
                .strip_prefix("did you mean ")?
                .strip_suffix('?')
                .map(String::from)
        })
        .collect();
    out.retain(|p| !(p.code == "missing" && meant.contains(&p.metric)));
    out.extend(relations(specs, &numbers));
    out
}

fn relations(
    specs: &BTreeMap<String, MetricSpec>,
    numbers: &BTreeMap<String, f64>,
) -> Vec<Problem> {
    let mut out = Vec::new();
    let label = |name: &str| {
        specs
            .get(name)
            .and_then(|s| s.label.clone())
            .unwrap_or_else(|| name.to_string())
    };
    let error = |code, metric: &str, message: String| Problem {
        severity: Severity::Error,
        code,
        metric: metric.to_string(),
        message,
        hint: None,
    };
    let mut parts: BTreeMap<&str, Vec<(&str, f64)>> = BTreeMap::new();
    for (name, spec) in specs {
        let Some(&value) = numbers.get(name) else {
            continue;
        };
        if let Some(whole) = spec.le.as_deref()
            && let Some(&limit) = numbers.get(whole)
            && value > limit
        {
            out.push(error(
                "relation",
                name,
                format!(
                    "{}（{value}）exceeds {}（{limit}）",
                    label(name),
                    label(whole)
                ),
            ));
        }
        if let Some(whole) = spec.parts_of.as_deref() {
            parts.entry(whole).or_default().push((name, value));
        }
        if let Some(formula) = spec.derived.as_deref()
            && let Some((a, b)) = formula.split_once('/')
            && let (Some(&a), Some(&b)) = (numbers.get(a.trim()), numbers.get(b.trim()))
            && b != 0.0
        {
            let percent =
                spec.kind == Some(MetricKind::Percent) || spec.unit.as_deref() == Some("%");
            let expected = if percent { a / b * 100.0 } else { a / b };
            if (expected - value).abs() > 0.05_f64.max(expected.abs() * 0.001) {
                out.push(error(
                    "derived",
                    name,
                    format!(
                        "{} is {value} but {formula} gives {expected:.2}",
                        label(name)
                    ),
                ));
            }
        }
    }
    for (whole, list) in parts {
        let Some(&total) = numbers.get(whole) else {
            continue;
        };
        let sum: f64 = list.iter().map(|(_, v)| v).sum();
        if sum > total {
            let names: Vec<String> = list.iter().map(|(n, _)| label(n)).collect();
            out.push(error(
                "parts",
                list[0].0,
                format!(
                    "{} add up to {sum}, more than {}（{total}）",
                    names.join("、"),
                    label(whole)
                ),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(unit: &str) -> MetricSpec {
        MetricSpec {
            unit: Some(unit.into()),
            ..MetricSpec::default()
        }
    }

    fn codes(
        specs: &BTreeMap<String, MetricSpec>,
        values: &[(&str, DataValue)],
    ) -> Vec<(&'static str, String)> {
        let values = values
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect();
        check(specs, &values)
            .into_iter()
            .map(|p| (p.code, p.metric))
            .collect()
    }

    #[test]
    fn missing_unknown_type_and_range() {
        let specs: BTreeMap<_, _> = [
            ("学习研讨场次".to_string(), spec("场次")),
            ("解决率".to_string(), spec("%")),
        ]
        .into();
        let found = codes(
            &specs,
            &[
                ("学习研讨场数", DataValue::Number(3.0)),
                ("解决率", DataValue::Number(120.0)),
            ],
        );
        // The misspelt key is one mistake: "unknown … did you mean", not also "missing".
        assert!(!found.contains(&("missing", "学习研讨场次".into())));
        assert!(found.contains(&("unknown", "学习研讨场数".into())));
        assert!(found.contains(&("range", "解决率".into())));
        let typed = codes(
            &specs,
            &[
                ("学习研讨场次", DataValue::Text("十二".into())),
                ("解决率", DataValue::Number(50.0)),
            ],
        );
        assert_eq!(typed, [("type", "学习研讨场次".to_string())]);
        let values = [("学习研讨场数".to_string(), DataValue::Number(1.0))].into();
        let hint = check(&specs, &values)
            .into_iter()
            .find(|p| p.code == "unknown")
            .and_then(|p| p.hint);
        assert_eq!(hint.as_deref(), Some("did you mean 学习研讨场次?"));
    }

    #[test]
    fn relations_parts_and_derived() {
        let mut specs: BTreeMap<String, MetricSpec> = BTreeMap::new();
        specs.insert("查摆".into(), spec("条"));
        specs.insert(
            "已整改".into(),
            MetricSpec {
                le: Some("查摆".into()),
                ..spec("条")
            },
        );
        specs.insert(
            "吃喝".into(),
            MetricSpec {
                parts_of: Some("查摆".into()),
                ..spec("个")
            },
        );
        specs.insert(
            "经费".into(),
            MetricSpec {
                parts_of: Some("查摆".into()),
                ..spec("个")
            },
        );
        specs.insert(
            "整改率".into(),
            MetricSpec {
                derived: Some("已整改/查摆".into()),
                ..spec("%")
            },
        );
        let n = DataValue::Number;
        let bad = codes(
            &specs,
            &[
                ("查摆", n(10.0)),
                ("已整改", n(12.0)),
                ("吃喝", n(6.0)),
                ("经费", n(5.0)),
                ("整改率", n(90.0)),
            ],
        );
        assert!(bad.contains(&("relation", "已整改".into())), "{bad:?}");
        assert!(bad.iter().any(|(c, _)| *c == "parts"), "{bad:?}");
        assert!(bad.contains(&("derived", "整改率".into())), "{bad:?}");
        let good = codes(
            &specs,
            &[
                ("查摆", n(10.0)),
                ("已整改", n(8.0)),
                ("吃喝", n(6.0)),
                ("经费", n(4.0)),
                ("整改率", n(80.0)),
            ],
        );
        assert!(good.is_empty(), "{good:?}");
    }
}
