//! Outputs are written atomically: a failed render leaves nothing behind, a new render replaces
//! the old output whole, and no `.gongwen-*.tmp` file survives either way.

mod common;

use common::{leftover_temp_files, render, write_file};
use std::path::Path;

fn speech() -> std::path::PathBuf {
    common::workspace_file("fixtures/speech.yaml")
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("UTF-8 temp path")
}

#[test]
fn a_failed_render_creates_no_output() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = write_file(dir.path(), "bad.yaml", "template: nosuch\n");
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).expect("out dir");
    for format in ["pdf", "txt", "md", "typ"] {
        let out = out_dir.join(format!("bad.{format}"));
        let run = render(&data, &["-f", format, "-o", arg(&out)]);
        assert_eq!(run.code, Some(1), "{format}: {}", run.stderr);
        assert!(
            run.stderr.contains("没有名为 `"),
            "{format}: {}",
            run.stderr
        );
        assert!(
            !out.exists(),
            "{format}: a failed render wrote {}",
            out.display()
        );
    }
    // Nor is the default output (beside the data) created.
    render(&data, &[]);
    assert!(!dir.path().join("bad.pdf").exists());
    assert_eq!(
        std::fs::read_dir(&out_dir).expect("read out dir").count(),
        0,
        "out dir is still empty"
    );
    assert!(leftover_temp_files(dir.path()).is_empty());
}

#[test]
fn a_failed_render_keeps_the_previous_output() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("speech.pdf");
    std::fs::write(&out, b"previous output").expect("seed output");
    let data = write_file(dir.path(), "speech.yaml", "template: nosuch\n");
    let run = render(&data, &["-o", arg(&out)]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert_eq!(
        std::fs::read(&out).expect("output still there"),
        b"previous output"
    );
    assert!(
        leftover_temp_files(dir.path()).is_empty(),
        "{:?}",
        leftover_temp_files(dir.path())
    );
}

#[test]
fn a_failed_write_leaves_no_temp_file() {
    // The output path is a directory: the render succeeds, the final rename fails. (No
    // extension: `-f txt -o taken.pdf` would be refused before anything is made.)
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("taken");
    std::fs::create_dir(&out).expect("a directory where the output should go");
    for format in ["pdf", "txt", "md"] {
        let run = render(&speech(), &["-f", format, "-o", arg(&out)]);
        assert_eq!(
            run.code,
            Some(1),
            "{format}: writing over a directory must fail"
        );
        assert!(
            run.stderr.contains("无法写入") && run.stderr.contains("taken"),
            "{format}: {}",
            run.stderr
        );
        assert!(out.is_dir(), "{format}: the directory is untouched");
        assert_eq!(
            std::fs::read_dir(&out).expect("read dir").count(),
            0,
            "{format}: nothing was put inside it"
        );
        assert!(
            leftover_temp_files(dir.path()).is_empty(),
            "{format}: {:?}",
            leftover_temp_files(dir.path())
        );
    }
}

#[test]
fn rendering_over_an_existing_output_replaces_it_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    for format in ["pdf", "txt"] {
        let fresh = dir.path().join(format!("fresh.{format}"));
        render(&speech(), &["-o", arg(&fresh)]).ok();
        let want = std::fs::read(&fresh).expect("fresh output");

        // A longer, different old file: a write that did not truncate would leave its tail.
        let out = dir.path().join(format!("speech.{format}"));
        let old = "OLD-CONTENT ".repeat(want.len() / 4);
        std::fs::write(&out, &old).expect("seed old output");
        render(&speech(), &["-o", arg(&out)]).ok();
        let got = std::fs::read(&out).expect("new output");
        assert_eq!(
            got.len(),
            want.len(),
            "{format}: the new output has the fresh output's length"
        );
        assert!(
            got == want,
            "{format}: the new output is byte for byte a fresh render"
        );
        assert!(
            !String::from_utf8_lossy(&got).contains("OLD-CONTENT"),
            "{format}: old bytes survived"
        );
    }
    assert!(
        leftover_temp_files(dir.path()).is_empty(),
        "{:?}",
        leftover_temp_files(dir.path())
    );
}

#[test]
fn output_folders_are_created_and_left_clean() {
    let dir = tempfile::tempdir().expect("temp dir");
    let nested = dir.path().join("a/b");
    let out = nested.join("speech.txt");
    render(&speech(), &["-o", arg(&out)]).ok();
    let text = std::fs::read_to_string(&out).expect("output in a new folder");
    assert!(
        text.contains("各位委员、同志们"),
        "the txt output has the speech's words"
    );
    let names: Vec<_> = std::fs::read_dir(&nested)
        .expect("read")
        .map(|e| e.expect("entry").file_name().into_string().expect("UTF-8"))
        .collect();
    assert_eq!(names, ["speech.txt"], "only the output is in its folder");
}
