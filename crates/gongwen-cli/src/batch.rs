//! `gongwen batch`: plans, runs and reports; the work itself is in gongwen-pipeline.

use crate::args::BatchArgs;
use gongwen_pipeline::{
    BatchOptions, Options, Outcome, Plan, Producer, Status, rollup_job, run, write_summary,
};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::sync::Mutex;
use std::time::Instant;

pub(crate) fn batch(args: &BatchArgs) -> Result<(), String> {
    let started = Instant::now();
    let options = BatchOptions {
        source: args.source.clone(),
        base: args.base.clone(),
        sheet: args.sheet.clone(),
        out_dir: args.output.clone(),
        name: args.name.clone(),
        format: args.format.into(),
        options: Options {
            final_: args.final_,
            pace: args.pace,
        },
        shard: args.shard,
        rollup: args.rollup.clone().map(|r| (r, args.rollup_name.clone())),
        jobs: args.jobs,
    };
    let plan = Plan::new(&options).map_err(|e| e.to_string())?;
    if !plan.plain_columns.is_empty() {
        eprintln!(
            "note: columns kept as plain names, not figures of the template: {}",
            plan.plain_columns.join(", ")
        );
    }
    // The rollup is planned (and its name checked) before anything is written.
    let rollup = match &options.rollup {
        Some((reference, name)) if options.shard.is_none_or(|s| s.index == 1) => Some(
            rollup_job(
                &plan,
                reference,
                &options.source,
                name.as_deref(),
                options.format.extension(),
            )
            .map_err(|e| e.to_string())?,
        ),
        _ => None,
    };
    let producer = Producer::with_fonts(args.fonts.into());
    producer.typesetter().map_err(|e| e.to_string())?;
    let total = plan
        .items
        .iter()
        .enumerate()
        .filter(|(i, _)| options.shard.is_none_or(|s| s.holds(*i)))
        .count();
    let printer = Printer::new(total as u64);
    let mut outcomes = run(&plan, &options, &producer, &|o| printer.show(o));
    printer.finish();
    if let Some((job, output)) = rollup {
        let item = gongwen_pipeline::Item {
            number: plan.items.len() + 1,
            origin: format!(
                "汇总（{} 行）",
                plan.items.iter().filter(|i| i.job.is_ok()).count()
            ),
            job: Ok(job),
            output: Some(output),
        };
        let rolled = gongwen_pipeline::run_one(&item, &options, &producer);
        match &rolled.failure {
            None => eprintln!(
                "wrote the rollup {} ({} pages)",
                options
                    .out_dir
                    .join(
                        item.output
                            .as_deref()
                            .unwrap_or_else(|| std::path::Path::new(""))
                    )
                    .display(),
                rolled.pages
            ),
            Some(f) => eprintln!("the rollup was not written:\n{f}"),
        }
        outcomes.push(rolled);
    }
    let summary_name = match options.shard {
        Some(s) => format!("summary-{}-of-{}.csv", s.index, s.count),
        None => "summary.csv".to_string(),
    };
    let summary = options.out_dir.join(summary_name);
    write_summary(&summary, &outcomes)
        .map_err(|e| format!("cannot write {}: {e}", summary.display()))?;
    let count = |s: Status| outcomes.iter().filter(|o| o.status == s).count();
    let (written, drafts, refused, failed) = (
        count(Status::Written),
        count(Status::Draft),
        count(Status::Refused),
        count(Status::Failed),
    );
    let seconds = started.elapsed().as_secs_f64();
    eprintln!(
        "{} of {} written ({drafts} drafts with errors), {refused} refused, {failed} failed in {seconds:.1} s ({:.1} documents/s); summary in {}",
        written + drafts,
        outcomes.len(),
        outcomes.len() as f64 / seconds.max(0.001),
        summary.display()
    );
    if refused + failed > 0 {
        return Err(format!(
            "{} document{} not written; see {}",
            refused + failed,
            if refused + failed == 1 { "" } else { "s" },
            summary.display()
        ));
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
                ProgressStyle::with_template("{bar:40} {pos}/{len} {per_sec} 剩余 {eta} {msg}")
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
            Status::Draft => lines.push(format!(
                "{name}: written as a draft with {} error(s) highlighted",
                o.errors()
            )),
            Status::Refused | Status::Failed => {
                lines.push(format!("{name} ({}): not written", o.origin));
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
                let status = o.status.word();
                // Formats that are not laid out here (.docx, .md, .typ) have no page count.
                let pages = if o.pages > 0 {
                    format!(" ({} pages)", o.pages)
                } else {
                    String::new()
                };
                eprintln!("[{}/{}] {status} {name}{pages}", *done, self.total);
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
