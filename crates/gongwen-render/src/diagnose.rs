//! Turning Tera errors into our errors: the user's file, line and column, in their words
//! (YAML's are `yaml_error`'s).

use crate::error::Error;
use crate::names::DATA_VAR;
use gongwen_i18n::tr;
use std::path::Path;

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
    let message = message.strip_prefix("error: ").unwrap_or(&message);
    let Some(span) = span else {
        return unplaced(e, message, path, source);
    };
    let lines = source.lines().count().max(1);
    if span.start_line > lines || message.starts_with("Unexpected end of input") {
        // Tera reached the end of the file: a block was left open.
        let col = source.lines().last().map_or(0, |l| l.chars().count()) + 1;
        return Error::new(path, tr!("tera-unclosed-block"))
            .at(lines, col)
            .hint(tr!("tera-unclosed-block-hint"));
    }
    let line = span.start_line.max(1);
    let col = original_column(source, rewritten, line, span.start_col);
    if message.contains("not defined") || message.contains("undefined") {
        return undefined(path, source, line, col);
    }
    let (message, hint) = words(message);
    Error::new(path, message).at(line, col).hint(hint)
}

/// A value the template uses that the data lacks, placed at its name.
fn undefined(path: &Path, source: &str, line: usize, col: usize) -> Error {
    let name = name_at(source, line, col);
    let mut col = col;
    if let Some(name) = &name {
        // Point at the name itself, not at the braces before it.
        let tag: String = source
            .lines()
            .nth(line - 1)
            .unwrap_or_default()
            .chars()
            .skip(col - 1)
            .collect();
        col += tag
            .find(name.as_str())
            .map_or(0, |b| tag[..b].chars().count());
    }
    let message = match &name {
        Some(name) => tr!("tera-no-value", name = name),
        None => tr!("tera-no-value-unnamed"),
    };
    Error::new(path, message).at(line, col).hint(tr!(
        "tera-no-value-hint",
        name = name.as_deref().unwrap_or("…")
    ))
}

/// Tera's words for a mistake in the template, as the user's.
fn words(message: &str) -> (String, String) {
    if let Some(rest) = message.strip_prefix("Found ") {
        let found = rest.split(" but expected").next().unwrap_or(rest);
        let found = found.trim_matches('`');
        return (tr!("tera-found", found = found), tr!("tera-syntax-hint"));
    }
    if message.starts_with("Unknown tag") {
        return (tr!("tera-unknown-tag"), tr!("tera-unknown-tag-hint"));
    }
    if message.contains("end of string") {
        return (tr!("tera-unclosed-string"), tr!("tera-syntax-hint"));
    }
    if let Some(rest) = message.strip_prefix("Invalid type for the value, expected `") {
        let mut parts = rest.split('`');
        let expected = type_word(parts.next().unwrap_or_default());
        let got = type_word(parts.nth(1).unwrap_or_default());
        return (
            tr!("tera-wrong-type", expected = expected, got = got),
            tr!("tera-wrong-type-hint"),
        );
    }
    (tr!("tera-other", detail = message), tr!("tera-syntax-hint"))
}

/// A Tera error without a place: an unknown filter, function or template, placed at
/// its name in `source` when it is written there.
fn unplaced(e: &tera::Error, message: &str, path: &Path, source: &str) -> Error {
    let named = |prefix: &str| {
        message
            .strip_prefix(prefix)
            .and_then(|rest| rest.split('`').next())
            .map(str::to_string)
    };
    let (err, name) = if let tera::ErrorKind::TemplateNotFound(name) = e.kind() {
        (
            Error::new(path, tr!("tera-no-include", name = name)).hint(tr!("tera-no-include-hint")),
            name.clone(),
        )
    } else if let Some(name) = named("Unknown filter `") {
        (
            Error::new(path, tr!("tera-unknown-filter", name = &name))
                .hint(tr!("tera-unknown-filter-hint")),
            name,
        )
    } else if let Some(name) = named("Unknown function `") {
        (
            Error::new(path, tr!("tera-unknown-function", name = &name))
                .hint(tr!("tera-unknown-function-hint")),
            name,
        )
    } else if let Some(name) = named("Unknown test `") {
        (
            Error::new(path, tr!("tera-unknown-test", name = &name)).hint(tr!("tera-syntax-hint")),
            name,
        )
    } else if let Some(name) = named("Unknown template `") {
        (
            Error::new(path, tr!("tera-no-include", name = &name))
                .hint(tr!("tera-no-include-hint")),
            name,
        )
    } else {
        let (message, hint) = words(message);
        return Error::new(path, message).hint(hint);
    };
    match source.find(name.as_str()).filter(|_| !name.is_empty()) {
        Some(at) => {
            let (line, col) = crate::error::line_col(source, at);
            err.at(line, col)
        }
        None => err,
    }
}

/// A Tera type name in words.
fn type_word(name: &str) -> String {
    match name {
        "f64" | "i64" | "u64" | "i128" | "u128" | "number" | "integer" | "float" => {
            tr!("type-number")
        }
        "string" | "str" => tr!("type-text"),
        "array" | "vec" | "list" => tr!("type-list"),
        "map" | "object" => tr!("type-map"),
        "bool" => tr!("type-bool"),
        "none" | "undefined" => tr!("type-none"),
        other => format!("`{other}`"),
    }
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
