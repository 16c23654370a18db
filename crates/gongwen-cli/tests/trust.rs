//! The trust boundary: a document reads templates and seals only under the project root
//! (the data file's folder, or `--root`), only regular files, only within size limits; a
//! batch row may not name files unless the base or `--allow-row-paths` lets it. Every
//! refusal is a located error, and nothing is written.

mod common;

use common::{run_in, write_file};
use std::path::Path;

const TEMPLATE: &str =
    "---\ntitle: 关于某事的通知\nsignatures: [某局]\ndate: 2022-02-18\n---\n正文。\n";

const SEAL: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="420" height="420" viewBox="0 0 420 420">
<circle cx="210" cy="210" r="195" fill="none" stroke="#e60012" stroke-width="14"/>
</svg>"##;

/// A project folder with `templates/t.md.tera` and `seal.svg`.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    write_file(dir.path(), "templates/t.md.tera", TEMPLATE);
    write_file(dir.path(), "seal.svg", SEAL);
    dir
}

/// Renders `data` (relative to `dir`) to out.pdf with `extra` flags; asserts that it
/// failed and wrote nothing, and returns stderr with diagnostics on one line each.
fn refused(dir: &Path, data: &str, extra: &[&str]) -> String {
    let mut args = vec!["render", data, "-o", "out.pdf"];
    args.extend_from_slice(extra);
    let (code, err) = run_in(&args, dir);
    assert_eq!(code, Some(1), "must be refused:\n{err}");
    assert!(!dir.join("out.pdf").exists(), "nothing written:\n{err}");
    err
}

/// Renders `data` to out.txt (laid out, so the seal is read) and returns the page text.
fn rendered(dir: &Path, data: &str, extra: &[&str]) -> String {
    let mut args = vec!["render", data, "-o", "out.txt"];
    args.extend_from_slice(extra);
    let (code, err) = run_in(&args, dir);
    assert_eq!(code, Some(0), "must render:\n{err}");
    std::fs::read_to_string(dir.join("out.txt")).expect("output written")
}

#[test]
fn a_template_or_seal_at_an_absolute_path_outside_the_root_is_refused_at_its_line() {
    let dir = project();
    write_file(dir.path(), "a.yaml", "标题: 甲\ntemplate: /etc/passwd\n");
    let err = refused(dir.path(), "a.yaml", &[]);
    assert!(
        err.contains("error: a.yaml:2:1: 模板在项目目录之外：/etc/passwd"),
        "{err}"
    );
    assert!(err.contains("--root"), "the hint names the flag:\n{err}");
    assert!(!err.contains("root:"), "no passwd line printed:\n{err}");

    write_file(
        dir.path(),
        "b.yaml",
        "template: t\ndocument:\n  seal: /etc/hostname\n",
    );
    let err = refused(dir.path(), "b.yaml", &[]);
    assert!(
        err.contains("error: b.yaml:3:9: 印章图片在项目目录之外：/etc/hostname"),
        "{err}"
    );
}

#[test]
fn dot_dot_escapes_the_root_and_root_dot_dot_widens_it() {
    let dir = project();
    write_file(dir.path(), "shared/t.md.tera", TEMPLATE);
    let sub = dir.path().join("sub");
    write_file(
        &sub,
        "d.yaml",
        "template: ../shared/t.md.tera\ndocument:\n  seal: ../seal.svg\n",
    );
    let err = refused(&sub, "d.yaml", &[]);
    assert!(
        err.contains("error: d.yaml:1:1: 模板在项目目录之外：../shared/t.md.tera"),
        "{err}"
    );
    let text = rendered(&sub, "d.yaml", &["--root", ".."]);
    assert!(text.contains("正文。"), "{text}");
    assert!(
        text.contains("某局"),
        "the seal was read, the closing printed:\n{text}"
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_cannot_lead_out_of_the_root() {
    let outside = tempfile::tempdir().expect("temp dir");
    write_file(outside.path(), "t.md.tera", TEMPLATE);
    write_file(outside.path(), "seal.svg", SEAL);
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join("templates")).expect("folder");
    let link = |to: &str, at: &str| {
        std::os::unix::fs::symlink(outside.path().join(to), dir.path().join(at)).expect("link")
    };
    link("t.md.tera", "templates/t.md.tera");
    link("seal.svg", "seal.svg");
    write_file(dir.path(), "a.yaml", "template: t\n");
    let err = refused(dir.path(), "a.yaml", &[]);
    assert!(
        err.contains("error: a.yaml:1:1: 模板在项目目录之外：templates/t.md.tera"),
        "{err}"
    );
    // A template inside the root naming a seal that is a link out of it.
    std::fs::remove_file(dir.path().join("templates/t.md.tera")).expect("unlink");
    write_file(dir.path(), "templates/t.md.tera", TEMPLATE);
    write_file(
        dir.path(),
        "b.yaml",
        "template: t\ndocument: {seal: seal.svg}\n",
    );
    let err = refused(dir.path(), "b.yaml", &[]);
    assert!(
        err.contains("error: b.yaml:2:18: 印章图片在项目目录之外：seal.svg"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn dev_zero_as_a_seal_is_refused_without_reading_it() {
    let dir = project();
    write_file(
        dir.path(),
        "a.yaml",
        "template: t\ndocument:\n  seal: /dev/zero\n",
    );
    let err = refused(dir.path(), "a.yaml", &["--root", "/"]);
    assert!(
        err.contains("error: a.yaml:3:9: 印章图片不是普通文件（设备、管道或套接字）：/dev/zero"),
        "{err}"
    );
}

#[test]
fn a_directory_is_neither_a_template_nor_a_seal() {
    let dir = project();
    std::fs::create_dir_all(dir.path().join("folder.md.tera")).expect("folder");
    write_file(dir.path(), "a.yaml", "template: folder.md.tera\n");
    let err = refused(dir.path(), "a.yaml", &[]);
    assert!(
        err.contains("error: a.yaml:1:1: 模板是一个文件夹，不是文件：folder.md.tera"),
        "{err}"
    );
    write_file(
        dir.path(),
        "b.yaml",
        "template: t\ndocument:\n  seal: templates\n",
    );
    let err = refused(dir.path(), "b.yaml", &[]);
    assert!(
        err.contains("error: b.yaml:3:9: 印章图片是一个文件夹，不是文件：templates"),
        "{err}"
    );
}

#[test]
fn an_image_or_template_just_over_its_limit_is_refused_naming_the_flag() {
    let dir = project();
    // 0.001 MB is 1049 bytes (1,048,576 / 1000, rounded).
    let padded = |n: usize| format!("{}<!--{}-->", SEAL, "x".repeat(n - SEAL.len() - 7));
    write_file(dir.path(), "over.svg", padded(1050));
    write_file(dir.path(), "at.svg", padded(1049));
    write_file(
        dir.path(),
        "a.yaml",
        "template: t\ndocument:\n  seal: over.svg\n",
    );
    let err = refused(dir.path(), "a.yaml", &["--max-image-mb", "0.001"]);
    assert!(
        err.contains("error: a.yaml:3:9: 印章图片超过大小上限 0.001 MB：over.svg"),
        "{err}"
    );
    assert!(err.contains("--max-image-mb"), "{err}");
    write_file(
        dir.path(),
        "b.yaml",
        "template: t\ndocument:\n  seal: at.svg\n",
    );
    let text = rendered(dir.path(), "b.yaml", &["--max-image-mb", "0.001"]);
    assert!(text.contains("某局"), "{text}");

    let big = format!("{TEMPLATE}{}\n", "正文。".repeat(200));
    write_file(dir.path(), "templates/big.md.tera", big);
    write_file(dir.path(), "c.yaml", "template: big\n");
    let err = refused(dir.path(), "c.yaml", &["--max-template-mb", "0.001"]);
    assert!(
        err.contains("error: c.yaml:1:1: 模板超过大小上限 0.001 MB：templates/big.md.tera"),
        "{err}"
    );
    assert!(err.contains("--max-template-mb"), "{err}");
}

#[test]
fn a_seal_that_is_not_an_image_is_refused_at_the_data_line_the_template_prints() {
    let dir = project();
    write_file(
        dir.path(),
        "templates/s.md.tera",
        TEMPLATE.replace("date:", "seal: \"{{ 印章 }}\"\ndate:"),
    );
    write_file(dir.path(), "hostname.png", "myhost\n");
    write_file(dir.path(), "a.yaml", "template: s\n印章: hostname.png\n");
    let err = refused(dir.path(), "a.yaml", &[]);
    assert!(
        err.contains("error: a.yaml:2:5: 印章不是 PNG 或 SVG 图片：hostname.png"),
        "{err}"
    );
    assert!(!err.contains("Typst"), "not an internal message:\n{err}");
    let (code, err) = run_in(&["check", "a.yaml"], dir.path());
    assert_eq!(code, Some(1), "check refuses it too:\n{err}");
    assert!(
        err.contains("a.yaml:2:5: 印章不是 PNG 或 SVG 图片"),
        "{err}"
    );
}

#[test]
fn a_template_and_a_seal_inside_the_root_still_work() {
    let dir = project();
    write_file(
        dir.path(),
        "a.yaml",
        "template: t\ndocument:\n  seal: seal.svg\n",
    );
    let text = rendered(dir.path(), "a.yaml", &[]);
    assert!(
        text.contains("关于某事的通知") && text.contains("某局"),
        "{text}"
    );
    write_file(
        dir.path(),
        "b.yaml",
        "template: templates/t.md.tera\ndocument:\n  seal: ./sub/../seal.svg\n",
    );
    std::fs::create_dir_all(dir.path().join("sub")).expect("folder");
    let text = rendered(dir.path(), "b.yaml", &[]);
    assert!(text.contains("某局"), "{text}");
}

/// A batch over `rows.csv` with `base.yaml` in `dir`; the exit code, stderr and the
/// summary's lines.
fn batch(dir: &Path, extra: &[&str]) -> (Option<i32>, String, Vec<String>) {
    let mut args = vec![
        "batch",
        "rows.csv",
        "--base",
        "base.yaml",
        "-f",
        "md",
        "-o",
        "out",
    ];
    args.extend_from_slice(extra);
    let (code, err) = run_in(&args, dir);
    let summary = std::fs::read_to_string(dir.join("out/summary.csv")).unwrap_or_default();
    (code, err, summary.lines().map(str::to_string).collect())
}

#[test]
fn a_batch_row_naming_a_file_is_refused_and_the_good_rows_are_written() {
    let dir = project();
    write_file(dir.path(), "base.yaml", "template: t\n");
    write_file(
        dir.path(),
        "rows.csv",
        "名,template,document.seal\n甲,,\n乙,/etc/passwd,\n丙,,\n丁,,/dev/zero\n",
    );
    let (code, err, summary) = batch(dir.path(), &[]);
    assert_eq!(code, Some(1), "{err}");
    for good in ["甲", "丙"] {
        assert!(dir.path().join(format!("out/{good}.md")).exists(), "{err}");
    }
    for bad in ["乙", "丁"] {
        assert!(!dir.path().join(format!("out/{bad}.md")).exists(), "{err}");
    }
    assert!(
        err.contains("rows.csv:3:3: 批量生成的行不能设置文件路径：`template`（第 3 行）"),
        "{err}"
    );
    assert!(
        err.contains("rows.csv:5:4: 批量生成的行不能设置文件路径：`document.seal`（第 5 行）"),
        "{err}"
    );
    let line = |n: &str| {
        summary
            .iter()
            .find(|l| l.contains(&format!("rows.csv:{n}")))
    };
    let third = line("3").expect("row 3 in the summary");
    assert!(
        third.contains("`template`") && !third.contains("已生成"),
        "{summary:?}"
    );
    let fifth = line("5").expect("row 5 in the summary");
    assert!(fifth.contains("`document.seal`"), "{summary:?}");
    assert!(line("2").expect("row 2").contains("已生成"), "{summary:?}");
}

#[test]
fn the_base_or_a_flag_lets_rows_name_files_and_the_root_still_holds() {
    let dir = project();
    write_file(
        dir.path(),
        "templates/u.md.tera",
        TEMPLATE.replace("某事", "他事"),
    );
    write_file(
        dir.path(),
        "base.yaml",
        "template: t\nrows_may_set: [template]\n",
    );
    write_file(
        dir.path(),
        "rows.csv",
        "名,template\n甲,u\n乙,/etc/passwd\n",
    );
    let (code, err, _) = batch(dir.path(), &[]);
    assert_eq!(code, Some(1), "{err}");
    let md = std::fs::read_to_string(dir.path().join("out/甲.md")).expect("row 2 written");
    assert!(md.contains("他事"), "the row's template:\n{md}");
    assert!(
        err.contains("rows.csv:3:3: 模板在项目目录之外：/etc/passwd"),
        "allowed to name a template, the row is still held to the root:\n{err}"
    );

    write_file(dir.path(), "base.yaml", "template: t\n");
    write_file(dir.path(), "rows.csv", "名,document.seal\n甲,seal.svg\n");
    let (code, err, _) = batch(dir.path(), &["--allow-row-paths"]);
    assert_eq!(code, Some(0), "{err}");
}

#[test]
fn a_data_file_that_is_endless_or_too_large_is_refused_unread() {
    let dir = project();
    // A data file that is a pipe would be read forever: it is refused before it is opened.
    let fifo = dir.path().join("d.yaml");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if made.is_ok_and(|s| s.success()) {
        let err = refused(dir.path(), "d.yaml", &[]);
        assert!(err.contains("d.yaml: 数据文件不是普通文件"), "{err}");
        std::fs::remove_file(&fifo).expect("remove the pipe");
    }
    // One byte over the limit, written sparse so that the test stays cheap.
    let big = std::fs::File::create(&fifo).expect("create");
    big.set_len(gongwen_render::DATA_LIMIT + 1)
        .expect("sparse file");
    let err = refused(dir.path(), "d.yaml", &[]);
    assert!(err.contains("d.yaml: 数据文件超过大小上限 64 MB"), "{err}");
}

#[test]
fn a_folder_of_data_files_is_its_own_root() {
    // Without --base the root was the folder above the rows: a row could read beside it.
    let dir = project();
    let template =
        "---\ntitle: 题\nseal: \"{{ 印章 }}\"\nsignatures: [某局]\ndate: 2022-02-18\n---\n正文。\n";
    write_file(dir.path(), "rows/templates/t.md.tera", template);
    write_file(
        dir.path(),
        "rows/a.yaml",
        "template: t\n印章: ../seal.svg\n",
    );
    let (code, err) = run_in(&["batch", "rows", "-o", "out", "-f", "md"], dir.path());
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("印章图片在项目目录之外"), "{err}");
    assert!(!dir.path().join("out/a.md").exists(), "{err}");
    let widened = ["batch", "rows", "-o", "out", "-f", "md", "--root", "."];
    let (code, err) = run_in(&widened, dir.path());
    assert_eq!(code, Some(0), "--root widens it: {err}");
}

#[test]
fn an_output_that_would_replace_the_seal_is_refused() {
    let dir = project();
    let template =
        "---\ntitle: 题\nseal: seal.svg\nsignatures: [某局]\ndate: 2022-02-18\n---\n正文。\n";
    write_file(dir.path(), "templates/t.md.tera", template);
    write_file(dir.path(), "d.yaml", "template: t\n");
    let (code, err) = run_in(
        &["render", "d.yaml", "-o", "seal.svg", "-f", "svg"],
        dir.path(),
    );
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("输出文件会覆盖"), "{err}");
    let seal = std::fs::read_to_string(dir.path().join("seal.svg")).expect("the seal");
    assert_eq!(seal, SEAL, "the seal is untouched");
}
