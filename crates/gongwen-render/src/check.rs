//! `gongwen check` for a job: the document rendered, then checked by the model; and what
//! the model needs to place its findings (the data's figures and where they are written).

use crate::Job;
use crate::error::Error;
use gongwen_i18n::tr;
use gongwen_model::{DataValue, Diagnostic, SourceText, Sources};
use std::collections::BTreeMap;

impl Job {
    /// Checks every metric the document uses against its declaration and the data,
    /// lints the text around them, and (for a speech) reports its length at `pace` 字/分钟;
    /// a seal the document may not read is an error, as it is when rendering.
    pub fn check(&self, pace: u32) -> Result<Vec<Diagnostic>, Error> {
        let document = self.render()?.document;
        self.seal(&document)?;
        let mut found = document.check(pace);
        found.extend(self.empty_run_ins(&document));
        Ok(found)
    }

    /// The data's figures, where each is written, and the texts of the data and the
    /// template; refused when `metrics` is not a mapping.
    pub(crate) fn sources(&self) -> Result<Sources, Error> {
        let metrics = self.data.value.get("metrics");
        let metrics_line = self.data.line_of("metrics");
        if let Some(m) = metrics
            && !m.is_object()
            && !m.is_null()
        {
            return Err(Error::new(&self.data.path, tr!("data-metrics-not-mapping"))
                .at(metrics_line, 1)
                .hint(tr!("data-metrics-not-mapping-hint")));
        }
        let values: BTreeMap<String, DataValue> = metrics
            .and_then(|m| m.as_object())
            .into_iter()
            .flatten()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| (k.clone(), data_value(v)))
            .collect();
        Ok(Sources {
            data: SourceText {
                path: self.data.path.clone(),
                text: self.data.text.clone(),
            },
            template: SourceText {
                path: self.template.path.clone(),
                text: self.template.text.clone(),
            },
            values,
            places: self.data.positions().clone(),
            metrics_line,
        })
    }
}

fn data_value(v: &serde_json::Value) -> DataValue {
    match v {
        serde_json::Value::Number(n) => DataValue::Number(n.as_f64().unwrap_or(f64::NAN)),
        serde_json::Value::String(s) => DataValue::Text(s.clone()),
        other => DataValue::Other(other.to_string()),
    }
}
