//! Snapshot tests over `fixtures/*.yaml` (batch bases aside): the Markdown, the document model and the Typst markup.
//!
//! Each fixture is rendered through the pipeline's three stages; a change to any
//! stage shows up as a reviewed snapshot diff (`tests/snapshots/`). The Markdown it
//! writes for `--format md` must read back into the same document.

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
        let rendered = job.render().unwrap_or_else(|e| panic!("{e}"));
        let markdown = rendered.markdown().unwrap_or_else(|e| panic!("{e}"));
        let document = rendered.document;
        // The Markdown written for `--format md` reads back into the very same document.
        let reread =
            gongwen_render::parse_markdown(&markdown, path).unwrap_or_else(|e| panic!("{e}"));
        // (A document read from Markdown knows nothing of the files it was made from.)
        let plain = gongwen_model::Document {
            sources: Default::default(),
            ..document.clone()
        };
        assert!(
            reread == plain,
            "{}: --format md does not read back into the same document",
            path.display()
        );
        let markup = gongwen_typst::document_markup(&document);
        insta::assert_snapshot!("markdown", markdown);
        insta::assert_yaml_snapshot!("model", document);
        insta::assert_snapshot!("typst", markup);
    });
}
