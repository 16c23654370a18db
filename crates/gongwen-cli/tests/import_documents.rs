//! `gongwen import` never silently wrong: a file holding two documents keeps each one's
//! heading numbers, a 附件说明 prints once as its own block whether or not the attachments
//! are in the file, and whatever `import` writes for any test input renders and checks.

mod common;

use common::imports::import;
use common::{comparable, gongwen, is_page_number, render_text, workspace_file};
use std::path::Path;

/// The imported project rendered as page text, one printed line each, page numbers left out.
fn rendered_lines(dir: &Path, out: &Path) -> Vec<String> {
    let txt = render_text(&out.join("data.yaml"), "txt", &dir.join("out.txt"));
    txt.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !is_page_number(l))
        .map(String::from)
        .collect()
}

/// The numbers of the 一、 headings in printed order ("一", "二", …).
fn first_level_numbers(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .filter_map(|l| {
            let (n, _) = l.split_once('、')?;
            (!n.is_empty() && n.chars().all(|c| "一二三四五六七八九十".contains(c)))
                .then(|| n.to_string())
        })
        .collect()
}

/// Every line of the original is printed somewhere (text compared as the meter compares).
fn assert_all_text_present(rel: &str, lines: &[String]) {
    let printed = comparable(&lines.join("\n"));
    let original = std::fs::read_to_string(workspace_file(&format!("tests/import/{rel}")))
        .expect("test document");
    for line in original.lines().map(comparable).filter(|l| !l.is_empty()) {
        assert!(printed.contains(&line), "{rel}: “{line}” is not printed");
    }
}

fn numbers(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[test]
fn a_resolution_then_the_circular_that_circulates_it_keep_their_numbering() {
    let rel = "docs/resolution-then-circular.txt";
    let (dir, out, report) = import(rel);
    assert!(report.contains("文件里有两份公文"), "{report}");
    let lines = rendered_lines(dir.path(), &out);
    // The 通知 (main document, with 主送 and closing) first, then the 决议 it circulates.
    let want = numbers(&["一", "二", "三", "一", "二", "三"]);
    assert_eq!(first_level_numbers(&lines), want, "{lines:#?}");
    assert_eq!(lines[0], "关于认真学习贯彻县总工会");
    assert_all_text_present(rel, &lines);
}

#[test]
fn a_circular_then_the_resolution_it_circulates_keep_their_numbering() {
    let rel = "docs/circular-with-resolution.txt";
    let (dir, out, _) = import(rel);
    let lines = rendered_lines(dir.path(), &out);
    assert_eq!(
        first_level_numbers(&lines),
        numbers(&["一", "二", "一", "二", "三"]),
        "{lines:#?}"
    );
    assert_all_text_present(rel, &lines);
    // The 附件说明 names the attachment in the file: printed once, not twice.
    let notes = lines.iter().filter(|l| l.starts_with("附件：")).count();
    assert_eq!(notes, 1, "{lines:#?}");
}

/// The 附件说明 lines: the one starting "附件：" and the numbered ones under it.
fn note_block(lines: &[String]) -> (usize, Vec<&str>) {
    let starts: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].starts_with("附件："))
        .collect();
    assert_eq!(starts.len(), 1, "one 附件说明: {lines:#?}");
    let at = starts[0];
    let mut block = vec![lines[at].as_str()];
    block.extend(
        lines[at + 1..]
            .iter()
            .take_while(|l| l.starts_with(|c: char| c.is_ascii_digit()))
            .map(String::as_str),
    );
    (at, block)
}

#[test]
fn an_attachment_note_without_its_attachments_is_printed_once_as_its_own_block() {
    let rel = "docs/training-notice.txt";
    let (dir, out, report) = import(rel);
    assert!(
        report.contains("其中 2 个不在文件中，只列在附件说明里"),
        "{report}"
    );
    let template = std::fs::read_to_string(out.join("template.md.tera")).expect("template");
    assert_eq!(template.matches("{.attachment .separate}").count(), 2);
    assert!(!template.contains("附件："), "{template}");
    let lines = rendered_lines(dir.path(), &out);
    let (at, block) = note_block(&lines);
    assert_eq!(
        comparable(&block.join("")),
        comparable("附件：1.学员名额分配表2.学员推荐表")
    );
    // After the body's last paragraph (not run into it), before the 署名; no pages follow.
    assert!(lines[at - 1].ends_with('。'), "{lines:#?}");
    assert_eq!(lines[at + block.len()..], ["云川市总工会", "2023年8月25日"]);
    assert_all_text_present(rel, &lines);
}

#[test]
fn an_attachment_note_merges_with_the_attachment_found_later() {
    let rel = "docs/training-notice-form.txt";
    let (dir, out, report) = import(rel);
    assert!(!report.contains("附件页的标题是"), "{report}");
    let lines = rendered_lines(dir.path(), &out);
    let (at, block) = note_block(&lines);
    // Item 2 is the attachment in the file: the note names it as typed, its page keeps
    // its own, longer title.
    assert_eq!(
        comparable(&block.join("")),
        comparable("附件：1.职工疗休养名额分配表2.职工疗休养推荐表")
    );
    assert!(
        lines.contains(&"2023年度职工疗休养人员推荐表".to_string()),
        "{lines:#?}"
    );
    assert_eq!(
        lines[at + block.len()..][..2],
        ["云川市总工会", "2023年5月8日"]
    );
    let labels: Vec<&String> = lines.iter().filter(|l| l.starts_with("附件")).collect();
    assert_eq!(labels.len(), 2, "the note and one 附件2 label: {labels:?}");
    assert_eq!(labels[1], "附件2");
    let printed = comparable(&lines.join(""));
    assert!(printed.contains(&comparable("经单位工会审核盖章后报送。")));
}

/// Every input under `tests/import/docs` and `tests/import/seeds`.
fn import_inputs() -> Vec<String> {
    let mut out = Vec::new();
    for folder in ["docs", "seeds"] {
        let dir = workspace_file(&format!("tests/import/{folder}"));
        for entry in std::fs::read_dir(&dir).expect("test inputs").flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let input = [".txt", ".md", ".docx"].iter().any(|e| name.ends_with(e));
            if input && name != "README.md" {
                out.push(format!("{folder}/{name}"));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn whatever_import_writes_renders_and_checks() {
    let inputs = import_inputs();
    // 16, and the 函, 纪要 and 令 of GB/T 9704 §10 (reply-letter, minutes: .txt and .docx).
    assert!(inputs.len() >= 21, "{inputs:?}");
    for rel in inputs {
        let (dir, out, _) = import(&rel);
        let data = out.join("data.yaml");
        let rendered = common::render(
            &data,
            &[
                "--format",
                "txt",
                "-o",
                dir.path().join("x.txt").to_str().expect("UTF-8 temp path"),
            ],
        );
        assert_eq!(rendered.code, Some(0), "{rel}: render\n{}", rendered.stderr);
        let checked = gongwen()
            .arg("check")
            .arg(&data)
            .output()
            .expect("run check");
        let stderr = String::from_utf8_lossy(&checked.stderr);
        assert!(
            matches!(checked.status.code(), Some(0 | 1)) && !stderr.contains("error[input]"),
            "{rel}: check fails on what import wrote\n{stderr}"
        );
    }
}
