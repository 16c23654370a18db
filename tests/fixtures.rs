//! Snapshot tests over `fixtures/*.yaml` (batch bases aside): the Markdown, the document model and the Typst markup.
//!
//! Each fixture is rendered through the pipeline's three stages; a change to any
//! stage shows up as a reviewed snapshot diff (`tests/snapshots/`).

use gongwen_render::Job;

#[test]
fn fixtures_through_every_stage() {
    insta::glob!("../fixtures", "*.yaml", |path| {
        // A batch base holds only what every row shares; the rows' documents are tested in
        // crates/gongwen-cli/tests/batch.rs.
        if path.to_string_lossy().ends_with("-base.yaml") {
            return;
        }
        let job = Job::load(path).unwrap_or_else(|e| panic!("{e}"));
        let markdown = job.markdown().unwrap_or_else(|e| panic!("{e}"));
        let document =
            gongwen_render::markdown::parse(&markdown, path).unwrap_or_else(|e| panic!("{e}"));
        let markup = gongwen_typst::markup::document_markup(&document);
        insta::assert_snapshot!("markdown", markdown);
        insta::assert_yaml_snapshot!("model", document);
        insta::assert_snapshot!("typst", markup);
    });
}
