//! `gongwen batch`: a folder, a CSV file and a workbook of county figures become one document
//! each; a broken row costs only itself; names never collide; a killed run leaves no half file.

mod common;

use common::{assert_is_pdf, gongwen, workspace_file, write_file};
use std::path::{Path, PathBuf};

/// What one run of `gongwen batch` did.
struct Batch {
    code: Option<i32>,
    stderr: String,
}

fn batch(args: &[&str]) -> Batch {
    let out = gongwen()
        .arg("batch")
        .args(args)
        .output()
        .expect("run gongwen");
    Batch {
        code: out.status.code(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

fn base() -> PathBuf {
    workspace_file("fixtures/lookback-base.yaml")
}

/// The heading and the first `rows` rows of fixtures/counties.csv.
fn table(rows: usize) -> (Vec<String>, Vec<Vec<String>>) {
    let text = std::fs::read_to_string(workspace_file("fixtures/counties.csv")).expect("fixture");
    let mut lines = text
        .lines()
        .map(|l| l.split(',').map(String::from).collect::<Vec<_>>());
    let head = lines.next().expect("heading row");
    (head, lines.take(rows).collect())
}

fn write_table(dir: &Path, head: &[String], rows: &[Vec<String>]) -> PathBuf {
    let mut text = head.join(",") + "\n";
    for r in rows {
        text += &(r.join(",") + "\n");
    }
    write_file(dir, "counties.csv", text)
}

/// The summary's rows (heading dropped), cells split on commas (none are quoted here).
fn summary(dir: &Path, name: &str) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(dir.join(name)).expect("summary written");
    let text = text
        .strip_prefix('\u{feff}')
        .expect("summary starts with a BOM for Excel");
    text.lines()
        .skip(1)
        .map(|l| l.split(',').map(String::from).collect())
        .collect()
}

fn column(head: &[String], name: &str) -> usize {
    head.iter()
        .position(|h| h == name)
        .expect("column in fixture")
}

#[test]
fn a_folder_of_yaml_files_makes_one_pdf_each_named_by_the_pattern() {
    let out = tempfile::tempdir().expect("temp dir");
    let run = batch(&[
        arg(&workspace_file("fixtures/counties")),
        "--base",
        arg(&base()),
        "--name",
        "{{ 市名 }}-回头看报告.pdf",
        "-o",
        arg(out.path()),
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    for city in ["亳州", "合肥", "淮北"] {
        let pdf = out.path().join(format!("{city}-回头看报告.pdf"));
        assert_is_pdf(&pdf);
        if let Some(text) = common::pdftotext(&pdf) {
            let text = common::squeeze(&text);
            assert!(
                text.contains(&format!("《{city}市总工会经费收支管理办法》")),
                "{city}"
            );
        }
    }
    let rows = summary(out.path(), "summary.csv");
    assert_eq!(rows.len(), 3);
    for r in &rows {
        assert_eq!(r[6], "已生成", "{r:?}");
        let pages: usize = r[3].parse().expect("page count");
        assert!(pages >= 5, "the whole look-back report: {r:?}");
    }
}

#[test]
fn a_csv_row_becomes_a_document_with_that_rows_figures() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (head, rows) = table(3);
    let csv = write_table(dir.path(), &head, &rows);
    let out = dir.path().join("out");
    let run = batch(&[
        arg(&csv),
        "--base",
        arg(&base()),
        "-f",
        "txt",
        "-o",
        arg(&out),
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    // Not a terminal: one plain line per document.
    assert!(run.stderr.contains("[3/3]"), "{}", run.stderr);
    let total = column(&head, "查摆作风问题条数");
    let weight = column(&head, "制度执行考核权重");
    for r in &rows {
        // Without --name, a row is named by its first cell (the city).
        let txt = std::fs::read_to_string(out.join(format!("{}.txt", r[0]))).expect("output");
        let txt = common::squeeze(&txt);
        assert!(
            txt.contains(&format!("查摆各类作风问题{}条", r[total])),
            "{}",
            r[0]
        );
        // A figure prints as a number: the cell 10.0 prints as 10, as it would from YAML.
        let weight: f64 = r[weight].parse().expect("weight is a number");
        assert!(
            txt.contains(&format!("分值权重提升至{weight}%")),
            "{}",
            r[0]
        );
    }
}

#[test]
fn a_workbook_sheet_gives_the_same_documents_as_the_csv() {
    let dir = tempfile::tempdir().expect("temp dir");
    let csv_out = dir.path().join("csv");
    let xlsx_out = dir.path().join("xlsx");
    let base = base();
    let common_args = ["--base", arg(&base), "-f", "md"];
    let run = batch(
        &[
            &[
                arg(&workspace_file("fixtures/counties.csv")),
                "-o",
                arg(&csv_out),
            ][..],
            &common_args,
        ]
        .concat(),
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let wb = workspace_file("fixtures/counties.xlsx");
    let run = batch(
        &[
            &[arg(&wb), "--sheet", "汇总", "-o", arg(&xlsx_out)][..],
            &common_args,
        ]
        .concat(),
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let (_, rows) = table(16);
    assert_eq!(rows.len(), 16);
    for r in &rows {
        let name = format!("{}.md", r[0]);
        let a = std::fs::read_to_string(csv_out.join(&name)).expect("csv output");
        let b = std::fs::read_to_string(xlsx_out.join(&name)).expect("xlsx output");
        assert_eq!(a, b, "{name}");
    }
    // A sheet that is not there is named, with the sheets that are.
    let run = batch(&[
        arg(&wb),
        "--sheet",
        "总表",
        "--base",
        arg(&base),
        "-o",
        arg(&xlsx_out),
    ]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.contains("工作簿里没有名为「总表」的工作表") && run.stderr.contains("汇总"),
        "{}",
        run.stderr
    );
}

#[test]
fn broken_rows_are_reported_and_skipped_and_every_other_row_is_produced() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (head, mut rows) = table(5);
    let total = column(&head, "查摆作风问题条数");
    rows[1].push("多余".into()); // line 3: one cell too many
    rows[2][total] = "四十六".into(); // line 4: words where a number belongs
    rows[3][total] = String::new(); // line 5: a figure left empty
    let csv = write_table(dir.path(), &head, &rows);
    let out = dir.path().join("out");
    let run = batch(&[
        arg(&csv),
        "--base",
        arg(&base()),
        "-f",
        "txt",
        "--final",
        "-o",
        arg(&out),
    ]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains("counties.csv:3:1") && run.stderr.contains("第 3 行有 "),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("counties.csv:4:"), "{}", run.stderr);
    for (i, r) in rows.iter().enumerate() {
        let written = out.join(format!("{}.txt", r[0])).exists();
        assert_eq!(written, i == 0 || i == 4, "row {} ({})", i + 2, r[0]);
    }
    let status: Vec<String> = summary(&out, "summary.csv")
        .iter()
        .map(|r| r[6].clone())
        .collect();
    assert_eq!(
        status,
        [
            "已生成",
            "失败",
            "未生成（有错误）",
            "未生成（有错误）",
            "已生成"
        ]
    );

    // As a draft, the rows with faulty figures are written with 〔...〕 where the figure goes.
    let run = batch(&[
        arg(&csv),
        "--base",
        arg(&base()),
        "-f",
        "txt",
        "--draft",
        "-o",
        arg(&out),
    ]);
    assert_eq!(
        run.code,
        Some(1),
        "the broken row still fails: {}",
        run.stderr
    );
    let missing = std::fs::read_to_string(out.join(format!("{}.txt", rows[3][0]))).expect("draft");
    assert!(common::squeeze(&missing).contains("查摆各类作风问题〔...〕条"));
}

#[test]
fn colliding_names_are_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out");
    let run = batch(&[
        arg(&workspace_file("fixtures/counties.csv")),
        "--base",
        arg(&base()),
        "--name",
        "{{ 市名 | truncate(length=1, end='') }}.pdf",
        "-o",
        arg(&out),
    ]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("会被写两次"), "{}", run.stderr);
    // 淮北 and 淮南 both become 淮.pdf: both rows are named.
    assert!(run.stderr.contains("淮.pdf 同时是"), "{}", run.stderr);
    let written = std::fs::read_dir(&out).map(|d| d.count()).unwrap_or(0);
    assert_eq!(written, 0, "nothing may be written");
}

#[test]
fn shards_split_the_rows_and_the_rollup_totals_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (head, rows) = table(4);
    let csv = write_table(dir.path(), &head, &rows);
    let out = dir.path().join("out");
    let base = base();
    for shard in ["1/2", "2/2"] {
        let mut args = vec![
            arg(&csv),
            "--base",
            arg(&base),
            "-f",
            "txt",
            "-o",
            arg(&out),
        ];
        args.extend(["--shard", shard, "--rollup", "lookback-rollup"]);
        let run = batch(&args);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
    }
    let first_rows = summary(&out, "summary-1-of-2.csv");
    // The rollup uses only some of the totals; the rest are not flagged as unknown.
    let rollup_row = first_rows.last().expect("rollup row");
    assert_eq!(
        (rollup_row[4].as_str(), rollup_row[6].as_str()),
        ("0", "已生成")
    );
    let first: Vec<String> = first_rows.iter().map(|r| r[2].clone()).collect();
    let second: Vec<String> = summary(&out, "summary-2-of-2.csv")
        .iter()
        .map(|r| r[2].clone())
        .collect();
    let name = |i: usize| format!("{}.txt", rows[i][0]);
    assert_eq!(first, [name(0), name(2), "汇总.txt".into()]);
    assert_eq!(second, [name(1), name(3)]);
    let total = column(&head, "查摆作风问题条数");
    let sum: u64 = rows
        .iter()
        .map(|r| r[total].parse::<u64>().expect("number"))
        .sum();
    let rollup = common::squeeze(&std::fs::read_to_string(out.join("汇总.txt")).expect("rollup"));
    assert!(rollup.contains("全省4个市总工会"), "{rollup}");
    assert!(
        rollup.contains(&format!("累计查摆各类作风问题{sum}条")),
        "{rollup}"
    );
    let most = rows
        .iter()
        .max_by_key(|r| r[total].parse::<u64>().unwrap_or(0))
        .expect("rows");
    assert!(
        rollup.contains(&format!("查摆问题最多的是{}市", most[0])),
        "{rollup}"
    );
}

#[test]
fn a_killed_run_leaves_no_truncated_pdf() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out");
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("gongwen"))
        .arg("batch")
        .arg(workspace_file("fixtures/counties.csv"))
        .args(["--base", arg(&base()), "--jobs", "1", "-o", arg(&out)])
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start gongwen");
    let pdfs = |out: &Path| -> Vec<PathBuf> {
        std::fs::read_dir(out)
            .map(|d| {
                d.flatten()
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
                    .collect()
            })
            .unwrap_or_default()
    };
    let started = std::time::Instant::now();
    while pdfs(&out).len() < 2 && started.elapsed().as_secs() < 120 {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.kill().expect("kill gongwen"); // SIGKILL: no clean-up runs
    child.wait().expect("reap gongwen");
    let found = pdfs(&out);
    assert!(
        found.len() >= 2 && found.len() < 16,
        "{} PDFs when killed",
        found.len()
    );
    for pdf in found {
        let bytes = std::fs::read(&pdf).expect("read");
        let tail = &bytes[bytes.len().saturating_sub(1024)..];
        assert!(bytes.starts_with(b"%PDF"), "{}", pdf.display());
        assert!(
            tail.windows(5).any(|w| w == b"%%EOF"),
            "{} is truncated",
            pdf.display()
        );
    }
}
