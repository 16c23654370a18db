//! The lines of a sharded batch's parts checked against the batch planned again: every
//! row once (a row in two parts is refused), each in the part `--shard` gives it, with
//! the file the plan names, and a written file there in the output folder.

use crate::parts::PartLine;
use crate::run::Status;
use crate::shard::Shard;
use gongwen_i18n::{Lang, tr};
use gongwen_model::Diagnostic;
use std::collections::BTreeMap;
use std::path::Path;

/// What the parts must hold, from the batch planned again.
pub(crate) struct Expected<'a> {
    /// Each planned row's output file in order, relative to the output folder (empty
    /// for a row that cannot become a document).
    pub(crate) files: Vec<String>,
    /// The rollup's file, when the batch has one (in part 1, numbered after the rows).
    pub(crate) rollup: Option<String>,
    /// How many parts.
    pub(crate) parts: usize,
    /// The output folder.
    pub(crate) out_dir: &'a Path,
    /// The language the parts are written in.
    pub(crate) lang: Lang,
}

impl Expected<'_> {
    /// The part and the file of the line numbered `number`, if the batch has one.
    fn place(&self, number: usize) -> Option<(usize, &str)> {
        match (number.checked_sub(1), &self.rollup) {
            (Some(i), _) if i < self.files.len() => Some((i % self.parts + 1, &self.files[i])),
            (Some(i), Some(rollup)) if i == self.files.len() => Some((1, rollup)),
            _ => None,
        }
    }

    /// How many lines the merged summary has.
    fn lines(&self) -> usize {
        self.files.len() + usize::from(self.rollup.is_some())
    }
}

/// The parts' lines with their 序号, in 序号 order, and their statuses; or every
/// problem found, each placed at its line.
#[allow(clippy::type_complexity)]
pub(crate) fn check(
    lines: Vec<PartLine>,
    expected: &Expected<'_>,
) -> Result<(Vec<(usize, PartLine)>, Vec<Status>), Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let mut kept: BTreeMap<usize, (PartLine, Status)> = BTreeMap::new();
    for line in lines {
        let at = |message: String| Diagnostic::new(&line.path, message).at(line.line, 1);
        let Some(number) = line.cells[0].trim().parse::<usize>().ok() else {
            problems.push(at(tr!("merge-bad-number", text = line.cells[0].as_str())));
            continue;
        };
        let Some(status) = status(&line.cells[6], expected.lang) else {
            problems.push(at(tr!("merge-bad-status", text = line.cells[6].as_str())));
            continue;
        };
        if let Some((first, _)) = kept.get(&number) {
            let file = first.path.file_name().unwrap_or_default().to_string_lossy();
            let message = tr!(
                "merge-twice",
                number = number,
                first = file,
                line = first.line
            );
            problems.push(at(message).hint(tr!("merge-stale-hint")));
            continue;
        }
        problems.extend(placed(&line, number, status, expected));
        kept.insert(number, (line, status));
    }
    problems.extend(missing(&kept, expected));
    if !problems.is_empty() {
        return Err(problems);
    }
    let statuses = kept.values().map(|(_, s)| *s).collect();
    Ok((
        kept.into_iter().map(|(n, (l, _))| (n, l)).collect(),
        statuses,
    ))
}

/// What is wrong with the line numbered `number` where it is: a row the batch does not
/// have, a row of another part, another file than the plan's, a written file not there.
fn placed(
    line: &PartLine,
    number: usize,
    status: Status,
    expected: &Expected<'_>,
) -> Option<Diagnostic> {
    let at = |message: String| Diagnostic::new(&line.path, message).at(line.line, 1);
    let Some((part, file)) = expected.place(number) else {
        let message = tr!(
            "merge-not-planned",
            number = number,
            rows = expected.files.len()
        );
        let rollup = number == expected.files.len() + 1 && line.part == 1;
        let hint = match rollup {
            true => tr!("merge-rollup-hint"),
            false => tr!("merge-stale-hint"),
        };
        return Some(at(message).hint(hint));
    };
    if part != line.part {
        let message = tr!(
            "merge-wrong-part",
            number = number,
            part = part,
            found = line.part
        );
        return Some(at(message).hint(tr!("merge-stale-hint")));
    }
    let found = line.cells[2].as_str();
    if found != file {
        let message = tr!(
            "merge-other-file",
            number = number,
            found = found,
            expected = file
        );
        return Some(at(message).hint(tr!("merge-stale-hint")));
    }
    if status.written() && !expected.out_dir.join(file).is_file() {
        let (dir, file) = (expected.out_dir, file);
        let message = tr!(
            "merge-file-missing",
            number = number,
            file = file,
            dir = dir
        );
        return Some(at(message).hint(tr!("merge-file-missing-hint")));
    }
    None
}

/// The rows no part holds, listed under the part that should.
fn missing(kept: &BTreeMap<usize, (PartLine, Status)>, expected: &Expected<'_>) -> Vec<Diagnostic> {
    let mut by_part: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for number in (1..=expected.lines()).filter(|n| !kept.contains_key(n)) {
        if let Some((part, _)) = expected.place(number) {
            by_part.entry(part).or_default().push(number);
        }
    }
    let count = expected.parts;
    (by_part.into_iter())
        .map(|(part, numbers)| {
            let mut list: Vec<String> = numbers.iter().take(10).map(usize::to_string).collect();
            if numbers.len() > 10 {
                list.push("…".into());
            }
            let path = expected
                .out_dir
                .join(Shard { index: part, count }.summary_name());
            let message = tr!(
                "merge-rows-missing",
                part = part,
                count = numbers.len(),
                numbers = list.join(", ")
            );
            Diagnostic::new(&path, message).hint(tr!(
                "merge-part-missing-hint",
                part = part,
                count = count
            ))
        })
        .collect()
}

/// The status a summary written in `lang` gives in words.
fn status(word: &str, lang: Lang) -> Option<Status> {
    [
        ("batch-status-written", Status::Written),
        ("batch-status-draft", Status::Draft),
        ("batch-status-refused", Status::Refused),
        ("batch-status-failed", Status::Failed),
    ]
    .into_iter()
    .find(|(id, _)| crate::CATALOG.message_in(lang, id, &[]) == word)
    .map(|(_, s)| s)
}

#[cfg(test)]
mod tests {
    use super::Expected;
    use std::path::Path;

    #[test]
    fn rows_go_round_robin_and_the_rollup_to_part_one_after_them() {
        let files: Vec<String> = (1..=16).map(|i| format!("{i}.pdf")).collect();
        let mut expected = Expected {
            files,
            rollup: Some("汇总.pdf".into()),
            parts: 3,
            out_dir: Path::new("out"),
            lang: gongwen_i18n::Lang::Zh,
        };
        assert_eq!(expected.place(1), Some((1, "1.pdf")));
        assert_eq!(expected.place(2), Some((2, "2.pdf")));
        assert_eq!(expected.place(6), Some((3, "6.pdf")));
        assert_eq!(expected.place(16), Some((1, "16.pdf")));
        // Round robin would give 17 to part 2; the rollup is part 1's.
        assert_eq!(expected.place(17), Some((1, "汇总.pdf")));
        assert_eq!(expected.place(18), None);
        assert_eq!(expected.place(0), None);
        assert_eq!(expected.lines(), 17);
        expected.rollup = None;
        assert_eq!(expected.place(17), None);
        assert_eq!(expected.lines(), 16);
    }
}
