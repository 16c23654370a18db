//! A figure of the imported document made a metric.

use gongwen_model::MetricSpec;

/// A figure that became a metric: its name, declaration and value.
#[derive(Debug, Clone, PartialEq)]
pub struct Declared {
    /// The key in the data's `metrics:`.
    pub name: String,
    /// The declaration in the template's front matter.
    pub spec: MetricSpec,
    /// The value found, `None` for a placeholder.
    pub value: Option<f64>,
    /// The figure as typed.
    pub typed: String,
}
