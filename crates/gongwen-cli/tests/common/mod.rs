//! Helpers shared by the CLI tests: running `gongwen`, writing inputs, comparing texts.
#![allow(dead_code)] // each test binary uses its own subset

pub(crate) mod imports;
pub(crate) mod kinds;
pub(crate) mod ofd;
pub(crate) mod pages;
pub(crate) mod pdf;
pub(crate) mod serving;

#[allow(unused_imports)] // each test binary uses its own subset
pub(crate) use pages::words_outside;

use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// The `gongwen` binary built from this crate, its language pinned to 简体中文 (the
/// default) whatever the machine's locale.
pub(crate) fn gongwen() -> Command {
    let mut cmd = Command::cargo_bin("gongwen").expect("the gongwen binary is built");
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "zh_CN.UTF-8");
    cmd
}

/// A file of the workspace, e.g. `fixtures/speech.yaml`.
pub(crate) fn workspace_file(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel)
}

/// A file under this crate's `tests/data/`.
pub(crate) fn test_data(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(rel)
}

/// Writes `bytes` to `dir/rel`, creating folders; returns the path.
pub(crate) fn write_file(dir: &Path, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().expect("a file has a parent")).expect("create folders");
    std::fs::write(&path, bytes).expect("write test input");
    path
}

/// What one run of `gongwen` did.
pub(crate) struct Run {
    pub(crate) code: Option<i32>,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
}

impl Run {
    /// Panics with the run's stderr unless it succeeded.
    pub(crate) fn ok(self) -> Run {
        assert_eq!(self.code, Some(0), "gongwen failed:\n{}", self.stderr);
        self
    }
}

/// Runs `gongwen render DATA [ARGS…]`.
pub(crate) fn render(data: &Path, args: &[&str]) -> Run {
    let out = gongwen()
        .arg("render")
        .arg(data)
        .args(args)
        .output()
        .expect("run gongwen");
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Renders `data` as `format` into `out` and returns the output file's text.
pub(crate) fn render_text(data: &Path, format: &str, out: &Path) -> String {
    render(
        data,
        &[
            "--format",
            format,
            "-o",
            out.to_str().expect("UTF-8 temp path"),
        ],
    )
    .ok();
    std::fs::read_to_string(out).unwrap_or_else(|e| panic!("read {}: {e}", out.display()))
}

/// The text of `pdf` as `pdftotext file.pdf -` prints it, or `None` (with a note) when
/// pdftotext is not installed.
pub(crate) fn pdftotext(pdf: &Path) -> Option<String> {
    pdftotext_with(pdf, &[])
}

/// [`pdftotext`] with extra options, e.g. `-raw` (text in the order it was drawn: a table
/// cell's or a wrapped field's lines together).
pub(crate) fn pdftotext_with(pdf: &Path, options: &[&str]) -> Option<String> {
    match std::process::Command::new("pdftotext")
        .args(options)
        .arg(pdf)
        .arg("-")
        .output()
    {
        Ok(out) => {
            assert!(
                out.status.success(),
                "pdftotext {} failed: {}",
                pdf.display(),
                String::from_utf8_lossy(&out.stderr)
            );
            Some(String::from_utf8(out.stdout).expect("pdftotext prints UTF-8"))
        }
        Err(e) => {
            eprintln!(
                "note: pdftotext not available ({e}); skipping the PDF text check for {}",
                pdf.display()
            );
            None
        }
    }
}

/// Asserts that `pdf` exists, is non-empty and is a PDF.
pub(crate) fn assert_is_pdf(pdf: &Path) {
    let bytes = std::fs::read(pdf).unwrap_or_else(|e| panic!("read {}: {e}", pdf.display()));
    assert!(
        bytes.len() > 1000,
        "{} is only {} bytes",
        pdf.display(),
        bytes.len()
    );
    assert!(
        bytes.starts_with(b"%PDF"),
        "{} does not start with %PDF",
        pdf.display()
    );
}

const DASHES: &[char] = &['—', '－', '-', '–', '―'];

/// Whether `line` is a page number such as `— 3 —` (the meter's `^[—－\-–―]+\s*\d+\s*[—－\-–―]+$`).
pub(crate) fn is_page_number(line: &str) -> bool {
    let line = line.trim();
    let Some(rest) = line.strip_prefix(DASHES) else {
        return false;
    };
    let rest = rest.trim_start_matches(DASHES).trim_start();
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return false;
    }
    let rest = rest[digits..].trim_start();
    rest.starts_with(DASHES) && rest.trim_start_matches(DASHES).is_empty()
}

/// Text as the project's meter compares it: page-number lines dropped, whitespace removed,
/// half-width `, ( ) : ; ? !` as full-width, and curly double quotes as `"`.
pub(crate) fn comparable(text: &str) -> String {
    text.lines()
        .filter(|l| !is_page_number(l))
        .flat_map(str::chars)
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            ',' => '，',
            '(' => '（',
            ')' => '）',
            ':' => '：',
            ';' => '；',
            '?' => '？',
            '!' => '！',
            '“' | '”' => '"',
            c => c,
        })
        .collect()
}

/// `text` without any whitespace.
pub(crate) fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Panics, showing where they first differ, unless `got` and `want` are equal.
pub(crate) fn assert_same_text(what: &str, got: &str, want: &str) {
    if got == want {
        return;
    }
    let (g, w): (Vec<char>, Vec<char>) = (got.chars().collect(), want.chars().collect());
    let at = g.iter().zip(&w).take_while(|(a, b)| a == b).count();
    let show = |v: &[char]| {
        v[at.saturating_sub(15)..(at + 25).min(v.len())]
            .iter()
            .collect::<String>()
    };
    panic!(
        "{what}: text differs at character {at} (got {} chars, want {}):\n  got:  …{}…\n  want: …{}…",
        g.len(),
        w.len(),
        show(&g),
        show(&w)
    );
}

/// Every `.gongwen-*.tmp` file directly in `dir`.
pub(crate) fn leftover_temp_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("read output dir")
        .map(|e| {
            e.expect("dir entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|n| n.starts_with(".gongwen-") && n.ends_with(".tmp"))
        .collect()
}

/// Writes `files` into a temp dir, renders `data` from there, checks that the run failed and
/// wrote no output, and returns stderr with the temp dir written `[TMP]`.
pub(crate) fn fail(files: &[(&str, &[u8])], data: &str) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    for (rel, bytes) in files {
        write_file(dir.path(), rel, bytes);
    }
    let out = dir.path().join("out.pdf");
    let run = render(
        &dir.path().join(data),
        &["-o", out.to_str().expect("UTF-8 temp path")],
    );
    assert_eq!(
        run.code,
        Some(1),
        "gongwen must fail on {data}; stderr:\n{}",
        run.stderr
    );
    assert_eq!(run.stdout, "", "nothing on stdout");
    assert!(!out.exists(), "no output after an error");
    run.stderr
        .replace(&dir.path().display().to_string(), "[TMP]")
}

/// Asserts that the first line of `err` starts with `head` and that `err` contains each of `words`.
pub(crate) fn assert_message(err: &str, head: &str, words: &[&str]) {
    let err = &one_line(err);
    let first = err.lines().next().unwrap_or_default();
    assert!(
        first.starts_with(head),
        "first line\n  {first}\ndoes not start with\n  {head}\nfull stderr:\n{err}"
    );
    for word in words {
        assert!(err.contains(word), "stderr lacks {word:?}:\n{err}");
    }
}

/// The escaping tests' template: data in the title, the addressee, one paragraph per text,
/// and a metric.
pub(crate) const ESCAPING_TEMPLATE: &str = r#"---
kind: report
title: "{{ title }}"
addressee: "{{ addressee }}"
---
{% for t in texts %}
{{ t }}

{% endfor %}
数值{{ m(name="数", unit="个") }}。
"#;

/// Diagnostics as drawn (`error[code]: message` with `┌─ file:line:col` under it) put
/// back on one line each, `file:line:col: error[code]: message`; an input error reads
/// `error: file:line:col: message` as it did before diagnostics were drawn. The gutter
/// `│` becomes `|`. For tests that look for a finding at its place.
#[allow(dead_code)]
pub(crate) fn one_line(stderr: &str) -> String {
    let lines: Vec<&str> = stderr.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let header = ["error[", "warning[", "note["]
            .iter()
            .any(|s| line.starts_with(s));
        let rest = &lines[i + 1..];
        let end = rest
            .iter()
            .position(|l| {
                !l.starts_with([' ', '│'])
                    && !l.trim().is_empty()
                    && !l.starts_with(char::is_numeric)
            })
            .unwrap_or(rest.len());
        let place = rest[..end].iter().find_map(|l| {
            let l = l.trim_start();
            l.strip_prefix("┌─ ")
                .or_else(|| l.strip_prefix("= in "))
                .or_else(|| l.strip_prefix("= 位于 "))
        });
        let line = line.replace('│', "|");
        match (header, place) {
            (true, Some(at)) => match line.strip_prefix("error[input]: ") {
                Some(message) => out.push(format!("error: {}: {message}", at.trim())),
                None => out.push(format!("{}: {line}", at.trim())),
            },
            _ => out.push(line),
        }
    }
    out.join("\n")
}

/// Runs `gongwen args` in `dir`: its exit code and its stderr with diagnostics on one
/// line each ([`one_line`]).
#[allow(dead_code)]
pub(crate) fn run_in(args: &[&str], dir: &Path) -> (Option<i32>, String) {
    let out = gongwen()
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run gongwen");
    (
        out.status.code(),
        one_line(&String::from_utf8_lossy(&out.stderr)),
    )
}

/// Runs `gongwen batch rows.csv --base base.yaml -f txt -o out` and `extra` in `dir`.
pub(crate) fn batch_rows(dir: &Path, extra: &[&str]) -> (Option<i32>, String) {
    let mut args = vec![
        "batch",
        "rows.csv",
        "--base",
        "base.yaml",
        "-f",
        "txt",
        "-o",
        "out",
    ];
    args.extend_from_slice(extra);
    run_in(&args, dir)
}

/// A fresh folder with the template `templates/t.md.tera` (data names it `template: t`).
#[allow(dead_code)]
pub(crate) fn project(template: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    write_file(dir.path(), "templates/t.md.tera", template);
    dir
}

/// Writes `d.yaml` in `dir` and runs `gongwen check` on it.
#[allow(dead_code)]
pub(crate) fn check_data(dir: &Path, data: impl AsRef<[u8]>) -> (Option<i32>, String) {
    write_file(dir, "d.yaml", data);
    run_in(&["check", "d.yaml"], dir)
}

/// A word on a page of a PDF, as `pdftotext -bbox` boxes it (points from the top left).
pub(crate) struct Word {
    /// Its page, from 0.
    pub(crate) page: usize,
    /// Left, top, right and bottom.
    pub(crate) x0: f64,
    pub(crate) y0: f64,
    pub(crate) x1: f64,
    pub(crate) y1: f64,
    /// What it says.
    pub(crate) text: String,
}

/// Every word of `pdf` with its box; `None` without pdftotext.
pub(crate) fn bbox_words(pdf: &Path) -> Option<Vec<Word>> {
    let html = pdftotext_with(pdf, &["-bbox"])?;
    let attr = |word: &str, name: &str| -> Option<f64> {
        let at = word.find(&format!("{name}=\""))? + name.len() + 2;
        word[at..].split('"').next()?.parse().ok()
    };
    let mut out = Vec::new();
    for (page, html) in html.split("<page ").skip(1).enumerate() {
        for w in html.split("<word ").skip(1) {
            let [x0, y0, x1, y1] = ["xMin", "yMin", "xMax", "yMax"].map(|n| attr(w, n));
            let (Some(x0), Some(y0), Some(x1), Some(y1)) = (x0, y0, x1, y1) else {
                continue;
            };
            let text = w.split_once('>').map_or("", |(_, t)| t);
            let text = text.split("</word>").next().unwrap_or("").to_string();
            out.push(Word {
                page,
                x0,
                y0,
                x1,
                y1,
                text,
            });
        }
    }
    Some(out)
}
