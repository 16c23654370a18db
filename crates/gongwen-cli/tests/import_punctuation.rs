//! `gongwen import` makes the half-width marks of web-published Chinese text full-width
//! (GB/T 15834) and counts them in the report; `--keep-punctuation` keeps the text as typed.

mod common;

use common::imports::import_with;
use common::{is_page_number, render, squeeze, workspace_file};
use std::path::Path;

const DOC: &str = "docs/half-width.txt";

/// The imported project rendered as txt: its text without page numbers and white space,
/// and the warnings `render` gave.
fn rendered(dir: &Path, out: &Path) -> (String, String) {
    let txt = dir.join("out.txt");
    let run = render(
        &out.join("data.yaml"),
        &[
            "--format",
            "txt",
            "-o",
            txt.to_str().expect("UTF-8 temp path"),
        ],
    )
    .ok();
    let text = std::fs::read_to_string(&txt).expect("rendered txt");
    let lines: Vec<&str> = text.lines().filter(|l| !is_page_number(l)).collect();
    (squeeze(&lines.join("")), run.stderr)
}

/// The test document as typed, without white space.
fn original() -> String {
    let text = std::fs::read_to_string(workspace_file(&format!("tests/import/{DOC}")))
        .expect("test document");
    squeeze(&text)
}

#[test]
fn half_width_marks_in_chinese_text_become_full_width_and_are_counted() {
    let (dir, out, report) = import_with(DOC, &[]);
    assert!(
        report.contains("标点：26 个标点改为 GB/T 15834 的形式"),
        "{report}"
    );
    let (text, warnings) = rendered(dir.path(), &out);
    for converted in [
        "关于开展“职工读书月”活动的通知",
        "各乡镇（街道）工会，县直各单位工会：",
        "精神文化生活，县总工会",
        "现将有关事项通知如下：",
        "（一）启动仪式。",
        "推荐书目（每单位不少于5种），并在报名表的（）内注明类别。",
        "网站https://www.txzgh.gov.cn/dushu/2023.html，联系人：王明，电话：0571-12345678。",
    ] {
        assert!(text.contains(converted), "“{converted}” not in\n{text}");
    }
    // Numbers, the time and the URL are kept as typed.
    for kept in [
        "9月1日8:30在",
        "预计1,850人参加",
        "https://www.txzgh.gov.cn/dushu/2023.html",
    ] {
        assert!(text.contains(kept), "“{kept}” not in\n{text}");
    }
    // No other half-width mark is left: the ":" of 8:30, the "," of 1,850, the URL's ":".
    let half: Vec<char> = text.chars().filter(|c| ",:;?!()\"'".contains(*c)).collect();
    assert_eq!(half, [':', ',', ':'], "{text}");
    assert!(!warnings.contains("half-width"), "{warnings}");
    // Each mark is replaced by one: no character is added or lost (white space aside).
    assert_eq!(text.chars().count(), original().chars().count(), "{text}");
}

#[test]
fn keep_punctuation_leaves_the_text_as_typed() {
    let (dir, out, report) = import_with(DOC, &["--keep-punctuation"]);
    assert!(!report.contains("标点："), "{report}");
    let (text, warnings) = rendered(dir.path(), &out);
    // Exactly as typed; only the heading numbers (一) (二) print in their GB/T 9704 form,
    // as the report says.
    assert!(report.contains("标题编号原文写作 (一) (二)"), "{report}");
    let want = original()
        .replace("(一)", "（一）")
        .replace("(二)", "（二）");
    assert_eq!(text, want);
    // The renderer's check sees the half-width marks kept.
    assert!(warnings.contains("warning[half-width]"), "{warnings}");
}
