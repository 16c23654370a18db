//! The seed fixtures render end to end, to text and to PDF, with exactly the expected words.
//!
//! Expected texts live in `tests/data/expected/` (copies of the project's seed texts) and
//! are compared the way the project's GB/T 9704 meter compares them.

mod common;

use common::{
    assert_is_pdf, assert_same_text, comparable, is_page_number, pdftotext, render, render_text,
};

/// Renders fixture `name` to txt and PDF and checks both against `tests/data/expected/<expected>`;
/// returns the txt output.
fn check_fixture(name: &str, expected: &str) -> String {
    let want_raw = std::fs::read_to_string(common::test_data(&format!("expected/{expected}")))
        .expect("expected text");
    let want = comparable(&want_raw);
    assert!(
        want.chars().count() > 4000,
        "expected text of {name} is suspiciously short"
    );
    let data = common::workspace_file(&format!("fixtures/{name}.yaml"));
    let dir = tempfile::tempdir().expect("temp dir");

    let txt = render_text(&data, "txt", &dir.path().join(format!("{name}.txt")));
    assert!(
        txt.lines().any(is_page_number),
        "{name}: the txt output has no page numbers"
    );
    assert_same_text(&format!("{name} (txt)"), &comparable(&txt), &want);

    let pdf = dir.path().join(format!("{name}.pdf"));
    let run = render(&data, &["-o", pdf.to_str().expect("UTF-8 path")]).ok();
    assert!(
        run.stderr.contains("页）"),
        "{name}: no `wrote … (N pages)` line: {}",
        run.stderr
    );
    assert_is_pdf(&pdf);
    if let Some(text) = pdftotext(&pdf) {
        assert_same_text(&format!("{name} (pdftotext)"), &comparable(&text), &want);
    }
    txt
}

#[test]
fn circular_forwarding_renders_its_seed_text() {
    check_fixture("circular-forwarding", "circular-forwarding_000.txt");
}

#[test]
fn speech_renders_its_seed_text() {
    check_fixture("speech", "speech_001.txt");
}

#[test]
fn lookback_renders_its_seed_text_with_155_placeholders() {
    let txt = check_fixture("lookback", "lookback_002.txt");
    assert_eq!(
        txt.matches("〔...〕").count(),
        155,
        "placeholders (〔...〕) in the lookback text"
    );
}

#[test]
fn txt_pages_are_separated_by_form_feeds_and_numbered_in_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let txt = render_text(
        &common::workspace_file("fixtures/speech.yaml"),
        "txt",
        &dir.path().join("s.txt"),
    );
    let pages: Vec<&str> = txt.split('\u{c}').collect();
    assert!(pages.len() > 1, "speech is more than one page");
    for (i, page) in pages.iter().enumerate() {
        let last = page
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or_default();
        assert!(
            is_page_number(last),
            "page {} ends with {last:?}, not a page number",
            i + 1
        );
        let number: String = last.chars().filter(char::is_ascii_digit).collect();
        assert_eq!(
            number,
            (i + 1).to_string(),
            "page {} is numbered {last:?}",
            i + 1
        );
    }
}

#[test]
fn the_comparison_is_the_meters() {
    assert!(
        is_page_number("— 12 —") && is_page_number("  -3-  ") && is_page_number("\u{c}－ 7 －")
    );
    assert!(!is_page_number("— 一 —") && !is_page_number("— 1") && !is_page_number("2020年— 1 —x"));
    assert_eq!(
        comparable("甲, (乙):\n— 1 —\n丙; 丁? 戊! “己”"),
        "甲，（乙）：丙；丁？戊！\"己\""
    );
}

#[test]
fn default_output_is_beside_the_data_with_the_formats_extension() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("讲话.yaml");
    std::fs::copy(common::workspace_file("fixtures/speech.yaml"), &data).expect("copy fixture");
    render(&data, &[]).ok();
    assert_is_pdf(&dir.path().join("讲话.pdf"));
    render(
        &data,
        &["-o", dir.path().join("x.md").to_str().expect("UTF-8 path")],
    )
    .ok();
    let md = std::fs::read_to_string(dir.path().join("x.md"))
        .expect("the format follows -o's extension");
    assert!(
        md.starts_with("---\n"),
        "Markdown output starts with front matter: {md:.40}"
    );
}

/// The resolution and news fixtures print exactly the text of `tests/expected/`, in txt,
/// and their Markdown names their kind.
#[test]
fn resolution_and_news_render_to_txt_and_md() {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["resolution", "news"] {
        let data = common::workspace_file(&format!("fixtures/{name}.yaml"));
        let want = std::fs::read_to_string(common::workspace_file(&format!(
            "tests/expected/{name}.txt"
        )))
        .expect("expected text");
        let txt = render_text(&data, "txt", &dir.path().join(format!("{name}.txt")));
        assert_same_text(
            &format!("{name} (txt)"),
            &comparable(&txt),
            &comparable(&want),
        );
        let md = render_text(&data, "md", &dir.path().join(format!("{name}.md")));
        assert!(md.contains(&format!("kind: {name}")), "{name}: {md}");
    }
}
