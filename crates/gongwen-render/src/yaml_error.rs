//! A YAML error from serde-saphyr said in words a clerk understands: what is wrong on the
//! line (a missing closing quote, a colon without its space, indentation that does not
//! line up, a value YAML reads as something else), placed there, with the line rewritten.

use crate::error::Error;
use crate::yaml_lines::{Entry, quoted, with_space_after_colon};
use gongwen_i18n::tr;
use serde_saphyr::Error as Yaml;
use std::path::Path;

/// A YAML error from serde-saphyr, placed in `path` (whose text is `text`).
pub(crate) fn yaml_error(e: &Yaml, path: &Path, text: &str) -> Error {
    let lines: Vec<&str> = text.lines().collect();
    let count = lines.len().max(1);
    let (mut line, mut col) = e
        .location()
        .map_or((1, 1), |l| (l.line() as usize, l.column() as usize));
    if line > count {
        // An error at the end of the input (an unclosed quote) belongs to the last line.
        line = count;
        col = lines.last().map_or(0, |l| l.chars().count()) + 1;
    }
    let line = line.max(1);
    // A template tag written as a value: YAML reads `{{` as a mapping, `{%` as nothing.
    if let Some((at, entry)) = lines[..line.min(lines.len())]
        .iter()
        .enumerate()
        .find_map(|(i, l)| Entry::read(l).filter(Entry::starts_tag).map(|e| (i, e)))
    {
        return Error::new(path, tr!("yaml-template-tag"))
            .at(at + 1, entry.value_col)
            .hint(tr!(
                "yaml-write-line",
                line = entry.with_value(&quoted(entry.value))
            ));
    }
    let here = lines.get(line - 1).copied().unwrap_or_default();
    match inner(e) {
        Yaml::DuplicateMappingKey { key, .. } => duplicate(path, &lines, line, col, key.as_deref()),
        Yaml::Budget { breach, .. } => {
            use serde_saphyr::budget::BudgetBreach as B;
            let message = match breach {
                B::Depth { .. } => tr!("yaml-too-deep"),
                B::Nodes { .. } => tr!("yaml-too-many-nodes"),
                B::Aliases { .. } | B::AliasAnchorRatio { .. } | B::RecordedAnchorEvents { .. } => {
                    tr!("yaml-aliases-expand")
                }
                _ => tr!("yaml-too-large"),
            };
            Error::new(path, message)
                .at(line, col)
                .hint(tr!("yaml-limits-hint"))
        }
        Yaml::AliasReplayLimitExceeded { .. }
        | Yaml::AliasExpansionLimitExceeded { .. }
        | Yaml::AliasReplayStackDepthExceeded { .. } => {
            Error::new(path, tr!("yaml-aliases-expand"))
                .at(line, col)
                .hint(tr!("yaml-limits-hint"))
        }
        Yaml::UnknownAnchor { .. } => quote_value(path, here, line, col, '*'),
        Yaml::Unexpected { .. } => Error::new(path, tr!("yaml-key-not-text"))
            .at(line, col)
            .hint(tr!("yaml-key-not-text-hint")),
        Yaml::ExternalMessage { msg, .. } => scanner(path, &lines, line, col, msg),
        Yaml::Eof { .. } => Error::new(path, tr!("yaml-unfinished"))
            .at(line, col)
            .hint(tr!("yaml-unfinished-hint")),
        _ => syntax(path, line, col),
    }
}

/// The error itself, out of the wrappers that add a snippet or an alias's place.
fn inner(e: &Yaml) -> &Yaml {
    match e {
        Yaml::WithSnippet { error, .. } | Yaml::AliasError { error, .. } => inner(error),
        other => other,
    }
}

fn syntax(path: &Path, line: usize, col: usize) -> Error {
    Error::new(path, tr!("yaml-syntax"))
        .at(line, col)
        .hint(tr!("yaml-syntax-hint"))
}

/// The parser's own words (it has no kinds for them) turned into the user's.
fn scanner(path: &Path, lines: &[&str], line: usize, col: usize, msg: &str) -> Error {
    let here = lines.get(line - 1).copied().unwrap_or_default();
    let entry = Entry::read(here);
    if msg.contains("mapping values are not allowed") {
        let before: String = here.chars().take(col.saturating_sub(1)).collect();
        return match entry.filter(|_| before.contains(':')) {
            Some(entry) => Error::new(path, tr!("yaml-colon-in-value"))
                .at(line, entry.value_col)
                .hint(tr!(
                    "yaml-write-line",
                    line = entry.with_value(&quoted(entry.value))
                )),
            None => Error::new(path, tr!("yaml-indent-more"))
                .at(line, col)
                .hint(tr!("yaml-indent-more-hint")),
        };
    }
    if msg.contains("did not find expected key") {
        let (id, hint) = if here.trim_start().starts_with("- ") {
            (tr!("yaml-list-item"), tr!("yaml-list-item-hint"))
        } else {
            (
                tr!("yaml-indent-mismatch"),
                tr!("yaml-indent-mismatch-hint"),
            )
        };
        return Error::new(path, id).at(line, col).hint(hint);
    }
    if msg.contains("expected ':'") {
        return colon(path, here, line, col);
    }
    if msg.contains("unexpected character") {
        let c = here.chars().nth(col.saturating_sub(1)).unwrap_or('?');
        return quote_value(path, here, line, col, c);
    }
    if msg.contains("unclosed bracket") {
        return Error::new(path, tr!("yaml-unclosed-bracket"))
            .at(line, col)
            .hint(tr!("yaml-unclosed-bracket-hint"));
    }
    if msg.contains("trailing content after") {
        let hint = match entry {
            Some(entry) => tr!(
                "yaml-write-line",
                line = entry.with_value(&quoted(&entry.value.replace(['"', '\''], "")))
            ),
            None => tr!("yaml-after-quote-hint"),
        };
        return Error::new(path, tr!("yaml-after-quote"))
            .at(line, col)
            .hint(hint);
    }
    if msg.contains("quoted scalar") {
        return unclosed_quote(path, lines, line, col);
    }
    if msg.contains("block scalar") {
        return Error::new(path, tr!("yaml-block-scalar"))
            .at(line, col)
            .hint(tr!("yaml-block-scalar-hint"));
    }
    if msg.contains("end of stream") || msg.contains("unexpected eof") {
        return Error::new(path, tr!("yaml-unfinished"))
            .at(line, col)
            .hint(tr!("yaml-unfinished-hint"));
    }
    syntax(path, line, col)
}

/// A line whose colon YAML cannot find: one without its space, a full-width one, or none.
fn colon(path: &Path, here: &str, line: usize, col: usize) -> Error {
    let at = |c: char| here.find(c).map_or(col, |b| here[..b].chars().count() + 1);
    if let Some(fixed) = with_space_after_colon(here) {
        return Error::new(path, tr!("yaml-colon-space"))
            .at(line, at(':'))
            .hint(tr!("yaml-write-line", line = fixed.trim()));
    }
    if here.contains('：') {
        let fixed = here.trim().replacen('：', ": ", 1);
        return Error::new(path, tr!("yaml-full-width-colon"))
            .at(line, at('：'))
            .hint(tr!("yaml-write-line", line = fixed));
    }
    Error::new(path, tr!("yaml-no-colon"))
        .at(line, col)
        .hint(tr!("yaml-no-colon-hint"))
}

/// A value starting with `c`, which YAML reads as markup: it needs quotes.
fn quote_value(path: &Path, here: &str, line: usize, col: usize, c: char) -> Error {
    let err = Error::new(path, tr!("yaml-bad-start", char = c)).at(line, col);
    match Entry::read(here) {
        Some(entry) => err.hint(tr!(
            "yaml-write-line",
            line = entry.with_value(&quoted(entry.value))
        )),
        None => err.hint(tr!("yaml-quote-hint")),
    }
}

/// An unclosed quote: placed where it opens, the line shown with its closing quote.
fn unclosed_quote(path: &Path, lines: &[&str], line: usize, col: usize) -> Error {
    let opened = (0..line.min(lines.len())).rev().find_map(|i| {
        let entry = Entry::read(lines[i])?;
        let q = entry
            .value
            .chars()
            .next()
            .filter(|c| matches!(c, '"' | '\''))?;
        (entry.value.matches(q).count() % 2 == 1).then_some((i, entry, q))
    });
    match opened {
        Some((i, entry, q)) => Error::new(path, tr!("yaml-unclosed-quote", quote = q))
            .at(i + 1, entry.value_col)
            .hint(tr!(
                "yaml-write-line",
                line = entry.with_value(&format!("{}{q}", entry.value.trim_end()))
            )),
        None => Error::new(path, tr!("yaml-unclosed-quote", quote = '"'))
            .at(line, col)
            .hint(tr!("yaml-unclosed-quote-hint")),
    }
}

/// A key written twice in one mapping; the hint names the line of the first.
fn duplicate(path: &Path, lines: &[&str], line: usize, col: usize, key: Option<&str>) -> Error {
    let key = key.unwrap_or("…");
    let indent = |l: &str| l.len() - l.trim_start().len();
    let this = lines.get(line - 1).map_or(0, |l| indent(l));
    let first = lines[..(line - 1).min(lines.len())]
        .iter()
        .position(|l| {
            indent(l) == this
                && l.trim_start()
                    .strip_prefix(key)
                    .is_some_and(|r| r.trim_start().starts_with(':'))
        })
        .map_or(line, |i| i + 1);
    Error::new(path, tr!("yaml-duplicate-key", key = key))
        .at(line, col)
        .hint(tr!("yaml-duplicate-key-hint", line = first))
}

#[cfg(test)]
mod tests {
    use crate::DataFile;
    use std::path::Path;

    fn error(text: &str) -> crate::Error {
        DataFile::parse(Path::new("d.yaml"), text.to_string()).expect_err("a YAML mistake")
    }

    #[test]
    fn everyday_yaml_mistakes_are_said_in_words_with_the_line_rewritten() {
        let e = error("template: t\n标题: {{ 单位 }}关于开展检查的通知\n");
        assert_eq!(e.position, Some((2, 5)));
        assert!(e.message.contains("要加引号"), "{}", e.message);
        assert_eq!(
            e.hint.as_deref(),
            Some("把这一行写成：`标题: \"{{ 单位 }}关于开展检查的通知\"`")
        );
        let e = error("template: t\n成文日期: \"2022-07-01\n正文: 甲\n");
        assert_eq!(e.position, Some((2, 7)));
        assert!(e.message.contains("没有闭合"), "{}", e.message);
        assert_eq!(
            e.hint.as_deref(),
            Some("把这一行写成：`成文日期: \"2022-07-01\"`")
        );
        let e = error("template: t\n标题:甲\n正文: 乙\n");
        assert_eq!(e.message, "冒号后面少了一个空格");
        assert_eq!(e.position, Some((2, 3)));
        assert_eq!(e.hint.as_deref(), Some("把这一行写成：`标题: 甲`"));
        let e = error("template: t\n标题：甲\n正文: 乙\n");
        assert_eq!(
            (e.position, e.hint.as_deref()),
            (Some((2, 3)), Some("把这一行写成：`标题: 甲`"))
        );
        let e = error("template: t\n标题: 甲: 乙\n");
        assert_eq!(e.hint.as_deref(), Some("把这一行写成：`标题: \"甲: 乙\"`"));
        let e = error("template: t\nmetrics:\n   甲: 1\n  乙: 2\n");
        assert_eq!(e.position, Some((4, 3)));
        assert!(e.message.contains("没有对齐"), "{}", e.message);
        let e = error("template: t\n标题: 甲\n标题: 乙\n");
        assert_eq!(e.message, "`标题` 写了两次：同一层里每个名称只能写一次");
        assert_eq!(
            e.hint.as_deref(),
            Some("第 2 行已经写过它；保留一处，删去另一处")
        );
        for e in [
            e,
            error("template: t\n- a\n"),
            error("template: t\n标题: *甲\n"),
        ] {
            let all = format!("{} {}", e.message, e.hint.unwrap_or_default());
            assert!(!all.is_ascii() && !all.contains("scalar"), "{all}");
        }
    }
}
