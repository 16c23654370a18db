//! `gongwen batch … --shard i/n` on several machines, then `--merge-shards`: the merged
//! summary.csv is the one an unsharded run writes, beside the same files; a missing part,
//! parts of two counts or two languages, a row in two parts, a file not in the shared
//! folder are refused, placed at the part, and nothing is written.

mod common;

use common::{gongwen, workspace_file, write_file};
use std::path::{Path, PathBuf};

/// What one run of `gongwen batch` did.
struct Run {
    code: Option<i32>,
    stderr: String,
}

/// `gongwen batch SOURCE --base lookback-base.yaml -o OUT ARGS…`.
fn batch(source: &Path, out: &Path, args: &[&str]) -> Run {
    let run = gongwen()
        .arg("batch")
        .arg(source)
        .arg("--base")
        .arg(workspace_file("fixtures/lookback-base.yaml"))
        .arg("-o")
        .arg(out)
        .args(args)
        .output()
        .expect("run gongwen");
    Run {
        code: run.status.code(),
        stderr: String::from_utf8_lossy(&run.stderr).into_owned(),
    }
}

/// Renders parts 1..=n of the batch into `out`, each as its own process.
fn shards(source: &Path, out: &Path, n: usize, args: &[&str]) {
    for i in 1..=n {
        let shard = format!("{i}/{n}");
        let run = batch(source, out, &[args, &["--shard", &shard]].concat());
        assert_eq!(run.code, Some(0), "part {shard} failed:\n{}", run.stderr);
    }
}

/// The files of `dir` and their bytes, the summaries left out.
fn documents(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut found: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .expect("output folder")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| !name.starts_with("summary"))
        .map(|name| {
            let bytes = std::fs::read(dir.join(&name)).expect("read output");
            (name, bytes)
        })
        .collect();
    found.sort();
    found
}

/// The first `rows` counties of fixtures/counties.csv, as a table in `dir`; with
/// `broken`, the second row has a cell too many (that row fails, the others are written).
fn table(dir: &Path, rows: usize, broken: bool) -> PathBuf {
    let text = std::fs::read_to_string(workspace_file("fixtures/counties.csv")).expect("fixture");
    let mut lines: Vec<String> = text.lines().take(rows + 1).map(String::from).collect();
    if broken {
        lines[2].push_str(",多余");
    }
    write_file(dir, "counties.csv", lines.join("\n") + "\n")
}

#[test]
fn three_parts_merge_into_the_unsharded_summary_beside_the_same_pdfs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let source = workspace_file("fixtures/counties.csv");
    let (whole, parted) = (dir.path().join("whole"), dir.path().join("parted"));
    // 16 rows: part 1 also holds the rollup, numbered 17, after its own rows.
    let rollup = ["--rollup", "lookback-rollup"];
    let run = batch(&source, &whole, &rollup);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    shards(&source, &parted, 3, &rollup);
    assert!(!parted.join("summary.csv").exists());
    let merged = batch(
        &source,
        &parted,
        &[&rollup[..], &["--merge-shards"]].concat(),
    );
    assert_eq!(merged.code, Some(0), "{}", merged.stderr);
    assert!(
        merged
            .stderr
            .contains("已合并 3 个部分的汇总表：共 17 份，已写出 17 份"),
        "{}",
        merged.stderr
    );
    let read = |d: &Path| std::fs::read(d.join("summary.csv")).expect("summary.csv");
    let (expected, found) = (read(&whole), read(&parted));
    assert!(found.starts_with(b"\xEF\xBB\xBF"), "UTF-8 with a BOM");
    assert_eq!(
        String::from_utf8_lossy(&found),
        String::from_utf8_lossy(&expected)
    );
    let (expected, found) = (documents(&whole), documents(&parted));
    assert_eq!(found.len(), 17, "16 counties and the rollup");
    let names = |d: &[(String, Vec<u8>)]| d.iter().map(|f| f.0.clone()).collect::<Vec<_>>();
    assert_eq!(names(&found), names(&expected));
    assert!(
        found == expected,
        "the parts' PDFs differ from the unsharded run's"
    );
    for part in 1..=3 {
        assert!(parted.join(format!("summary-{part}-of-3.csv")).exists());
    }
}

#[test]
fn a_failed_document_still_merges_and_the_exit_code_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let source = table(dir.path(), 5, true);
    let (whole, parted) = (dir.path().join("whole"), dir.path().join("parted"));
    assert_eq!(batch(&source, &whole, &["-f", "typ"]).code, Some(1));
    for i in 1..=2 {
        let shard = format!("{i}/2");
        let run = batch(&source, &parted, &["-f", "typ", "--shard", &shard]);
        // The broken second row is in part 2.
        assert_eq!(run.code, Some(if i == 2 { 1 } else { 0 }), "{}", run.stderr);
    }
    let merged = batch(&source, &parted, &["-f", "typ", "--merge-shards"]);
    assert_eq!(merged.code, Some(1), "{}", merged.stderr);
    assert!(merged.stderr.contains("1 份失败"), "{}", merged.stderr);
    assert!(
        merged.stderr.contains("1 份文件未写出"),
        "{}",
        merged.stderr
    );
    let read = |d: &Path| std::fs::read_to_string(d.join("summary.csv")).expect("summary.csv");
    assert_eq!(read(&parted), read(&whole));
}

/// A table of 4 rows rendered as .typ (quick) in 3 parts into `dir/out`.
fn parted(dir: &Path) -> (PathBuf, PathBuf) {
    let source = table(dir, 4, false);
    let out = dir.join("out");
    shards(&source, &out, 3, &["-f", "typ"]);
    (source, out)
}

/// Merges `out`, expecting a refusal; returns what it said.
fn refused(source: &Path, out: &Path, args: &[&str]) -> String {
    let run = batch(
        source,
        out,
        &[&["-f", "typ", "--merge-shards"], args].concat(),
    );
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        !out.join("summary.csv").exists(),
        "nothing is written when the merge is refused"
    );
    run.stderr
}

#[test]
fn a_missing_part_is_named_with_the_command_that_makes_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (source, out) = parted(dir.path());
    std::fs::remove_file(out.join("summary-2-of-3.csv")).expect("remove part 2");
    let said = refused(&source, &out, &[]);
    assert!(
        said.contains("缺少第 2 部分（共 3 部分）的汇总表"),
        "{said}"
    );
    assert!(said.contains("summary-2-of-3.csv"), "{said}");
    assert!(said.contains("--shard 2/3"), "{said}");
    assert!(said.contains("发现 1 处问题，未写出"), "{said}");
    let said = refused(&source, &out, &["--lang", "en"]);
    assert!(
        said.contains("the summary of part 2 of 3 is missing"),
        "{said}"
    );
    assert!(said.contains("1 problem found;"), "{said}");
}

#[test]
fn parts_of_two_counts_are_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (source, out) = parted(dir.path());
    let run = batch(&source, &out, &["-f", "typ", "--shard", "1/2"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let said = refused(&source, &out, &[]);
    assert!(said.contains("分批汇总表的部分数不一致"), "{said}");
    assert!(said.contains("分 2 部分的（summary-1-of-2.csv）"), "{said}");
    assert!(said.contains("summary-3-of-3.csv"), "{said}");
}

#[test]
fn a_row_in_two_parts_is_refused_at_its_second_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (source, out) = parted(dir.path());
    // Part 1 holds rows 1 and 4; row 4 copied into part 3 as its third line.
    let first = std::fs::read_to_string(out.join("summary-1-of-3.csv")).expect("part 1");
    let row4 = first.lines().nth(2).expect("row 4").to_string();
    let third = out.join("summary-3-of-3.csv");
    let text = std::fs::read_to_string(&third).expect("part 3") + &row4 + "\n";
    std::fs::write(&third, text).expect("write part 3");
    let said = refused(&source, &out, &[]);
    assert!(
        said.contains("序号 4 出现了两次：summary-1-of-3.csv 第 3 行已有这一行"),
        "{said}"
    );
    assert!(said.contains("summary-3-of-3.csv:3:1"), "{said}");
}

#[test]
fn parts_in_two_languages_are_refused_and_one_language_is_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (source, out) = parted(dir.path());
    let run = batch(
        &source,
        &out,
        &["-f", "typ", "--shard", "2/3", "--lang", "en"],
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let said = refused(&source, &out, &[]);
    assert!(said.contains("的表头是英文"), "{said}");
    assert!(said.contains("各部分的语言不一致"), "{said}");
    for part in ["1/3", "3/3"] {
        let run = batch(
            &source,
            &out,
            &["-f", "typ", "--shard", part, "--lang", "en"],
        );
        assert_eq!(run.code, Some(0), "{}", run.stderr);
    }
    // Merged in Chinese, the summary keeps the parts' English.
    let run = batch(&source, &out, &["-f", "typ", "--merge-shards"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let summary = std::fs::read_to_string(out.join("summary.csv")).expect("summary.csv");
    assert!(
        summary.starts_with("\u{feff}No.,Source,File,Pages,Errors,Warnings,Status,Note\n"),
        "{summary}"
    );
    assert_eq!(summary.matches(",written,").count(), 4, "{summary}");
}

#[test]
fn a_written_file_missing_from_the_shared_folder_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (source, out) = parted(dir.path());
    std::fs::remove_file(out.join("淮北.typ")).expect("remove a part's output");
    let said = refused(&source, &out, &[]);
    assert!(said.contains("序号 2 已生成的 淮北.typ 不在"), "{said}");
    assert!(said.contains("summary-2-of-3.csv:2:1"), "{said}");
}

#[test]
fn parts_of_other_data_are_refused_row_by_row() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, out) = parted(dir.path());
    // The table grew by two rows after the parts were made: rows 5 and 6 are missing.
    let grown = table(&dir.path().join("grown"), 6, false);
    let said = refused(&grown, &out, &[]);
    assert!(said.contains("第 2 部分缺少 1 行：序号 5"), "{said}");
    assert!(said.contains("第 3 部分缺少 1 行：序号 6"), "{said}");
}
