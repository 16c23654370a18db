//! Chinese names in templates: `{{ 来文.标题 }}` reads the data as `{{ __gw["来文"]["标题"] }}`.
//!
//! Tera's names are ASCII, but our users name their data in Chinese. Inside
//! `{{ … }}` and `{% … %}`, every name chain with a non-ASCII part is rewritten
//! into subscripts of the whole data (`__gw`); names a template binds itself
//! (`{% for 县 in … %}`, `{% set 合计 = … %}`) become ASCII aliases. Lines are
//! kept as they are, so error line numbers still match the file.

use std::collections::HashMap;

/// The context variable that holds the whole data mapping.
pub(crate) const DATA_VAR: &str = "__gw";

/// The template `source` with Chinese names rewritten for Tera.
pub(crate) fn rewrite(source: &str) -> String {
    if source.is_ascii() {
        return source.to_string();
    }
    let bound = bound_names(source);
    let mut out = String::with_capacity(source.len() + 64);
    let mut rest = source;
    while let Some(open) = rest.find(['{']) {
        let (before, tag) = rest.split_at(open);
        out.push_str(before);
        let close = match () {
            _ if tag.starts_with("{{") => "}}",
            _ if tag.starts_with("{%") => "%}",
            _ => {
                out.push('{');
                rest = &tag[1..];
                continue;
            }
        };
        let end = tag_end(tag, close).unwrap_or(tag.len());
        out.push_str(&rewrite_tag(&tag[..end], &bound));
        rest = &tag[end..];
    }
    out.push_str(rest);
    out
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

    #[test]
    fn chinese_names_become_subscripts() {
        assert_eq!(
            rewrite("现将{{ 来文.标题 }}。"),
            "现将{{ __gw[\"来文\"][\"标题\"] }}。"
        );
        assert_eq!(
            rewrite("{% if 联系人 %}{{ 联系人.姓名 }}{% endif %}"),
            "{% if __gw[\"联系人\"] %}{{ __gw[\"联系人\"][\"姓名\"] }}{% endif %}"
        );
    }

    #[test]
    fn strings_ascii_names_and_bound_names() {
        assert_eq!(
            rewrite("{{ m(name=\"学习次数\", unit=\"次\") }}"),
            "{{ m(name=\"学习次数\", unit=\"次\") }}"
        );
        assert_eq!(rewrite("{{ title | upper }}甲"), "{{ title | upper }}甲");
        assert_eq!(
            rewrite("{% for 县 in 县列表 %}{{ 县.名称 }}{% endfor %}"),
            "{% for __gw0 in __gw[\"县列表\"] %}{{ __gw0[\"名称\"] }}{% endfor %}"
        );
    }
}
