//! How a metric travels through Markdown: an inline tag the parser turns back into a metric.
//!
//! `<gw-metric name="学习研讨场次" unit="场次"/>`; a value adds `value="12"`.
//! Attribute values are HTML-escaped, so nothing in them can end the tag.

use gongwen_model::Metric;

const TAG: &str = "<gw-metric ";

/// The tag for a metric: its value, or what prints while it has none.
pub(crate) fn write(
    name: &str,
    unit: &str,
    value: Option<&str>,
    placeholder: Option<&str>,
) -> String {
    let mut out = format!("{TAG}name=\"{}\" unit=\"{}\"", escape(name), escape(unit));
    if let Some(v) = value {
        out.push_str(&format!(" value=\"{}\"", escape(v)));
    }
    if let Some(p) = placeholder {
        out.push_str(&format!(" placeholder=\"{}\"", escape(p)));
    }
    out.push_str("/>");
    out
}

/// The metric in a tag, or `None` when `html` is not a metric tag.
pub(crate) fn read(html: &str) -> Option<Metric> {
    let rest = html.trim().strip_prefix(TAG)?.strip_suffix("/>")?;
    let (mut name, mut unit, mut value, mut placeholder) = (None, String::new(), None, None);
    let mut rest = rest.trim_start();
    while let Some(eq) = rest.find("=\"") {
        let key = rest[..eq].trim();
        let after = &rest[eq + 2..];
        let end = after.find('"')?;
        let val = unescape(&after[..end]);
        match key {
            "name" => name = Some(val),
            "unit" => unit = val,
            "value" => value = Some(val),
            "placeholder" => placeholder = Some(val),
            _ => {}
        }
        rest = after[end + 1..].trim_start();
    }
    Some(Metric {
        name: name?,
        unit,
        value,
        placeholder,
        faulty: false,
    })
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\n', "&#10;")
}

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#10;", "\n")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_awkward_values() {
        let tag = write("名\"称", "场次", Some("<1&2>"), None);
        let m = read(&tag).unwrap();
        assert_eq!(
            (m.name.as_str(), m.unit.as_str(), m.value.as_deref()),
            ("名\"称", "场次", Some("<1&2>"))
        );
        assert_eq!(read("<b>").map(|m| m.name), None);
        let typed = read(&write("人数", "人", None, Some("X\""))).unwrap();
        assert_eq!(typed.placeholder.as_deref(), Some("X\""));
    }
}
