//! The `gongwen` command: parses arguments, calls the libraries, prints diagnostics.

mod args;
mod batch;
mod import;
mod preview;

use args::{CheckArgs, Cli, Command, MessageFormat, RenderArgs};
use clap::Parser;
use gongwen_pipeline::{Failure, Options, Producer, Source};
use gongwen_render::Job;
use gongwen_typst::Fonts;
use std::process::ExitCode;

fn main() -> ExitCode {
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
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn render(args: &RenderArgs) -> Result<(), String> {
    let format = args.out.format();
    let output = args
        .out
        .output
        .clone()
        .unwrap_or_else(|| args.data.with_extension(format.extension()));
    let job = Job::load(&args.data).map_err(|e| e.to_string())?;
    let options = Options {
        final_: args.out.final_,
        pace: gongwen_pipeline::DEFAULT_PACE,
    };
    // A draft prints what `check` finds and goes on; a final refuses on any error.
    let producer = Producer::with_fonts(args.out.fonts.into());
    let produced = match producer.produce(&job, format, &options) {
        Ok(produced) => produced,
        Err(Failure::Refused(found)) => {
            report(&found);
            return Err(Failure::Refused(found).to_string());
        }
        Err(other) => return Err(other.to_string()),
    };
    report(&produced.diagnostics);
    write(&output, &produced.bytes)?;
    if produced.pages > 0 {
        eprintln!("wrote {} ({} pages)", output.display(), produced.pages);
    } else if format == gongwen_pipeline::Format::Docx {
        eprintln!("wrote {}", output.display());
    }
    Ok(())
}

fn check(args: &CheckArgs) -> Result<(), String> {
    let json = args.message_format == MessageFormat::Json;
    let found = Source::file(&args.data).check(args.pace);
    let found = match found {
        Ok(found) => found,
        Err(e) if json => {
            println!("{}", json_line(&e, "error", "input"));
            return Err(e.message);
        }
        Err(e) => return Err(e.to_string()),
    };
    if json {
        for d in &found {
            let severity = if d.severity == gongwen_model::Severity::Error {
                "error"
            } else {
                "warning"
            };
            println!("{}", json_line(&d.error, severity, d.code));
        }
    }
    let errors = if json {
        found
            .iter()
            .filter(|d| d.severity == gongwen_model::Severity::Error)
            .count()
    } else {
        report(&found)
    };
    if errors > 0 {
        return Err(format!(
            "{errors} error{} in {}",
            if errors == 1 { "" } else { "s" },
            args.data.display()
        ));
    }
    eprintln!("{}: every figure checks out", args.data.display());
    Ok(())
}

/// One diagnostic as a JSON object on one line.
fn json_line(e: &gongwen_render::Error, severity: &str, code: &str) -> String {
    serde_json::json!({
        "file": e.file.display().to_string(),
        "line": e.position.map(|p| p.0),
        "column": e.position.map(|p| p.1),
        "severity": severity,
        "code": code,
        "message": e.message,
        "hint": e.hint,
    })
    .to_string()
}

/// Prints diagnostics; returns how many are errors.
pub(crate) fn report(found: &[gongwen_render::Diagnostic]) -> usize {
    for d in found {
        eprintln!("{d}");
    }
    gongwen_pipeline::errors(found)
}

pub(crate) fn write(path: &std::path::Path, bytes: &[u8]) -> Result<(), String> {
    gongwen_pipeline::write_atomic(path, bytes)
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn fonts() -> Result<(), String> {
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
