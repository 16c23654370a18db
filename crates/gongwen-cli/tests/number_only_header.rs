//! A 版头 with a 发文字号 but no 发文机关标志 (the usual shape of a web-published document:
//! "某街办〔2018〕4号" over the title): no red mark and no red rule; 份号/密级/紧急程度 one a
//! line from the top of the 版心, the number centred on the next line (or a character in,
//! with 签发人 at the right), the title two lines under the last element (docs/formats.md),
//! measured in mm (±0.5) on the PDF and on LibreOffice's layout of the .docx.

mod common;

#[allow(dead_code)] // numbered, last_page: the other tests' helpers
#[path = "docx/libreoffice.rs"]
mod libreoffice;

use common::pdf::{Page, measure, near, render_measured};
use common::{bbox_words, pdftotext, project, render, run_in, write_file};

const PITCH: f64 = 225.0 / 22.0;
const CELL: f64 = 156.0 / 28.0;
/// The top of the 版心.
const TOP: f64 = 37.0;
/// The middle of the 版心.
const MIDDLE: f64 = 106.0;

/// A template of `kind` with a title, a 主送 and the body from the data.
fn template(kind: &str) -> String {
    format!(
        "---\nkind: {kind}\ntitle: \"{{{{ 标题 }}}}\"\naddressee: \"{{{{ 主送 }}}}\"\n---\n{{{{ 正文 | safe }}}}\n"
    )
}

/// Data with the header lines `header` (YAML under `header:`, indented by four spaces).
fn data(header: &str) -> String {
    format!(
        "template: t\n标题: 关于某事的批复\n主送: 某单位\n正文: |\n  你单位来文收悉。经研究，同意。\n\
         document:\n  header:\n{header}  signatures: [某街道办事处]\n  date: 2018-03-05\n"
    )
}

const NUMBER: &str = "    doc_number: 某街办〔2018〕4号\n";
const MARKS: &str = "    copy_number: \"000123\"\n    secrecy: 秘密★1年\n    urgency: 特急\n";
const SIGNERS: &str = "    signers: [张三]\n";

/// The PDF of `header` as a circular, measured; `None` without PyMuPDF.
fn pdf_pages(header: &str) -> Option<Vec<Page>> {
    let dir = project(&template("circular"));
    let yaml = write_file(dir.path(), "d.yaml", data(header));
    render_measured(&yaml, &dir.path().join("d.pdf"), &[])
}

/// Asserts that page 1 has no red text, rule or fill.
fn nothing_red(p: &Page) {
    assert!(!p.spans.iter().any(|s| s.red), "red text: {:?}", p.spans);
    assert!(
        !p.fills.iter().chain(&p.strokes).any(|f| f.red),
        "a red drawing on page 1: {:?} {:?}",
        p.fills,
        p.strokes
    );
}

#[test]
fn the_number_is_centred_on_the_first_line_and_the_title_two_lines_under_it() {
    let Some(pages) = pdf_pages(NUMBER) else {
        return;
    };
    let p = &pages[0];
    nothing_red(p);
    let number = p.span("某街办〔2018〕4号");
    near("number on the 版心's first line", number.top, TOP);
    near("number centred", (number.x0 + number.x1) / 2.0, MIDDLE);
    let title = p.span("关于某事的批复");
    near(
        "title two lines under the number",
        title.top,
        TOP + 2.0 * PITCH,
    );
    assert!(title.size > 21.0, "the title in 2号: {title:?}");
}

#[test]
fn copy_secrecy_and_urgency_come_first_and_the_number_under_them() {
    let Some(pages) = pdf_pages(&format!("{MARKS}{NUMBER}")) else {
        return;
    };
    let p = &pages[0];
    nothing_red(p);
    for (i, mark) in ["000123", "秘密★1年", "特急"].iter().enumerate() {
        let s = p.span(mark);
        near(&format!("{mark} top"), s.top, TOP + i as f64 * PITCH);
        near(&format!("{mark} flush left"), s.x0, 28.0);
    }
    let number = p.span("某街办");
    near("number on the fourth line", number.top, TOP + 3.0 * PITCH);
    near("number centred", (number.x0 + number.x1) / 2.0, MIDDLE);
    near(
        "title two lines under the number",
        p.span("关于某事的批复").top,
        TOP + 5.0 * PITCH,
    );
}

#[test]
fn with_a_signer_the_number_stands_a_character_in_and_the_signer_at_the_right() {
    let Some(pages) = pdf_pages(&format!("{NUMBER}{SIGNERS}")) else {
        return;
    };
    let p = &pages[0];
    nothing_red(p);
    let number = p.span("某街办");
    near("number on the first line", number.top, TOP);
    near("number a character in", number.x0, 28.0 + CELL);
    let signer = p.span("张三");
    near("签发人 on the number's line", signer.top, TOP);
    near("签发人 a character from the right", signer.x1, 184.0 - CELL);
    assert!(p.has("签发人："), "the 签发人 label");
    near(
        "title two lines under",
        p.span("关于某事的批复").top,
        TOP + 2.0 * PITCH,
    );
}

#[test]
fn marks_without_a_number_render_with_the_title_two_lines_under_the_last() {
    let Some(pages) = pdf_pages(MARKS) else {
        return;
    };
    let p = &pages[0];
    nothing_red(p);
    near(
        "特急 on the third line",
        p.span("特急").top,
        TOP + 2.0 * PITCH,
    );
    near(
        "title two lines under it",
        p.span("关于某事的批复").top,
        TOP + 4.0 * PITCH,
    );
}

#[test]
fn check_and_final_accept_it_for_kinds_with_a_red_header_and_letters_still_refuse() {
    for kind in ["circular", "report", "resolution", "speech"] {
        let dir = project(&template(kind));
        write_file(dir.path(), "d.yaml", data(&format!("{MARKS}{NUMBER}")));
        let (code, err) = run_in(&["check", "d.yaml"], dir.path());
        assert_eq!(code, Some(0), "{kind}: check refused: {err}");
        let (code, err) = run_in(&["render", "d.yaml", "--final", "-o", "d.pdf"], dir.path());
        assert_eq!(code, Some(0), "{kind}: render --final refused: {err}");
        assert!(dir.path().join("d.pdf").exists(), "{kind}: no PDF");
    }
    for (kind, what) in [
        ("letter", "信函的发文机关标志没有机关名称"),
        ("order", "命令（令）的发文机关标志没有机关名称"),
        ("minutes", "纪要标志没有机关名称"),
    ] {
        let dir = project(&template(kind));
        write_file(dir.path(), "d.yaml", data(NUMBER));
        let (code, err) = run_in(&["check", "d.yaml"], dir.path());
        assert_ne!(
            code,
            Some(0),
            "{kind}: check accepted a mark without agency"
        );
        assert!(err.contains(what), "{kind}: {err}");
        assert!(err.contains("d.yaml:1:"), "{kind}: not located: {err}");
    }
}

#[test]
fn the_docx_sets_the_number_and_title_where_the_pdf_does() {
    if !libreoffice::available("a number-only header") {
        return;
    }
    let dir = project(&template("circular"));
    let yaml = write_file(dir.path(), "d.yaml", data(&format!("{MARKS}{NUMBER}")));
    let docx = dir.path().join("d.docx");
    let out = docx.to_str().expect("UTF-8 temp path");
    render(&yaml, &["-f", "docx", "--fonts", "free", "-o", out]).ok();
    let pdf = libreoffice::to_pdf(dir.path(), &docx);
    let Some(words) = bbox_words(&pdf) else {
        return;
    };
    let words: Vec<libreoffice::Placed> = words.iter().map(libreoffice::placed).collect();
    let find = |text: &str| libreoffice::find(&words, 0, text);
    // Word's exact grid line puts 3号 type's em box 181 twips (3.19 mm) below the line's top.
    let first = find("000123");
    libreoffice::near(
        "份号 on the 版心's first line",
        first.top,
        TOP + 181.0 / 56.7,
    );
    libreoffice::near("份号 left", first.left, 28.0);
    libreoffice::near("特急 top", find("特急").top, first.top + 2.0 * PITCH);
    let number = find("某街办");
    let end = words
        .iter()
        .filter(|w| w.page == 0 && (w.top - number.top).abs() < 1.0)
        .map(|w| w.right)
        .fold(0.0, f64::max);
    libreoffice::near("number top", number.top, first.top + 3.0 * PITCH);
    libreoffice::near("number centred", (number.left + end) / 2.0, MIDDLE);
    libreoffice::near("title top", find("关于某事").top, first.top + 5.0 * PITCH);
    if let Some(pages) = measure(&pdf) {
        nothing_red(&pages[0]);
    }
}

#[test]
fn an_imported_number_over_a_title_renders_to_text_and_pdf() {
    let (dir, out, _report) = common::imports::import("docs/number-only.txt");
    let data = out.join("data.yaml");
    let txt = common::render_text(&data, "txt", &dir.path().join("d.txt"));
    assert!(
        txt.contains("某街办〔2018〕4号"),
        "the number in the text:\n{txt}"
    );
    assert!(
        txt.contains("关于某事的批复"),
        "the title in the text:\n{txt}"
    );
    let pdf = dir.path().join("d.pdf");
    render(&data, &["-o", pdf.to_str().expect("UTF-8 temp path")]).ok();
    if let Some(text) = pdftotext(&pdf) {
        assert!(
            text.contains("某街办〔2018〕4号"),
            "the number in the PDF:\n{text}"
        );
    }
}

#[test]
fn a_suffix_without_an_agency_is_not_printed_and_check_says_so_at_its_line() {
    let dir = project(&template("circular"));
    write_file(
        dir.path(),
        "d.yaml",
        data(&format!("    suffix: 文件\n{NUMBER}")),
    );
    let (code, err) = run_in(&["check", "d.yaml"], dir.path());
    assert_eq!(code, Some(0), "a warning, not a refusal: {err}");
    assert!(err.contains("warning[header]"), "{err}");
    assert!(err.contains("“文件”不会印出"), "{err}");
    assert!(err.contains("d.yaml:8:"), "at the suffix's line: {err}");
    let (code, err) = run_in(&["render", "d.yaml", "-o", "d.pdf"], dir.path());
    assert_eq!(code, Some(0), "render refused: {err}");
    if let Some(text) = pdftotext(&dir.path().join("d.pdf")) {
        assert!(!text.contains("文件"), "the suffix printed:\n{text}");
        assert!(text.contains("某街办〔2018〕4号"), "{text}");
    }
}
