//! Styles: the 公文 roles as named styles with their fonts, standard or free (Fandol).

use crate::common::{render, workspace_file};
use crate::fixtures::{Fonts, arg, docx};
use crate::package::{Docx, El};
use crate::styles::{Styles, east_asia_font, font_size, on_off};

/// The paragraph styles every document defines: (id, name).
const STYLE_NAMES: [(&str, &str); 12] = [
    ("Normal", "Normal"),
    ("GwTitle", "标题"),
    ("GwHeading1", "一级标题"),
    ("GwHeading2", "二级标题"),
    ("GwHeading3", "三级标题"),
    ("GwHeading4", "四级标题"),
    ("GwAddressee", "主送"),
    ("GwSignature", "署名"),
    ("GwDate", "成文日期"),
    ("GwNote", "附注"),
    ("GwColophon", "版记"),
    ("GwPageNumber", "页码"),
];

/// Asserts that `d` defines the styles of [`STYLE_NAMES`], each style of `want` with its
/// East-Asian font, Normal in 3号, and every style its body uses.
fn assert_style_fonts(d: &Docx, want: &[(&str, &str)]) {
    let styles = Styles::of(d);
    let mut problems = Vec::new();
    for (id, name) in STYLE_NAMES {
        match styles.name(id) {
            None if styles.style(id).is_none() => problems.push(format!("no style {id}")),
            got if got != Some(name) => {
                problems.push(format!("style {id} is named {got:?}, want {name:?}"));
            }
            _ => {}
        }
    }
    for (id, font) in want {
        let got = styles.run_prop(id, &east_asia_font);
        if got.as_deref() != Some(*font) {
            problems.push(format!(
                "style {id}: East-Asian font {got:?}, want {font:?}"
            ));
        }
    }
    let size = styles.run_prop("Normal", &font_size);
    if size.as_deref() != Some("32") {
        problems.push(format!(
            "style Normal: w:sz {size:?}, want \"32\" (16 pt, 3号)"
        ));
    }
    // Every style the document uses is defined (Word silently falls back to Normal).
    let body = d.body();
    let mut used: Vec<&str> = body
        .all("pStyle")
        .into_iter()
        .chain(body.all("rStyle"))
        .filter_map(|s| s.attr("val"))
        .collect();
    used.sort_unstable();
    used.dedup();
    for id in used {
        if styles.style(id).is_none() {
            problems.push(format!(
                "word/document.xml uses style {id:?}, which styles.xml does not define"
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{}:\n  {}",
        d.what,
        problems.join("\n  ")
    );
}

#[test]
fn free_fonts_give_the_styles_the_fandol_faces() {
    let d = docx("notice", Fonts::Free);
    assert_style_fonts(
        d,
        &[
            ("Normal", "FandolFang"),
            ("GwTitle", "FandolSong"),
            ("GwHeading1", "FandolHei"),
            ("GwHeading2", "FandolKai"),
            ("GwPageNumber", "FandolSong"),
        ],
    );
    let styles = Styles::of(d);
    let bold = styles.run_prop("GwTitle", &|rpr: &El| on_off(rpr.child("b")));
    assert_eq!(
        bold,
        Some(true),
        "{}: with FandolSong the title (GwTitle) is set bold (w:b), as the PDF does",
        d.what
    );
}

#[test]
fn standard_fonts_are_the_default_and_name_the_gongwen_faces() {
    let d = docx("notice", Fonts::Default);
    assert_style_fonts(
        d,
        &[
            ("Normal", "仿宋_GB2312"),
            ("GwTitle", "方正小标宋简体"),
            ("GwHeading1", "黑体"),
            ("GwHeading2", "楷体_GB2312"),
            ("GwPageNumber", "宋体"),
        ],
    );
    // `--fonts standard` is the default.
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("notice.docx");
    render(
        &workspace_file("fixtures/notice.yaml"),
        &["--format", "docx", "--fonts", "standard", "-o", arg(&out)],
    )
    .ok();
    let explicit = Docx::open(&out);
    assert!(
        explicit.parts.get("word/styles.xml") == d.parts.get("word/styles.xml"),
        "`--fonts standard` gives other styles than no --fonts flag"
    );
}
