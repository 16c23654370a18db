//! Never silently wrong on the page (issue 16): what is written prints once and where the
//! standard puts it.

mod common;
// The .docx reader of the Word tests.
#[allow(dead_code)]
#[path = "docx/package.rs"]
mod package;

use common::{project, run_in as run, write_file};
use std::path::Path;

#[test]
fn a_bracketed_note_is_not_bracketed_twice() {
    let dir = project(
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
        let xml = package::Docx::open(&dir.path().join("d.docx")).text();
        assert!(xml.contains(printed), "the .docx prints {printed:?}: {xml}");
    }
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

/// Words of `pdf` (pdftotext -bbox) that leave the 版心 horizontally (28 mm to 184 mm,
/// a little slack for hanging punctuation), with their x range; `None` without pdftotext.
fn words_outside(pdf: &Path) -> Option<Vec<String>> {
    let out = std::process::Command::new("pdftotext")
        .args(["-bbox", pdf.to_str()?, "-"])
        .output()
        .ok()?;
    let html = String::from_utf8_lossy(&out.stdout).into_owned();
    let (left, right) = (28.0 * 72.0 / 25.4 - 1.0, 184.0 * 72.0 / 25.4 + 16.0);
    let attr = |word: &str, name: &str| -> Option<f64> {
        let at = word.find(&format!("{name}=\""))? + name.len() + 2;
        word[at..].split('"').next()?.parse().ok()
    };
    Some(
        html.split("<word ")
            .skip(1)
            .filter_map(|w| {
                let (x0, x1) = (attr(w, "xMin")?, attr(w, "xMax")?);
                let text = w.split_once('>')?.1.split("</word>").next()?;
                (x0 < left || x1 > right).then(|| format!("{text} at x {x0:.0}–{x1:.0} pt"))
            })
            .collect(),
    )
}

#[test]
fn a_long_signature_wraps_inside_the_type_area() {
    let dir =
        project("---\ntitle: 题\nsignatures: [\"{{ 署名 }}\"]\ndate: 2023-01-05\n---\n正文。\n");
    let unit = "某某市总工会关于深入开展作风问题专项整治工作领导小组";
    for chars in [10, 26, 40, 65] {
        let name: String = unit.chars().cycle().take(chars).collect();
        write_file(dir.path(), "d.yaml", format!("template: t\n署名: {name}\n"));
        let (code, err) = run(&["render", "d.yaml", "-o", "d.pdf"], dir.path());
        assert_eq!(code, Some(0), "{err}");
        let Some(outside) = words_outside(&dir.path().join("d.pdf")) else {
            eprintln!("pdftotext is not installed; the measurement is skipped");
            return;
        };
        assert!(outside.is_empty(), "a {chars}-character 署名: {outside:?}");
        let text = common::pdftotext(&dir.path().join("d.pdf")).unwrap_or_default();
        let flat: String = text.split_whitespace().collect();
        assert!(flat.contains(&name), "all of the 署名 is printed: {flat}");
        assert!(flat.contains("2023年1月5日"), "{flat}");
    }
}
