//! The merge of a sharded batch (`--shard i/n` on several machines) into the one
//! `summary.csv` an unsharded run writes: every part there, all of one count and one
//! language, every planned row exactly once and in its own part, and nothing written
//! unless all of that holds.

use crate::merge_check::{Expected, check};
use crate::parts::{self, PartLine};
use crate::plan::{BatchOptions, Plan};
use crate::rollup::rollup_job;
use crate::run::Status;
use crate::summary::{csv_bytes, headings_in};
use gongwen_i18n::{Lang, tr};
use gongwen_model::Diagnostic;
use std::fmt;
use std::path::PathBuf;

/// The most problems a refused merge lists; the rest are counted.
const SHOWN: usize = 20;

/// What a merge wrote.
#[derive(Debug)]
pub struct Merged {
    /// The summary written: `summary.csv` in the output folder.
    pub summary: PathBuf,
    /// How many parts it was merged from.
    pub parts: usize,
    /// Each line's status, in 序号 order (the rollup's last, when there is one).
    pub statuses: Vec<Status>,
}

impl Merged {
    /// How many documents ended with `status`.
    pub fn count(&self, status: Status) -> usize {
        self.statuses.iter().filter(|s| **s == status).count()
    }

    /// How many documents were not written (refused or failed).
    pub fn not_written(&self) -> usize {
        self.statuses.iter().filter(|s| !s.written()).count()
    }
}

/// Why the parts were not merged.
#[derive(Debug)]
pub enum MergeError {
    /// The batch could not be planned again (the rows, the base, the names, the rollup).
    Input(Diagnostic),
    /// The parts are not one whole set: the first problems found, each placed in its
    /// part file, and how many there are in all.
    Refused {
        /// The first problems (at most twenty).
        problems: Vec<Diagnostic>,
        /// How many problems there are.
        total: usize,
        /// The summary that was not written.
        summary: PathBuf,
    },
    /// `summary.csv` could not be written.
    Write(PathBuf, std::io::Error),
}

impl fmt::Display for MergeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MergeError::Input(e) => write!(f, "{e}"),
            MergeError::Refused { total, summary, .. } => {
                f.write_str(&tr!("merge-refused", count = *total, summary = summary))
            }
            MergeError::Write(path, e) => {
                f.write_str(&tr!("pipeline-write", path = path, reason = e.to_string()))
            }
        }
    }
}

impl std::error::Error for MergeError {}

/// Merges the parts `summary-1-of-n.csv` … `summary-n-of-n.csv` that the batch `options`
/// describes (its `shard` aside) wrote into its output folder, checking them against
/// the batch planned again, into `summary.csv`, written atomically; the parts are kept.
pub fn merge_shards(options: &BatchOptions) -> Result<Merged, MergeError> {
    let plan = Plan::new(options).map_err(MergeError::Input)?;
    let rollup = match &options.rollup {
        Some((reference, name)) => {
            let ext = options.format.extension();
            let (_, output) = rollup_job(&plan, reference, &options.source, name.as_deref(), ext)
                .map_err(MergeError::Input)?;
            Some(output.display().to_string())
        }
        None => None,
    };
    let summary = options.out_dir.join("summary.csv");
    let refused = |mut problems: Vec<Diagnostic>| {
        let total = problems.len();
        problems.truncate(SHOWN);
        MergeError::Refused {
            problems,
            total,
            summary: summary.clone(),
        }
    };
    let paths = parts::find(&options.out_dir).map_err(refused)?;
    let (lang, lines) = read_all(&paths, options).map_err(refused)?;
    let expected = Expected {
        files: (plan.items.iter())
            .map(|i| i.output.as_ref().map(|o| o.display().to_string()))
            .map(Option::unwrap_or_default)
            .collect(),
        rollup,
        parts: paths.len(),
        out_dir: &options.out_dir,
        lang,
    };
    let (mut lines, statuses) = check(lines, &expected).map_err(refused)?;
    lines.sort_by_key(|(number, _)| *number);
    let bytes = csv_bytes(&headings_in(lang), lines.into_iter().map(|(_, l)| l.cells));
    crate::output::write_atomic(&summary, &bytes)
        .map_err(|e| MergeError::Write(summary.clone(), e))?;
    Ok(Merged {
        summary,
        parts: paths.len(),
        statuses,
    })
}

/// Every part's lines, and the one language their headings are in.
fn read_all(
    paths: &[PathBuf],
    options: &BatchOptions,
) -> Result<(Lang, Vec<PartLine>), Vec<Diagnostic>> {
    let mut first: Option<(Lang, &PathBuf)> = None;
    let mut lines = Vec::new();
    for (i, path) in paths.iter().enumerate() {
        let (lang, mut read) = parts::read(path, i + 1, &options.limits).map_err(|d| vec![d])?;
        match first {
            None => first = Some((lang, path)),
            Some((want, first)) if want != lang => {
                let message = tr!(
                    "merge-mixed-languages",
                    path = path,
                    lang = lang_name(lang),
                    first = first,
                    first_lang = lang_name(want)
                );
                let hint = tr!("merge-mixed-languages-hint", part = i + 1);
                return Err(vec![Diagnostic::new(path, message).at(1, 1).hint(hint)]);
            }
            Some(_) => {}
        }
        lines.append(&mut read);
    }
    Ok((first.map_or(Lang::Zh, |f| f.0), lines))
}

/// A language's name in the current language, for a message.
fn lang_name(lang: Lang) -> String {
    match lang {
        Lang::Zh => tr!("merge-lang-zh"),
        Lang::En => tr!("merge-lang-en"),
    }
}
