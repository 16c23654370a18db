//! clap's parse errors in the chosen language: the kind and its context (the argument,
//! the value, the suggestion) made into our own message, with the usage; exit code 2.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use gongwen_i18n::tr;

/// Prints `e` and ends the process: help and version as clap prints them, a parse error
/// in Chinese made from its kind and context (in English, clap's own; exit code 2).
pub(crate) fn exit(e: clap::Error) -> ! {
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => e.exit(),
        // In English, clap's own words.
        _ if gongwen_i18n::lang() == gongwen_i18n::Lang::En => e.exit(),
        _ => {
            eprintln!("{}", message(&e));
            std::process::exit(2)
        }
    }
}

/// The text of a parse error: `错误：…`, a suggestion, the usage and where to read more.
pub(crate) fn message(e: &clap::Error) -> String {
    let mut lines = vec![tr!("cli-error", message = what(e))];
    if let Some(suggestion) = text(e, ContextKind::SuggestedArg)
        .or_else(|| text(e, ContextKind::SuggestedSubcommand))
        .or_else(|| text(e, ContextKind::SuggestedValue))
    {
        lines.push(format!(
            "  {}",
            tr!("cli-arg-suggest", suggestion = suggestion)
        ));
    }
    if e.kind() == ErrorKind::InvalidValue
        && let Some(valid) = strings(e, ContextKind::ValidValue)
        && !valid.is_empty()
    {
        let values = valid.join(&tr!("cli-help-value-separator"));
        lines.push(format!(
            "  {}",
            tr!("cli-arg-valid-values", values = values)
        ));
    }
    if let Some(usage) = text(e, ContextKind::Usage) {
        // clap writes "Usage: gongwen render [OPTIONS] <DATA>".
        let usage = usage.trim().trim_start_matches("Usage:").trim().to_string();
        let command: Vec<&str> = usage
            .split_whitespace()
            .take_while(|w| !w.starts_with(['[', '<', '-']))
            .collect();
        lines.push(String::new());
        lines.push(format!("{}{usage}", tr!("cli-help-usage")));
        lines.push(String::new());
        lines.push(tr!("cli-arg-more", command = command.join(" ")));
    }
    lines.join("\n")
}

/// What is wrong, in one sentence.
fn what(e: &clap::Error) -> String {
    let arg = text(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = text(e, ContextKind::InvalidValue).unwrap_or_default();
    match e.kind() {
        ErrorKind::UnknownArgument => tr!("cli-arg-unknown", arg = arg),
        ErrorKind::InvalidValue | ErrorKind::NoEquals if value.is_empty() => {
            tr!("cli-arg-missing-value", arg = arg)
        }
        ErrorKind::InvalidValue => tr!("cli-arg-invalid-value", value = value, arg = arg),
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(e)
                .map(|s| s.to_string())
                .unwrap_or_default();
            tr!("cli-arg-invalid", value = value, arg = arg, why = why)
        }
        ErrorKind::InvalidSubcommand => {
            let command = text(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            tr!("cli-arg-unknown-command", command = command)
        }
        ErrorKind::MissingRequiredArgument => tr!("cli-arg-missing", args = arg),
        ErrorKind::MissingSubcommand => tr!("cli-arg-missing-command"),
        ErrorKind::ArgumentConflict => {
            let other = text(e, ContextKind::PriorArg).unwrap_or_default();
            tr!("cli-arg-conflict", arg = arg, other = other)
        }
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            tr!("cli-arg-too-many", arg = arg)
        }
        _ => {
            // Whatever clap says, without its own `error: ` and usage.
            let rendered = e.render().to_string();
            let first = rendered.lines().next().unwrap_or_default();
            tr!(
                "cli-arg-other",
                detail = first.trim_start_matches("error: ")
            )
        }
    }
}

/// A context value as text; several are joined.
fn text(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::Strings(_) | ContextValue::StyledStrs(_) => {
            let all = strings(e, kind)?;
            (!all.is_empty()).then(|| all.join(&tr!("cli-help-value-separator")))
        }
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn strings(e: &clap::Error, kind: ContextKind) -> Option<Vec<String>> {
    match e.get(kind)? {
        ContextValue::Strings(all) => Some(all.clone()),
        ContextValue::StyledStrs(all) => Some(all.iter().map(|s| s.to_string()).collect()),
        _ => None,
    }
}
