//! `gongwen watch` and `gongwen serve`: arguments in, one line per render out.

use crate::Exit;
use crate::args::{PreviewSource, ServeArgs, WatchArgs};
use gongwen_pipeline::{Options, errors};
use gongwen_preview::{Host, ServeEvent, ServeOptions, Session, Source, WatchEvent};
use gongwen_render::Diagnostic;

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

/// "14 pages, 3 errors, 1 warning" for a line of output.
fn summary(pages: usize, found: &[Diagnostic]) -> String {
    let errors = errors(found);
    let warnings = found
        .iter()
        .filter(|d| d.severity == gongwen_model::Severity::Warning)
        .count();
    let mut parts = vec![format!("{pages} page{}", if pages == 1 { "" } else { "s" })];
    if errors > 0 {
        parts.push(format!(
            "{errors} error{}",
            if errors == 1 { "" } else { "s" }
        ));
    }
    if warnings > 0 {
        parts.push(format!(
            "{warnings} warning{}",
            if warnings == 1 { "" } else { "s" }
        ));
    }
    parts.join(", ")
}

pub(crate) fn watch(args: &WatchArgs) -> Result<(), Exit> {
    let source = source(&args.source);
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
            eprintln!(
                "wrote {} ({}) in {} ms",
                output.display(),
                summary(pages, diagnostics),
                took.as_millis()
            );
        }
        WatchEvent::Failed { failure, took } => {
            crate::report::failure(failure);
            eprintln!(
                "kept the last good output; {} ms; waiting for the next save",
                took.as_millis()
            );
        }
        WatchEvent::Waiting { files } => {
            let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
            eprintln!("watching {}", names.join(", "));
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
            return Err(Exit::Message(
                "--host 只能给一个监听地址（如 0.0.0.0 即所有地址）；其余的 --host 请写名字".into(),
            ));
        }
    }
    let session = Session::new(source(&args.source), Options::default());
    gongwen_preview::serve(session, &options, &mut |event| match event {
        ServeEvent::Listening(address) => {
            eprintln!("serving at http://{address}/ (Ctrl-C to stop)");
        }
        ServeEvent::Rendered(snapshot, Some(failure)) => {
            crate::report::failure(failure);
            eprintln!(
                "render {} failed; the page shows the error over the last good pages",
                snapshot.version
            );
        }
        ServeEvent::Rendered(snapshot, None) => {
            eprintln!("render {}: {}", snapshot.version, snapshot.summary());
        }
    })
    .map_err(|e| Exit::Message(e.to_string()))
}
