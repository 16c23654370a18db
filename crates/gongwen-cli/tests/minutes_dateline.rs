//! A 纪要's 编发单位 and date on the line under its 期号 (`header: {editor, edited}`): read
//! there by `import`, printed there in the 纪要格式 — the unit a character in from the left,
//! the date a character in from the right, one line under the 期号 — and a warning when
//! given for a document that does not print it. Positions in mm (±0.5), from the PDF.

mod common;

use common::imports::import;
use common::pdf::{near, render_measured};

const PITCH: f64 = 225.0 / 22.0;
const CELL: f64 = 156.0 / 28.0;

#[test]
fn the_unit_and_date_under_the_issue_print_there() {
    let (dir, out, report) = import("docs/minutes.txt");
    assert!(!report.contains("has no place"), "{report}");
    let data = std::fs::read_to_string(out.join("data.yaml")).expect("data");
    assert!(data.contains("editor: 云川市总工会办公室"), "{data}");
    assert!(data.contains("edited: 2023年5月8日"), "{data}");
    let template = std::fs::read_to_string(out.join("template.md.tera")).expect("template");
    assert!(
        !template.contains("2023年5月8日"),
        "not a paragraph too: {template}"
    );
    let pdf = dir.path().join("minutes.pdf");
    let Some(pages) = render_measured(&out.join("data.yaml"), &pdf, &[]) else {
        return;
    };
    let page = &pages[0];
    let issue = page.span("第5期");
    let unit = page.span("云川市总工会办公室");
    let date = page.span("2023年5月8日");
    near(
        "the unit one line under the 期号",
        unit.top,
        issue.top + PITCH,
    );
    near("the date on the unit's line", date.top, unit.top);
    near(
        "the unit a character in from the left",
        unit.x0,
        28.0 + CELL,
    );
    near(
        "the date a character in from the right",
        date.x1,
        184.0 - CELL,
    );
    assert!(!unit.red && !date.red, "the line is black");
    let rule = page
        .strokes
        .iter()
        .find(|f| f.red && f.y0 > unit.top)
        .expect("the red rule under the line");
    assert!(
        rule.y0 < unit.top + PITCH,
        "the rule right under the line: {rule:?}"
    );
}

#[test]
fn a_document_that_is_no_minutes_says_the_line_will_not_print() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = "template: notice\n标题: 关于某事的通知\n主送机关: 各单位\n正文: |\n  特此通知。\ndocument:\n  header:\n    doc_number: 某府〔2023〕1号\n    editor: 某某办公室\n";
    let (_, err) = common::check_data(dir.path(), data);
    assert!(
        err.contains("只有纪要格式在期号下印编发单位和日期"),
        "{err}"
    );
    assert!(err.contains("d.yaml:9:"), "placed at the editor: {err}");
}

#[test]
fn the_data_gives_the_line_to_a_template_that_sets_the_mark() {
    let dir = tempfile::tempdir().expect("temp dir");
    let head =
        "template: minutes\n会议: 某会议\n期号: 5\n正文: |\n  会议研究。\ndocument:\n  header:\n";
    let data = format!("{head}    editor: 某某办公室\n    edited: 2023年2月3日\n");
    let path = dir.path().join("d.yaml");
    std::fs::write(&path, data).expect("data");
    let txt = common::render_text(&path, "txt", &dir.path().join("d.txt"));
    let line = txt
        .lines()
        .find(|l| l.contains("某某办公室"))
        .expect("the unit prints");
    assert!(line.contains("2023年2月3日"), "{txt}");
    let bad = format!("{head}    edited: 2023年2月30日\n");
    let (code, err) = common::check_data(dir.path(), &bad);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("d.yaml:8:"), "placed at the date: {err}");
}
