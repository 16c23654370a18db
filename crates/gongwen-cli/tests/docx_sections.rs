//! `--format docx` sections, each with exactly its own settings, when a document has both a
//! wide (landscape) table and a 版记 on an even page: portrait body sections with the
//! normal footers (a first page of its own, `titlePg`, only on a 信函's first section), the
//! landscape sections with their turned footers, the 版记's section `evenPage` with its own.
//! Checked in document.xml and, when LibreOffice is installed, in its PDF's page numbers.

mod common;
#[allow(dead_code)]
#[path = "docx/libreoffice.rs"]
mod libreoffice;
#[allow(dead_code)]
#[path = "docx/package.rs"]
mod package;

use common::pages::page_sizes;
use common::{bbox_words, project, render, workspace_file, write_file};
use libreoffice::{Placed, numbered, placed, to_pdf};
use std::path::{Path, PathBuf};

/// What a section is, by its settings.
#[derive(Debug, PartialEq)]
enum Kind {
    /// Portrait, normal footers; `true` with a first page of its own (titlePg).
    Portrait(bool),
    /// Landscape A4 with the turned footers.
    Landscape,
    /// The 版记's: portrait, on an even page, its first page unnumbered.
    Colophon,
}

/// The sections of `docx`'s document.xml, in order.
fn sections(docx: &Path) -> Vec<Kind> {
    let package = package::Docx::open(docx);
    let xml = String::from_utf8_lossy(&package.parts["word/document.xml"]).into_owned();
    xml.split("<w:sectPr>")
        .skip(1)
        .map(|s| {
            let s = &s[..s.find("</w:sectPr>").expect("closed")];
            let first = s.contains("<w:titlePg");
            let even = s.contains(r#"<w:type w:val="evenPage"/>"#);
            if s.contains(r#"w:orient="landscape""#) {
                assert!(s.contains("rIdGwLandscapeOdd") && !first && !even, "{s}");
                assert!(s.starts_with("<w:footerReference"), "references first: {s}");
                Kind::Landscape
            } else if even {
                assert!(first && s.contains(r#"w:w="11906" w:h="16838""#), "{s}");
                Kind::Colophon
            } else {
                assert!(!s.contains("rIdGwLandscape"), "{s}");
                assert!(s.contains(r#"<w:footerReference w:type="default""#), "{s}");
                Kind::Portrait(first)
            }
        })
        .collect()
}

/// A 20-column table of figures, too wide for a portrait page.
fn wide_table() -> String {
    let row = |cells: Vec<String>| format!("  |{}|\n", cells.join("|"));
    let mut t = row((1..=20).map(|c| format!("列{c}")).collect());
    t += &row(vec!["---".into(); 20]);
    for r in 1..=3 {
        t += &row((1..=20).map(|c| format!("{}", r * 100 + c)).collect());
    }
    t
}

/// Data of `kind` (a 信函 or a 纪要) with a wide table in its body, text after it and a 版记.
fn data(kind: &str) -> String {
    let header = if kind == "letter" {
        "    agencies: [某某市总工会]\n    doc_number: 某工函〔2023〕7号\n  signatures: [某某市总工会]\n  date: 2023-05-10\n"
    } else {
        "    agencies: [某某市总工会党组会议]\n    doc_number: 第5期\n"
    };
    format!(
        "template: t\n标题: 关于统计数据的{kind}\n主送: 某某单位\n正文: |\n  数据如下。\n\n{}\n  表后正文继续。\ndocument:\n  header:\n{header}  colophon:\n    cc: [市委办公室]\n    printer: 某某市总工会办公室\n    print_date: 2023-05-12\n",
        wide_table()
    )
}

/// `data` rendered with a template of `kind` as d.docx in a new project.
fn rendered(kind: &str, data: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = project(&format!(
        "---\nkind: {kind}\ntitle: \"{{{{ 标题 }}}}\"\naddressee: \"{{{{ 主送 }}}}\"\n---\n{{{{ 正文 | safe }}}}\n"
    ));
    let yaml = write_file(dir.path(), "d.yaml", data);
    let docx = dir.path().join("d.docx");
    let out = docx.to_str().expect("UTF-8 temp path").to_string();
    render(&yaml, &["-f", "docx", "--fonts", "free", "-o", &out]).ok();
    (dir, docx)
}

/// LibreOffice's pages of `docx`: each page's words and whether it is landscape.
fn laid_out(dir: &Path, docx: &Path) -> Option<(Vec<Placed>, Vec<bool>)> {
    if !libreoffice::available("the sections") {
        return None;
    }
    let pdf = to_pdf(dir, docx);
    let words = bbox_words(&pdf)?.iter().map(placed).collect();
    let sizes = page_sizes(&pdf)?;
    Some((words, sizes.iter().map(|(w, h)| w > h).collect()))
}

/// Whether landscape page `page` shows its number, turned, left of the 版心.
fn turned_number(words: &[Placed], page: usize) -> bool {
    words
        .iter()
        .any(|w| w.page == page && w.left < 35.0 && w.text == "—")
}

#[test]
fn a_notice_with_a_wide_table_and_a_colophon_keeps_each_section_s_settings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let docx = dir.path().join("d.docx");
    let data = workspace_file("fixtures/notice-table.yaml");
    let out = docx.to_str().expect("UTF-8 temp path").to_string();
    render(&data, &["-f", "docx", "--fonts", "free", "-o", &out]).ok();
    assert_eq!(
        sections(&docx),
        [Kind::Portrait(false), Kind::Landscape, Kind::Colophon],
        "the table ends the body: no empty portrait section after it"
    );
    let Some((words, landscape)) = laid_out(dir.path(), &docx) else {
        return;
    };
    assert_eq!(landscape, [false, false, true, false], "{landscape:?}");
    assert!(numbered(&words, 0) && numbered(&words, 1), "pages 1 and 2");
    assert!(turned_number(&words, 2), "the landscape page 3");
    assert!(
        words
            .iter()
            .any(|w| w.page == 2 && w.left < 35.0 && w.text == "3"),
        "numbered 3"
    );
    libreoffice::find(&words, 3, "抄送");
}

#[test]
fn a_letter_with_a_wide_table_numbers_every_page_but_its_first_and_the_colophon_s() {
    let (dir, docx) = rendered("letter", &data("letter"));
    assert_eq!(
        sections(&docx),
        [
            Kind::Portrait(true),
            Kind::Landscape,
            Kind::Portrait(false),
            Kind::Colophon
        ]
    );
    let Some((words, landscape)) = laid_out(dir.path(), &docx) else {
        return;
    };
    assert_eq!(landscape, [false, true, false, false], "{landscape:?}");
    assert!(!numbered(&words, 0), "no number on a letter's first page");
    assert!(turned_number(&words, 1), "the landscape page 2");
    assert!(numbered(&words, 2), "the page after the table, 3");
    libreoffice::find(&words, 3, "抄送");
}

#[test]
fn minutes_with_a_wide_table_number_their_first_page() {
    let (dir, docx) = rendered("minutes", &data("minutes"));
    assert_eq!(
        sections(&docx),
        [
            Kind::Portrait(false),
            Kind::Landscape,
            Kind::Portrait(false),
            Kind::Colophon
        ]
    );
    let Some((words, landscape)) = laid_out(dir.path(), &docx) else {
        return;
    };
    assert_eq!(landscape, [false, true, false, false], "{landscape:?}");
    assert!(numbered(&words, 0), "page 1 of the minutes");
    assert!(turned_number(&words, 1), "the landscape page 2");
    assert!(numbered(&words, 2), "page 3");
    libreoffice::find(&words, 3, "抄送");
}
