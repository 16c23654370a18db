//! A page is named by what it draws: after a one-figure edit of the 13-page look-back
//! report only the pages whose SVG changed get new hashes (so only they are sent to the
//! browser again), and an edit that only moves lines of the data changes none, while the
//! problems and their places on the pages still come from the new render.

use gongwen_pipeline::{Options, Stage};
use gongwen_preview::{Rendered, Session, Snapshot, Source};
use gongwen_typst::PagedDocument;
use gongwen_typst::preview::{figure_anchors, page_svg};
use serde_json::Value;
use std::path::Path;

const FIGURE: &str = "  党组中心组专题学习次数: 6\n";

/// The filled report in a scratch folder, and a session over it.
fn session() -> (tempfile::TempDir, std::path::PathBuf, String, Session) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let text = std::fs::read_to_string(root.join("fixtures/lookback-filled.yaml"))
        .expect("the filled look-back fixture");
    assert!(text.contains(FIGURE), "the fixture has {FIGURE}");
    let dir = tempfile::tempdir().expect("a scratch folder");
    let data = dir.path().join("d.yaml");
    std::fs::write(&data, &text).expect("write the data");
    let session = Session::new(Source::file(&data), Options::default());
    (dir, data, text, session)
}

/// Saves `text` and renders it: the render and the snapshot after `last`.
fn render(session: &mut Session, data: &Path, text: &str, last: &Snapshot) -> (Rendered, Snapshot) {
    std::fs::write(data, text).expect("save the data");
    let rendered = session.render(Stage::Pages);
    let next = last.next(&rendered);
    assert!(!next.failed(), "the render failed");
    (rendered, next)
}

fn pages(rendered: &Rendered) -> &PagedDocument {
    let Ok(laid) = &rendered.laid else {
        panic!("the render failed");
    };
    laid.pages.as_ref().expect("pages")
}

fn svgs(rendered: &Rendered) -> Vec<String> {
    pages(rendered).pages().iter().map(page_svg).collect()
}

/// The indexes (from 0) where `a` and `b` differ.
fn differing<T: PartialEq>(a: &[T], b: &[T]) -> Vec<usize> {
    assert_eq!(a.len(), b.len(), "as many pages");
    (0..a.len()).filter(|&i| a[i] != b[i]).collect()
}

fn json(snapshot: &Snapshot) -> Value {
    serde_json::from_str(&snapshot.json()).expect("JSON state")
}

#[test]
fn a_one_figure_edit_renames_only_the_pages_it_redraws() {
    let (_dir, data, text, mut session) = session();
    let (first, before) = render(&mut session, &data, &text, &Snapshot::empty("d.yaml"));
    assert_eq!(before.hashes().len(), 13, "the whole report");
    let mut last = before;
    let mut last_svgs = svgs(&first);
    // A figure of the same width, a wider one (the line reflows), and back.
    for value in ["7", "1234567", "6"] {
        let edited = text.replace(FIGURE, &format!("  党组中心组专题学习次数: {value}\n"));
        let (rendered, next) = render(&mut session, &data, &edited, &last);
        let now_svgs = svgs(&rendered);
        let redrawn = differing(&last_svgs, &now_svgs);
        let renamed = differing(&last.hashes(), &next.hashes());
        assert_eq!(
            renamed, redrawn,
            "figure {value}: new hashes exactly where the SVG changed"
        );
        assert!(
            !redrawn.is_empty() && redrawn.len() <= 2,
            "figure {value}: pages {redrawn:?} redrawn"
        );
        eprintln!("figure {value}: pages {redrawn:?} of 13 redrawn and renamed");
        (last, last_svgs) = (next, now_svgs);
    }
}

#[test]
fn moving_lines_of_the_data_renames_no_page_but_updates_the_problems() {
    let (_dir, data, text, mut session) = session();
    // The figure left out: `check` lists it as missing, placed on its page.
    let missing = text.replace(FIGURE, "");
    let (_, before) = render(&mut session, &data, &missing, &Snapshot::empty("d.yaml"));
    // Two lines of comment on top: every span in the data moves, no page looks different.
    let moved = format!("# 一\n# 二\n{missing}");
    let (rendered, after) = render(&mut session, &data, &moved, &before);
    assert_eq!(after.hashes(), before.hashes(), "no page is sent again");
    assert!(after.version > before.version);
    let (old, new) = (json(&before), json(&after));
    let problems = new["problems"].as_array().expect("problems");
    let figure = problems
        .iter()
        .find(|p| p["metric"] == "党组中心组专题学习次数")
        .expect("the missing figure is listed");
    let anchors = figure_anchors(pages(&rendered));
    let placed: Vec<(u64, f64, f64)> = anchors
        .iter()
        .filter(|a| a.name == "党组中心组专题学习次数")
        .map(|a| (a.page as u64, a.x, a.y))
        .collect();
    let shown: Vec<(u64, f64, f64)> = figure["at"]
        .as_array()
        .expect("its places")
        .iter()
        .map(|a| {
            (
                a["page"].as_u64().unwrap_or(0),
                a["x"].as_f64().unwrap_or(-1.0),
                a["y"].as_f64().unwrap_or(-1.0),
            )
        })
        .collect();
    assert!(!shown.is_empty(), "placed on a page: {figure}");
    assert_eq!(shown, placed, "the places of the new render");
    let line = |state: &Value| {
        let problems = state["problems"].as_array().expect("problems");
        let figure = problems
            .iter()
            .find(|p| p["metric"] == "党组中心组专题学习次数");
        figure.and_then(|p| p["line"].as_u64()).expect("a line")
    };
    assert_eq!(
        line(&new),
        line(&old) + 2,
        "the problem's line follows the data"
    );
}
