//! Inline runs: the text of paragraphs, headings and titles.

use serde::Serialize;

/// What a missing figure prints as, exactly as the writers of 公文 type it.
pub const PLACEHOLDER: &str = "〔...〕";

/// One run of inline content.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Inline {
    /// Plain text, printed exactly as written.
    Text(String),
    /// A run-in lead sentence such as "一是深化系统研学，筑牢思想根基。".
    Lead(Vec<Inline>),
    /// A figure that comes from the data: printed as its value, or as a placeholder.
    Metric(Metric),
}

/// A placeholder metric: a figure the data supplies or the writer still has to fill in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Metric {
    /// The metric's key in the data (for example "学习研讨场次").
    pub name: String,
    /// The unit printed after the figure (for example "场次"); may be empty.
    pub unit: String,
    /// The figure as it is to be printed, or `None` while it is still missing.
    pub value: Option<String>,
    /// What prints while the value is missing, when not [`PLACEHOLDER`] ("X", "××").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    /// `check` found the value wrong (a count written 十二, a date that does not exist):
    /// it prints marked, as a missing figure does.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub faulty: bool,
}

impl Metric {
    /// The figure as printed: its value, or its placeholder (by default
    /// [`PLACEHOLDER`]) when it is missing.
    pub fn figure(&self) -> &str {
        self.value
            .as_deref()
            .or(self.placeholder.as_deref())
            .unwrap_or(PLACEHOLDER)
    }

    /// Whether the figure prints marked for the writer: missing, or found wrong.
    pub fn marked(&self) -> bool {
        self.value.is_none() || self.faulty
    }

    /// The figure followed by its unit, as it reads in the document.
    pub fn display(&self) -> String {
        format!("{}{}", self.figure(), self.unit)
    }
}

/// The text of inline runs as it reads, metrics included.
pub fn plain_text(runs: &[Inline]) -> String {
    let mut out = String::new();
    push_text(runs, &mut out);
    out
}

fn push_text(runs: &[Inline], out: &mut String) {
    for run in runs {
        match run {
            Inline::Text(text) => out.push_str(text),
            Inline::Lead(inner) => push_text(inner, out),
            Inline::Metric(metric) => out.push_str(&metric.display()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_metric_reads_as_placeholder_and_unit() {
        let m = Metric {
            name: "学习研讨场次".into(),
            unit: "场次".into(),
            value: None,
            placeholder: None,
            faulty: false,
        };
        assert_eq!(m.display(), "〔...〕场次");
        let typed = Metric {
            placeholder: Some("XX".into()),
            ..m.clone()
        };
        assert_eq!(typed.display(), "XX场次");
        let filled = Metric {
            value: Some("12".into()),
            ..m
        };
        assert_eq!(filled.display(), "12场次");
    }

    #[test]
    fn plain_text_flattens_leads_and_metrics() {
        let runs = vec![
            Inline::Lead(vec![Inline::Text("一是学习。".into())]),
            Inline::Text("开展".into()),
            Inline::Metric(Metric {
                name: "n".into(),
                unit: "次".into(),
                value: None,
                placeholder: None,
                faulty: false,
            }),
        ];
        assert_eq!(plain_text(&runs), "一是学习。开展〔...〕次");
    }
}
