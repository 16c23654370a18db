//! Regression tests for bugs found by the end-to-end suite: front matter values
//! as Markdown, metric values changing leads, output modes and symlinks, error
//! positions after name rewriting, and internal names in messages.

mod common;

use common::{render, write_file};
use std::path::Path;

fn arg(path: &Path) -> &str {
    path.to_str().expect("UTF-8 temp path")
}

/// Renders `data` (with `template` as `templates/t.md.tera`) to txt; returns the page text.
fn page_text(template: &str, data: &str) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    write_file(dir.path(), "templates/t.md.tera", template);
    let path = write_file(dir.path(), "d.yaml", format!("template: t\n{data}"));
    common::render_text(&path, "txt", &dir.path().join("out.txt"))
}

#[test]
fn front_matter_values_from_data_are_not_markdown() {
    let template = "---\ntitle: \"{{ v }}\"\naddressee: \"{{ v }}\"\n---\n正文。\n";
    let values = [
        "**not bold**",
        "- not a list",
        "1. not a list",
        "> not a quote",
        "_u_",
        "[l](u)",
        "`c`",
        "~s~",
        r"a\*b",
        "&amp;",
        r#"<gw-metric name="x"/>"#,
        "甲 </gw-lead> 乙",
    ];
    let mut wrong = Vec::new();
    for v in values {
        let txt = page_text(template, &format!("v: '{v}'\n"));
        if txt.lines().filter(|l| l.trim() == v).count() != 2 {
            wrong.push(format!(
                "{v:?} printed as {:?}",
                txt.lines().next().unwrap_or_default()
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "title/addressee did not print as themselves:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn metric_values_cannot_change_leads() {
    let template = "---\ntitle: \"测试\"\n---\n数值{{ m(name=\"数\", unit=\"个\") }}。\n\n**一是学习。**开展学习。\n";
    let txt = page_text(template, "metrics:\n  数: '**x**'\n");
    assert!(
        txt.contains("数值**x**个"),
        "a metric value with ** prints as itself:\n{txt}"
    );
    let txt = page_text(template, "metrics:\n  数: 'a`b'\n");
    assert!(
        !txt.contains("**一是"),
        "a backtick in a metric value must not stop the next lead:\n{txt}"
    );
}

#[cfg(unix)]
#[test]
fn outputs_get_ordinary_file_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let mode = |p: &Path| std::fs::metadata(p).expect("stat").permissions().mode() & 0o777;
    let plain = write_file(dir.path(), "plain.txt", "any new file"); // the umask's mode
    let out = dir.path().join("speech.txt");
    render(
        &common::workspace_file("fixtures/speech.yaml"),
        &["-o", arg(&out)],
    )
    .ok();
    assert_eq!(
        format!("{:o}", mode(&out)),
        format!("{:o}", mode(&plain)),
        "a new output has the umask's mode"
    );
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    render(
        &common::workspace_file("fixtures/speech.yaml"),
        &["-o", arg(&out)],
    )
    .ok();
    assert_eq!(
        format!("{:o}", mode(&out)),
        "644",
        "a replaced output keeps its mode"
    );
}

#[cfg(unix)]
#[test]
fn output_through_a_symlink_writes_the_target() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = write_file(dir.path(), "real/target.txt", "old");
    let link = dir.path().join("link.txt");
    std::os::unix::fs::symlink(&target, &link).expect("symlink");
    render(
        &common::workspace_file("fixtures/speech.yaml"),
        &["-o", arg(&link)],
    )
    .ok();
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("lstat")
            .file_type()
            .is_symlink(),
        "the link is still a link"
    );
    assert!(
        std::fs::read_to_string(&target)
            .expect("target")
            .contains("各位委员"),
        "the target holds the output"
    );
}

/// Stderr of a failed render of `data` (written as `d.yaml`, with an optional template `templates/t.md.tera`).
fn stderr_of(data: &[u8], template: Option<&str>) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    if let Some(t) = template {
        write_file(dir.path(), "templates/t.md.tera", t);
    }
    let path = write_file(dir.path(), "d.yaml", data);
    let run = render(&path, &["-o", arg(&dir.path().join("o.pdf"))]);
    assert_eq!(run.code, Some(1), "the render must fail");
    common::one_line(&run.stderr)
}

#[test]
fn unclosed_quote_on_the_last_line_points_at_that_line() {
    let err = stderr_of("template: speech\n市: X\n届次: \"X\n".as_bytes(), None);
    assert!(
        err.lines().next().unwrap_or_default().contains("d.yaml:3:"),
        "the quote is on line 3 of 3:\n{err}"
    );
}

#[test]
fn missing_value_is_named_at_its_column_in_the_template() {
    let speech =
        std::fs::read_to_string(common::workspace_file("fixtures/speech.yaml")).expect("fixture");
    let data: String = speech
        .lines()
        .filter(|l| !l.starts_with("会次:"))
        .map(|l| format!("{l}\n"))
        .collect();
    let err = stderr_of(data.as_bytes(), None);
    let first = err.lines().next().unwrap_or_default();
    assert!(
        first.contains("templates/speech.md.tera:6:33:"),
        "`{{{{ 会次 }}}}` starts at 6:33:\n{err}"
    );
    assert!(
        first.contains("会次"),
        "the message names the missing value:\n{err}"
    );
}

#[test]
fn messages_do_not_leak_internals() {
    let cases = [
        stderr_of(b"template: t\n", Some("---\ntitle: x\n---\n{{ nope }}\n")),
        stderr_of(b"template: t\n", Some("---\ntitle: \"{{ nope }}\"\n---\n")),
        stderr_of("template: speech\n市: X\n市: Y\n".as_bytes(), None),
        stderr_of(b"template: speech\nx: [1\ny: 2\n", None),
    ];
    for err in cases {
        for internal in [
            "__gw",
            "__tera_one_off",
            "<input>",
            "DuplicateKeyPolicy",
            ": error: ",
        ] {
            assert!(!err.contains(internal), "stderr shows {internal:?}:\n{err}");
        }
    }
}

#[test]
fn characters_no_font_has_are_an_error_not_empty_boxes() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_file(
        dir.path(),
        "templates/t.md.tera",
        "---\ntitle: 测试\n---\n私用区字\u{F0001}。\n",
    );
    let data = write_file(dir.path(), "d.yaml", "template: t\n");
    let out = dir.path().join("o.pdf");
    let run = render(&data, &["-o", arg(&out)]);
    assert_eq!(run.code, Some(1), "the render must fail:\n{}", run.stderr);
    assert!(
        run.stderr.contains("（U+F0001）"),
        "the message names the character:\n{}",
        run.stderr
    );
    assert!(!out.exists(), "nothing is written");
}

const SEAL: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="420" height="420" viewBox="0 0 420 420">
<circle cx="210" cy="210" r="195" fill="none" stroke="#e60012" stroke-width="14"/>
<polygon points="210,120 231,183 297,183 244,222 264,285 210,246 156,285 176,222 123,183 189,183" fill="#e60012"/>
</svg>"##;

#[test]
fn a_seal_image_is_placed_over_signature_and_date() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_file(dir.path(), "seal.svg", SEAL);
    write_file(
        dir.path(),
        "templates/t.md.tera",
        "---\ntitle: 关于印章的通知\nsignatures: [某某市总工会]\ndate: 2022-02-18\nseal: seal.svg\n---\n正文。\n",
    );
    let data = write_file(dir.path(), "d.yaml", "template: t\n");
    let typ = dir.path().join("o.typ");
    render(&data, &["-o", arg(&typ)]).ok();
    let markup = std::fs::read_to_string(&typ).expect("typ");
    assert!(
        markup.contains("seal: \"/seal.svg\""),
        "the closing names the seal:\n{markup}"
    );
    let txt = common::render_text(&data, "txt", &dir.path().join("o.txt"));
    assert!(
        txt.contains("某某市总工会") && txt.contains("2022年2月18日"),
        "{txt}"
    );

    std::fs::remove_file(dir.path().join("seal.svg")).expect("remove");
    let run = render(&data, &["-o", arg(&dir.path().join("p.pdf"))]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.contains("seal.svg"),
        "a missing seal is named:\n{}",
        run.stderr
    );
}
