//! Hostile inputs, generated here, refused with a located message that names the limit
//! and its flag, in bounded time and memory (each run capped at 2 GB of address space:
//! an attempt to expand a bomb aborts with 134 instead of the expected exit code 1).

mod common;

use common::{project, write_file};
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const MB: usize = 1024 * 1024;

/// Runs `gongwen args` in `dir` under a 2 GB address-space cap; its exit code and stderr.
fn bounded(args: &[&str], dir: &Path) -> (Option<i32>, String) {
    let start = Instant::now();
    let out = limited(args, dir).output().expect("run gongwen");
    let took = start.elapsed();
    assert!(took < Duration::from_secs(30), "took {took:?}");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn limited(args: &[&str], dir: &Path) -> Command {
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg("ulimit -v 2000000 && exec \"$0\" \"$@\"")
        .arg(assert_cmd::cargo::cargo_bin!("gongwen"))
        .args(args)
        .current_dir(dir)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "zh_CN.UTF-8");
    command
}

/// Asserts a refusal (exit 1, not an abort) whose message holds every one of `words`.
fn refused(args: &[&str], dir: &Path, words: &[&str]) -> String {
    let (code, stderr) = bounded(args, dir);
    assert_eq!(
        code,
        Some(1),
        "{args:?} must be refused, not abort:\n{stderr}"
    );
    for word in words {
        assert!(stderr.contains(word), "`{word}` missing from:\n{stderr}");
    }
    stderr
}

/// What a zip entry holds.
enum Body<'a> {
    Text(&'a str),
    /// This many zeros, streamed (a bomb compresses them about a thousand to one).
    Zeros(usize),
}

fn write_zip(path: &Path, entries: &[(&str, Body)]) {
    let file = std::fs::File::create(path).expect("create zip");
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    let zeros = vec![0u8; MB];
    for (name, body) in entries {
        zip.start_file(*name, options).expect("entry");
        match body {
            Body::Text(text) => zip.write_all(text.as_bytes()).expect("write"),
            &Body::Zeros(mut left) => {
                while left > 0 {
                    let n = left.min(MB);
                    zip.write_all(&zeros[..n]).expect("write");
                    left -= n;
                }
            }
        }
    }
    zip.finish().expect("finish zip");
}

/// Rewrites the uncompressed size each header declares to `size`: a zip that lies.
fn lie(path: &Path, size: u32) {
    let mut bytes = std::fs::read(path).expect("read zip");
    for at in 0..bytes.len().saturating_sub(30) {
        let field = match &bytes[at..at + 4] {
            [0x50, 0x4b, 0x03, 0x04] => at + 22,
            [0x50, 0x4b, 0x01, 0x02] => at + 24,
            _ => continue,
        };
        bytes[field..field + 4].copy_from_slice(&size.to_le_bytes());
    }
    std::fs::write(path, bytes).expect("write zip");
}

/// A minimal workbook whose first sheet `Sheet1` holds `sheet_data` (`<row>` elements).
fn workbook(path: &Path, sheet_data: &str) {
    const NS: &str = "http://schemas.openxmlformats.org";
    let rels = |target: &str, kind: &str| {
        format!(
            r#"<Relationships xmlns="{NS}/package/2006/relationships"><Relationship Id="rId1" Type="{NS}/officeDocument/2006/relationships/{kind}" Target="{target}"/></Relationships>"#
        )
    };
    let types = format!(
        r#"<Types xmlns="{NS}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>"#
    );
    let book = format!(
        r#"<workbook xmlns="{NS}/spreadsheetml/2006/main" xmlns:r="{NS}/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#
    );
    let sheet = format!(
        r#"<worksheet xmlns="{NS}/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData>{sheet_data}</sheetData></worksheet>"#
    );
    write_zip(
        path,
        &[
            ("[Content_Types].xml", Body::Text(&types)),
            (
                "_rels/.rels",
                Body::Text(&rels("xl/workbook.xml", "officeDocument")),
            ),
            ("xl/workbook.xml", Body::Text(&book)),
            (
                "xl/_rels/workbook.xml.rels",
                Body::Text(&rels("worksheets/sheet1.xml", "worksheet")),
            ),
            ("xl/worksheets/sheet1.xml", Body::Text(&sheet)),
        ],
    );
}

const TEMPLATE: &str = "---\ntitle: 关于{{ 名 }}的报告\n---\n正文。\n";

#[test]
fn a_docx_bomb_is_refused_before_it_expands() {
    let dir = tempfile::tempdir().expect("temp dir");
    let docx = dir.path().join("bomb.docx");
    write_zip(&docx, &[("word/document.xml", Body::Zeros(200 * MB))]);
    assert!(std::fs::metadata(&docx).expect("written").len() < MB as u64);
    refused(
        &["import", "bomb.docx"],
        dir.path(),
        &[
            "bomb.docx",
            "word/document.xml",
            "100 MB",
            "--max-unpacked-mb",
        ],
    );
    assert!(!dir.path().join("bomb").exists(), "nothing may be written");
}

#[test]
fn a_docx_that_lies_about_its_size_is_stopped_while_reading() {
    let dir = tempfile::tempdir().expect("temp dir");
    let docx = dir.path().join("liar.docx");
    write_zip(&docx, &[("word/document.xml", Body::Zeros(20 * MB))]);
    lie(&docx, 100);
    refused(
        &["import", "liar.docx"],
        dir.path(),
        &["liar.docx", "word/document.xml"],
    );
}

#[test]
fn a_docx_of_too_many_entries_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let names: Vec<String> = (0..6).map(|i| format!("word/media/{i}.png")).collect();
    let entries: Vec<(&str, Body)> = names
        .iter()
        .map(|n| (n.as_str(), Body::Text("x")))
        .collect();
    write_zip(&dir.path().join("crowd.docx"), &entries);
    refused(
        &["import", "crowd.docx", "--max-zip-entries", "5"],
        dir.path(),
        &["crowd.docx", "6 个条目", "上限 5", "--max-zip-entries"],
    );
}

#[test]
fn a_workbook_bomb_is_refused_before_it_expands() {
    let dir = tempfile::tempdir().expect("temp dir");
    let xlsx = dir.path().join("bomb.xlsx");
    write_zip(&xlsx, &[("xl/worksheets/sheet1.xml", Body::Zeros(8 * MB))]);
    refused(
        &["batch", "bomb.xlsx", "--max-unpacked-mb", "2", "-o", "out"],
        dir.path(),
        &[
            "bomb.xlsx",
            "xl/worksheets/sheet1.xml",
            "2 MB",
            "--max-unpacked-mb",
        ],
    );
    assert!(!dir.path().join("out").exists(), "nothing may be written");
    // Declaring a few bytes does not let it through.
    write_zip(&xlsx, &[("xl/worksheets/sheet1.xml", Body::Zeros(20 * MB))]);
    lie(&xlsx, 10);
    refused(
        &["batch", "bomb.xlsx", "-o", "out"],
        dir.path(),
        &["bomb.xlsx", "xl/worksheets/sheet1.xml"],
    );
}

#[test]
fn a_cell_far_out_is_refused_at_the_cell_before_anything_is_allocated() {
    let dir = project(TEMPLATE);
    let xlsx = dir.path().join("far.xlsx");
    workbook(
        &xlsx,
        r#"<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>"#,
    );
    refused(
        &["batch", "far.xlsx", "-o", "out"],
        dir.path(),
        &[
            "工作表「Sheet1」的单元格 XFD1048576",
            "100000 行（`--max-rows`）× 1000 列（`--max-columns`）",
            "far.xlsx:1048576:16384",
        ],
    );
    // `serve --row` keeps serving and says why the row cannot be shown.
    let mut serve = limited(
        &["serve", "far.xlsx", "--row", "1", "--port", "0"],
        dir.path(),
    )
    .stderr(Stdio::piped())
    .spawn()
    .expect("start serve");
    let lines = BufReader::new(serve.stderr.take().expect("stderr"));
    let mut seen = String::new();
    for line in lines.lines().map_while(Result::ok) {
        seen.push_str(&line);
        seen.push('\n');
        if line.contains("XFD1048576") || seen.lines().count() > 20 {
            break;
        }
    }
    let _ = serve.kill();
    let status = serve.wait().expect("serve ends");
    assert!(seen.contains("单元格 XFD1048576"), "{seen}");
    assert_ne!(status.code(), Some(134), "serve aborted:\n{seen}");
}

#[test]
fn columns_and_rows_past_the_flags_are_refused_and_a_sheet_within_them_reads() {
    let dir = project(TEMPLATE);
    write_file(dir.path(), "base.yaml", "template: t\n");
    let cell =
        |r: &str, text: &str| format!(r#"<c r="{r}" t="inlineStr"><is><t>{text}</t></is></c>"#);
    let rows = format!(
        r#"<row r="2">{}</row><row r="3">{}</row><row r="4">{}</row>"#,
        cell("B2", "名"),
        cell("B3", "淮北"),
        cell("B4", "淮南") + &cell("C4", "多余")
    );
    workbook(&dir.path().join("t.xlsx"), &rows);
    let args = [
        "batch",
        "t.xlsx",
        "--base",
        "base.yaml",
        "-f",
        "md",
        "-o",
        "out",
    ];
    refused(
        &[&args[..], &["--max-columns", "2"]].concat(),
        dir.path(),
        &["单元格 C4", "2 列（`--max-columns`）", "t.xlsx:4:3"],
    );
    refused(
        &[&args[..], &["--max-rows", "3"]].concat(),
        dir.path(),
        &["单元格 B4", "3 行（`--max-rows`）", "t.xlsx:4:2"],
    );
    let (code, stderr) = bounded(&args, dir.path());
    assert_eq!(code, Some(0), "{stderr}");
    for name in ["淮北", "淮南"] {
        let md = std::fs::read_to_string(dir.path().join(format!("out/{name}.md"))).expect("md");
        assert!(md.contains(&format!("关于{name}的报告")), "{md}");
    }
}

#[test]
fn a_csv_past_its_limits_is_refused_unread() {
    let dir = project(TEMPLATE);
    write_file(dir.path(), "base.yaml", "template: t\n");
    write_file(dir.path(), "t.csv", "名\n甲\n乙\n丙\n丁\n");
    let args = ["batch", "t.csv", "--base", "base.yaml", "-o", "out"];
    refused(
        &[&args[..], &["--max-rows", "3"]].concat(),
        dir.path(),
        &["行数超过上限 3（`--max-rows`）", "t.csv:4:1"],
    );
    write_file(dir.path(), "t.csv", "名,甲,乙\n一,二,三\n");
    refused(
        &[&args[..], &["--max-columns", "2"]].concat(),
        dir.path(),
        &["列数超过上限 2（`--max-columns`）", "t.csv:1:5"],
    );
    // One line of 2 MB: never read whole past the limit.
    let long = format!("名\n{}\n", "长".repeat(2 * MB / 3 + 1));
    write_file(dir.path(), "t.csv", long);
    refused(
        &[&args[..], &["--max-unpacked-mb", "1"]].concat(),
        dir.path(),
        &["t.csv", "文件超过上限 1 MB（`--max-unpacked-mb`）"],
    );
    assert!(!dir.path().join("out").exists(), "nothing may be written");
}

#[test]
fn yaml_alias_bombs_and_deep_nesting_are_refused_quickly_at_their_place() {
    let dir = project(TEMPLATE);
    let mut laughs =
        String::from("template: t\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    let mut previous = 'a';
    for name in 'b'..='i' {
        let aliases = vec![format!("*{previous}"); 9].join(", ");
        laughs += &format!("{name}: &{name} [{aliases}]\n");
        previous = name;
    }
    write_file(dir.path(), "laughs.yaml", laughs);
    refused(
        &["check", "laughs.yaml"],
        dir.path(),
        &[
            "数据文件超过 250,000 个值",
            "laughs.yaml:7:",
            "别名层层引用会成倍展开",
        ],
    );
    let deep = format!("template: t\nx: {}{}\n", "[".repeat(100), "]".repeat(100));
    write_file(dir.path(), "deep.yaml", deep);
    refused(
        &["check", "deep.yaml"],
        dir.path(),
        &["数据文件嵌套超过 64 层", "deep.yaml:2:67"],
    );
}

#[test]
fn names_that_are_one_file_collide_before_anything_is_written() {
    let dir = project(TEMPLATE);
    write_file(dir.path(), "base.yaml", "template: t\n");
    let args = [
        "batch",
        "t.csv",
        "--base",
        "base.yaml",
        "--name",
        "{{ 名 }}",
        "-f",
        "md",
        "-o",
        "out",
    ];
    let cases = [
        "名\n甲/乙\n甲//乙\n甲/./乙\n",
        // é precomposed and as e + combining accent; upper and lower case.
        "名\nCaf\u{e9}\nCafe\u{301}\nCAFÉ\n",
    ];
    for csv in cases {
        write_file(dir.path(), "t.csv", csv);
        refused(
            &args,
            dir.path(),
            &[
                "有 2 个输出文件名会被写两次，未写出任何文件",
                "同时是 t.csv:2 和 t.csv:3 的输出文件名",
                "同时是 t.csv:2 和 t.csv:4 的输出文件名",
            ],
        );
        assert!(!dir.path().join("out").exists(), "nothing may be written");
    }
    // Names that leave the output folder cost only their own row.
    write_file(dir.path(), "t.csv", "名\n甲/../../x\n/etc/x\n乙\n");
    let (code, stderr) = bounded(&args, dir.path());
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("必须留在输出文件夹之内"), "{stderr}");
    assert!(dir.path().join("out/乙.md").exists(), "{stderr}");
    assert!(!dir.path().join("x.md").exists() && !dir.path().join("out/x.md").exists());
}
