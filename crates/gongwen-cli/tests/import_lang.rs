//! `gongwen import` speaks the user's language: the report (printed and written), the
//! comments in the files it writes and its refusals are in 简体中文 by default and in
//! English with `--lang en`; what it writes renders either way.

mod common;

use common::imports::{gongwen_zh, import_with};
use common::{gongwen, render_text, write_file};

/// Documents whose reports have every kind of line: frame, body, retyped numbers, an ISO
/// date, notes, two documents, a 纪要's attendance.
const DOCS: &[&str] = &[
    "docs/joint-circular.txt",
    "docs/resolution-then-circular.txt",
    "docs/minutes.docx",
    "docs/training-notice-form.txt",
    "docs/half-width.txt",
];

/// English words the report used to print among the Chinese lines.
const ENGLISH: &[&str] = &[
    "frame",
    "body",
    "figures",
    "note:",
    "headings",
    "became",
    "typed",
    "lists",
    "line)",
    "attendance",
    "listed only",
    "the file",
];

#[test]
fn the_report_and_the_comments_are_chinese_by_default() {
    for rel in DOCS {
        let (_dir, out, report) = import_with(rel, &[]);
        let written = std::fs::read_to_string(out.join("import-report.txt")).expect("report");
        assert_eq!(
            written, report,
            "{rel}: the report printed is the one written"
        );
        for head in [
            "  文种：",
            "  格式：",
            "  要素：",
            "  正文：",
            "  指标：",
            "  渲染：可以",
        ] {
            assert!(report.contains(head), "{rel}: no “{head}”\n{report}");
        }
        for word in ENGLISH {
            assert!(!report.contains(word), "{rel}: “{word}” in\n{report}");
        }
        let data = std::fs::read_to_string(out.join("data.yaml")).expect("data");
        assert!(data.starts_with("# 导入的公文的数据："), "{data}");
        let template = std::fs::read_to_string(out.join("template.md.tera")).expect("template");
        assert!(
            template.starts_with("---\n# 由 `gongwen import` 从 "),
            "{template}"
        );
    }
    let (_dir, _out, report) = import_with("docs/joint-circular.txt", &[]);
    for line in [
        "  正文：标题 一、×3 （一）×8 1.×4 （1）×3，段首引导语 0 处，表格 0 个",
        "  标题编号原文写作 1、 2、，按 GB/T 9704 的形式印为 一、 （一） 1. （1）",
        "  指标：22 个数字成为指标（22 个在 data.yaml 中已有数值，0 个是占位符，待填写）",
        "  渲染：可以，4 页（gongwen render 排出的页数）",
    ] {
        assert!(
            report.lines().any(|l| l == line),
            "no “{line}” in\n{report}"
        );
    }
}

#[test]
fn the_report_and_the_comments_are_english_with_lang_en() {
    for rel in DOCS {
        let (dir, out, report) = import_with(rel, &["--lang", "en"]);
        let written = std::fs::read_to_string(out.join("import-report.txt")).expect("report");
        assert_eq!(
            written, report,
            "{rel}: the report printed is the one written"
        );
        for head in [
            "  Genre: ",
            "  Format: ",
            "  Frame: ",
            "  Body: headings ",
            "  Figures: ",
        ] {
            assert!(report.contains(head), "{rel}: no “{head}”\n{report}");
        }
        assert!(report.contains("  Render: yes, "), "{rel}: {report}");
        for head in [
            "文种：",
            "格式：",
            "要素：",
            "正文：",
            "指标：",
            "说明：",
            "渲染：",
        ] {
            assert!(!report.contains(head), "{rel}: “{head}” in\n{report}");
        }
        let data = std::fs::read_to_string(out.join("data.yaml")).expect("data");
        assert!(
            data.starts_with("# The data of the imported document"),
            "{data}"
        );
        let template = std::fs::read_to_string(out.join("template.md.tera")).expect("template");
        assert!(template.starts_with("---\n# Imported from "), "{template}");
        // The data's keys are the same in both languages, and what import wrote renders.
        assert!(data.contains("template: template.md.tera"), "{data}");
        let txt = render_text(&out.join("data.yaml"), "txt", &dir.path().join("out.txt"));
        assert!(!txt.trim().is_empty(), "{rel}: nothing rendered");
    }
    let (_dir, _out, report) = import_with("docs/joint-circular.txt", &["--lang", "en"]);
    for line in [
        "  Body: headings 一、×3 （一）×8 1.×4 （1）×3, 0 run-in leads, 0 tables",
        "  Figures: 22 became metrics (22 with a value in data.yaml, 0 placeholders to fill in)",
        "  Note: 附件说明 lists 2 attachments; 2 not in the file are listed only (`{.attachment .separate}` in the template: no pages of their own)",
        "  Render: yes, 4 pages (as gongwen render lays it out)",
    ] {
        assert!(
            report.lines().any(|l| l == line),
            "no “{line}” in\n{report}"
        );
    }
    let (_dir, _out, report) = import_with("docs/order.txt", &["--lang", "en"]);
    assert!(
        report.contains("  Format: 命令格式, the order format"),
        "{report}"
    );
}

#[test]
fn both_languages_write_the_same_data_and_template_but_for_the_comments() {
    let uncommented = |text: String| -> String {
        text.lines()
            .filter(|l| !l.starts_with("# "))
            .collect::<Vec<_>>()
            .join("\n")
    };
    for rel in DOCS {
        let (_zh_dir, zh, _) = import_with(rel, &[]);
        let (_en_dir, en, _) = import_with(rel, &["--lang", "en"]);
        for file in ["data.yaml", "template.md.tera"] {
            let read = |dir: &std::path::Path| {
                uncommented(std::fs::read_to_string(dir.join(file)).expect("written"))
            };
            assert_eq!(read(&zh), read(&en), "{rel}: {file}");
        }
    }
}

#[test]
fn refusals_are_in_the_language_asked_for() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_file(dir.path(), "old.doc", "whatever");
    write_file(dir.path(), "empty.txt", "\n\n");
    write_file(
        dir.path(),
        "binary.txt",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0",
    );
    let cases = [
        ("old.doc", "另存为 .docx", "save it as .docx"),
        ("empty.txt", "没有找到文字", "no text found"),
        ("binary.txt", "不是文本文件", "not a text file"),
        ("missing.txt", "找不到这个文件", "no such file"),
    ];
    for (file, zh, en) in cases {
        let out = gongwen_zh()
            .current_dir(dir.path())
            .args(["import", file])
            .output()
            .expect("run");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{file}: {err}");
        assert!(
            err.contains(&format!("{file}：")) && err.contains(zh),
            "{err}"
        );
        let out = gongwen()
            .current_dir(dir.path())
            .args(["--lang", "en", "import", file])
            .output()
            .expect("run");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains(&format!("{file}: ")) && err.contains(en),
            "{err}"
        );
    }
}
