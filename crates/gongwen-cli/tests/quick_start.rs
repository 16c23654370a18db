//! The Chinese quick start (README.zh-CN.md) works as written: its two set-up commands are
//! README.md's, it has the five everyday tasks, and every `cargo run --release -- …` line
//! of its code blocks, run in order with the `gongwen` binary in a folder that holds the
//! checkout's `fixtures/` and `tests/import/`, succeeds and writes what it says.

mod common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc::channel;
use std::time::Duration;

const RUN: &str = "cargo run --release -- ";

/// The lines of the ```sh blocks of a Markdown text.
fn shell_lines(markdown: &str) -> Vec<String> {
    let mut inside = false;
    let mut lines = Vec::new();
    for line in markdown.lines() {
        if line.starts_with("```") {
            inside = !inside && line.trim() == "```sh";
        } else if inside && !line.trim().is_empty() {
            lines.push(line.trim().to_string());
        }
    }
    lines
}

fn readme(name: &str) -> String {
    std::fs::read_to_string(common::workspace_file(name)).expect("read the README")
}

#[test]
fn the_quick_start_has_readme_s_set_up_and_the_five_tasks() {
    let zh = readme("README.zh-CN.md");
    let en = readme("README.md");
    assert!(
        en.lines()
            .next()
            .is_some_and(|l| l.contains("(README.zh-CN.md)")),
        "README.md's first line links the Chinese quick start"
    );
    let setup = [
        "cargo run --release -- render fixtures/circular-forwarding.yaml -o out/circular.pdf",
        "cargo test --release",
    ];
    assert_eq!(
        shell_lines(&zh)[..2],
        setup,
        "the quick start starts with the set-up"
    );
    assert_eq!(shell_lines(&en)[..2], setup, "README.md's set-up");
    for task in [
        "起草讲话稿",
        "批量生成各县报告",
        "边改边预览",
        "导入旧文件",
        "导出 Word",
    ] {
        assert!(zh.contains(&format!(". {task}\n")), "no task {task}");
    }
}

/// `gongwen ARGS` (written as in the README, quotes and all) in `dir`, in Chinese.
fn shell(dir: &Path, args: &str) -> Command {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(format!("exec \"$0\" {args}"))
        .arg(env!("CARGO_BIN_EXE_gongwen"))
        .current_dir(dir)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "zh_CN.UTF-8");
    cmd
}

/// Starts a command that runs until stopped, waits for a line containing `text` on its
/// stderr, and stops it.
fn until_line(mut cmd: Command, text: &str) -> String {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start gongwen");
    let stderr = child.stderr.take().expect("stderr piped");
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut seen = Vec::new();
    while let Ok(line) = rx.recv_timeout(Duration::from_secs(120)) {
        seen.push(line.clone());
        if line.contains(text) {
            break;
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    seen.join("\n")
}

#[test]
fn every_command_of_the_quick_start_works_as_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::os::unix::fs::symlink(
        common::workspace_file("fixtures"),
        dir.path().join("fixtures"),
    )
    .expect("link fixtures/");
    std::fs::create_dir(dir.path().join("tests")).expect("create tests/");
    std::os::unix::fs::symlink(
        common::workspace_file("tests/import"),
        dir.path().join("tests/import"),
    )
    .expect("link tests/import/");
    let lines = shell_lines(&readme("README.zh-CN.md"));
    let mut ran = 0;
    for line in &lines {
        let Some(args) = line.strip_prefix(RUN) else {
            assert_eq!(
                line, "cargo test --release",
                "a line the test does not know"
            );
            continue;
        };
        ran += 1;
        let command = args.split_whitespace().next().unwrap_or_default();
        if command == "watch" {
            let seen = until_line(shell(dir.path(), args), "已写出");
            assert!(
                seen.contains("已写出 out/回头看报告.pdf"),
                "{line}:\n{seen}"
            );
        } else if command == "serve" {
            // Any free port rather than 3000, which another program may hold.
            let seen = until_line(shell(dir.path(), &format!("{args} --port 0")), "预览地址");
            assert!(
                seen.contains("预览地址 http://127.0.0.1:"),
                "{line}:\n{seen}"
            );
        } else {
            let out = shell(dir.path(), args).output().expect("run gongwen");
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(out.status.success(), "{line}:\n{stderr}");
        }
    }
    assert!(ran >= 9, "the quick start has its commands: {lines:?}");
    for written in [
        "out/circular.pdf",
        "out/讲话稿.pdf",
        "out/各县报告/合肥-回头看报告.pdf",
        "out/各县报告/summary.csv",
        "out/回头看报告.pdf",
        "out/旧文件/template.md.tera",
        "out/旧文件/data.pdf",
        "out/通知.docx",
    ] {
        assert!(
            dir.path().join(written).is_file(),
            "{written} was not written"
        );
    }
}
