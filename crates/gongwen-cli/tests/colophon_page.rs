//! The 版记 page (GB/T 9704 §7.4, §7.5), measured on the PDF for bodies of every length:
//! the 版记 on an even page with its last rule on the 版心's bottom edge, a blank page
//! before it when the even page has no room, and neither of those two pages numbered.

mod common;

use common::pdf::{Page, near, render_measured};
use common::{project, write_file};
use std::collections::BTreeSet;
use std::path::Path;

const TEMPLATE: &str = "---
kind: circular
title: 关于做好版记位置测试工作的通知
header: {agencies: [某某市总工会]}
signatures: [某某市总工会]
date: 2023-05-08
colophon: {cc: [市委办公室], printer: 某某市总工会办公室, print_date: 2023-05-09}
---
{{ 正文 | safe }}
";

/// The pages of a notice whose body has `lines` one-line paragraphs.
fn pages(dir: &Path, lines: usize, args: &[&str]) -> Option<Vec<Page>> {
    let body: String = (1..=lines)
        .map(|i| format!("  第{i}项工作按计划推进。\n\n"))
        .collect();
    let data = write_file(dir, "d.yaml", format!("template: t\n正文: |\n{body}"));
    let pdf = dir.join(format!("d{lines}.pdf"));
    render_measured(&data, &pdf, args)
}

/// Where the 版记 went: "same page", "next page" or "after a blank page".
fn placement(pages: &[Page]) -> &'static str {
    let at = pages.iter().position(|p| p.has("抄送")).expect("a 版记");
    let page = &pages[at];
    assert_eq!(at + 1, pages.len(), "the 版记 is on the last page");
    assert!(
        (at + 1) % 2 == 0,
        "the 版记 is on an even page, not page {}",
        at + 1
    );
    let last_rule = page.strokes.iter().map(|s| s.y1).fold(0.0, f64::max);
    near(
        "the 版记's last rule on the 版心's bottom edge",
        last_rule,
        262.0,
    );
    let before = &pages[at - 1];
    if before.spans.is_empty() {
        assert!(
            page.number().is_none(),
            "a 版记 page after a blank page has no number"
        );
        "after a blank page"
    } else {
        let number = page.number().map(|n| n.text.clone());
        assert_eq!(
            number,
            Some(format!("— {} —", at + 1)),
            "the 版记 page is numbered"
        );
        if page.has("2023年5月8日") {
            "same page"
        } else {
            assert!(
                before.has("2023年5月8日"),
                "the body ends on the page before"
            );
            "next page"
        }
    }
}

#[test]
fn the_colophon_is_on_an_even_page_whatever_the_body_s_length() {
    let dir = project(TEMPLATE);
    let mut seen = BTreeSet::new();
    // Bodies ending on page 1, in the middle of page 2, and at the foot of pages 2 and 3.
    for lines in (1..=2).chain(11..=13).chain(26..=33) {
        let Some(pages) = pages(dir.path(), lines, &[]) else {
            return;
        };
        seen.insert(placement(&pages));
    }
    let all: BTreeSet<_> = ["same page", "next page", "after a blank page"].into();
    assert_eq!(seen, all, "every placement was met");
}

#[test]
fn single_sided_keeps_the_colophon_on_the_last_page() {
    let dir = project(TEMPLATE);
    let Some(pages) = pages(dir.path(), 2, &["--single-sided"]) else {
        return;
    };
    assert_eq!(pages.len(), 1, "one page, the 版记 at its foot");
    assert!(pages[0].has("抄送"));
    assert_eq!(pages[0].number().map(|n| n.text.as_str()), Some("— 1 —"));
}

#[test]
fn every_fixture_s_colophon_is_on_an_even_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut with_colophon = 0;
    for name in [
        "circular-forwarding",
        "letter",
        "minutes",
        "news",
        "notice",
        "resolution",
    ] {
        let pdf = dir.path().join(format!("{name}.pdf"));
        let data = common::workspace_file(&format!("fixtures/{name}.yaml"));
        let Some(pages) = render_measured(&data, &pdf, &[]) else {
            return;
        };
        // The 版记 is set in 4号 (14 pt): 抄送, 印发, or a 简报's 报/送/发 lines.
        let colophon = |p: &Page| {
            p.spans.iter().any(|s| {
                (s.size - 14.0).abs() < 0.1
                    && (s.text.starts_with("抄送：")
                        || s.text.ends_with("印发")
                        || ["报：", "送：", "发："]
                            .iter()
                            .any(|l| s.text.starts_with(l)))
            })
        };
        let Some(at) = pages.iter().position(colophon) else {
            continue;
        };
        with_colophon += 1;
        assert_eq!(at + 1, pages.len(), "{name}: the 版记 is on the last page");
        assert!(
            (at + 1) % 2 == 0,
            "{name}: the 版记 is on page {}, not an even page",
            at + 1
        );
    }
    assert!(with_colophon >= 4, "the fixtures with a 版记 were found");
}
