//! `gongwen import` round trips: each document in `tests/import/` is imported, rendered
//! back with `--format txt` and compared with the original, and its figures are counted.
//!
//! Compared as the GB/T 9704 meter compares (white space and page numbers ignored,
//! half-width , ( ) : ; ? ! as full-width, curly quotes as straight), and besides:
//! - a line drawn with dashes (————) is a rule, not text;
//! - heading numbers typed `1、` are printed `1.` and a full-line ISO date 2023-04-10 is
//!   printed 2023年4月10日, as GB/T 9704 §7.3.3 and §7.3.5 write them (the report says so);
//! - Markdown marks (`#`, `**`, table pipes and the alignment row) are not text;
//! - a table's text may be read in another order (a wrapped header cell's second line
//!   comes after the whole row), so each table is compared as the same characters;
//! - in a joint header "文件" stands centred beside the stacked names and is read between them.

mod common;

use common::imports::gongwen_zh;
use common::{comparable, gongwen, render_text, workspace_file};
use std::path::Path;

/// One document: its file, how many metrics the import must declare and why that many.
struct Case {
    file: &'static str,
    metrics: usize,
    joint_header: bool,
}

/// Counts from `tests/import/docs/README.md` (counted by hand), less what is not a
/// figure to the importer: 首位 (no number), 1,850 (kept as typed), placeholders in
/// the title, 署名 and date (the frame's strings).
const DOCS: &[Case] = &[
    Case {
        file: "docs/letter.txt",
        metrics: 25,
        joint_header: false,
    },
    Case {
        file: "docs/joint-circular.txt",
        metrics: 22,
        joint_header: true,
    },
    Case {
        file: "docs/joint-circular.docx",
        metrics: 22,
        joint_header: true,
    },
    Case {
        file: "docs/report-tables.md",
        metrics: 24 + 1 + 27,
        joint_header: false,
    },
    Case {
        file: "docs/report-tables.docx",
        metrics: 24 + 1 + 27,
        joint_header: false,
    },
    Case {
        file: "docs/resolution.txt",
        metrics: 8,
        joint_header: false,
    },
    Case {
        file: "docs/news.txt",
        metrics: 42 + 4 - 2,
        joint_header: false,
    },
    Case {
        file: "docs/placeholders.txt",
        metrics: 3 + 26 - 3,
        joint_header: false,
    },
    Case {
        file: "docs/circular-with-resolution.txt",
        metrics: 4,
        joint_header: false,
    },
    Case {
        file: "docs/training-notice.txt",
        metrics: 2,
        joint_header: false,
    },
    Case {
        file: "docs/braces.txt",
        metrics: 3,
        joint_header: false,
    },
    // 5种 and 1,850人, the number with a thousands comma kept as typed (as in news.txt).
    Case {
        file: "docs/half-width.txt",
        metrics: 2 - 1,
        joint_header: false,
    },
];

#[test]
fn seeds_round_trip() {
    let lookback = read("seeds/lookback.txt");
    check(
        "seeds/lookback.txt",
        lookback.matches("〔...〕").count(),
        false,
    );
    // The speech's X placeholders (those of its title stay text), and 第八名 第六名 1% 100%.
    let speech = read("seeds/speech.txt");
    let title_x = speech.lines().next().unwrap_or("").matches('X').count();
    check(
        "seeds/speech.txt",
        speech.matches('X').count() - title_x + 4,
        false,
    );
    // 集中开展1次, 12个重点项目, 9个.
    check("seeds/circular-forwarding.txt", 3, false);
}

#[test]
fn documents_in_other_shapes_round_trip() {
    for case in DOCS {
        check(case.file, case.metrics, case.joint_header);
    }
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(workspace_file(&format!("tests/import/{rel}"))).expect("test document")
}

fn check(rel: &str, metrics: usize, joint_header: bool) {
    let source = workspace_file(&format!("tests/import/{rel}"));
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("imported");
    let run = gongwen_zh()
        .args(["import"])
        .arg(&source)
        .arg("-o")
        .arg(&out)
        .output()
        .expect("run gongwen import");
    let report = String::from_utf8_lossy(&run.stdout).to_string();
    assert!(
        run.status.success(),
        "{rel}: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    let found = report
        .split("指标：")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse::<usize>().ok());
    assert_eq!(found, Some(metrics), "{rel}: metrics declared\n{report}");

    // `check` finds nothing wrong with the figures but the placeholders still to fill in.
    let checked = gongwen()
        .arg("check")
        .arg(out.join("data.yaml"))
        .output()
        .expect("run gongwen check");
    let stderr = String::from_utf8_lossy(&checked.stderr);
    let wrong: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("error[") && !l.contains("error[missing]"))
        .collect();
    assert!(wrong.is_empty(), "{rel}: check finds {wrong:#?}");

    let txt = render_text(&out.join("data.yaml"), "txt", &dir.path().join("out.txt"));
    let mut want = original_segments(rel);
    let mut got = comparable(&txt);
    if joint_header {
        got = got.replacen("文件", "", 1);
        for seg in &mut want {
            if let Segment::Text(t) = seg {
                *t = t.replacen("文件", "", 1);
                break;
            }
        }
    }
    compare(rel, &got, &want);
}

enum Segment {
    Text(String),
    Table(String),
}

/// The original's text as segments of running text and tables, each comparable.
fn original_segments(rel: &str) -> Vec<Segment> {
    // The .docx files hold the same text as their Markdown sources (see make_docx.py).
    let text_file = rel.replace(
        ".docx",
        if rel.contains("report") {
            ".md"
        } else {
            ".txt"
        },
    );
    let text = read(&text_file);
    let markdown = text_file.ends_with(".md");
    let mut out: Vec<Segment> = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.chars().count() >= 4 && line.chars().all(|c| "—-_=".contains(c)) {
            continue;
        }
        if markdown && line.starts_with('|') {
            let cells = line.replace('|', "");
            if cells.chars().all(|c| "-: ".contains(c)) {
                continue;
            }
            match out.last_mut() {
                Some(Segment::Table(t)) => t.push_str(&comparable(&cells)),
                _ => out.push(Segment::Table(comparable(&cells))),
            }
            continue;
        }
        let mut line = line.to_string();
        if markdown {
            line = line.trim_start_matches('#').replace("**", "");
        }
        line = normalise_line(&line);
        match out.last_mut() {
            Some(Segment::Text(t)) => t.push_str(&comparable(&line)),
            _ => out.push(Segment::Text(comparable(&line))),
        }
    }
    out
}

/// `1、` at the start of a line as `1.`; a line that is only an ISO date as 年月日.
fn normalise_line(line: &str) -> String {
    let trimmed = line.trim_start_matches([' ', '\u{3000}']);
    let digits = trimmed.chars().take_while(char::is_ascii_digit).count();
    if (1..=2).contains(&digits) && trimmed[digits..].starts_with('、') {
        return format!(
            "{}.{}",
            &trimmed[..digits],
            &trimmed[digits + '、'.len_utf8()..]
        );
    }
    let parts: Vec<&str> = trimmed.split('-').collect();
    if let [y, m, d] = parts.as_slice()
        && y.len() == 4
        && [y, m, d]
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
    {
        let n = |s: &str| s.parse::<u32>().unwrap_or(0);
        return format!("{y}年{}月{}日", n(m), n(d));
    }
    line.to_string()
}

fn compare(rel: &str, got: &str, want: &[Segment]) {
    let mut rest = got;
    for seg in want {
        match seg {
            Segment::Text(t) => {
                if !rest.starts_with(t.as_str()) {
                    common::assert_same_text(rel, &rest[..rest.len().min(t.len())], t);
                }
                rest = &rest[t.len()..];
            }
            Segment::Table(t) => {
                let n = t.chars().count();
                let end = rest.char_indices().nth(n).map_or(rest.len(), |(i, _)| i);
                let sorted = |s: &str| {
                    let mut v: Vec<char> = s.chars().collect();
                    v.sort_unstable();
                    v
                };
                assert_eq!(
                    sorted(&rest[..end]),
                    sorted(t),
                    "{rel}: a table's text differs"
                );
                rest = &rest[end..];
            }
        }
    }
    assert!(
        rest.is_empty(),
        "{rel}: text left over after the original's end: {rest}"
    );
}

#[test]
fn import_refuses_to_overwrite_and_names_bad_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let doc = common::write_file(
        dir.path(),
        "old.txt",
        "关于召开会议的通知\n各单位：\n定于下周开会，参会30人。\n",
    );
    gongwen_zh().arg("import").arg(&doc).assert().success();
    let again = gongwen_zh().arg("import").arg(&doc).output().expect("run");
    assert!(!again.status.success());
    let err = String::from_utf8_lossy(&again.stderr);
    assert!(
        err.contains("已经存在") && err.contains("`--force`"),
        "{err}"
    );
    let english = gongwen()
        .args(["--lang", "en", "import"])
        .arg(&doc)
        .output();
    let err = String::from_utf8_lossy(&english.expect("run").stderr).into_owned();
    assert!(
        err.contains("already exists; choose another folder"),
        "{err}"
    );
    let broken = common::write_file(dir.path(), "broken.docx", "not a zip");
    let out = gongwen_zh()
        .arg("import")
        .arg(&broken)
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("broken.docx") && err.contains("不是可读的 .docx 文件"),
        "{err}"
    );
    // The zip library's own words are not shown.
    assert!(
        !err.contains("archive") && !err.contains("zip file"),
        "{err}"
    );
    let out = gongwen()
        .args(["--lang", "en", "import"])
        .arg(&broken)
        .output();
    let err = String::from_utf8_lossy(&out.expect("run").stderr).into_owned();
    assert!(err.contains("not a readable .docx file"), "{err}");
    assert!(!Path::new(&dir.path().join("broken")).exists());
}
