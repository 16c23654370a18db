//! `gongwen import` of the GB/T 9704 §10 special formats: a 函 (letter-shaped head), a
//! 纪要 (mark, 期号, 出席/请假/列席 lists) and a 命令 (mark, 令号, 职务), from .txt and
//! .docx. The imported data is read back by gongwen itself (the model it renders), the
//! report names the format, every line of the original prints, and the PDF renders.

mod common;

use common::{assert_is_pdf, comparable, pdftotext, workspace_file};
use gongwen_model::{Attendance, DocKind, Document, Header};
use std::path::{Path, PathBuf};

/// `tests/import/docs/<name>` imported into a temp dir: the dir, the data file, the report.
fn import(name: &str) -> (tempfile::TempDir, PathBuf, String) {
    let (dir, out, report) = common::imports::import(&format!("docs/{name}"));
    (dir, out.join("data.yaml"), report)
}

/// The document gongwen makes of the imported data.
fn document(data: &Path) -> Document {
    gongwen_render::Job::load(data)
        .and_then(|job| job.document())
        .unwrap_or_else(|e| panic!("{}: {e}", data.display()))
}

/// Renders `data` to PDF and returns the PDF's text (`None` without pdftotext).
fn pdf_text(dir: &Path, data: &Path) -> Option<String> {
    let pdf = dir.join("out.pdf");
    let run = common::render(data, &["-o", pdf.to_str().expect("UTF-8 temp path")]).ok();
    assert!(
        !run.stderr.contains("error["),
        "{}: render finds problems\n{}",
        data.display(),
        run.stderr
    );
    assert_is_pdf(&pdf);
    pdftotext(&pdf)
}

/// Every line of `tests/import/docs/<txt>` prints (each part of a line set apart by wide
/// gaps, such as a letter's 份号 and 发文字号, on its own), but those starting with `skip`.
fn assert_lines_printed(txt: &str, printed: &str, skip: &[&str]) {
    let printed = comparable(printed);
    let original = std::fs::read_to_string(workspace_file(&format!("tests/import/docs/{txt}")))
        .expect("test document");
    let parts = original
        .lines()
        .flat_map(|l| l.trim().split("\u{3000}\u{3000}").map(comparable))
        .filter(|p| !p.is_empty() && !skip.iter().any(|s| p.starts_with(s)));
    for part in parts {
        assert!(printed.contains(&part), "{txt}: “{part}” is not printed");
    }
}

fn some(s: &str) -> Option<String> {
    Some(s.to_string())
}

#[test]
fn a_letter_shaped_head_imports_as_a_letter() {
    for name in ["reply-letter.txt", "reply-letter.docx"] {
        let (dir, data, report) = import(name);
        assert!(
            report.contains("文种：函") && report.contains("格式：信函格式"),
            "{report}"
        );
        let doc = document(&data);
        assert_eq!(doc.kind, DocKind::Letter, "{name}");
        let want = Header {
            copy_number: some("000012"),
            secrecy: some("秘密★1年"),
            urgency: some("特急"),
            agencies: vec!["云川市总工会".into()],
            suffix: String::new(),
            doc_number: some("云工函〔2023〕31号"),
            signers: Vec::new(),
            ..Header::default()
        };
        assert_eq!(doc.header.as_ref(), Some(&want), "{name}");
        assert!(doc.attendance.is_empty());
        let colophon = doc.colophon.expect("抄送");
        assert_eq!(colophon.cc, ["市总工会经费审查委员会办公室"]);
        if let Some(text) = pdf_text(dir.path(), &data) {
            assert_lines_printed("reply-letter.txt", &text, &[]);
        }
    }
}

#[test]
fn minutes_import_with_their_mark_issue_and_attendance() {
    let list = |label: &str, names: &str| Attendance {
        label: label.into(),
        names: names.into(),
    };
    for name in ["minutes.txt", "minutes.docx"] {
        let (dir, data, report) = import(name);
        assert!(
            report.contains("文种：纪要") && report.contains("格式：纪要格式"),
            "{report}"
        );
        assert!(report.contains("期号 第5期"), "{report}");
        assert!(report.contains("出席 请假 列席（出席情况）"), "{report}");
        assert!(report.contains("编发单位 云川市总工会办公室"), "{report}");
        let doc = document(&data);
        assert_eq!(doc.kind, DocKind::Minutes, "{name}");
        let h = doc.header.as_ref().expect("纪要标志");
        assert_eq!(h.agencies, ["云川市总工会主席办公会议"]);
        assert_eq!(
            (h.suffix.as_str(), h.doc_number.as_deref()),
            ("纪要", Some("第5期"))
        );
        assert_eq!(
            doc.attendance,
            [
                list(
                    "出席",
                    "张明、李华、王强、赵丽、陈刚、刘洋、周敏、吴军、郑伟、孙悦、马超、朱琳、胡斌、郭静"
                ),
                list("请假", "林涛（外出学习）"),
                list(
                    "列席",
                    "市总工会办公室、组织部、权益保障部、财务部、经费审查委员会办公室负责同志"
                ),
            ],
            "{name}"
        );
        // The lists are not body paragraphs as well.
        let template =
            std::fs::read_to_string(data.with_file_name("template.md.tera")).expect("template");
        assert!(
            !template.contains("出席") && !template.contains("列席："),
            "{template}"
        );
        // The unit and date under the 期号 stay there: the 纪要's 编发单位 and its date,
        // not a 署名 and 成文日期 made of them.
        assert_eq!(
            (h.editor.as_deref(), h.edited.as_deref()),
            (Some("云川市总工会办公室"), Some("2023年5月8日"))
        );
        assert!(
            doc.closing.signatures.is_empty(),
            "{:?}",
            doc.closing.signatures
        );
        assert!(!template.contains("2023年5月8日"), "{template}");
        if let Some(text) = pdf_text(dir.path(), &data) {
            assert_lines_printed("minutes.txt", &text, &[]);
        }
    }
}

#[test]
fn an_order_imports_with_its_number_and_duty() {
    let (dir, data, report) = import("order.txt");
    assert!(
        report.contains("文种：命令（令）") && report.contains("格式：命令格式"),
        "{report}"
    );
    assert!(report.contains("令号 第12号"), "{report}");
    assert!(report.contains("签发人职务 ×1"), "{report}");
    let doc = document(&data);
    assert_eq!(doc.kind, DocKind::Order);
    let h = doc.header.as_ref().expect("发文机关标志");
    assert_eq!(h.agencies, ["云川市人民政府"]);
    assert_eq!(
        (h.suffix.as_str(), h.doc_number.as_deref()),
        ("令", Some("第12号"))
    );
    assert!(doc.title.text.is_empty(), "an order without a title");
    assert_eq!(doc.closing.signatures, ["市长　李明"]);
    assert_eq!(doc.closing.date.as_deref(), Some("2023年5月4日"));
    if let Some(text) = pdf_text(dir.path(), &data) {
        assert_lines_printed("order.txt", &text, &[]);
    }
}
