//! The `gongwen` command: parses arguments, calls the libraries, prints diagnostics.

mod args;
mod batch;
mod import;
mod preview;
mod report;

use args::{CheckArgs, Cli, Command, MessageFormat, RenderArgs};
use clap::Parser;
use gongwen_pipeline::{Failure, Options, Producer, Source};
use gongwen_render::Job;
use gongwen_typst::Fonts;
use std::process::ExitCode;

fn main() -> ExitCode {
    // Before parsing: the help and clap's own errors are in this language too.
    gongwen_i18n::set_lang(lang_asked(std::env::args()));
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Render(args) => render(&args),
        Command::Check(args) => check(&args),
        Command::Batch(args) => batch::run(&args),
        Command::Watch(args) => preview::watch(&args),
        Command::Serve(args) => preview::serve(&args),
        Command::Import(args) => import::import(&args),
        Command::Fonts => fonts(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Exit::Message(message)) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
        Err(Exit::Shown) => ExitCode::FAILURE,
    }
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
    /// Print this after `error: `.
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
        eprintln!("wrote {} ({} pages)", output.display(), produced.pages);
    } else if format == gongwen_pipeline::Format::Docx {
        eprintln!("wrote {}", output.display());
    }
    Ok(())
}

/// Refuses an output that is one of the files it is made from.
pub(crate) fn refuse_overwriting(
    output: &std::path::Path,
    inputs: &[std::path::PathBuf],
) -> Result<(), Exit> {
    match gongwen_pipeline::overwrites_input(output, inputs) {
        Some(input) => Err(gongwen_model::Diagnostic::new(
            output,
            format!(
                "the output would overwrite {}, which the document is made from; nothing written",
                input.display()
            ),
        )
        .hint("write to another file with -o, for example -o out.pdf")
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
        return Err(Exit::Message(format!(
            "{errors} error{} in {}",
            if errors == 1 { "" } else { "s" },
            args.data.display()
        )));
    }
    eprintln!("{}: every figure checks out", args.data.display());
    Ok(())
}

pub(crate) fn write(path: &std::path::Path, bytes: &[u8]) -> Result<(), String> {
    gongwen_pipeline::write_atomic(path, bytes)
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn fonts() -> Result<(), Exit> {
    let fonts = Fonts::load().map_err(|e| e.to_string())?;
    println!("{} font faces found", fonts.len());
    for face in fonts.roles() {
        let origin = if face.shipped { "shipped" } else { "installed" };
        let role = face.role.describe();
        // CJK characters take two columns in a terminal.
        let width: usize = role.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum();
        println!(
            "{role}{}  {} (weight {}) — {origin}: {}",
            " ".repeat(34usize.saturating_sub(width)),
            face.family,
            face.weight,
            face.path.display()
        );
    }
    Ok(())
}
