//! Every front matter field reaches the page, and every page format is written.

mod common;

use common::{render, render_text, write_file};

const TEMPLATE: &str = r#"---
kind: report
header:
  copy_number: "000001"
  urgency: 加急
  agencies: [某某市总工会]
  doc_number: 某工〔2023〕5号
  signers: [张三, 李四]
title: 关于2023年工作情况的报告
title_note: （2023年1月5日市总工会第三次全委会通过）
addressee: 市委：
signatures: [某某市总工会]
date: 2023-01-05
note: 此件依申请公开
colophon:
  cc: [省总工会]
  printer: 某某市总工会办公室
  print_date: 2023-01-06
---
现将有关情况报告如下。

# 附表说明 {.attachment}

见附表。
"#;

#[test]
fn every_front_matter_field_is_printed() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_file(dir.path(), "templates/t.md.tera", TEMPLATE);
    let data = write_file(dir.path(), "d.yaml", "template: t\n");
    let txt = render_text(&data, "txt", &dir.path().join("o.txt"));
    let flat: String = txt.chars().filter(|c| !c.is_whitespace()).collect();
    for want in [
        "000001",
        "加急",
        "某某市总工会文件",
        "某工〔2023〕5号",
        "签发人：张三李四",
        "关于2023年工作情况的报告",
        "（2023年1月5日市总工会第三次全委会通过）",
        "市委：",
        "附件：附表说明",
        "2023年1月5日",
        "（此件依申请公开）",
        "附件",
        "抄送：省总工会。",
        "某某市总工会办公室2023年1月6日印发",
    ] {
        assert!(flat.contains(want), "{want:?} is missing from:\n{txt}");
    }
    // The attachment starts a page of its own, and the 版记 closes the last page.
    let pages: Vec<&str> = txt.split('\u{c}').collect();
    assert!(pages.len() >= 2, "{txt}");
    assert!(pages.last().expect("a page").contains("印发"));
    assert!(!pages[0].contains("见附表"));
}

#[test]
fn svg_and_png_are_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = common::workspace_file("fixtures/speech.yaml");
    for (ext, magic) in [("svg", &b"<svg"[..]), ("png", &b"\x89PNG"[..])] {
        let out = dir.path().join(format!("o.{ext}"));
        render(&data, &["-o", out.to_str().expect("UTF-8")]).ok();
        let bytes = std::fs::read(&out).expect("output");
        assert!(
            bytes.starts_with(magic),
            "{ext} output starts with {:?}",
            &bytes[..8.min(bytes.len())]
        );
    }
}
