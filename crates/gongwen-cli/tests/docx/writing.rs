//! Writing: the format from the output's name, atomic replacement of the previous file, and a
//! sound package (content types and relationships).

use crate::common::{leftover_temp_files, render, squeeze, workspace_file, write_file};
use crate::fixtures::{Fonts, arg, docx, fixture_output};
use crate::package::Docx;
use std::collections::HashMap;
use std::path::PathBuf;

/// The speech fixture.
fn speech() -> PathBuf {
    workspace_file("fixtures/speech.yaml")
}

#[test]
fn an_output_named_docx_is_a_docx_and_replaces_the_old_file_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("speech.docx");
    std::fs::write(&out, b"previous output").expect("seed output");
    render(&speech(), &["-o", arg(&out)]).ok();
    let d = Docx::open(&out);
    assert!(
        squeeze(&d.text()).contains(&squeeze(
            fixture_output("speech", "txt")
                .lines()
                .find(|l| l.chars().count() > 10)
                .expect("a line of text")
        )),
        "the docx inferred from -o speech.docx holds the speech"
    );
    assert!(
        leftover_temp_files(dir.path()).is_empty(),
        "{:?}",
        leftover_temp_files(dir.path())
    );
}

#[test]
fn a_failed_docx_render_keeps_the_previous_output_and_leaves_no_temp_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = write_file(dir.path(), "bad.yaml", "template: nosuch\n");
    let out = dir.path().join("bad.docx");
    std::fs::write(&out, b"previous output").expect("seed output");
    let run = render(&data, &["--format", "docx", "-o", arg(&out)]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stderr.contains("没有名为 `"), "{}", run.stderr);
    assert_eq!(std::fs::read(&out).expect("output"), b"previous output");

    // Writing over a directory fails after rendering, and leaves no temp file behind.
    let taken = dir.path().join("taken.docx");
    std::fs::create_dir(&taken).expect("a directory where the output should go");
    let run = render(&speech(), &["--format", "docx", "-o", arg(&taken)]);
    assert_eq!(run.code, Some(1), "writing over a directory must fail");
    assert!(taken.is_dir());
    assert!(
        leftover_temp_files(dir.path()).is_empty(),
        "{:?}",
        leftover_temp_files(dir.path())
    );
}

#[test]
fn the_package_declares_and_holds_every_part() {
    for name in ["notice", "lookback"] {
        let d = docx(name, Fonts::Default);
        // Every XML part parses.
        for part in d.parts.keys() {
            if part.ends_with(".xml") || part.ends_with(".rels") {
                d.xml(part);
            }
        }
        // [Content_Types].xml gives every part a type.
        let types = d.xml("[Content_Types].xml");
        let defaults: Vec<String> = types
            .all("Default")
            .into_iter()
            .filter_map(|t| t.attr("Extension").map(str::to_ascii_lowercase))
            .collect();
        let overrides: HashMap<String, String> = types
            .all("Override")
            .into_iter()
            .filter_map(|t| {
                Some((
                    t.attr("PartName")?.trim_start_matches('/').to_string(),
                    t.attr("ContentType")?.to_string(),
                ))
            })
            .collect();
        for part in d.parts.keys().filter(|p| *p != "[Content_Types].xml") {
            let ext = part
                .rsplit('.')
                .next()
                .unwrap_or_default()
                .to_ascii_lowercase();
            assert!(
                overrides.contains_key(part) || defaults.contains(&ext),
                "{name}: [Content_Types].xml gives {part} no content type"
            );
        }
        let main = overrides.get("word/document.xml").map(String::as_str);
        assert_eq!(
            main,
            Some(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
            ),
            "{name}: word/document.xml's content type"
        );
        // _rels/.rels points at the main document.
        let package = d.xml("_rels/.rels");
        assert!(
            package.all("Relationship").iter().any(|r| {
                r.attr("Type")
                    .is_some_and(|t| t.ends_with("/officeDocument"))
                    && r.attr("Target").map(|t| t.trim_start_matches('/'))
                        == Some("word/document.xml")
            }),
            "{name}: _rels/.rels has no officeDocument relationship to word/document.xml"
        );
        // Every internal relationship of the document points at a part that is there.
        for (id, part) in d.relationships() {
            assert!(
                d.has(&part),
                "{name}: relationship {id} points at {part}, which is not in the file"
            );
        }
    }
}
