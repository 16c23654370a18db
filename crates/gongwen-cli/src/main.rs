//! The `gongwen` command: parses arguments, calls the libraries, prints diagnostics.

mod args;
mod output;

use args::{CheckArgs, Cli, Command, Format, MessageFormat, RenderArgs};
use clap::Parser;
use gongwen_render::Job;
use gongwen_typst::{Fonts, PageFormat, Typesetter};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Render(args) => render(&args),
        Command::Check(args) => check(&args),
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
    let format = args
        .format
        .or_else(|| args.output.as_deref().and_then(Format::from_path))
        .unwrap_or(Format::Pdf);
    let output = args
        .output
        .clone()
        .unwrap_or_else(|| args.data.with_extension(format.extension()));
    let job = Job::load(&args.data).map_err(|e| e.to_string())?;
    let markdown = job.markdown().map_err(|e| e.to_string())?;
    let document = gongwen_render::markdown::parse(&markdown, &job.template.path)
        .map_err(|e| e.to_string())?;
    // A draft prints what `check` finds and goes on; a final refuses on any error.
    let found = job
        .check_rendered(&markdown, &document, 220)
        .map_err(|e| e.to_string())?;
    let errors = report(&found);
    if args.final_ && errors > 0 {
        let plural = if errors == 1 { "" } else { "s" };
        return Err(format!(
            "{errors} error{plural} found; nothing written (--final)"
        ));
    }
    if format == Format::Md {
        return write(&output, markdown.as_bytes());
    }
    let fonts = Fonts::load().map_err(|e| e.to_string())?;
    let source = gongwen_typst::markup::document_source(&document, &fonts);
    if format == Format::Typ {
        return write(&output, source.as_bytes());
    }
    let files = gongwen_typst::markup::assets(
        &document,
        job.data.path.parent().unwrap_or(std::path::Path::new(".")),
    )
    .map_err(|e| format!("{}: {e}", args.data.display()))?;
    let typesetter = Typesetter::new(fonts);
    let pages = typesetter.compile(source, files).map_err(|errors| {
        let list: Vec<String> = errors.iter().map(|e| format!("Typst: {e}")).collect();
        format!(
            "{}: laying out the document failed\n{}\n  = note: `--format typ` writes the generated markup these positions refer to",
            args.data.display(),
            list.join("\n")
        )
    })?;
    let missing = gongwen_typst::missing_glyphs(&pages);
    if !missing.is_empty() {
        let chars: Vec<String> = missing
            .iter()
            .map(|c| format!("「{c}」 (U+{:04X})", *c as u32))
            .collect();
        return Err(format!(
            "{}: no installed or shipped font has {}; install a font that covers them (for example fonts-noto-cjk) or replace them",
            args.data.display(),
            chars.join(", ")
        ));
    }
    if format == Format::Txt {
        return write(
            &output,
            gongwen_typst::page_text(&pages).join("\u{c}").as_bytes(),
        );
    }
    let page_format = match format {
        Format::Svg => PageFormat::Svg,
        Format::Png => PageFormat::Png,
        _ => PageFormat::Pdf,
    };
    let bytes = typesetter.export(&pages, page_format)?;
    write(&output, &bytes)?;
    eprintln!("wrote {} ({} pages)", output.display(), pages.pages().len());
    Ok(())
}

fn check(args: &CheckArgs) -> Result<(), String> {
    let json = args.message_format == MessageFormat::Json;
    let found = Job::load(&args.data).and_then(|job| job.check(args.pace));
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
fn report(found: &[gongwen_render::Diagnostic]) -> usize {
    for d in found {
        eprintln!("{d}");
    }
    found
        .iter()
        .filter(|d| d.severity == gongwen_model::Severity::Error)
        .count()
}

fn write(path: &std::path::Path, bytes: &[u8]) -> Result<(), String> {
    output::write_atomic(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
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
