//! Long fields (issue 16): every fixture with each front-matter field and table cell at
//! 1×, 3× and 10× its length prints inside the page and the 版心 with all of its text, and
//! whatever `check` finds in it is located. (The 发文字号, 份号, 密级 and 紧急程度 are each
//! set on one line: one wider than the 版心 is refused, see `silent.rs`; they are not
//! lengthened here.)

mod common;

use common::{
    bbox_words, pdftotext_with, run_in as run, words_outside, workspace_file, write_file,
};
use serde_json::Value;

/// Frame fields that are dates, names of files or choices, or refused when longer than a
/// line (the 发文字号, 份号, 密级, 紧急程度): they are not lengthened.
const NOT_TEXT: [&str; 10] = [
    "kind",
    "date",
    "print_date",
    "seal",
    "suffix",
    "metrics",
    "doc_number",
    "copy_number",
    "secrecy",
    "urgency",
];

/// `value`'s strings repeated `times`, each lengthened one pushed onto `texts`.
fn lengthen(value: &mut Value, times: usize, texts: &mut Vec<String>) {
    match value {
        Value::String(s) if !s.trim().is_empty() => {
            *s = s.trim().repeat(times);
            texts.push(s.clone());
        }
        Value::Array(items) => items.iter_mut().for_each(|v| lengthen(v, times, texts)),
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                if !NOT_TEXT.contains(&key.as_str()) {
                    lengthen(v, times, texts);
                }
            }
        }
        _ => {}
    }
}

/// Every Markdown table cell in the data's strings repeated `times`, each pushed onto `cells`.
fn lengthen_cells(value: &mut Value, times: usize, cells: &mut Vec<String>) {
    match value {
        Value::String(s) if s.contains("\n|") => {
            let lines: Vec<String> = s.lines().map(|l| cell_line(l, times, cells)).collect();
            *s = lines.join("\n");
        }
        Value::Array(items) => items
            .iter_mut()
            .for_each(|v| lengthen_cells(v, times, cells)),
        Value::Object(map) => map
            .iter_mut()
            .for_each(|(_, v)| lengthen_cells(v, times, cells)),
        _ => {}
    }
}

/// One line of a pipe table with its cells repeated (the rule line kept as it is).
fn cell_line(line: &str, times: usize, cells: &mut Vec<String>) -> String {
    let row = line.trim();
    if !row.starts_with('|') || row.chars().all(|c| "|-: ".contains(c)) {
        return line.to_string();
    }
    let inner = row.trim_matches('|');
    let repeated: Vec<String> = inner
        .split('|')
        .map(|c| c.trim().repeat(times))
        .inspect(|c| cells.push(c.clone()))
        .collect();
    format!("| {} |", repeated.join(" | "))
}

/// The data of `fixture` with every frame field and table cell lengthened `times`, as JSON
/// (which YAML reads), and the lengthened frame texts and cells.
fn variant(fixture: &str, times: usize) -> (String, Vec<String>, Vec<String>) {
    let path = workspace_file(&format!("fixtures/{fixture}"));
    let job = gongwen_render::Job::load(&path).expect("the fixture loads");
    let rendered = job.render().expect("the fixture renders");
    let mut front = serde_json::to_value(rendered.front()).expect("a frame is JSON");
    let (mut texts, mut cells) = (Vec::new(), Vec::new());
    lengthen(&mut front, times, &mut texts);
    let mut data = job.data.value.clone();
    lengthen_cells(&mut data, times, &mut cells);
    data["document"] = front;
    (data.to_string(), texts, cells)
}

/// Characters of `inputs` that `printed` holds fewer times than they hold them.
fn missing_chars(printed: &str, inputs: &[String]) -> Vec<char> {
    let all: String = inputs.concat();
    let mut seen: Vec<char> = all.chars().filter(|c| !c.is_whitespace()).collect();
    seen.sort_unstable();
    seen.dedup();
    seen.into_iter()
        .filter(|&c| printed.matches(c).count() < all.matches(c).count())
        .collect()
}

/// Pairs of words of `pdf` printed over each other (their boxes overlap by more than
/// 2 pt both ways on one page); `None` without pdftotext.
fn overprinted(pdf: &std::path::Path) -> Option<Vec<String>> {
    let words = bbox_words(pdf)?;
    let mut out = Vec::new();
    for (i, a) in words.iter().enumerate() {
        for b in words[i + 1..].iter().take_while(|b| b.page == a.page) {
            let across = a.x1.min(b.x1) - a.x0.max(b.x0);
            let down = a.y1.min(b.y1) - a.y0.max(b.y0);
            if across > 2.0 && down > 2.0 {
                out.push(format!("{} over {}", a.text, b.text));
            }
        }
    }
    Some(out)
}

#[test]
fn every_fixture_with_long_fields_prints_inside_the_type_area_or_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut fixtures: Vec<String> = std::fs::read_dir(workspace_file("fixtures"))
        .expect("fixtures")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".yaml"))
        .collect();
    fixtures.sort();
    // The order's 签名章, beside the data as in fixtures/.
    common::pdf::copy_stamp(dir.path());
    let mut failures = Vec::new();
    for fixture in &fixtures {
        for times in [1, 3, 10] {
            let (data, texts, cells) = variant(fixture, times);
            write_file(dir.path(), "d.yaml", data);
            let what = format!("{fixture} at {times}×");
            // The lookback fixtures leave figures to fill in: check names each one's place.
            let (_, err) = run(&["check", "d.yaml"], dir.path());
            for line in err.lines().filter(|l| l.contains("error[")) {
                if !line.starts_with("d.yaml:") {
                    failures.push(format!("{what}: an error without its place: {line}"));
                }
            }
            // A draft is printed to be read: it keeps inside the page too.
            let (code, err) = run(&["render", "d.yaml", "-o", "d.pdf"], dir.path());
            if code != Some(0) {
                failures.push(format!("{what}: the draft failed: {err}"));
                continue;
            }
            let pdf = dir.path().join("d.pdf");

            let (Some(outside), Some(text)) =
                (words_outside(&pdf), pdftotext_with(&pdf, &["-raw"]))
            else {
                eprintln!("pdftotext is not installed; the measurement is skipped");
                return;
            };
            if !outside.is_empty() {
                failures.push(format!("{what}: outside the 版心: {outside:?}"));
            }
            let over = overprinted(&pdf).unwrap_or_default();
            if !over.is_empty() {
                failures.push(format!("{what}: printed over each other: {over:?}"));
            }
            // Without the page numbers that a field running over a page break straddles.
            let body = text.lines().filter(|l| !l.trim().starts_with("— "));
            let flat: String = body.flat_map(str::split_whitespace).collect();
            for t in &texts {
                let t: String = t.split_whitespace().collect();
                if !flat.contains(&t) {
                    failures.push(format!("{what}: not printed whole: {t}"));
                }
            }
            let lost = missing_chars(&flat, &cells);
            if !lost.is_empty() {
                failures.push(format!("{what}: table cells lost {lost:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
