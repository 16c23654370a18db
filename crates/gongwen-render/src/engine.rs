//! Tera: data + template -> 公文 Markdown. Data is escaped so that it prints as itself.

use crate::data::DataFile;
use crate::diagnose;
use crate::error::{Error, line_col};
use crate::frontmatter::split;
use crate::metric_tag;
use crate::names;
use crate::printed::Guard;
use crate::shapes;
use crate::templates::Template;
use crate::yaml_error::yaml_error;
use gongwen_i18n::tr;
use gongwen_model::FrontMatter;
use gongwen_model::{DataValue, MetricSpec, format_figure};
use std::collections::BTreeMap;
use std::io::Write;
use std::sync::{Arc, Mutex};
use tera::{Context, Function, Kwargs, State, Tera, TeraResult, Value};

/// Escapes data for Markdown: every ASCII punctuation mark gets a backslash, so
/// `# * _ [ ] < > \` and friends in the data print as themselves.
fn escape_markdown(input: &str, out: &mut dyn Write) -> std::io::Result<()> {
    let mut buf = [0u8; 4];
    for c in input.chars() {
        if c.is_ascii_punctuation() {
            out.write_all(b"\\")?;
        }
        out.write_all(c.encode_utf8(&mut buf).as_bytes())?;
    }
    Ok(())
}

/// `m(name=…, unit=…)`: a placeholder metric, filled from the data's `metrics`
/// mapping and written as the template's declaration asks (kind, style, decimals).
struct MetricFn {
    specs: Arc<BTreeMap<String, MetricSpec>>,
    /// Figures used where no metric tag can go (front matter strings): name and unit.
    in_frame: Arc<Mutex<Vec<(String, String)>>>,
}

impl Function<TeraResult<Value>> for MetricFn {
    fn call(&self, kwargs: Kwargs, state: &State) -> TeraResult<Value> {
        let name: String = kwargs.must_get("name")?;
        let unit: String = kwargs.get("unit")?.unwrap_or_default();
        let metrics: Option<Value> = state.get("metrics")?;
        let value = metrics
            .as_ref()
            .and_then(Value::as_map)
            .and_then(|map| map.iter().find(|(k, _)| k.as_str() == Some(name.as_str())))
            .map(|(_, v)| v)
            .filter(|v| !v.is_none() && !v.is_undefined())
            .map(|v| {
                let value = match v.as_f64() {
                    Some(n) if v.is_number() => DataValue::Number(n),
                    _ => DataValue::Text(v.to_string()),
                };
                let implied = MetricSpec {
                    unit: Some(unit.clone()),
                    ..MetricSpec::default()
                };
                let spec = self.specs.get(&name).unwrap_or(&implied);
                format_figure(&value, spec)
            });
        let placeholder = self.specs.get(&name).and_then(|s| s.placeholder.clone());
        if state.autoescaping_enabled() {
            Ok(Value::safe_string(&metric_tag::write(
                &name,
                &unit,
                value.as_deref(),
                placeholder.as_deref(),
            )))
        } else {
            // A title or a 署名 holds plain text: the figure is printed as text, and
            // remembered so that `check` reports it when it is missing.
            if let Ok(mut used) = self.in_frame.lock() {
                used.push((name.clone(), unit.clone()));
            }
            let figure = value
                .or(placeholder)
                .unwrap_or_else(|| gongwen_model::PLACEHOLDER.to_string());
            Ok(Value::normal_string(&format!("{figure}{unit}")))
        }
    }

    fn is_safe(&self) -> bool {
        true
    }
}

/// Renders `template` with `data`: the frame (front matter with every string rendered and
/// the data's `document:` laid over it) and the 公文 Markdown body.
pub(crate) fn render(
    template: &Template,
    data_file: &DataFile,
) -> Result<(FrontMatter, String), Error> {
    let data = &data_file.value;
    let mut context = Context::from_serialize(data)
        .map_err(|_| Error::new(&data_file.path, tr!("data-not-usable")))?;
    context.insert(names::DATA_VAR, data);
    let text = template.text.as_str();
    let (fm_text, body_start) = split(text);

    let mut tera = Tera::new();
    tera.set_escape_fn(escape_markdown);
    tera.autoescape_on([".tera"]);
    let in_frame: Arc<Mutex<Vec<(String, String)>>> = Arc::default();
    let guard = Guard::default();
    guard.register(&mut tera);
    let mut front = parse_front_matter(fm_text, template, text.find(fm_text).unwrap_or(0))?;
    tera.register_function(
        "m",
        MetricFn {
            specs: Arc::new(front.metrics.clone()),
            in_frame: in_frame.clone(),
        },
    );
    // Blank out the front matter so that Tera's line numbers are the file's own.
    let blanked: String = text[..body_start]
        .chars()
        .filter(|&c| c == '\n')
        .collect::<String>()
        + &text[body_start..];
    let name = if template.display.ends_with(".tera") {
        template.display.clone()
    } else {
        format!("{}.tera", template.display)
    };
    let rewritten = names::rewrite(&blanked);
    let fail = |e: tera::Error| {
        let err = diagnose::tera_error(&e, &template.path, text, &rewritten.text);
        guard.explain(err, &rewritten.prints, data_file)
    };
    tera.add_raw_template(&name, &rewritten.text)
        .map_err(fail)?;
    let body = tera.render(&name, &context).map_err(fail)?;
    front.try_map_strings(|field, value| {
        let rewritten = names::rewrite(value);
        render_field(&mut tera, &context, template, field, value, &rewritten.text)
            .map_err(|err| guard.explain(err, &rewritten.prints, data_file))
    })?;
    // Figures printed in the frame are the document's figures too: declared with the unit
    // they are written with, so that `check` sees them.
    for (name, unit) in in_frame.lock().map(|u| u.clone()).unwrap_or_default() {
        gongwen_model::declare_use(&mut front.metrics, name, unit);
    }
    if let Some(doc) = data.get("document") {
        let over: FrontMatter =
            serde_json::from_value(doc.clone()).map_err(|_| document_error(doc, data_file))?;
        front.merge(over);
    }
    Ok((front, body.trim().to_string()))
}

/// Renders one front matter string (`value`, as Tera reads it `rewritten`); an error is
/// placed in the template file where the value is written, plus the position Tera found
/// inside the value.
fn render_field(
    tera: &mut Tera,
    context: &Context,
    template: &Template,
    field: &str,
    value: &str,
    rewritten: &str,
) -> Result<String, Error> {
    let text = template.text.as_str();
    tera.render_str(rewritten, context, false).map_err(|e| {
        let inner = diagnose::tera_error(&e, &template.path, value, rewritten);
        let offset = text
            .find(value.lines().next().unwrap_or(value))
            .unwrap_or(0);
        let (base_line, base_col) = line_col(text, offset);
        let (l, c) = inner.position.unwrap_or((1, 1));
        let (line, col) = if l == 1 {
            (base_line, base_col + c - 1)
        } else {
            (base_line + l - 1, c)
        };
        Error {
            message: tr!("frame-field", field = field, message = inner.message),
            ..inner
        }
        .at(line, col)
    })
}

/// The data's `document:` does not fit the frame: which field expects what, placed at
/// its value in the data.
fn document_error(doc: &serde_json::Value, data: &DataFile) -> Error {
    let Some(misfit) = shapes::misfit(doc, "document") else {
        return Error::new(
            &data.path,
            tr!("frame-unreadable", field = shapes::shown("document")),
        )
        .at(data.line_of("document"), 1)
        .hint(tr!("shape-keys", keys = FrontMatter::FIELDS.join(", ")));
    };
    let mut keys = vec!["document".to_string()];
    keys.extend(misfit.keys.iter().cloned());
    let at = (1..=keys.len()).rev().find_map(|n| {
        let path: Vec<&str> = keys[..n].iter().map(String::as_str).collect();
        data.value_position(&path)
    });
    let (line, col) = match at {
        Some(at) => misfit.place(&data.text, at),
        None => (data.line_of("document"), 1),
    };
    Error::new(&data.path, misfit.message)
        .at(line, col)
        .hint(misfit.hint)
}

/// Reads front matter YAML; `offset` is where it starts in the file, for error positions.
pub(crate) fn parse_front_matter(
    fm_text: &str,
    template: &Template,
    offset: usize,
) -> Result<FrontMatter, Error> {
    if fm_text.trim().is_empty() {
        return Ok(FrontMatter::default());
    }
    serde_saphyr::from_str::<FrontMatter>(fm_text)
        .map_err(|e| front_matter_error(&e, &template.path, fm_text, &template.text, offset))
}

/// A front matter that does not read as a frame, placed in `file` (whose text is `text`,
/// the front matter starting at byte `offset`): a YAML mistake, or a field of the wrong
/// shape said in words.
pub(crate) fn front_matter_error(
    e: &serde_saphyr::Error,
    file: &std::path::Path,
    fm_text: &str,
    text: &str,
    offset: usize,
) -> Error {
    let (base, _) = line_col(text, offset);
    let inner = match serde_saphyr::from_str::<crate::spanned::Located>(fm_text) {
        Ok(located) => match shapes::misfit(&located.value, "") {
            Some(misfit) => {
                let at = (1..=misfit.keys.len()).rev().find_map(|n| {
                    located
                        .spans
                        .iter()
                        .find(|(p, _)| p[..] == misfit.keys[..n])
                        .map(|(_, at)| *at)
                });
                let (l, c) = at.map_or((1, 1), |at| misfit.place(fm_text, at));
                Error::new(file, misfit.message).at(l, c).hint(misfit.hint)
            }
            None => {
                let (l, c) = e
                    .location()
                    .map_or((1, 1), |l| (l.line() as usize, l.column() as usize));
                Error::new(file, tr!("frame-unreadable", field = shapes::shown("")))
                    .at(l, c)
                    .hint(tr!("shape-keys", keys = FrontMatter::FIELDS.join(", ")))
            }
        },
        Err(_) => yaml_error(e, file, fm_text),
    };
    let (l, c) = inner.position.unwrap_or((1, 1));
    inner.at(base + l - 1, c)
}

#[cfg(test)]
mod tests {
    use gongwen_model::FrontMatter;

    #[test]
    fn the_fields_a_document_may_set_are_the_front_matter_s() {
        let err = serde_json::from_str::<FrontMatter>(r#"{"no_such_field": 1}"#)
            .expect_err("an unknown field");
        let named: Vec<String> = err
            .to_string()
            .split("expected one of ")
            .nth(1)
            .expect("serde lists the fields")
            .split(", ")
            .map(|f| {
                f.trim_matches(|c: char| c == '`' || !c.is_ascii())
                    .to_string()
            })
            .map(|f| f.split('`').next().unwrap_or_default().to_string())
            .collect();
        assert_eq!(named, FrontMatter::FIELDS, "{err}");
    }
}
