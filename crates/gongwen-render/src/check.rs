//! `gongwen check`: every figure of a document checked against its template, placed in the data file.

use crate::Job;
use crate::error::Error;
use gongwen_model::Diagnostic;
use gongwen_model::{DataValue, Document};
use std::collections::BTreeMap;

impl Job {
    /// Checks every metric the document uses against its declaration and the data,
    /// lints the text around them, and (for a speech) reports its length at `pace` 字/分钟.
    pub fn check(&self, pace: u32) -> Result<Vec<Diagnostic>, Error> {
        self.check_document(&self.document()?, pace)
    }

    /// [`Job::check`] for the document this job has already rendered: its figures
    /// ([`Document::metrics`]) against the data, and its words.
    pub fn check_document(&self, document: &Document, pace: u32) -> Result<Vec<Diagnostic>, Error> {
        let specs = &document.metrics;
        if let Some(m) = self.data.value.get("metrics")
            && !m.is_object()
            && !m.is_null()
        {
            let at = self.data.line_of("metrics");
            return Err(Error::new(
                &self.data.path,
                "`metrics` must be a mapping of names to values",
            )
            .at(at, 1)
            .hint(
                "write one `名称: 数值` line per figure under `metrics:`, indented, without `- `",
            ));
        }
        let values = self.metric_values();
        let metrics_line = self.data.line_of("metrics");
        let mut found: Vec<Diagnostic> = gongwen_model::check(specs, &values)
            .into_iter()
            .map(|p| {
                let (line, col) = self
                    .data
                    .metric_position(&p.metric)
                    .unwrap_or((metrics_line, 1));
                Diagnostic {
                    hint: p.hint,
                    metric: Some(p.metric),
                    ..Error::new(&self.data.path, p.message)
                        .at(line, col)
                        .with_code(p.severity, p.code)
                }
            })
            .collect();
        found.extend(crate::lint::lint_document(self, document, pace));
        found.sort_by_key(|d| (d.file.clone(), d.position));
        Ok(found)
    }

    fn metric_values(&self) -> BTreeMap<String, DataValue> {
        let Some(map) = self.data.value.get("metrics").and_then(|m| m.as_object()) else {
            return BTreeMap::new();
        };
        map.iter()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| {
                let value = match v {
                    serde_json::Value::Number(n) => {
                        DataValue::Number(n.as_f64().unwrap_or(f64::NAN))
                    }
                    serde_json::Value::String(s) => DataValue::Text(s.clone()),
                    other => DataValue::Other(other.to_string()),
                };
                (k.clone(), value)
            })
            .collect()
    }
}
