//! Escaping: the data's words print as themselves in the .docx, Markdown, Typst, Tera and XML
//! syntax among them.

use crate::common::{self, ESCAPING_TEMPLATE as TEMPLATE, comparable, render, squeeze, write_file};
use crate::fixtures::{arg, first_difference};
use crate::package::{Docx, El};

/// Paragraph texts: Markdown, Typst, Tera and XML syntax.
const TEXTS: &[&str] = &[
    "#set page(width: 1cm)",
    "$x^2$ and $ y $",
    "<label> @ref",
    "**not bold**",
    "# not a heading",
    "- not a list",
    "> not a quote",
    "</w:t></w:r><w:r><w:t>",
    r#"<gw-metric name="x"/>"#,
    "{{ not_tera }}",
    r"a\b [x](y) _u_ ~s~ `c` = + / > < @ & &amp; &#20013; | \# \* \\",
    "]]> <![CDATA[ x ]]> 'single' \"double\"",
];

/// A title full of markup.
const TITLE: &str = r#"#set page(width: 1cm) $x^2$ <label> & {{ not_tera }} [a](b) \n"#;

/// An addressee full of markup.
const ADDRESSEE: &str = "# not a heading <b> & {% raw %}";

/// A metric's value full of markup.
const METRIC: &str = r#"<1&2> "q" #x $y$ *z* [a](b) \ {{ t }}"#;

/// `s` as a single-quoted YAML scalar.
fn quoted(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

#[test]
fn awkward_characters_in_the_data_print_as_themselves() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_file(dir.path(), "templates/esc.md.tera", TEMPLATE);
    let mut yaml = format!(
        "template: esc\ntitle: {}\naddressee: {}\ntexts:\n",
        quoted(TITLE),
        quoted(ADDRESSEE)
    );
    for t in TEXTS {
        yaml += &format!("  - {}\n", quoted(t));
    }
    yaml += &format!("metrics:\n  数: {}\n", quoted(METRIC));
    let data = write_file(dir.path(), "esc.yaml", yaml);
    let out = dir.path().join("esc.docx");
    render(&data, &["--format", "docx", "-o", arg(&out)]).ok();
    let d = Docx::open(&out);
    let body = d.body();

    // Each text is a paragraph of its own, exactly, spaces kept.
    let paragraphs: Vec<String> = body.all("p").into_iter().map(El::text).collect();
    let missing: Vec<&&str> = TEXTS
        .iter()
        .filter(|t| !paragraphs.iter().any(|p| p == **t))
        .collect();
    assert!(
        missing.is_empty(),
        "no paragraph reads exactly {missing:#?}\nparagraphs: {paragraphs:#?}"
    );
    let text = squeeze(&body.text());
    for (what, value) in [
        ("title", TITLE.to_string()),
        ("addressee", ADDRESSEE.to_string()),
        ("metric", format!("数值{METRIC}个。")),
    ] {
        assert!(
            text.contains(&squeeze(&value)),
            "the {what} {value:?} is not in the docx text:\n{text}"
        );
    }
    // And the whole text is the PDF's.
    let txt = common::render_text(&data, "txt", &dir.path().join("esc.txt"));
    if let Some(diff) = first_difference(&comparable(&body.text()), &comparable(&txt)) {
        panic!("escaping: the docx text {diff}");
    }
}
