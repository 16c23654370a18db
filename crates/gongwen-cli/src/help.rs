//! The help in the chosen language: the derived clap `Command`, built, then walked to
//! put every about and help text from the catalog (`help-<command>`, `help-<command>-<arg>`,
//! else the shared `help-arg-<arg>`; `help-value-<value>`) and clap's own words.

use crate::CATALOG;
use clap::builder::PossibleValue;
use clap::{Arg, Command, CommandFactory};
use gongwen_i18n::tr;

/// The whole command line, its help in the current language.
pub(crate) fn command() -> Command {
    let mut cmd = crate::args::Cli::command();
    // Built first, so the help and version flags, the `help` command and the global
    // `--lang` exist in every command and are walked too.
    cmd.build();
    localize(cmd, "gongwen")
}

/// The catalog id of `name` (a command or an argument id): kebab-case.
fn kebab(name: &str) -> String {
    name.trim_end_matches('_').replace('_', "-")
}

/// The ids a command's about is looked up by (`help-render`).
pub(crate) fn about_id(command: &str) -> String {
    format!("help-{}", kebab(command))
}

/// The ids an argument's help is looked up by, the command's own first.
pub(crate) fn arg_ids(command: &str, arg: &str) -> [String; 2] {
    let arg = kebab(arg);
    [
        format!("help-{}-{arg}", kebab(command)),
        format!("help-arg-{arg}"),
    ]
}

/// The first of `ids` the catalog has.
fn lookup(ids: &[String]) -> Option<String> {
    let lang = gongwen_i18n::lang();
    (ids.iter())
        .find(|id| CATALOG.has(lang, id))
        .map(|id| CATALOG.message(id, &[]))
}

fn localize(mut cmd: Command, name: &str) -> Command {
    if let Some(about) = lookup(&[about_id(name)]) {
        cmd = cmd.about(about).long_about(None);
    }
    cmd = cmd
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{}{{usage}}\n\n{{all-args}}{{after-help}}",
            tr!("cli-help-usage")
        ))
        .subcommand_help_heading(tr!("cli-help-commands"));
    // In place: the built command finds its flags by their place in the list.
    cmd = cmd.mut_args(|arg| match arg.get_id().as_str() {
        "help" => arg,
        _ => localize_arg(arg, name),
    });
    // `-h` and `--help` differ only when some text has a longer form.
    let longer = cmd.get_arguments().any(|a| a.get_long_help().is_some());
    cmd = cmd.mut_args(|arg| match arg.get_id().as_str() {
        "help" => help_flag(arg, longer),
        _ => arg,
    });
    let subcommands: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    // Each is taken out and put back at the end: in order, the order stays.
    for sub in subcommands {
        cmd = cmd.mut_subcommand(&sub, |c| localize(c, &sub));
    }
    cmd
}

fn localize_arg(arg: Arg, command: &str) -> Arg {
    let id = arg.get_id().as_str().to_string();
    let heading = if arg.is_positional() {
        tr!("cli-help-arguments")
    } else {
        tr!("cli-help-options")
    };
    let arg = arg.help_heading(heading);
    let Some(text) = lookup(&arg_ids(command, &id)) else {
        return arg;
    };
    let defaults: Vec<String> = (arg.get_default_values().iter())
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    let values: Vec<PossibleValue> = if arg.is_hide_possible_values_set() {
        Vec::new()
    } else {
        arg.get_possible_values()
    };
    let default = (!defaults.is_empty()
        && arg.get_action().takes_values()
        && !arg.is_hide_default_value_set())
    .then(|| tr!("cli-help-default", value = defaults.join(",")));
    let mut short = text.clone();
    if let Some(default) = &default {
        short = format!("{short} {default}");
    }
    let mut long = None;
    if !values.is_empty() {
        let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
        let list = names.join(&tr!("cli-help-value-separator"));
        short = format!("{short} {}", tr!("cli-help-values", values = list));
        if values.iter().any(|v| v.get_help().is_some()) {
            let list = described(&values);
            let heading = tr!("cli-help-values-heading");
            let default = default.map_or(String::new(), |d| format!("\n\n{d}"));
            long = Some(format!("{text}\n\n{heading}\n{list}{default}"));
        }
    }
    let arg = (arg.help(short))
        .hide_default_value(true)
        .hide_possible_values(true);
    match long {
        Some(long) => arg.long_help(long),
        None => arg.long_help(None),
    }
}

/// The `-h`/`--help` flag: "Print help", with its longer form when there is one.
fn help_flag(arg: Arg, longer: bool) -> Arg {
    let arg = arg.help_heading(tr!("cli-help-options"));
    if longer {
        arg.help(tr!("help-arg-help"))
            .long_help(tr!("help-arg-help-long"))
    } else {
        arg.help(tr!("help-arg-help-short")).long_help(None)
    }
}

/// "- pdf: PDF, ready to print", one value a line, aligned.
fn described(values: &[PossibleValue]) -> String {
    let width = values.iter().map(|v| v.get_name().len()).max().unwrap_or(0);
    let lines: Vec<String> = values
        .iter()
        .map(|v| {
            let name = v.get_name();
            let help = lookup(&[format!("help-value-{}", kebab(name))])
                .or_else(|| v.get_help().map(|h| h.to_string()))
                .unwrap_or_default();
            format!("- {name}:{} {help}", " ".repeat(width - name.len()))
        })
        .collect();
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use gongwen_i18n::Lang;

    /// Every command of the command line with its name, the root first (for the tests).
    fn every_command() -> Vec<(String, Command)> {
        fn walk(cmd: &Command, found: &mut Vec<(String, Command)>) {
            found.push((cmd.get_name().to_string(), cmd.clone()));
            for sub in cmd.get_subcommands() {
                walk(sub, found);
            }
        }
        let mut cmd = crate::args::Cli::command();
        cmd.build();
        let mut found = Vec::new();
        walk(&cmd, &mut found);
        found
    }

    #[test]
    fn every_command_and_argument_has_a_help_text_in_both_languages() {
        let mut missing = Vec::new();
        for (name, cmd) in every_command() {
            for lang in [Lang::Zh, Lang::En] {
                if !CATALOG.has(lang, &about_id(&name)) {
                    missing.push(format!("{lang:?}: {}", about_id(&name)));
                }
                for arg in cmd.get_arguments() {
                    let ids = arg_ids(&name, arg.get_id().as_str());
                    if !ids.iter().any(|id| CATALOG.has(lang, id)) {
                        missing.push(format!("{lang:?}: {} or {}", ids[0], ids[1]));
                    }
                    for value in arg
                        .get_possible_values()
                        .iter()
                        .filter(|v| v.get_help().is_some())
                    {
                        let id = format!("help-value-{}", kebab(value.get_name()));
                        if !CATALOG.has(lang, &id) {
                            missing.push(format!("{lang:?}: {id}"));
                        }
                    }
                }
            }
        }
        assert_eq!(missing, Vec::<String>::new());
    }
}
