//! The parts of a sharded batch's summary in its output folder (`summary-2-of-8.csv`):
//! found, checked to be one whole set of one count, and read line by line.

use crate::limits::{Reading, TableLimits, bounded_read};
use crate::shard::Shard;
use crate::summary::headings_in;
use gongwen_i18n::{Lang, tr};
use gongwen_model::Diagnostic;
use std::path::{Path, PathBuf};

/// One line of a part: where it is and its eight cells.
#[derive(Debug)]
pub(crate) struct PartLine {
    /// The part file.
    pub(crate) path: PathBuf,
    /// Which part (from 1).
    pub(crate) part: usize,
    /// Its 1-based line in the file.
    pub(crate) line: usize,
    /// 序号, 来源, 文件, 页数, 错误, 警告, 状态, 说明.
    pub(crate) cells: Vec<String>,
}

/// A part's file name's part and count: `summary-2-of-8.csv` → (2, 8).
pub(crate) fn part_name(name: &str) -> Option<(usize, usize)> {
    let (i, n) = name
        .strip_prefix("summary-")?
        .strip_suffix(".csv")?
        .split_once("-of-")?;
    let number = |t: &str| {
        (!t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse::<usize>().ok())
            .flatten()
    };
    Some((number(i)?, number(n)?))
}

/// The part files in `dir`, the i-th at index i − 1, all of one count and none missing;
/// otherwise every problem found.
pub(crate) fn find(dir: &Path) -> Result<Vec<PathBuf>, Vec<Diagnostic>> {
    let entries = std::fs::read_dir(dir).map_err(|e| {
        let reason = crate::output::reason(dir, &e);
        vec![Diagnostic::new(dir, tr!("merge-folder", reason = reason))]
    })?;
    let mut found: Vec<(usize, usize, PathBuf)> = entries
        .flatten()
        .filter_map(|e| {
            let (i, n) = part_name(&e.file_name().to_string_lossy())?;
            Some((i, n, e.path()))
        })
        .collect();
    found.sort();
    let Some(&(_, count, _)) = found.first() else {
        return Err(vec![
            Diagnostic::new(dir, tr!("merge-no-parts")).hint(tr!("merge-no-parts-hint")),
        ]);
    };
    let mut counts: Vec<usize> = found.iter().map(|f| f.1).collect();
    counts.sort_unstable();
    counts.dedup();
    if counts.len() > 1 {
        let group = |n: &usize| {
            let files: Vec<String> = (found.iter().filter(|f| f.1 == *n))
                .map(|f| {
                    Shard {
                        index: f.0,
                        count: *n,
                    }
                    .summary_name()
                })
                .collect();
            tr!("merge-count", count = *n, files = files.join(", "))
        };
        let groups: Vec<String> = counts.iter().map(group).collect();
        let message = tr!(
            "merge-mixed-counts",
            groups = groups.join(&tr!("merge-separator"))
        );
        return Err(vec![
            Diagnostic::new(dir, message).hint(tr!("merge-mixed-counts-hint")),
        ]);
    }
    let mut problems = Vec::new();
    for (i, _, path) in found.iter().filter(|f| f.0 == 0 || f.0 > count) {
        problems.push(Diagnostic::new(
            path,
            tr!("merge-bad-part", part = *i, count = count),
        ));
    }
    for i in (1..=count).filter(|i| !found.iter().any(|f| f.0 == *i)) {
        let path = dir.join(Shard { index: i, count }.summary_name());
        problems.push(
            Diagnostic::new(&path, tr!("merge-part-missing", part = i, count = count)).hint(tr!(
                "merge-part-missing-hint",
                part = i,
                count = count
            )),
        );
    }
    match problems.is_empty() {
        true => Ok(found.into_iter().map(|f| f.2).collect()),
        false => Err(problems),
    }
}

/// The lines of part `part` at `path` and the language its headings are in.
pub(crate) fn read(
    path: &Path,
    part: usize,
    limits: &TableLimits,
) -> Result<(Lang, Vec<PartLine>), Diagnostic> {
    let bytes = bounded_read(path, limits.unzip.max_bytes, Reading::Table)?;
    let text =
        String::from_utf8(bytes).map_err(|_| Diagnostic::new(path, tr!("batch-csv-not-utf8")))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(text.as_bytes());
    let headings: Vec<String> = reader
        .headers()
        .map(|h| h.iter().map(str::to_string).collect())
        .unwrap_or_default();
    let lang = [Lang::Zh, Lang::En]
        .into_iter()
        .find(|lang| headings == headings_in(*lang))
        .ok_or_else(|| {
            let expected = headings_in(gongwen_i18n::lang()).join(",");
            Diagnostic::new(path, tr!("merge-not-a-summary"))
                .at(1, 1)
                .hint(tr!("merge-not-a-summary-hint", headings = expected))
        })?;
    let mut lines = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| crate::rows::line_of(text, p));
            Diagnostic::new(path, tr!("merge-bad-line", line = line)).at(line, 1)
        })?;
        lines.push(PartLine {
            path: path.to_path_buf(),
            part,
            line: record
                .position()
                .map_or(0, |p| crate::rows::line_of(text, p)),
            cells: record.iter().map(str::to_string).collect(),
        });
    }
    Ok((lang, lines))
}

#[cfg(test)]
mod tests {
    use super::part_name;

    #[test]
    fn part_names() {
        assert_eq!(part_name("summary-2-of-8.csv"), Some((2, 8)));
        assert_eq!(part_name("summary-12-of-120.csv"), Some((12, 120)));
        assert_eq!(part_name("summary.csv"), None);
        assert_eq!(part_name("summary-+2-of-8.csv"), None);
        assert_eq!(part_name("summary-2-of-8.csv.tmp"), None);
        assert_eq!(part_name("summary--of-8.csv"), None);
    }
}
