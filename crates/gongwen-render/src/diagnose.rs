//! Turning YAML and Tera errors into our errors: the user's file, line and column, in their words.

use crate::error::Error;
use crate::names::DATA_VAR;
use std::path::Path;

/// A YAML error from serde-saphyr, placed in `path` (whose text is `text`).
pub(crate) fn yaml_error(e: &serde_saphyr::Error, path: &Path, text: &str, what: &str) -> Error {
    let lines = text.lines().count().max(1);
    let (mut line, mut col) = e
        .location()
        .map_or((1, 1), |l| (l.line() as usize, l.column() as usize));
    if line > lines {
        // An error at the end of the input (an unclosed quote) belongs to the last line.
        line = lines;
        col = text.lines().last().map_or(0, |l| l.chars().count()) + 1;
    }
    let raw = e.to_string();
    let first = raw.lines().next().unwrap_or_default();
    // "error: line 3 column 5: mapping values…" -> "mapping values…"
    let message = first
        .strip_prefix("error: line ")
        .and_then(|rest| rest.split_once(": "))
        .map_or(first, |(_, m)| m);
    let mut err = Error::new(path, format!("{what}: {message}")).at(line, col);
    if let Some(rest) = message.strip_prefix("duplicate mapping key: ") {
        let key = rest
            .split(", set DuplicateKeyPolicy")
            .next()
            .unwrap_or(rest);
        err.message =
            format!("{what}: duplicate key `{key}`: it is written twice in the same mapping");
        err = err.hint("keep one of the two entries");
    } else if message.contains("budget breached") || message.contains("limit exceeded") {
        err = err.hint(
            "数据文件超出 YAML 解析上限（budget：嵌套 64 层、250,000 个节点、别名展开 1,000,000 个事件），这些上限是固定的；\
             别名（*name）层层引用会成倍展开，请直接写出数据",
        );
    } else if message.contains("quoted scalar") {
        err = err
            .hint("a quote (\" or ') opened on an earlier line may be missing its closing quote");
    }
    err
}

/// A Tera error in `source` (the template as the user wrote it, `path`), whose
/// rewritten form Tera saw as `rewritten`.
pub(crate) fn tera_error(e: &tera::Error, path: &Path, source: &str, rewritten: &str) -> Error {
    let (message, span) = match e.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => {
            (r.message().to_string(), Some(r.span().clone()))
        }
        _ => (
            e.to_string().lines().next().unwrap_or_default().to_string(),
            None,
        ),
    };
    let message = plain_names(&message);
    let Some(span) = span else {
        return Error::new(path, message);
    };
    let lines = source.lines().count().max(1);
    if span.start_line > lines {
        // Tera reached the end of the file: a block was left open.
        let col = source.lines().last().map_or(0, |l| l.chars().count()) + 1;
        return Error::new(path, format!("{message}: a block is not closed"))
            .at(lines, col)
            .hint("every {% if %}, {% for %} and {% block %} needs its {% endif %}, {% endfor %} or {% endblock %}");
    }
    let line = span.start_line.max(1);
    let col = original_column(source, rewritten, line, span.start_col);
    let mut err = Error::new(path, message).at(line, col);
    if err.message.contains("not defined") || err.message.contains("undefined") {
        let name = name_at(source, line, col);
        if let Some(name) = &name {
            // Point at the name itself, not at the braces before it.
            let tag: String = source
                .lines()
                .nth(line - 1)
                .unwrap_or_default()
                .chars()
                .skip(col - 1)
                .collect();
            let col = col
                + tag
                    .find(name.as_str())
                    .map_or(0, |b| tag[..b].chars().count());
            err = err.at(line, col);
        }
        err.message = match &name {
            Some(name) => format!("the data has no value for `{name}`"),
            None => "a value the template uses is missing from the data".to_string(),
        };
        err = err.hint(format!(
            "add `{}: …` to the data file, or guard it in the template with {{% if … is defined %}}",
            name.as_deref().unwrap_or("…")
        ));
    }
    err
}

/// `__gw["来文"]["标题"]` -> `来文.标题`, and no mention of the internal variable.
fn plain_names(message: &str) -> String {
    let mut out = message
        .replace(&format!("{DATA_VAR}, "), "")
        .replace(&format!(", {DATA_VAR}"), "");
    while let Some(start) = out.find(&format!("{DATA_VAR}[\"")) {
        let mut end = start + DATA_VAR.len();
        let mut names = Vec::new();
        while out[end..].starts_with("[\"") {
            let Some(close) = out[end + 2..].find("\"]") else {
                break;
            };
            names.push(out[end + 2..end + 2 + close].to_string());
            end += 2 + close + 2;
        }
        out.replace_range(start..end, &names.join("."));
    }
    out
}

/// The 1-based column in `source` of what Tera reported at 0-based `col` of the rewritten line.
fn original_column(source: &str, rewritten: &str, line: usize, col: usize) -> usize {
    let (Some(orig), Some(rewr)) = (
        source.lines().nth(line - 1),
        rewritten.lines().nth(line - 1),
    ) else {
        return col + 1;
    };
    if orig == rewr {
        return col + 1;
    }
    let prefix: String = rewr.chars().take(col + 1).collect();
    let tags = prefix.matches("{{").count() + prefix.matches("{%").count();
    let starts: Vec<usize> = orig
        .char_indices()
        .filter(|(i, _)| orig[*i..].starts_with("{{") || orig[*i..].starts_with("{%"))
        .map(|(i, _)| orig[..i].chars().count())
        .collect();
    tags.checked_sub(1)
        .and_then(|k| starts.get(k))
        .map_or(col + 1, |c| c + 1)
}

/// The first name written in the tag that holds `line`:`col` of `source`.
fn name_at(source: &str, line: usize, col: usize) -> Option<String> {
    let text: Vec<char> = source.lines().nth(line - 1)?.chars().collect();
    let at = (col - 1).min(text.len());
    let open = (0..=at)
        .rev()
        .find(|&i| text.get(i) == Some(&'{') && matches!(text.get(i + 1), Some('{' | '%')))?;
    let tag: String = text[open + 2..].iter().collect();
    let inner = tag.split("}}").next()?.split("%}").next()?;
    inner
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
        .find(|w| {
            !w.is_empty()
                && !matches!(
                    *w,
                    "if" | "not" | "for" | "in" | "set" | "and" | "or" | "is" | "defined"
                )
        })
        .map(String::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_names_read_as_written() {
        assert_eq!(
            plain_names("`__gw[\"来文\"][\"标题\"]` is undefined"),
            "`来文.标题` is undefined"
        );
        assert_eq!(
            plain_names("Available variables: __gw, template"),
            "Available variables: template"
        );
    }

    #[test]
    fn columns_map_back_to_the_template() {
        let source = "今天{{ 市 }}与{{ 会次 }}。";
        let rewritten = crate::names::rewrite(source).text;
        let at = rewritten.find("__gw[\"会次\"]").unwrap();
        let col = rewritten[..at].chars().count();
        assert_eq!(original_column(source, &rewritten, 1, col), 11);
        assert_eq!(name_at(source, 1, 11).as_deref(), Some("会次"));
    }
}
