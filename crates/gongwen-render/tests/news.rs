//! The 简报 parts (报头, byline, 报/送/发) come from the template and from the data's `document:`.

use gongwen_model::{Distribution, Document, plain_text};
use gongwen_render::Job;
use std::path::PathBuf;

/// Writes `data` to a fresh file and builds its document.
fn document(name: &str, data: &str) -> Document {
    let dir = std::env::temp_dir().join(format!("gongwen-news-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path: PathBuf = dir.join("data.yaml");
    std::fs::write(&path, data).expect("data file");
    let job = Job::load(&path).unwrap_or_else(|e| panic!("{e}"));
    let doc = job.document().unwrap_or_else(|e| panic!("{e}"));
    std::fs::remove_dir_all(&dir).ok();
    doc
}

const DATA: &str = "template: news\n刊名: 工会工作信息\n期号: 12\n编印单位: 某某市总工会办公室\n编印日期: 2023-06-30\n标题: 题目\n报: [省总工会, 市委办公室]\n";

#[test]
fn the_template_fills_the_masthead_and_drops_empty_lines() {
    let doc = document("template", DATA);
    let m = doc.masthead.expect("a masthead");
    assert_eq!(m.name, "工会工作信息");
    assert_eq!(m.issue.as_deref(), Some("第12期"));
    assert_eq!(m.editor.as_deref(), Some("某某市总工会办公室编"));
    assert_eq!(m.date.as_deref(), Some("2023年6月30日"));
    // No 供稿, 送 or 发 in the data: no byline and only the 报 line.
    assert_eq!(doc.byline, None);
    assert_eq!(
        doc.colophon.expect("a 版记").distribution,
        [Distribution {
            label: "报".into(),
            to: "省总工会，市委办公室".into()
        }]
    );
}

#[test]
fn document_overrides_masthead_fields_byline_and_distribution() {
    let data = format!(
        "{DATA}document:\n  masthead: {{issue: 第13期, date: 2023-07-15}}\n  byline: 某某县总工会\n  colophon:\n    distribution: [{{label: 发, to: 各县区总工会}}]\n"
    );
    let doc = document("overlay", &data);
    let m = doc.masthead.expect("a masthead");
    assert_eq!(m.name, "工会工作信息", "fields not overridden stay");
    assert_eq!(m.issue.as_deref(), Some("第13期"));
    assert_eq!(m.date.as_deref(), Some("2023年7月15日"));
    assert_eq!(plain_text(&doc.byline.expect("a byline")), "某某县总工会");
    assert_eq!(
        doc.colophon.expect("a 版记").distribution,
        [Distribution {
            label: "发".into(),
            to: "各县区总工会".into()
        }]
    );
}

#[test]
fn a_misspelt_masthead_key_is_an_error() {
    let dir = std::env::temp_dir().join(format!("gongwen-news-{}-bad", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("data.yaml");
    std::fs::write(
        &path,
        format!("{DATA}document:\n  masthead: {{isue: 第13期}}\n"),
    )
    .expect("data");
    let err = Job::load(&path)
        .and_then(|job| job.document())
        .expect_err("unknown key");
    std::fs::remove_dir_all(&dir).ok();
    assert!(err.to_string().contains("isue"), "{err}");
}
