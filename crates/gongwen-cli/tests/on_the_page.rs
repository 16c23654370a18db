//! Never silently wrong on the page (issue 16): what is written prints once and where the
//! standard puts it.

mod common;

use common::{gongwen, one_line, write_file};
use std::path::Path;

fn run(args: &[&str], dir: &Path) -> (Option<i32>, String) {
    let out = gongwen()
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run gongwen");
    (
        out.status.code(),
        one_line(&String::from_utf8_lossy(&out.stderr)),
    )
}

#[test]
fn a_bracketed_note_is_not_bracketed_twice() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_file(
        dir.path(),
        "templates/t.md.tera",
        "---\ntitle: 题\nsignatures: [某单位]\ndate: 2023-01-05\nnote: \"{{ 附注 }}\"\n---\n正文。\n",
    );
    for (note, printed) in [
        ("（联系人：张三）", "（联系人：张三）"),
        ("联系人：张三", "（联系人：张三）"),
        ("（甲）和（乙）", "（（甲）和（乙））"),
    ] {
        write_file(
            dir.path(),
            "d.yaml",
            format!("template: t\n附注: \"{note}\"\n"),
        );
        let (code, err) = run(&["render", "d.yaml", "-o", "d.txt"], dir.path());
        assert_eq!(code, Some(0), "{err}");
        let text = std::fs::read_to_string(dir.path().join("d.txt")).expect("txt");
        let flat: String = text.split_whitespace().collect();
        assert!(
            flat.contains(printed),
            "{note:?} prints {printed:?}:\n{text}"
        );
        assert_eq!(
            flat.matches("（（").count(),
            printed.matches("（（").count(),
            "{text}"
        );
        let (code, err) = run(&["render", "d.yaml", "-o", "d.docx"], dir.path());
        assert_eq!(code, Some(0), "{err}");
        let xml = docx_text(&dir.path().join("d.docx"));
        assert!(xml.contains(printed), "the .docx prints {printed:?}: {xml}");
    }
}

/// The text of a .docx's runs, joined.
fn docx_text(path: &Path) -> String {
    use std::io::Read;
    let file = std::fs::File::open(path).expect("docx");
    let mut zip = zip::ZipArchive::new(file).expect("a zip");
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .expect("document.xml")
        .read_to_string(&mut xml)
        .expect("UTF-8");
    xml.split("<w:t")
        .skip(1)
        .filter_map(|t| t.split_once('>').map(|(_, rest)| rest))
        .filter_map(|rest| rest.split_once("</w:t>").map(|(text, _)| text))
        .collect()
}

#[test]
fn no_page_ends_with_a_heading() {
    let dir = tempfile::tempdir().expect("temp dir");
    // speech and lookback-filled each ended a page with "一、……" / "三、……" before.
    for name in [
        "speech",
        "lookback-filled",
        "lookback",
        "resolution",
        "circular-forwarding",
    ] {
        let data = common::workspace_file(&format!("fixtures/{name}.yaml"));
        let text = common::render_text(&data, "txt", &dir.path().join(format!("{name}.txt")));
        for (i, page) in text.split('\u{c}').enumerate() {
            let last = page
                .lines()
                .map(str::trim)
                .rfind(|l| !l.is_empty() && !common::is_page_number(l))
                .unwrap_or_default();
            let numbered = last
                .trim_start_matches(|c: char| "一二三四五六七八九十".contains(c))
                .starts_with('、');
            let heading = numbered || last.starts_with('（') && last.contains('）');
            assert!(
                !(heading && !last.ends_with('。') && last.chars().count() < 28),
                "{name}: page {} ends with the heading {last:?}",
                i + 1
            );
        }
    }
}
