//! `gongwen import` measured on real published 公文 (`tests/import/published/`, not written
//! for gongwen): every document must import and render (txt and PDF), and at least
//! [`IDENTICAL_FLOOR`] of them must print the original text unchanged.

mod common;

use common::imports::gongwen_zh;
use common::{comparable, render, workspace_file};
use std::path::Path;

/// Documents whose printed text equals the original today; raise it as the importer improves.
const IDENTICAL_FLOOR: usize = 7;

/// Documents whose printed text equals the original, or would but for the 发文字号 the
/// report says was moved from under the title to its GB/T 9704 place.
const SAME_TEXT_FLOOR: usize = 18;

/// Each document and the 文种 it is (the last word of its title, 令 for a "……令 第N号").
const EXPECTED: &[(&str, &str)] = &[
    ("gov-approval-innovation-zone.txt", "批复"),
    ("gov-approval-joint.txt", "批复"),
    ("gov-circular-mine-accidents.txt", "通报"),
    ("gov-decision-boao.txt", "决定"),
    ("gov-decision-science-awards.txt", "决定"),
    ("gov-notice-forwarding-report.txt", "通知"),
    ("gov-notice-group-members.txt", "通知"),
    ("gov-notice-holidays.txt", "通知"),
    ("gov-notice-issuing-plan.txt", "通知"),
    ("gov-opinion-normative-documents.txt", "意见"),
    ("gov-order-patent-agency.txt", "令"),
    ("gov-reply-letter-to-vice-chair.txt", "函"),
    ("gov-reply-letter-universiade.txt", "函"),
    ("guangdong-issuing-notice.txt", "通知"),
    ("heze-resolution.txt", "决议"),
    ("ningxia-order.txt", "令"),
    ("pengshan-announcement.txt", "公告"),
    ("pingyuan-announcement.txt", "公告"),
    ("wuhua-public-notice.txt", "通告"),
];

/// What happened to one document.
struct Outcome {
    file: String,
    expected: &'static str,
    /// The 文种 the import report names ("" when import failed or named none).
    reported: String,
    /// `None` when import and both renders succeeded, else the step and its message.
    failure: Option<String>,
    identical: bool,
    /// Not identical, but identical once the 发文字号 the report says was moved from under
    /// the title to its 版头 place (GB/T 9704 §7.2.4) is put back.
    moved: bool,
    /// Where the printed text first departs from the original, when it does.
    difference: Option<String>,
    /// What `gongwen import` printed.
    report: String,
}

/// The 文种 in an import report: a "文种：…" line, else the first line's "file: 文种 (…)".
fn reported_genre(report: &str) -> String {
    let line = report.lines().find_map(|l| l.trim().strip_prefix("文种："));
    let genre = line.or_else(|| {
        let (_, rest) = report.lines().next()?.split_once(": ")?;
        Some(
            rest.split([' ', '（', '(', '，', ','])
                .next()
                .unwrap_or(rest),
        )
    });
    genre.unwrap_or("").trim().to_string()
}

/// Text compared as the meter compares it, full-width ASCII forms (Ａ，：１) taken as ASCII
/// first, since import may convert marks either way.
fn folded(text: &str) -> String {
    let ascii: String = text
        .chars()
        .map(|c| match c as u32 {
            0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            // cp936's 破折号, which import makes the GB/T 15834 dash.
            0x2015 => '\u{2014}',
            _ => c,
        })
        .collect();
    comparable(&ascii)
}

/// Imports `file` and renders the result to txt and PDF in `dir`.
fn measure_one(dir: &Path, file: &str, expected: &'static str) -> Outcome {
    let input = workspace_file(&format!("tests/import/published/{file}"));
    let project = dir.join(file.trim_end_matches(".txt"));
    let run = gongwen_zh()
        .arg("import")
        .arg(&input)
        .arg("-o")
        .arg(&project)
        .output()
        .expect("run gongwen import");
    let report = String::from_utf8_lossy(&run.stdout).into_owned();
    let mut outcome = Outcome {
        file: file.to_string(),
        expected,
        reported: reported_genre(&report),
        failure: None,
        identical: false,
        moved: false,
        difference: None,
        report: report.clone(),
    };
    if !run.status.success() {
        outcome.reported.clear();
        let stderr = String::from_utf8_lossy(&run.stderr);
        outcome.failure = Some(format!("import: {}", stderr.trim()));
        return outcome;
    }
    let data = project.join("data.yaml");
    let (txt, pdf) = (
        project.with_extension("out.txt"),
        project.with_extension("pdf"),
    );
    for (format, out) in [("txt", &txt), ("pdf", &pdf)] {
        let path = out.to_str().expect("UTF-8 temp path");
        let rendered = render(&data, &["--format", format, "-o", path]);
        if rendered.code != Some(0) || !out.exists() {
            outcome.failure = Some(format!("render {format}: {}", rendered.stderr.trim()));
            return outcome;
        }
    }
    let original = std::fs::read_to_string(&input).expect("published document");
    let printed = std::fs::read_to_string(&txt).expect("rendered text");
    outcome.difference = first_difference(&folded(&original), &folded(&printed));
    outcome.identical = outcome.difference.is_none();
    outcome.moved = !outcome.identical
        && moved_number(&report).is_some_and(|number| {
            let rest = original.replacen(number, "", 1);
            folded(&format!("{number}\n{rest}")) == folded(&printed)
        });
    outcome
}

/// The 发文字号 the report says was moved from under the title to the 版头.
fn moved_number(report: &str) -> Option<&str> {
    let line = report
        .lines()
        .find(|l| l.contains("在原文中位于标题之下"))?;
    let (_, rest) = line.split_once("发文字号“")?;
    Some(rest.split_once('”')?.0)
}

/// “original «…» printed «…»” from where `want` and `got` first differ, or `None`.
fn first_difference(want: &str, got: &str) -> Option<String> {
    let (want, got): (Vec<char>, Vec<char>) = (want.chars().collect(), got.chars().collect());
    let at = (0..want.len().max(got.len())).find(|&i| want.get(i) != got.get(i))?;
    let around = |t: &[char]| -> String { t.iter().skip(at.saturating_sub(8)).take(24).collect() };
    Some(format!(
        "original «{}» printed «{}»",
        around(&want),
        around(&got)
    ))
}

/// Every published document measured, after checking the folder holds exactly [`EXPECTED`].
fn measure_all() -> Vec<Outcome> {
    let folder = workspace_file("tests/import/published");
    let mut files: Vec<String> = std::fs::read_dir(&folder)
        .expect("tests/import/published")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    files.sort();
    let listed: Vec<&str> = EXPECTED.iter().map(|(f, _)| *f).collect();
    assert_eq!(files, listed, "list every published document in EXPECTED");
    let dir = tempfile::tempdir().expect("temp dir");
    let outcomes: Vec<Outcome> = EXPECTED
        .iter()
        .map(|(file, genre)| measure_one(dir.path(), file, genre))
        .collect();
    print_table(&outcomes);
    outcomes
}

/// The table: file, 文种 expected and reported, renders, identical; then the failures.
fn print_table(outcomes: &[Outcome]) {
    eprintln!(
        "{:<38} {:<6} {:<8} {:<8} identical",
        "file", "文种", "reported", "renders"
    );
    for o in outcomes {
        let renders = if o.failure.is_none() { "yes" } else { "NO" };
        let same = match (o.identical, o.moved) {
            (true, _) => "yes",
            (false, true) => "moved",
            _ => "no",
        };
        let (file, exp, rep) = (&o.file, o.expected, &o.reported);
        eprintln!("{file:<38} {exp:<6} {rep:<8} {renders:<8} {same}");
    }
    let count = |f: &dyn Fn(&Outcome) -> bool| outcomes.iter().filter(|o| f(o)).count();
    let genre_named = count(&|o| {
        o.reported == o.expected || (o.expected, o.reported.as_str()) == ("令", "命令（令）")
    });
    eprintln!(
        "{} documents: {} render, {} identical, {} identical but for the 发文字号 moved above the title, {} named as their own 文种",
        outcomes.len(),
        count(&|o| o.failure.is_none()),
        count(&|o| o.identical),
        count(&|o| o.moved),
        genre_named
    );
    for o in outcomes {
        if let Some(why) = &o.failure {
            eprintln!("FAILED {}: {why}", o.file);
        } else if let Some(diff) = &o.difference {
            eprintln!("DIFFERS {}: {diff}", o.file);
        }
    }
}

/// A render that fails only because no font on this machine has a character of the
/// original (a rare name character such as 「喆」): the document is right, the machine lacks
/// a font, and the import report said so before anything was rendered.
fn lacks_a_font(o: &Outcome) -> bool {
    // The reason is the renderer's (in English or, translated, in Chinese): the report's
    // 渲染 line gives the very reason `render` failed with.
    let font = |t: &str| t.contains("no installed or shipped font has") || t.contains("字体");
    let predicted = o
        .report
        .lines()
        .find_map(|l| l.trim().strip_prefix("渲染：不能——"));
    o.failure.as_deref().is_some_and(|f| {
        f.starts_with("render") && font(f) && predicted.is_some_and(|r| font(r) && f.contains(r))
    })
}

#[test]
fn every_published_document_imports_and_renders() {
    let failures: Vec<String> = measure_all()
        .into_iter()
        .filter(|o| !lacks_a_font(o))
        .filter_map(|o| Some(format!("{}: {}", o.file, o.failure?)))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn published_documents_round_trip_at_least_the_floor() {
    let outcomes = measure_all();
    let identical = outcomes.iter().filter(|o| o.identical).count();
    let same_text = identical + outcomes.iter().filter(|o| o.moved).count();
    assert!(
        same_text >= SAME_TEXT_FLOOR,
        "{same_text} of {} published documents print their original text (the 发文字号 moved or not); the floor is {SAME_TEXT_FLOOR}",
        outcomes.len()
    );
    assert!(
        identical >= IDENTICAL_FLOOR,
        "{identical} of {} published documents print their original text; the floor is {IDENTICAL_FLOOR}",
        outcomes.len()
    );
    assert!(outcomes.len() >= 15, "15 or more published documents");
}
