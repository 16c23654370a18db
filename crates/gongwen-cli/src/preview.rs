//! `gongwen watch` and `gongwen serve`: arguments in, one line per render out.

use crate::Exit;
use crate::args::{PreviewSource, ServeArgs, WatchArgs};
use gongwen_i18n::tr;
use gongwen_pipeline::{Options, errors};
use gongwen_preview::{Host, ServeEvent, ServeOptions, Session, Source, WatchEvent};
use gongwen_render::Diagnostic;

/// "render 3: 14 pages, 1 problem, 63 ms", from the state the page is served.
fn rendered(snapshot: &gongwen_preview::Snapshot) -> String {
    let state: serde_json::Value = serde_json::from_str(&snapshot.json()).unwrap_or_default();
    let count = |key: &str| state[key].as_array().map_or(0, Vec::len);
    tr!(
        "cli-serve-rendered",
        version = snapshot.version,
        pages = tr!("cli-pages", count = count("pages")),
        problems = tr!("cli-problems", count = count("problems")),
        ms = state["took_ms"].as_u64().unwrap_or(0)
    )
}

fn source(args: &PreviewSource) -> Source {
    Source {
        data: args.data.clone(),
        base: args.base.clone(),
        sheet: args.sheet.clone(),
        row: args.row.clone(),
        limits: args.limits.limits(),
        access: args.access.access(),
        allow_row_paths: args.allow_row_paths,
    }
}

/// "14 pages, 3 errors, 1 warning" for a line of output (empty for a .md without problems).
fn summary(pages: usize, found: &[Diagnostic]) -> String {
    let errors = errors(found);
    let warnings = found
        .iter()
        .filter(|d| d.severity == gongwen_model::Severity::Warning)
        .count();
    // Formats that are not laid out here (.md, .typ, .docx) have no page count.
    let mut parts: Vec<String> = (pages > 0)
        .then(|| tr!("cli-pages", count = pages))
        .into_iter()
        .collect();
    if errors > 0 {
        parts.push(tr!("cli-errors", count = errors));
    }
    if warnings > 0 {
        parts.push(tr!("cli-warnings", count = warnings));
    }
    parts.join(&tr!("cli-list-separator"))
}

pub(crate) fn watch(args: &WatchArgs) -> Result<(), Exit> {
    let source = source(&args.source);
    crate::refuse_mismatched_format(&args.out)?;
    let format = args.out.format();
    let output = args
        .out
        .output
        .clone()
        .unwrap_or_else(|| source.default_output(format));
    let mut inputs = source.files();
    inputs.extend(source.load().map(|job| job.inputs()).unwrap_or_default());
    crate::refuse_overwriting(&output, &inputs)?;
    let options = Options {
        final_: args.out.final_,
        pace: gongwen_pipeline::DEFAULT_PACE,
        single_sided: args.out.single_sided,
    };
    let session = Session::new(source, options).with_fonts(args.out.fonts);
    gongwen_preview::watch(session, &output, format, &mut |event| match event {
        WatchEvent::Written {
            output,
            pages,
            diagnostics,
            new,
            took,
        } => {
            crate::report::report(new);
            let summary = summary(pages, diagnostics);
            let ms = took.as_millis() as u64;
            let line = if summary.is_empty() {
                tr!("cli-watch-wrote-plain", path = output, ms = ms)
            } else {
                tr!("cli-watch-wrote", path = output, summary = summary, ms = ms)
            };
            eprintln!("{line}");
        }
        WatchEvent::Failed { failure, took } => {
            crate::report::failure(failure);
            let ms = took.as_millis() as u64;
            eprintln!("{}", tr!("cli-watch-kept", ms = ms));
        }
        WatchEvent::Waiting { files } => {
            let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
            let files = names.join(&tr!("cli-list-separator"));
            eprintln!("{}", tr!("cli-watch-watching", files = files));
        }
    })
    .map_err(|e| Exit::Message(e.to_string()))
}

pub(crate) fn serve(args: &ServeArgs) -> Result<(), Exit> {
    let mut options = ServeOptions {
        port: args.port,
        open: args.open,
        ..ServeOptions::default()
    };
    let mut addresses = Vec::new();
    for host in &args.host {
        match host {
            Host::Address(address) => addresses.push(*address),
            Host::Name(name) => options.names.push(name.clone()),
        }
    }
    match addresses[..] {
        [] => {}
        [address] => options.host = address,
        _ => {
            return Err(Exit::Message(tr!("cli-serve-one-address")));
        }
    }
    let session = Session::new(source(&args.source), Options::default());
    gongwen_preview::serve(session, &options, &mut |event| match event {
        ServeEvent::Listening(address) => {
            let address = address.to_string();
            eprintln!("{}", tr!("cli-serve-listening", address = address));
        }
        ServeEvent::Rendered(snapshot, Some(failure)) => {
            crate::report::failure(failure);
            eprintln!("{}", tr!("cli-serve-failed", version = snapshot.version));
        }
        ServeEvent::Rendered(snapshot, None) => {
            eprintln!("{}", rendered(snapshot));
        }
    })
    .map_err(|e| Exit::Message(e.to_string()))
}
