//! `gongwen batch … --merge-shards`: merges the parts a sharded batch wrote and prints
//! what they hold; the checking and writing are in gongwen-pipeline.

use crate::Exit;
use crate::args::BatchArgs;
use gongwen_i18n::tr;
use gongwen_pipeline::{MergeError, Status, merge_shards};

/// Merges the parts of the batch `args` describe into its `summary.csv`; fails (exit 1)
/// when a part or a row is missing, or when any document was not written.
pub(crate) fn merge(args: &BatchArgs) -> Result<(), Exit> {
    let merged = merge_shards(&crate::batch::options(args)).map_err(|e| match e {
        MergeError::Input(d) => Exit::from(d),
        MergeError::Refused {
            ref problems,
            total,
            ..
        } => {
            crate::report::report(problems);
            if total > problems.len() {
                let more = total - problems.len();
                eprintln!("{}", tr!("cli-merge-more", count = more));
            }
            Exit::Message(e.to_string())
        }
        other => Exit::Message(other.to_string()),
    })?;
    let (written, drafts) = (merged.count(Status::Written), merged.count(Status::Draft));
    let (refused, failed) = (merged.count(Status::Refused), merged.count(Status::Failed));
    let line = tr!(
        "cli-merge-summary",
        parts = merged.parts,
        total = merged.statuses.len(),
        written = written + drafts,
        drafts = drafts,
        refused = refused,
        failed = failed,
        summary = &merged.summary
    );
    eprintln!("{line}");
    let missing = merged.not_written();
    if missing > 0 {
        return Err(Exit::Message(tr!(
            "cli-batch-not-written",
            count = missing,
            summary = &merged.summary
        )));
    }
    Ok(())
}
