//! The documents of `tests/import/kinds/` (one per 文种 and per shape of issue 22) imported,
//! rendered and held to their original: printed text, and every value of the frame.

use super::imports::import;
use super::{assert_is_pdf, comparable, is_page_number, render, workspace_file};
use gongwen_model::FrontMatter;
use std::path::PathBuf;

/// One row of `tests/import/kinds/expected.tsv`: file, 文种, 格式.
pub(crate) struct Expected {
    pub(crate) file: String,
    pub(crate) genre: String,
    pub(crate) format: String,
}

/// The rows of `tests/import/kinds/expected.tsv`, header left out.
pub(crate) fn manifest() -> Vec<Expected> {
    let text = std::fs::read_to_string(workspace_file("tests/import/kinds/expected.tsv"))
        .expect("tests/import/kinds/expected.tsv");
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let cells: Vec<&str> = l.split('\t').collect();
            assert_eq!(
                cells.len(),
                3,
                "expected.tsv: “{l}” is not file, 文种, 格式"
            );
            Expected {
                file: cells[0].into(),
                genre: cells[1].into(),
                format: cells[2].into(),
            }
        })
        .collect()
}

/// A document of `kinds/` imported and rendered.
pub(crate) struct Imported {
    /// The temp dir holding the project and the renders (removed on drop).
    pub(crate) _dir: tempfile::TempDir,
    /// The import report `gongwen import` printed.
    pub(crate) report: String,
    /// The original text.
    pub(crate) original: String,
    /// The printed lines of `render --format txt`, page numbers left out.
    pub(crate) lines: Vec<String>,
    /// The frame the imported template and data make (data file over template).
    pub(crate) front: FrontMatter,
}

/// Imports `tests/import/kinds/<file>`, renders it to txt and to PDF (both must succeed)
/// and reads back the frame it wrote.
pub(crate) fn open(file: &str) -> Imported {
    let (dir, out, report) = import(&format!("kinds/{file}"));
    let data = out.join("data.yaml");
    let path = |name: &str| -> PathBuf { dir.path().join(name) };
    let txt = render(&data, &["--format", "txt", "-o", &utf8(&path("out.txt"))]);
    assert_eq!(txt.code, Some(0), "{file}: render txt\n{}", txt.stderr);
    let pdf = render(&data, &["--format", "pdf", "-o", &utf8(&path("out.pdf"))]);
    assert_eq!(pdf.code, Some(0), "{file}: render pdf\n{}", pdf.stderr);
    assert_is_pdf(&path("out.pdf"));
    let printed = std::fs::read_to_string(path("out.txt")).expect("the txt render");
    let lines = printed
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !is_page_number(l))
        .map(String::from)
        .collect();
    let job = gongwen_render::Job::load(&data).expect("the imported data loads");
    let front = job
        .render()
        .expect("the imported project renders")
        .front()
        .clone();
    let original = std::fs::read_to_string(workspace_file(&format!("tests/import/kinds/{file}")))
        .expect("test document");
    Imported {
        _dir: dir,
        report,
        original,
        lines,
        front,
    }
}

fn utf8(path: &std::path::Path) -> String {
    path.to_str().expect("UTF-8 temp path").to_string()
}

/// Text compared as typed: [`comparable`] (no whitespace, page numbers dropped, `, ( ) : ; ? !`
/// as full-width), and `.` `%` `"` `'` as their full-width forms too, since import converts
/// marks in Chinese text by default (GB/T 15834). Applied to both sides, so "1.5" stays equal.
pub(crate) fn marks(text: &str) -> String {
    comparable(text)
        .chars()
        .map(|c| match c {
            '.' => '。',
            '%' => '％',
            '‘' | '’' | '\'' => '\'',
            c => c,
        })
        .collect()
}

/// Where the printed text stops being the original (every line printed, in the same order,
/// nothing added), or `None` when it is the original.
pub(crate) fn round_trip_problem(file: &str, doc: &Imported) -> Option<String> {
    let printed = marks(&doc.lines.join("\n"));
    let mut rest = printed.as_str();
    for (n, line) in doc.original.lines().enumerate() {
        let want = marks(line);
        match rest.strip_prefix(want.as_str()) {
            Some(after) => rest = after,
            None => {
                let instead: String = rest.chars().take(30).collect();
                return Some(format!(
                    "{file}:{}: “{}” is not printed here; printed instead: “{instead}…”",
                    n + 1,
                    line.trim()
                ));
            }
        }
    }
    (!rest.is_empty()).then(|| format!("{file}: printed after the last line: “{rest}”"))
}

/// Every string the frame holds (header, title, 主送, 署名, date, 附注, attendance, 版记…;
/// the figures under `metrics` aside) occurs in the original, each of its lines within one
/// line there; and a value of a role that stands on its own line (发文字号, 份号, 密级, 署名,
/// date, title, 主送…) is a whole line, a run of whole lines, or one cell of a line (text
/// set apart by spaces, as 份号 and 发文字号 in a letter's head). The values that are not.
pub(crate) fn invented_values(doc: &Imported) -> Vec<String> {
    let lines: Vec<String> = doc
        .original
        .lines()
        .map(marks)
        .filter(|l| !l.is_empty())
        .collect();
    let cells: Vec<String> = doc.original.split_whitespace().map(marks).collect();
    let mut wrong = Vec::new();
    let _ = doc.front.clone().try_map_strings(|field, s| {
        let in_a_line = s
            .lines()
            .map(marks)
            .all(|piece| piece.is_empty() || lines.iter().any(|l| l.contains(&piece)));
        if !in_a_line {
            wrong.push(format!("{field}: “{s}” is not in the original"));
        } else if !s.trim().is_empty()
            && stands_alone(field)
            && !whole(&lines, &cells, &marks(s), field)
        {
            wrong.push(format!("{field}: “{s}” is part of a line, not the line"));
        }
        Ok::<_, std::convert::Infallible>(s.to_string())
    });
    if let Some(h) = &doc.front.header {
        let suffix = marks(h.suffix.as_deref().unwrap_or_default());
        for agency in &h.agencies {
            let a = marks(agency);
            let mark = [a.clone(), format!("{a}{suffix}"), format!("{a}文件")];
            if !lines.iter().any(|l| mark.contains(l)) {
                wrong.push(format!(
                    "header.agencies: “{agency}” is not a line of the head"
                ));
            } else if a.contains("关于") || a.ends_with('：') {
                wrong.push(format!("header.agencies: “{agency}” is a title or a 主送"));
            }
        }
    }
    wrong
}

/// The fields whose value is a line (or a cell of a line) of its own in a document.
fn stands_alone(field: &str) -> bool {
    matches!(
        field,
        "header.copy_number"
            | "header.secrecy"
            | "header.urgency"
            | "header.doc_number"
            | "signatures"
            | "date"
            | "title"
            | "title_note"
            | "addressee"
            | "masthead.name"
            | "masthead.issue"
            | "masthead.date"
    )
}

/// Whether `value` is a run of up to three whole lines (title, 题注 and 主送 may wrap; a
/// 题注 may lose its brackets), or one whitespace-separated cell of a line.
fn whole(lines: &[String], cells: &[String], value: &str, field: &str) -> bool {
    let runs = if matches!(field, "title" | "title_note" | "addressee") {
        3
    } else {
        1
    };
    let bracketed = format!("（{value}）");
    let run_matches = (1..=runs).any(|n| {
        lines
            .windows(n)
            .any(|w| w.concat() == value || w.concat() == bracketed)
    });
    run_matches || cells.iter().any(|c| c == value)
}
