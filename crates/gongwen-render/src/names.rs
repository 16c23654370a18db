//! Chinese names in templates: `{{ 来文.标题 }}` reads the data as `{{ __gw["来文"]["标题"] }}`,
//! and every print tag checked to print text: `{{ (…) | __gw_text(n=0) }}`.
//!
//! Tera's names are ASCII, but our users name their data in Chinese. Inside
//! `{{ … }}` and `{% … %}`, every name chain with a non-ASCII part is rewritten
//! into subscripts of the whole data (`__gw`); names a template binds itself
//! (`{% for 县 in … %}`, `{% set 合计 = … %}`) become ASCII aliases. Each `{{ … }}`
//! passes its value through the `printed` filter, which refuses a list or a
//! mapping. Comments and `{% raw %}` blocks are left alone. Lines are kept as they
//! are, so error line numbers still match the file.

use std::collections::HashMap;

/// The context variable that holds the whole data mapping.
pub(crate) const DATA_VAR: &str = "__gw";

/// The filter every print tag passes its value through (`crate::printed::Guard`).
pub(crate) const FILTER: &str = "__gw_text";

/// A template rewritten for Tera.
pub(crate) struct Rewritten {
    /// The text Tera reads.
    pub text: String,
    /// The expression of each `{{ … }}` tag as the template writes it, in order:
    /// `prints[n]` is the one whose value `__gw_text(n=n)` checks.
    pub prints: Vec<String>,
}

/// The template `source` with Chinese names rewritten and print tags checked, for Tera.
pub(crate) fn rewrite(source: &str) -> Rewritten {
    let bound = bound_names(source);
    let mut out = String::with_capacity(source.len() + 64);
    let mut prints = Vec::new();
    let mut rest = source;
    while let Some(open) = rest.find(['{']) {
        let (before, tag) = rest.split_at(open);
        out.push_str(before);
        let end = if tag.starts_with("{#") {
            // A comment is copied as it is, up to its end.
            tag.find("#}").map_or(tag.len(), |e| e + 2)
        } else if let Some(end) = raw_block_end(tag) {
            end
        } else if tag.starts_with("{{") || tag.starts_with("{%") {
            let close = if tag.starts_with("{{") { "}}" } else { "%}" };
            let end = tag_end(tag, close).unwrap_or(tag.len());
            let names = rewrite_tag(&tag[..end], &bound);
            match guard_print(&tag[..end], &names, prints.len()) {
                Some((guarded, expression)) => {
                    out.push_str(&guarded);
                    prints.push(expression);
                }
                None => out.push_str(&names),
            }
            rest = &tag[end..];
            continue;
        } else {
            1
        };
        out.push_str(&tag[..end]);
        rest = &tag[end..];
    }
    out.push_str(rest);
    Rewritten { text: out, prints }
}

/// A print tag `{{ expr }}` (its names already rewritten in `names`) as
/// `{{ (expr) | __gw_text(n=n) }}`, whitespace control kept, and `expr` as written.
fn guard_print(tag: &str, names: &str, n: usize) -> Option<(String, String)> {
    let strip = |t: &str| -> Option<(bool, String, bool)> {
        let inner = t.strip_prefix("{{")?.strip_suffix("}}")?;
        let (left, inner) = inner
            .strip_prefix('-')
            .map_or((false, inner), |i| (true, i));
        let (inner, right) = inner
            .strip_suffix('-')
            .map_or((inner, false), |i| (i, true));
        Some((left, inner.to_string(), right))
    };
    let (_, written, _) = strip(tag)?;
    let (left, expr, right) = strip(names)?;
    if expr.trim().is_empty() {
        return None;
    }
    let (open, close) = (
        if left { "{{-" } else { "{{" },
        if right { "-}}" } else { "}}" },
    );
    let guarded = format!("{open} ({expr}) | {FILTER}(n={n}) {close}");
    Some((guarded, written.trim().to_string()))
}

/// Where the `{% raw %}` block starting at `tag` ends (after its `{% endraw %}`), if it is one.
fn raw_block_end(tag: &str) -> Option<usize> {
    let body = tag.strip_prefix("{%")?;
    let start = 2 + block_named(body, "raw")?;
    let mut at = start;
    while let Some(open) = tag[at..].find("{%") {
        at += open + 2;
        if let Some(len) = block_named(&tag[at..], "endraw") {
            return Some(at + len);
        }
    }
    Some(tag.len())
}

/// The length of `name %}` (with whitespace control and spaces) at the start of `after`,
/// the text after a `{%`, if the tag is `name`.
fn block_named(after: &str, name: &str) -> Option<usize> {
    let rest = after.strip_prefix('-').unwrap_or(after).trim_start();
    let rest = rest.strip_prefix(name)?.trim_start();
    let rest = rest.strip_prefix('-').unwrap_or(rest);
    let rest = rest.strip_prefix("%}")?;
    Some(after.len() - rest.len())
}

/// Byte length of the tag starting at `tag` (up to and including `close`), skipping strings.
fn tag_end(tag: &str, close: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in tag.char_indices().skip(2) {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if matches!(c, '"' | '\'' | '`') => quote = Some(c),
            None if tag[i..].starts_with(close) => return Some(i + close.len()),
            None => {}
        }
    }
    None
}

/// Names the template binds with `for` and `set`, each with its ASCII alias.
fn bound_names(source: &str) -> HashMap<String, String> {
    let mut names = HashMap::new();
    for tag in source.split("{%").skip(1) {
        let tag = tag
            .split("%}")
            .next()
            .unwrap_or_default()
            .trim()
            .trim_start_matches('-')
            .trim();
        let declared = if let Some(rest) = tag.strip_prefix("for ") {
            rest.split(" in ").next().unwrap_or_default()
        } else if let Some(rest) = tag
            .strip_prefix("set_global ")
            .or_else(|| tag.strip_prefix("set "))
        {
            rest.split('=').next().unwrap_or_default()
        } else {
            continue;
        };
        for name in declared.split(',').map(str::trim).filter(|n| !n.is_ascii()) {
            let alias = format!("__gw{}", names.len());
            names.entry(name.to_string()).or_insert(alias);
        }
    }
    names
}

fn rewrite_tag(tag: &str, bound: &HashMap<String, String>) -> String {
    let chars: Vec<char> = tag.chars().collect();
    let mut out = String::with_capacity(tag.len() + 16);
    let mut i = 0;
    let mut quote = None;
    while i < chars.len() {
        let c = chars[i];
        if let Some(q) = quote {
            out.push(c);
            if c == q {
                quote = None;
            }
            i += 1;
            continue;
        }
        if matches!(c, '"' | '\'' | '`') {
            quote = Some(c);
            out.push(c);
            i += 1;
            continue;
        }
        let after_dot = out.ends_with('.');
        if (c.is_alphabetic() || c == '_')
            && !after_dot
            && !out.ends_with(|p: char| p.is_alphanumeric() || p == '_')
        {
            let mut parts = vec![ident(&chars, &mut i)];
            while i + 1 < chars.len()
                && chars[i] == '.'
                && (chars[i + 1].is_alphabetic() || chars[i + 1] == '_')
            {
                i += 1;
                parts.push(ident(&chars, &mut i));
            }
            out.push_str(&chain(&parts, bound));
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

fn ident(chars: &[char], i: &mut usize) -> String {
    let start = *i;
    while *i < chars.len() && (chars[*i].is_alphanumeric() || chars[*i] == '_') {
        *i += 1;
    }
    chars[start..*i].iter().collect()
}

fn chain(parts: &[String], bound: &HashMap<String, String>) -> String {
    if parts.iter().all(|p| p.is_ascii()) {
        return parts.join(".");
    }
    let (head, rest) = parts.split_first().expect("a chain has a first name");
    let mut out = match bound.get(head) {
        Some(alias) => alias.clone(),
        None if head.is_ascii() => head.clone(),
        None => format!("{DATA_VAR}[\"{head}\"]"),
    };
    for part in rest {
        if part.is_ascii() {
            out.push('.');
            out.push_str(part);
        } else {
            out.push_str(&format!("[\"{part}\"]"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::rewrite;

    fn text(source: &str) -> String {
        rewrite(source).text
    }

    #[test]
    fn chinese_names_become_subscripts() {
        assert_eq!(
            text("现将{{ 来文.标题 }}。"),
            "现将{{ ( __gw[\"来文\"][\"标题\"] ) | __gw_text(n=0) }}。"
        );
        assert_eq!(
            text("{% if 联系人 %}{{ 联系人.姓名 }}{% endif %}"),
            "{% if __gw[\"联系人\"] %}{{ ( __gw[\"联系人\"][\"姓名\"] ) | __gw_text(n=0) }}{% endif %}"
        );
    }

    #[test]
    fn strings_ascii_names_and_bound_names() {
        assert_eq!(
            text("{{ m(name=\"学习次数\", unit=\"次\") }}"),
            "{{ ( m(name=\"学习次数\", unit=\"次\") ) | __gw_text(n=0) }}"
        );
        assert_eq!(
            text("{{ title | upper }}甲"),
            "{{ ( title | upper ) | __gw_text(n=0) }}甲"
        );
        assert_eq!(
            text("{% for 县 in 县列表 %}{{ 县.名称 }}{% endfor %}"),
            "{% for __gw0 in __gw[\"县列表\"] %}{{ ( __gw0[\"名称\"] ) | __gw_text(n=0) }}{% endfor %}"
        );
    }

    #[test]
    fn print_tags_are_numbered_and_whitespace_control_is_kept() {
        let r = rewrite("{{- 事由 }}与{{ a -}}\n{{}}");
        assert_eq!(
            r.text,
            "{{- ( __gw[\"事由\"] ) | __gw_text(n=0) }}与{{ ( a ) | __gw_text(n=1) -}}\n{{}}"
        );
        assert_eq!(r.prints, ["事由", "a"]);
    }

    #[test]
    fn comments_and_raw_blocks_are_left_alone() {
        let source =
            "{# {{ 甲 }} #}{% raw %}{{ 乙 }}{% endraw %}{%- raw -%} {{ x }} {%- endraw %}{{ 丙 }}";
        let r = rewrite(source);
        assert_eq!(
            r.text,
            "{# {{ 甲 }} #}{% raw %}{{ 乙 }}{% endraw %}{%- raw -%} {{ x }} {%- endraw %}{{ ( __gw[\"丙\"] ) | __gw_text(n=0) }}"
        );
        assert_eq!(r.prints, ["丙"]);
    }
}
