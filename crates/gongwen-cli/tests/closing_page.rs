//! The 署名 and 成文日期 (an order's 职务, 签名章 and date) on one page, inside the 版心,
//! and never on a page without any of the text (GB/T 9704 §7.3.5.1), for bodies of every
//! length; and the checks a 令 or 纪要 frame gets.

mod common;

use common::pdf::{Page, copy_stamp, render_measured};
use common::{check_data, render, workspace_file, write_file};
use std::path::Path;

/// The pages of `fixtures/<name>.yaml` with its body replaced by `lines` one-line paragraphs.
fn pages(dir: &Path, name: &str, lines: usize) -> Option<Vec<Page>> {
    let fixture =
        std::fs::read_to_string(workspace_file(&format!("fixtures/{name}.yaml"))).expect("fixture");
    let body: String = (1..=lines)
        .map(|i| format!("  第{i}项工作按计划推进。\n\n"))
        .collect();
    let start = fixture.find("正文: |\n").expect("a 正文");
    // The block ends at the next line that is neither blank nor indented.
    let end = fixture[start..]
        .match_indices('\n')
        .map(|(e, _)| start + e + 1)
        .find(|&e| fixture[e..].starts_with(|c: char| !c.is_whitespace()))
        .unwrap_or(fixture.len());
    let data = format!("{}正文: |\n{body}{}", &fixture[..start], &fixture[end..]);
    let path = write_file(dir, "d.yaml", data);
    let pdf = dir.join(format!("d{lines}.pdf"));
    render_measured(&path, &pdf, &[])
}

/// The page holding the span starting `prefix` (not a red mark), and the span's top and
/// bottom.
fn place(pages: &[Page], prefix: &str) -> (usize, f64, f64) {
    for (i, p) in pages.iter().enumerate() {
        if let Some(s) = p
            .spans
            .iter()
            .find(|s| s.text.starts_with(prefix) && !s.red)
        {
            return (i, s.top, s.top + s.size * 25.4 / 72.0);
        }
    }
    panic!("no {prefix:?} in the document");
}

#[test]
fn an_order_s_signer_stamp_and_date_stay_together_inside_the_type_area() {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_stamp(dir.path());
    for lines in 8..=13 {
        let Some(pages) = pages(dir.path(), "order", lines) else {
            return;
        };
        let (title_page, _, title_bottom) = place(&pages, "市长");
        let (date_page, _, date_bottom) = place(&pages, "2023年4月28日");
        assert_eq!(
            title_page, date_page,
            "{lines} lines: 职务 and date on one page"
        );
        let stamp = pages[title_page]
            .images
            .first()
            .expect("the stamp on the 职务's page");
        for (what, bottom) in [
            ("职务", title_bottom),
            ("date", date_bottom),
            ("stamp", stamp.y1),
        ] {
            assert!(
                bottom <= 262.5,
                "{lines} lines: the {what} ends at {bottom:.1} mm, below the 版心"
            );
        }
        let text = pages[title_page].has("第");
        assert!(
            text,
            "{lines} lines: some of the text is on the 职务's page"
        );
    }
}

#[test]
fn a_signature_and_its_date_are_never_alone_on_a_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Bodies ending at the foot of page 1 and of page 2 of a letter.
    for lines in (8..=11).chain(30..=34) {
        let Some(pages) = pages(dir.path(), "letter", lines) else {
            return;
        };
        let (sign_page, ..) = place(&pages, "某某市总工会");
        let (date_page, ..) = place(&pages[sign_page..], "2023年5月8日");
        assert_eq!(date_page, 0, "{lines} lines: 署名 and date on one page");
        let text = |p: &Page| p.spans.iter().any(|s| s.text.contains("项工作"));
        let last_text = pages.iter().rposition(text).expect("text");
        assert_eq!(
            last_text, sign_page,
            "{lines} lines: the 署名 is on the last page of text"
        );
    }
}

#[test]
fn an_order_number_and_an_issue_may_be_written_whole_and_are_checked() {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_stamp(dir.path());
    let order = std::fs::read_to_string(workspace_file("fixtures/order.yaml")).expect("fixture");
    let whole = order.replace("令号: 12", "令号: 第12号");
    let (code, err) = check_data(dir.path(), &whole);
    assert_eq!(code, Some(0), "第12号 is taken as 12: {err}");
    let zero = order.replace("令号: 12", "令号: \"012\"");
    let (code, err) = check_data(dir.path(), &zero);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("序号以 0 开头") && err.contains("d.yaml:6:"),
        "placed at the 令号: {err}"
    );
    let minutes =
        std::fs::read_to_string(workspace_file("fixtures/minutes.yaml")).expect("fixture");
    // 出席 written as one text rather than a list prints as written.
    let present = minutes
        .lines()
        .map(|l| {
            if l.starts_with("出席:") {
                "出席: 张某某、王某某"
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    for (data, issue) in [
        (minutes.replace("期号: 5", "期号: 第5期"), Some("第5期")),
        (minutes.replace("期号: 5\n", ""), None),
        (present, Some("第5期")),
    ] {
        let path = write_file(dir.path(), "m.yaml", data);
        let txt = dir.path().join("m.txt");
        render(&path, &["-o", txt.to_str().expect("utf-8 path")]).ok();
        let text = std::fs::read_to_string(&txt).expect("the text");
        assert_eq!(text.contains("第5期"), issue.is_some(), "{text}");
        assert!(!text.contains("第第"), "{text}");
        assert!(text.contains("出席：张某某、王某某"), "{text}");
    }
    let nameless =
        "template: letter\n标题: 关于商请支持的函\n主送机关: 某局\n正文: |\n  特此函商。\n";
    let (code, err) = check_data(dir.path(), nameless);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("信函的发文机关标志没有机关名称") && err.contains("d.yaml:1:"),
        "{err}"
    );
}
