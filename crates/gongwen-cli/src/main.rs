//! The `gongwen` command: parses arguments, calls the libraries, prints diagnostics.

mod args;
mod batch;
mod fonts;
mod help;
mod import;
mod merge;
mod parse_error;
mod preview;
mod report;

use args::{CheckArgs, Cli, Command, MessageFormat, RenderArgs};
use clap::FromArgMatches;
use gongwen_i18n::tr;
use gongwen_pipeline::{Failure, Options, Producer, Source};
use gongwen_render::Job;
use std::process::ExitCode;

gongwen_i18n::catalog!();

fn main() -> ExitCode {
    // Before parsing: the help and clap's own errors are in this language too.
    gongwen_i18n::set_lang(lang_asked(std::env::args()));
    let cli = parse();
    let result = match cli.command {
        Command::Render(args) => render(&args),
        Command::Check(args) => check(&args),
        Command::Batch(args) if args.merge_shards => merge::merge(&args),
        Command::Batch(args) => batch::run(&args),
        Command::Watch(args) => preview::watch(&args),
        Command::Serve(args) => preview::serve(&args),
        Command::Import(args) => import::import(&args),
        Command::Fonts => fonts::fonts(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Exit::Message(message)) => {
            eprintln!("{}", tr!("cli-error", message = message));
            ExitCode::FAILURE
        }
        Err(Exit::Shown) => ExitCode::FAILURE,
    }
}

/// The command line, read with the help in the current language; a mistake in it is
/// explained in that language and ends the process (exit code 2).
fn parse() -> Cli {
    let mut cmd = help::command();
    let matches = match cmd.try_get_matches_from_mut(std::env::args_os()) {
        Ok(matches) => matches,
        Err(e) => parse_error::exit(e),
    };
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| parse_error::exit(e.with_cmd(&cmd)))
}

/// The language `--lang` (anywhere on the command line) or else the locale asks for.
fn lang_asked(args: impl Iterator<Item = String>) -> gongwen_i18n::Lang {
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.peek().cloned(),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => None,
        };
        if let Some(lang) = value.as_deref().and_then(gongwen_i18n::Lang::parse) {
            return lang;
        }
    }
    gongwen_i18n::Lang::from_env()
}

/// Why a command failed.
pub(crate) enum Exit {
    /// Print this after `错误：` (`error: `).
    Message(String),
    /// Everything is printed already.
    Shown,
}

impl From<String> for Exit {
    fn from(message: String) -> Exit {
        Exit::Message(message)
    }
}

impl From<gongwen_model::Diagnostic> for Exit {
    /// An input error: drawn with its source line.
    fn from(d: gongwen_model::Diagnostic) -> Exit {
        report::report(std::slice::from_ref(&d));
        Exit::Shown
    }
}

impl From<Failure> for Exit {
    fn from(f: Failure) -> Exit {
        match f {
            Failure::Input(d) => Exit::from(d),
            Failure::Refused(found) => {
                report::report(&found);
                Exit::Message(Failure::Refused(found).to_string())
            }
            other => Exit::Message(other.to_string()),
        }
    }
}

fn render(args: &RenderArgs) -> Result<(), Exit> {
    refuse_mismatched_format(&args.out)?;
    let format = args.out.format();
    let output = args
        .out
        .output
        .clone()
        .unwrap_or_else(|| args.data.with_extension(format.extension()));
    let job = Job::load_in(&args.data, &args.access.access())?;
    refuse_overwriting(&output, &job.inputs())?;
    let options = Options {
        final_: args.out.final_,
        pace: gongwen_pipeline::DEFAULT_PACE,
        single_sided: args.out.single_sided,
    };
    // A draft prints what `check` finds and goes on; a final refuses on any error.
    let producer = Producer::with_fonts(args.out.fonts);
    let produced = producer.produce(&job, format, &options)?;
    report::report(&produced.diagnostics);
    // The seal is known once the document is made: `-o seal.png` would replace it.
    refuse_overwriting(&output, &produced.images)?;
    write(&output, &produced.bytes)?;
    if produced.pages > 0 {
        eprintln!(
            "{}",
            tr!("cli-wrote-pages", path = &output, pages = produced.pages)
        );
    } else if format == gongwen_pipeline::Format::Docx {
        eprintln!("{}", tr!("cli-wrote", path = &output));
    }
    Ok(())
}

/// Refuses `--format X -o out.Y` where .Y names another format: the file would not be
/// what its name says (an OFD package called out.pdf).
pub(crate) fn refuse_mismatched_format(out: &args::OutputArgs) -> Result<(), Exit> {
    let (Some(asked), Some(path)) = (out.format, out.output.as_deref()) else {
        return Ok(());
    };
    match gongwen_pipeline::Format::from_path(path) {
        Some(named) if named != asked => Err(gongwen_model::Diagnostic::new(
            path,
            tr!(
                "cli-format-mismatch",
                ext = named.extension(),
                format = asked.extension()
            ),
        )
        .hint(tr!(
            "cli-format-mismatch-hint",
            path = path.with_extension(asked.extension()).display(),
            format = asked.extension()
        ))
        .into()),
        _ => Ok(()),
    }
}

/// Refuses an output that is one of the files it is made from.
pub(crate) fn refuse_overwriting(
    output: &std::path::Path,
    inputs: &[std::path::PathBuf],
) -> Result<(), Exit> {
    match gongwen_pipeline::overwrites_input(output, inputs) {
        Some(input) => Err(gongwen_model::Diagnostic::new(
            output,
            tr!("cli-overwrite", input = input.display()),
        )
        .hint(tr!("cli-overwrite-hint"))
        .into()),
        None => Ok(()),
    }
}

fn check(args: &CheckArgs) -> Result<(), Exit> {
    let json = args.message_format == MessageFormat::Json;
    let source = Source::file(&args.data).with_access(args.access.access());
    let found = match source.check(args.pace) {
        Ok(found) => found,
        Err(e) if json => {
            println!("{}", report::json(&e));
            return Err(Exit::Message(e.message));
        }
        Err(e) => return Err(e.into()),
    };
    let errors = if json {
        for d in &found {
            println!("{}", report::json(d));
        }
        gongwen_pipeline::errors(&found)
    } else {
        report::report(&found)
    };
    if errors > 0 {
        return Err(Exit::Message(tr!(
            "cli-check-errors",
            count = errors,
            path = &args.data
        )));
    }
    eprintln!("{}", tr!("cli-check-ok", path = &args.data));
    Ok(())
}

pub(crate) fn write(path: &std::path::Path, bytes: &[u8]) -> Result<(), String> {
    gongwen_pipeline::write_atomic(path, bytes)
        .map_err(|e| tr!("cli-cannot-write", path = path, reason = io_reason(&e)))
}

/// What an operating system error means, in the current language.
pub(crate) fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => tr!("cli-io-not-found"),
        K::PermissionDenied => tr!("cli-io-permission"),
        K::AlreadyExists => tr!("cli-io-exists"),
        K::IsADirectory => tr!("cli-io-is-dir"),
        K::NotADirectory => tr!("cli-io-not-dir"),
        K::StorageFull => tr!("cli-io-full"),
        K::ReadOnlyFilesystem => tr!("cli-io-read-only"),
        _ => tr!("cli-io-other", error = e.to_string()),
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn english_counts_take_the_singular_for_one() {
        use gongwen_i18n::{Arg, Lang};
        let en = |id: &str, count: usize| {
            super::CATALOG.message_in(Lang::En, id, &[("count", Arg::from(count))])
        };
        assert_eq!(en("cli-pages", 1), "1 page");
        assert_eq!(en("cli-pages", 2), "2 pages");
        assert_eq!(en("cli-problems", 1), "1 problem");
        assert_eq!(en("cli-errors", 1), "1 error");
        let zh = super::CATALOG.message_in(Lang::Zh, "cli-pages", &[("count", Arg::from(1))]);
        assert_eq!(zh, "1 页");
        let drafts = |n: usize| {
            let args = [
                ("written", Arg::from(3)),
                ("total", Arg::from(3)),
                ("drafts", Arg::from(n)),
                ("refused", Arg::from(0)),
                ("failed", Arg::from(0)),
                ("seconds", Arg::from("1.0")),
                ("rate", Arg::from("3.0")),
                ("summary", Arg::from("out/summary.csv")),
            ];
            super::CATALOG.message_in(Lang::En, "cli-batch-summary", &args)
        };
        assert!(drafts(1).contains("(1 draft with errors)"), "{}", drafts(1));
        assert!(
            drafts(2).contains("(2 drafts with errors)"),
            "{}",
            drafts(2)
        );
    }
}
