//! The relations a template declares between its figures: `le` (may not exceed another),
//! `parts_of` (parts may not sum past the whole) and `derived` (must agree with `a/b`).

use crate::problem::Problem;
use crate::spec::{MetricKind, MetricSpec};
use gongwen_i18n::tr;
use std::collections::BTreeMap;

/// The declared metrics and the numbers the data gives them.
struct Figures<'a> {
    specs: &'a BTreeMap<String, MetricSpec>,
    numbers: &'a BTreeMap<String, f64>,
}

impl Figures<'_> {
    fn label(&self, name: &str) -> String {
        self.specs
            .get(name)
            .and_then(|s| s.label.clone())
            .unwrap_or_else(|| name.to_string())
    }

    fn number(&self, name: &str) -> Option<f64> {
        self.numbers.get(name).copied()
    }

    /// `name` (worth `value`) exceeds the metric its `le` names.
    fn exceeds(&self, name: &str, spec: &MetricSpec, value: f64) -> Option<Problem> {
        let whole = spec.le.as_deref()?;
        let limit = self.number(whole).filter(|limit| value > *limit)?;
        Some(error(
            "relation",
            name,
            tr!(
                "check-relation",
                label = self.label(name),
                value = value.to_string(),
                other = self.label(whole),
                limit = limit.to_string()
            ),
        ))
    }

    /// `name` (worth `value`) disagrees with its `derived` formula `a/b`.
    fn disagrees(&self, name: &str, spec: &MetricSpec, value: f64) -> Option<Problem> {
        let formula = spec.derived.as_deref()?;
        let (a, b) = formula.split_once('/')?;
        let (a, b) = (self.number(a.trim())?, self.number(b.trim())?);
        if b == 0.0 {
            return None;
        }
        let percent = spec.kind == Some(MetricKind::Percent) || spec.unit.as_deref() == Some("%");
        let expected = if percent { a / b * 100.0 } else { a / b };
        ((expected - value).abs() > 0.05_f64.max(expected.abs() * 0.001)).then(|| {
            error(
                "derived",
                name,
                tr!(
                    "check-derived",
                    label = self.label(name),
                    value = value.to_string(),
                    formula = formula,
                    expected = format!("{expected:.2}")
                ),
            )
        })
    }

    /// The `parts` of `whole` add up to more than it.
    fn too_many(&self, whole: &str, parts: &[(&str, f64)]) -> Option<Problem> {
        let total = self.number(whole)?;
        let sum: f64 = parts.iter().map(|(_, v)| v).sum();
        if sum <= total {
            return None;
        }
        let names: Vec<String> = parts.iter().map(|(n, _)| self.label(n)).collect();
        Some(error(
            "parts",
            parts[0].0,
            tr!(
                "check-parts",
                parts = names.join("、"),
                sum = sum.to_string(),
                whole = self.label(whole),
                total = total.to_string()
            ),
        ))
    }
}

fn error(code: &'static str, metric: &str, message: String) -> Problem {
    Problem::error(code, metric, message, None)
}

/// The broken relations among `numbers`: metric by metric `le` then `derived`,
/// then the `parts_of` sums, whole by whole.
pub(crate) fn relations(
    specs: &BTreeMap<String, MetricSpec>,
    numbers: &BTreeMap<String, f64>,
) -> Vec<Problem> {
    let figures = Figures { specs, numbers };
    let mut out = Vec::new();
    let mut parts: BTreeMap<&str, Vec<(&str, f64)>> = BTreeMap::new();
    for (name, spec) in specs {
        let Some(value) = figures.number(name) else {
            continue;
        };
        out.extend(figures.exceeds(name, spec, value));
        if let Some(whole) = spec.parts_of.as_deref() {
            parts.entry(whole).or_default().push((name, value));
        }
        out.extend(figures.disagrees(name, spec, value));
    }
    out.extend(
        parts
            .iter()
            .filter_map(|(whole, list)| figures.too_many(whole, list)),
    );
    out
}
