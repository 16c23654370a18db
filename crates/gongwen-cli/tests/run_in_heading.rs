//! A heading that ends in 。 runs into the paragraph under it; with nothing under it, `check`
//! warns at the heading in the template, in Chinese by default and in English with `--lang en`.

mod common;

use common::{check_data, project, run_in};

const TEMPLATE: &str = "---\ntitle: 题\nsignatures: [某单位]\ndate: 2022-02-18\n---\n# 总体要求\n\n## 加强领导。\n\n## 严明纪律。\n\n纪律。\n";

#[test]
fn a_run_in_heading_with_nothing_to_run_into_is_a_warning_at_its_line() {
    let dir = project(TEMPLATE);
    let (code, err) = check_data(dir.path(), "template: t\n");
    assert_eq!(code, Some(0), "a warning, not an error:\n{err}");
    assert!(err.contains("warning[heading]"), "{err}");
    assert!(
        err.contains("t.md.tera:8:1"),
        "placed at the heading:\n{err}"
    );
    assert!(
        err.contains("标题“加强领导。”以句号结尾，会与下一段接排，但它下面没有正文"),
        "{err}"
    );
    assert!(err.contains("删去末尾的“。”"), "{err}");
    assert!(
        !err.contains("严明纪律"),
        "the heading with its paragraph is fine:\n{err}"
    );
    let (code, err) = run_in(&["check", "d.yaml", "--lang", "en"], dir.path());
    assert_eq!(code, Some(0), "{err}");
    assert!(
        err.contains("the heading “加强领导。” ends in 。 and so runs into the paragraph under it, but no text follows it"),
        "{err}"
    );
}
