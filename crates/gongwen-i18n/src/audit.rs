//! The test every crate runs over its catalog and its sources.

use crate::catalog::Catalog;
use crate::lang::Lang;
use fluent_syntax::ast;
use fluent_syntax::parser;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// What is wrong with a crate's messages, one line each (empty when nothing is): a Fluent
/// file that does not parse, a message in one language only, a message whose two texts
/// take different arguments, a duplicate id, and a `tr!("id"…)` under `src` (a folder of
/// `.rs` files) naming a message the catalog lacks.
pub fn audit(catalog: &Catalog, src: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    let zh = messages(catalog.source(Lang::Zh), "zh-CN", &mut problems);
    let en = messages(catalog.source(Lang::En), "en", &mut problems);
    for (id, args) in &zh {
        match en.get(id) {
            None => problems.push(format!("{id}: in zh-CN.ftl only")),
            Some(en_args) if en_args != args => problems.push(format!(
                "{id}: zh-CN.ftl takes {args:?}, en.ftl takes {en_args:?}"
            )),
            Some(_) => {}
        }
    }
    for id in en.keys().filter(|id| !zh.contains_key(*id)) {
        problems.push(format!("{id}: in en.ftl only"));
    }
    let mut used = Vec::new();
    uses(src, &mut used);
    for (file, id) in used {
        if !zh.contains_key(&id) {
            problems.push(format!("{file}: tr!(\"{id}\") has no message"));
        }
    }
    problems
}

/// Each message's id and the arguments it takes.
fn messages(
    source: &str,
    lang: &str,
    problems: &mut Vec<String>,
) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match parser::parse(source) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                problems.push(format!("{lang}.ftl: {e:?}"));
            }
            r
        }
    };
    let mut found = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut args = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_args(p, &mut args);
            }
            if found.insert(m.id.name.to_string(), args).is_some() {
                problems.push(format!("{}: twice in {lang}.ftl", m.id.name));
            }
        }
    }
    found
}

fn pattern_args(pattern: &ast::Pattern<&str>, args: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_args(expression, args);
        }
    }
}

fn expression_args(expression: &ast::Expression<&str>, args: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_args(selector, args);
            for v in variants {
                pattern_args(&v.value, args);
            }
        }
        ast::Expression::Inline(inline) => inline_args(inline, args),
    }
}

fn inline_args(inline: &ast::InlineExpression<&str>, args: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            args.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_args(expression, args),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_args(a, args);
            }
        }
        _ => {}
    }
}

/// Every `tr!("id"` under `dir`, with its file.
fn uses(dir: &Path, found: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            uses(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let code = text.lines().filter(|l| !l.trim_start().starts_with("//"));
            for line in code {
                for id in line.split("tr!(\"").skip(1).filter_map(message_id) {
                    found.push((path.display().to_string(), id));
                }
            }
        }
    }
}

/// The id at the start of `rest` when a closing quote ends it.
fn message_id(rest: &str) -> Option<String> {
    let id: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    (!id.is_empty() && rest[id.len()..].starts_with('"')).then_some(id)
}
