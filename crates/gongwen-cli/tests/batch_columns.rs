//! `gongwen batch` speaks the user's language: a misspelt column is reported once at its
//! heading (a CSV line, a workbook cell as Excel names it), and the summary's headings and
//! statuses are Chinese by default and English with `--lang en`.

mod common;

use common::{gongwen, workspace_file, write_file};
use std::path::Path;

/// `gongwen batch args` (in 简体中文 unless `args` ask otherwise): exit code and stderr.
fn batch(args: &[&str]) -> (Option<i32>, String) {
    let out = gongwen()
        .arg("batch")
        .args(args)
        .output()
        .expect("run gongwen");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out.status.code(), stderr)
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

/// The heading and the first rows of fixtures/counties.csv, with `heading` renamed `to`.
fn counties(dir: &Path, rows: usize, heading: &str, to: &str) -> (std::path::PathBuf, usize) {
    let text = std::fs::read_to_string(workspace_file("fixtures/counties.csv")).expect("fixture");
    let mut lines: Vec<String> = text.lines().take(rows + 1).map(String::from).collect();
    let column = lines[0]
        .split(',')
        .position(|h| h == heading)
        .expect("column in fixture");
    lines[0] = lines[0].replacen(heading, to, 1);
    (
        write_file(dir, "counties.csv", lines.join("\n") + "\n"),
        column,
    )
}

#[test]
fn a_misspelt_column_is_reported_once_at_its_heading_with_the_name_meant() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (csv, _) = counties(dir.path(), 4, "查摆作风问题条数", "查摆作风问题条目");
    let out = dir.path().join("out");
    let base = workspace_file("fixtures/lookback-base.yaml");
    let args = [arg(&csv), "--base", arg(&base), "-f", "md", "-o", arg(&out)];
    let (code, stderr) = batch(&args);
    assert_eq!(code, Some(1), "{stderr}");
    assert_eq!(
        stderr.matches("表头「查摆作风问题条目」").count(),
        1,
        "once, not on every row: {stderr}"
    );
    for want in [
        "表头「查摆作风问题条目」（第 1 行）不是模板用到的指标",
        "counties.csv:1:",
        "是否应为「查摆作风问题条数」",
    ] {
        assert!(stderr.contains(want), "`{want}` missing from:\n{stderr}");
    }
    assert!(!out.exists(), "nothing may be written");
    let (_, stderr) = batch(&[&args[..], &["--lang", "en"]].concat());
    assert!(
        stderr.contains("the column `查摆作风问题条目` (line 1)")
            && stderr.contains("did you mean"),
        "{stderr}"
    );
}

#[test]
fn a_heading_in_a_workbook_is_named_by_its_cell_as_excel_names_it() {
    // The template's figure is the misspelling here: the sheet's heading resembles it.
    let dir = tempfile::tempdir().expect("temp dir");
    let template = "---\ntitle: 关于{{ 市名 }}的报告\n---\n共{{ m(name=\"查摆作风问题条目\", unit=\"条\") }}。\n";
    write_file(dir.path(), "templates/t.md.tera", template);
    let base = write_file(dir.path(), "base.yaml", "template: t\n");
    let (_, column) = counties(dir.path(), 1, "查摆作风问题条数", "查摆作风问题条数");
    // Excel's column letters: A … Z, AA, AB …
    let mut letter = String::new();
    let mut n = column + 1;
    while n > 0 {
        letter.insert(
            0,
            char::from(b'A' + u8::try_from((n - 1) % 26).expect("a letter")),
        );
        n = (n - 1) / 26;
    }
    let wb = workspace_file("fixtures/counties.xlsx");
    let out = dir.path().join("out");
    let (code, stderr) = batch(&[
        arg(&wb),
        "--sheet",
        "汇总",
        "--base",
        arg(&base),
        "-o",
        arg(&out),
    ]);
    assert_eq!(code, Some(1), "{stderr}");
    let cell = format!("表头「查摆作风问题条数」（单元格 汇总!{letter}1）");
    assert!(stderr.contains(&cell), "`{cell}` missing from:\n{stderr}");
    assert!(stderr.contains("是否应为「查摆作风问题条目」"), "{stderr}");
}

#[test]
fn the_summary_is_in_chinese_by_default_and_in_english_when_asked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (csv, _) = counties(dir.path(), 2, "市名", "市名");
    let base = workspace_file("fixtures/lookback-base.yaml");
    for (lang, heading, status) in [
        ("zh", "序号,来源,文件,页数,错误,警告,状态,说明", "已生成"),
        (
            "en",
            "No.,Source,File,Pages,Errors,Warnings,Status,Note",
            "written",
        ),
    ] {
        let out = dir.path().join(lang);
        let mut args = vec![arg(&csv), "--base", arg(&base), "-f", "md", "-o", arg(&out)];
        if lang == "en" {
            args.extend(["--lang", "en"]);
        }
        let (code, stderr) = batch(&args);
        assert_eq!(code, Some(0), "{stderr}");
        let summary = std::fs::read_to_string(out.join("summary.csv")).expect("summary");
        let mut lines = summary.trim_start_matches('\u{feff}').lines();
        assert_eq!(lines.next(), Some(heading), "{lang}");
        for line in lines {
            assert_eq!(line.split(',').nth(6), Some(status), "{lang}: {line}");
        }
    }
}

#[test]
fn colliding_names_are_named_in_english_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (code, stderr) = batch(&[
        arg(&workspace_file("fixtures/counties.csv")),
        "--base",
        arg(&workspace_file("fixtures/lookback-base.yaml")),
        "--name",
        "{{ 市名 | truncate(length=1, end='') }}.pdf",
        "-o",
        arg(&dir.path().join("out")),
        "--lang",
        "en",
    ]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("would be written twice; nothing was written")
            && stderr.contains("淮.pdf is named by"),
        "{stderr}"
    );
}
