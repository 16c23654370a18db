//! Words from the data print as themselves: never Markdown, Typst markup or Tera code.

mod common;

use common::{ESCAPING_TEMPLATE as TEMPLATE, pdftotext, render, squeeze, write_file};
use std::path::{Path, PathBuf};

/// Paragraph texts: Markdown, Typst and Tera syntax, and the tool's own tags.
const TEXTS: &[&str] = &[
    "#set page(width: 1cm)",
    r#"#import "x.typ": *"#,
    "$x^2$ and $ y $",
    "<label> @ref",
    "**not bold**",
    "# not a heading",
    "- not a list",
    "1. not a list",
    "> not a quote",
    "</gw-lead> <gw-lead>",
    r#"<gw-metric name="x"/>"#,
    "{{ not_tera }}",
    "{% raw %}",
    r"a\b [x](y) _u_ ~s~ `c` = + / > < @ & &amp; | \# \* \\",
    "#{ 1 + 1 } #v(10cm) #pagebreak()",
];

/// The title: Typst and Tera syntax.
const TITLE: &str = r#"#set page(width: 1cm) $x^2$ <label> @ref {{ not_tera }} #import "x.typ""#;

/// The addressee.
const ADDRESSEE: &str = "# not a heading <b> {% raw %} #pagebreak()";

/// The metric's value.
const METRIC: &str = r#"<1&2> "q" #x $y$ *z* [a](b) _u_ @r \ {{ t }} = / -"#;

/// YAML single-quoted scalar.
fn quoted(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// Writes the data file and template into a temp dir; returns the dir and the data file.
fn setup() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    write_file(dir.path(), "templates/esc.md.tera", TEMPLATE);
    let mut data = format!(
        "template: esc\ntitle: {}\naddressee: {}\ntexts:\n",
        quoted(TITLE),
        quoted(ADDRESSEE)
    );
    for t in TEXTS {
        data += &format!("  - {}\n", quoted(t));
    }
    data += &format!("metrics:\n  数: {}\n", quoted(METRIC));
    let path = write_file(dir.path(), "esc.yaml", data);
    (dir, path)
}

fn output(data: &Path, dir: &Path, format: &str) -> String {
    common::render_text(data, format, &dir.join(format!("out.{format}")))
}

/// Asserts that every data value appears in `text`, whitespace aside (lines wrap).
fn assert_all_values_in(what: &str, text: &str) {
    let got = squeeze(text);
    let mut missing = Vec::new();
    for value in TEXTS.iter().chain([&TITLE, &ADDRESSEE]) {
        if !got.contains(&squeeze(value)) {
            missing.push(*value);
        }
    }
    if !got.contains(&squeeze(&format!("数值{METRIC}个。"))) {
        missing.push(METRIC);
    }
    assert!(
        missing.is_empty(),
        "{what}: these values did not print as themselves: {missing:#?}\n--- output:\n{text}"
    );
}

#[test]
fn values_print_verbatim_in_the_page_text() {
    let (dir, data) = setup();
    let txt = output(&data, dir.path(), "txt");
    assert_all_values_in("txt", &txt);
    // One page: `#set page(width: 1cm)` or `#pagebreak()` did not run.
    assert_eq!(
        txt.matches('\u{c}').count(),
        0,
        "the document is one page:\n{txt}"
    );
    // Each paragraph text is a paragraph of its own: a line exactly (spaces kept) when it is
    // short enough not to wrap, else the start of a line.
    for t in TEXTS {
        if t.len() <= 30 {
            assert!(
                txt.lines().any(|l| l.trim() == *t),
                "no line is exactly {t:?}:\n{txt}"
            );
        } else {
            let first = t.split_whitespace().next().expect("non-empty");
            assert!(
                txt.lines().any(|l| l.starts_with(first)),
                "no line starts with {first:?}:\n{txt}"
            );
        }
    }
}

#[test]
fn values_print_verbatim_in_the_pdf() {
    let (dir, data) = setup();
    let pdf = dir.path().join("out.pdf");
    render(&data, &["-o", pdf.to_str().expect("UTF-8 path")]).ok();
    common::assert_is_pdf(&pdf);
    if let Some(text) = pdftotext(&pdf) {
        assert_all_values_in("pdftotext", &text);
    }
}

/// Backslash before every ASCII punctuation mark: how data must look in 公文 Markdown.
fn markdown_escaped(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            if c.is_ascii_punctuation() {
                vec!['\\', c]
            } else {
                vec![c]
            }
        })
        .collect()
}

#[test]
fn markdown_output_keeps_the_values_escaped() {
    let (dir, data) = setup();
    let md = output(&data, dir.path(), "md");
    let body = md
        .splitn(3, "---\n")
        .nth(2)
        .expect("front matter, then body");
    for t in TEXTS {
        let escaped = markdown_escaped(t);
        assert!(
            body.lines().any(|l| l == escaped),
            "no body line is exactly {escaped:?}:\n{body}"
        );
    }
    // No body line could be read as a heading, list, quote, tag or Tera code.
    for line in body.lines() {
        let bad = ["#", "-", "*", ">", "<", "{", "1."]
            .iter()
            .find(|p| line.starts_with(**p));
        assert!(
            bad.is_none(),
            "body line {line:?} starts with markup {bad:?}"
        );
    }
    // The metric travels as a tag whose value is HTML-escaped, so it cannot end the tag.
    let value = METRIC
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    assert!(
        md.contains(&format!(
            r#"<gw-metric name="数" unit="个" value="{value}"/>"#
        )),
        "metric tag:\n{md}"
    );
}

/// Byte offsets in `line` that lie inside a Typst string literal `"…"`.
fn in_string_literal(line: &str) -> Vec<bool> {
    let (mut inside, mut escaped) = (false, false);
    let mut marks = vec![false; line.len()];
    for (i, c) in line.char_indices() {
        marks[i] = inside;
        match c {
            '\\' if inside && !escaped => escaped = true,
            '"' if !escaped => inside = !inside,
            _ => escaped = false,
        }
    }
    marks
}

#[test]
fn typst_output_has_the_values_only_inside_string_literals() {
    let (dir, data) = setup();
    let typ = output(&data, dir.path(), "typ");
    for needle in [
        "#set page(width: 1cm)",
        "#pagebreak()",
        "#v(10cm)",
        "$x^2$",
        "@ref",
    ] {
        let mut found = 0;
        for line in typ.lines() {
            let marks = in_string_literal(line);
            for (at, _) in line.match_indices(needle) {
                found += 1;
                assert!(
                    marks[at],
                    "{needle:?} appears outside a string literal in Typst line:\n{line}"
                );
            }
        }
        assert!(
            found >= 1,
            "{needle:?} does not appear in the Typst output at all"
        );
    }
}

#[test]
fn the_string_literal_scanner_is_right() {
    let line = r##"#par[#"a \"#b\" c"] #d"##;
    let marks = in_string_literal(line);
    assert!(marks[line.find("#b").expect("#b")] && marks[line.find(" c").expect(" c")]);
    assert!(!marks[line.find("#d").expect("#d")] && !marks[0]);
}
