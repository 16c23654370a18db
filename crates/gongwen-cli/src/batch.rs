//! `gongwen batch`: plans, runs and reports; the work itself is in gongwen-pipeline.

use crate::Exit;
use crate::args::BatchArgs;
use gongwen_i18n::tr;
use gongwen_pipeline::{
    BatchError, BatchOptions, Options, Outcome, Producer, Progress, Status, batch,
};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::sync::{Mutex, OnceLock};

pub(crate) fn run(args: &BatchArgs) -> Result<(), Exit> {
    let options = options(args);
    let producer = Producer::with_fonts(args.fonts);
    let printer: OnceLock<Printer> = OnceLock::new();
    let report = batch(&options, &producer, &|event| match event {
        Progress::Planned { plan, total } => {
            if !plan.plain_columns.is_empty() {
                let columns = plan.plain_columns.join(&tr!("cli-list-separator"));
                eprintln!("{}", tr!("cli-batch-plain-columns", columns = columns));
            }
            let _ = printer.set(Printer::new(total as u64));
        }
        Progress::Done(outcome) => {
            if let Some(p) = printer.get() {
                p.show(outcome);
            }
        }
        Progress::Rollup(rolled, path) => {
            if let Some(p) = printer.get() {
                p.finish();
            }
            match &rolled.failure {
                None => eprintln!(
                    "{}",
                    tr!("cli-batch-rollup-wrote", path = &path, pages = rolled.pages)
                ),
                Some(f) => eprintln!("{}", tr!("cli-batch-rollup-failed", why = f.to_string())),
            }
            let left_out: Vec<_> = (rolled.diagnostics.iter())
                .filter(|d| d.code == "rollup")
                .cloned()
                .collect();
            crate::report::report(&left_out);
        }
    })
    .map_err(|e| match e {
        BatchError::Input(d) => Exit::from(d),
        other => Exit::Message(other.to_string()),
    })?;
    if let Some(p) = printer.get() {
        p.finish();
    }
    let (written, drafts) = (report.count(Status::Written), report.count(Status::Draft));
    let (refused, failed) = (report.count(Status::Refused), report.count(Status::Failed));
    let total = report.outcomes.len();
    let summary = tr!(
        "cli-batch-summary",
        written = written + drafts,
        total = total,
        drafts = drafts,
        refused = refused,
        failed = failed,
        seconds = format!("{:.1}", report.seconds),
        rate = format!("{:.1}", total as f64 / report.seconds.max(0.001)),
        summary = &report.summary
    );
    eprintln!("{summary}");
    let missing = report.not_written();
    if missing > 0 {
        return Err(Exit::Message(tr!(
            "cli-batch-not-written",
            count = missing,
            summary = &report.summary
        )));
    }
    Ok(())
}

/// A progress bar on a terminal, one plain line per document otherwise.
struct Printer {
    bar: Option<ProgressBar>,
    done: Mutex<u64>,
    total: u64,
}

impl Printer {
    fn new(total: u64) -> Printer {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::new(total);
            bar.set_style(
                ProgressStyle::with_template(&format!(
                    "{{bar:40}} {{pos}}/{{len}} {{per_sec}} {} {{eta}} {{msg}}",
                    tr!("cli-batch-bar")
                ))
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
            bar
        });
        Printer {
            bar,
            done: Mutex::new(0),
            total,
        }
    }

    fn show(&self, o: &Outcome) {
        let mut done = self.done.lock().unwrap_or_else(|e| e.into_inner());
        *done += 1;
        let name = o
            .output
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| o.origin.clone());
        let mut lines = Vec::new();
        match o.status {
            Status::Written => {}
            Status::Draft => lines.push(tr!("cli-batch-draft", name = &name, count = o.errors())),
            Status::Refused | Status::Failed => {
                lines.push(tr!("cli-batch-refused", name = &name, origin = &o.origin));
            }
        }
        if o.status != Status::Written {
            for d in o
                .diagnostics
                .iter()
                .filter(|d| d.severity == gongwen_model::Severity::Error)
            {
                lines.push(format!("  {}", d.to_string().replace('\n', "\n  ")));
            }
            if let Some(f) = &o.failure
                && o.status == Status::Failed
            {
                lines.push(format!("  {}", f.replace('\n', "\n  ")));
            }
        }
        match &self.bar {
            Some(bar) => {
                for line in lines {
                    bar.println(line);
                }
                bar.inc(1);
            }
            None => {
                let (done, total, status) = (*done, self.total, word(o.status));
                // Formats that are not laid out here (.docx, .md, .typ) have no page count.
                let line = if o.pages > 0 {
                    let pages = o.pages;
                    tr!(
                        "cli-batch-line-pages",
                        done = done,
                        total = total,
                        status = status,
                        name = &name,
                        pages = pages
                    )
                } else {
                    tr!(
                        "cli-batch-line",
                        done = done,
                        total = total,
                        status = status,
                        name = &name
                    )
                };
                eprintln!("{line}");
                for line in lines.iter().skip(usize::from(o.status != Status::Written)) {
                    eprintln!("{line}");
                }
            }
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// What became of a document, in a word or two.
fn word(status: Status) -> String {
    match status {
        Status::Written => tr!("cli-batch-written"),
        Status::Draft => tr!("cli-batch-status-draft"),
        Status::Refused => tr!("cli-batch-status-refused"),
        Status::Failed => tr!("cli-batch-status-failed"),
    }
}

/// The batch the arguments ask for.
pub(crate) fn options(args: &BatchArgs) -> BatchOptions {
    BatchOptions {
        source: args.source.clone(),
        base: args.base.clone(),
        sheet: args.sheet.clone(),
        out_dir: args.output.clone(),
        name: args.name.clone(),
        format: args.format,
        options: Options {
            final_: args.final_,
            pace: args.pace,
            single_sided: args.single_sided,
        },
        shard: args.shard,
        rollup: args.rollup.clone().map(|r| (r, args.rollup_name.clone())),
        jobs: args.jobs,
        limits: args.limits.limits(),
        access: args.access.access(),
        allow_row_paths: args.allow_row_paths,
    }
}
