//! Checking the figures of a document against what its template declares.
//!
//! A template's metrics are declared (name, label, unit, kind, range, relations)
//! or implied by `m(name, unit)` alone; the data gives values. [`check`] finds
//! every missing, unknown, mistyped, out-of-range or inconsistent figure.
//! The relations between figures (`le`, `parts_of`, `derived`) are in [`crate::relations`].

use crate::problem::Problem;
use crate::relations::relations;
use crate::spec::{DataValue, MetricKind, MetricSpec};
use gongwen_i18n::tr;
use std::collections::BTreeMap;

/// Checks `values` against `specs` (every metric the template uses, declared or implied).
///
/// Problems come metric by metric (missing, range, type), then unknown keys, then relations.
pub fn check(
    specs: &BTreeMap<String, MetricSpec>,
    values: &BTreeMap<String, DataValue>,
) -> Vec<Problem> {
    let mut out: Vec<Problem> = specs
        .iter()
        .flat_map(|(name, spec)| match values.get(name) {
            None => vec![missing(name, spec)],
            Some(value) => value_problems(name, spec, value),
        })
        .collect();
    let unknown: Vec<(&String, Option<&String>)> = values
        .keys()
        .filter(|k| !specs.contains_key(*k))
        .map(|name| (name, nearest(name, specs)))
        .collect();
    // A misspelt key is one mistake: keep "did you mean", drop the matching "missing".
    out.retain(|p| !(p.code == "missing" && unknown.iter().any(|(_, s)| *s == Some(&p.metric))));
    out.extend(
        unknown
            .into_iter()
            .map(|(name, near)| not_a_metric(name, near)),
    );
    out.extend(relations(specs, &numbers(specs, values)));
    out
}

/// The largest figure a number in the data holds digit for digit (2^53): beyond it the
/// printed digits would not be the ones written.
const MAX_EXACT: f64 = 9_007_199_254_740_992.0;

/// The metric has no value in the data.
fn missing(name: &str, spec: &MetricSpec) -> Problem {
    Problem::error(
        "missing",
        name,
        tr!(
            "check-missing",
            label = spec.label_or(name),
            placeholder = spec.placeholder.as_deref().unwrap_or(crate::PLACEHOLDER)
        ),
        Some(tr!("check-missing-hint", name = name)),
    )
}

/// A value of the wrong type, or a number out of its kind's or its declared range.
fn value_problems(name: &str, spec: &MetricSpec, value: &DataValue) -> Vec<Problem> {
    let kind = spec.kind_or_implied();
    match (kind, value) {
        (MetricKind::Date, DataValue::Text(t)) => crate::date_problem(t)
            .map(|problem| {
                let label = spec.label_or(name);
                let message = tr!("check-date", label = label, problem = problem);
                Problem::error("date", name, message, Some(tr!("check-date-hint")))
            })
            .into_iter()
            .collect(),
        (MetricKind::Text | MetricKind::Date, _) => Vec::new(),
        (_, DataValue::Number(n)) if n.abs() > MAX_EXACT => vec![Problem::error(
            "range",
            name,
            tr!(
                "check-too-large",
                label = spec.label_or(name),
                value = n.to_string()
            ),
            Some(tr!("check-too-large-hint")),
        )],
        (_, DataValue::Number(n)) => out_of_range(spec.label_or(name), spec, kind, *n)
            .into_iter()
            .map(|message| Problem::error("range", name, message, None))
            .collect(),
        (_, DataValue::Text(t)) | (_, DataValue::Other(t)) => vec![Problem::error(
            "type",
            name,
            tr!("check-type", label = spec.label_or(name), value = t),
            Some(crate::written::type_hint(t, spec)),
        )],
    }
}

/// Why the number `n` is out of range, if it is: its kind's range, then `min`, then `max`.
fn out_of_range(label: String, spec: &MetricSpec, kind: MetricKind, n: f64) -> Vec<String> {
    let mut out = Vec::new();
    if kind == MetricKind::Count && (n.fract() != 0.0 || n < 0.0) {
        out.push(tr!(
            "check-count-whole",
            label = &label,
            value = n.to_string()
        ));
    }
    if kind == MetricKind::Percent && !(0.0..=100.0).contains(&n) {
        out.push(tr!(
            "check-percent-range",
            label = &label,
            value = n.to_string()
        ));
    }
    if let Some(min) = spec.min.filter(|m| n < *m) {
        out.push(tr!(
            "check-below-min",
            label = &label,
            value = n.to_string(),
            min = min.to_string()
        ));
    }
    if let Some(max) = spec.max.filter(|m| n > *m) {
        out.push(tr!(
            "check-above-max",
            label = &label,
            value = n.to_string(),
            max = max.to_string()
        ));
    }
    out
}

/// The declared metric whose name is closest to a key the template does not know.
fn nearest<'a>(name: &str, specs: &'a BTreeMap<String, MetricSpec>) -> Option<&'a String> {
    specs
        .keys()
        .map(|s| (strsim::normalized_levenshtein(name, s), s))
        .filter(|(d, _)| *d >= 0.5)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, s)| s)
}

/// A data key that is not a metric of the template.
fn not_a_metric(name: &str, near: Option<&String>) -> Problem {
    Problem::error(
        "unknown",
        name,
        tr!("check-unknown", name = name),
        Some(match near {
            Some(s) => tr!("check-unknown-near", near = s),
            None => tr!("check-unknown-hint"),
        }),
    )
}

/// The numeric values of numeric metrics: what the relations compare.
fn numbers(
    specs: &BTreeMap<String, MetricSpec>,
    values: &BTreeMap<String, DataValue>,
) -> BTreeMap<String, f64> {
    specs
        .iter()
        .filter(|(_, spec)| !matches!(spec.kind_or_implied(), MetricKind::Text | MetricKind::Date))
        .filter_map(|(name, _)| match values.get(name) {
            Some(DataValue::Number(n)) => Some((name.clone(), *n)),
            _ => None,
        })
        .collect()
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
        assert_eq!(hint.as_deref(), Some("是不是要写 `学习研讨场次`？"));
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
