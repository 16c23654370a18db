//! Snapshot tests over `fixtures/*.yaml`: the Markdown, the document model and the Typst markup.
//!
//! Each fixture is rendered through the pipeline's three stages; a change to any
//! stage shows up as a reviewed snapshot diff (`tests/snapshots/`).

use gongwen_render::Job;

#[test]
fn fixtures_through_every_stage() {
    insta::glob!("../fixtures", "*.yaml", |path| {
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
