//! An SVG seal is checked when it is read: one that reaches for another file or does not
//! parse is refused by `check` and `render` at its `seal:` line, not by Typst without a
//! place.

mod common;

use common::{project, run_in, write_file};

const RING: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" width="420" height="420"><circle cx="210" cy="210" r="195" fill="none" stroke="red" stroke-width="14"/></svg>"#;

#[test]
fn an_svg_seal_that_reaches_outside_or_does_not_parse_is_refused_at_its_line() {
    let dir = project("---\ntitle: 题\nsignatures: [某局]\ndate: 2022-02-18\n---\n正文。\n");
    let external = RING.replace(
        "<circle",
        r#"<image href="/etc/passwd" width="9" height="9"/><circle"#,
    );
    for (svg, words) in [
        (external.as_str(), "印章 SVG 引用了它之外的文件或网址"),
        (
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><g>",
            "印章 SVG 无法解析",
        ),
    ] {
        write_file(dir.path(), "seal.svg", svg);
        write_file(
            dir.path(),
            "d.yaml",
            "template: t\ndocument:\n  seal: seal.svg\n",
        );
        for args in [
            &["check", "d.yaml"][..],
            &["render", "d.yaml", "-o", "d.pdf"],
        ] {
            let (code, err) = run_in(args, dir.path());
            assert_eq!(code, Some(1), "{args:?}: {err}");
            assert!(
                err.contains(&format!("d.yaml:3:9: {words}")),
                "{args:?}: {err}"
            );
        }
        assert!(!dir.path().join("d.pdf").exists());
    }
    write_file(dir.path(), "seal.svg", RING);
    let (code, err) = run_in(&["render", "d.yaml", "-o", "d.pdf"], dir.path());
    assert_eq!(code, Some(0), "a plain seal prints: {err}");
}
