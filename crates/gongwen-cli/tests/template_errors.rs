//! Bad templates, and data that a template cannot use, fail with a message naming the template,
//! line and column; each message is snapshotted (temp dir as `[TMP]`) so that changes are reviewed.

mod common;

use common::{assert_message, fail};

const FRONT: &str = "---\nkind: report\ntitle: \"测试\"\n---\n";

#[test]
fn undefined_variable_in_a_user_template() {
    let template = format!("{FRONT}第一段。\n\n第二段{{{{ undefined_var }}}}。\n");
    let files: &[(&str, &[u8])] = &[
        ("doc.yaml", b"template: bad\n"),
        ("templates/bad.md.tera", template.as_bytes()),
    ];
    let err = fail(files, "doc.yaml");
    // Line 7 of the template; column 7 is `undefined_var` (第二段 are three characters).
    assert_message(
        &err,
        "error: [TMP]/templates/bad.md.tera:7:7: ",
        &["数据里没有 `undefined_var` 的值", "提示："],
    );
    insta::assert_snapshot!("tera_undefined_variable", err);
}

#[test]
fn tera_syntax_error_in_a_user_template() {
    let template = format!("{FRONT}第一段。\n\n{{% if %}}\n第二段。\n{{% endif %}}\n");
    let files: &[(&str, &[u8])] = &[
        ("doc.yaml", b"template: bad\n"),
        ("templates/bad.md.tera", template.as_bytes()),
    ];
    let err = fail(files, "doc.yaml");
    assert_message(
        &err,
        "error: [TMP]/templates/bad.md.tera:7:7: 模板在 `%}` 处写法有误",
        &["7 | {% if %}"],
    );
    insta::assert_snapshot!("tera_syntax_error", err);
}

#[test]
fn unclosed_tera_block_in_a_user_template() {
    let template = format!("{FRONT}第一段。\n\n{{% if x %}}\n第二段。\n");
    let files: &[(&str, &[u8])] = &[
        ("doc.yaml", b"template: bad\nx: 1\n"),
        ("templates/bad.md.tera", template.as_bytes()),
    ];
    let err = fail(files, "doc.yaml");
    // Tera only notices at the end of the file (line 9 after the last newline).
    assert_message(
        &err,
        "error: [TMP]/templates/bad.md.tera:8:5: 模板到末尾还有一个块没有结束",
        &[],
    );
    insta::assert_snapshot!("tera_unclosed_block", err);
}

#[test]
fn undefined_variable_in_template_front_matter() {
    let template = "---\nkind: report\ntitle: \"{{ nope }}\"\n---\n正文。\n";
    let files: &[(&str, &[u8])] = &[
        ("doc.yaml", b"template: fm\n"),
        ("templates/fm.md.tera", template.as_bytes()),
    ];
    let err = fail(files, "doc.yaml");
    assert_message(
        &err,
        "error: [TMP]/templates/fm.md.tera:3:12: 模板开头的 `title`",
        &["数据里没有 `nope` 的值"],
    );
    insta::assert_snapshot!("front_matter_undefined_variable", err);
}

#[test]
fn unknown_key_in_template_front_matter() {
    let template = "---\nkind: report\ntitel: \"x\"\n---\n正文。\n";
    let files: &[(&str, &[u8])] = &[
        ("doc.yaml", b"template: fm\n"),
        ("templates/fm.md.tera", template.as_bytes()),
    ];
    let err = fail(files, "doc.yaml");
    assert_message(
        &err,
        "error: [TMP]/templates/fm.md.tera:3:1: 模板开头的 front matter 里没有 `titel` 这一项",
        &["title_note"],
    );
    insta::assert_snapshot!("front_matter_unknown_key", err);
}

#[test]
fn value_missing_from_the_data_of_a_built_in_template() {
    let speech =
        std::fs::read_to_string(common::workspace_file("fixtures/speech.yaml")).expect("fixture");
    assert!(
        speech.lines().any(|l| l.starts_with("会次:")),
        "the fixture sets 会次"
    );
    let data: String = speech
        .lines()
        .filter(|l| !l.starts_with("会次:"))
        .map(|l| format!("{l}\n"))
        .collect();
    let err = fail(&[("speech.yaml", data.as_bytes())], "speech.yaml");
    // `{{ 会次 }}` is first used on line 6 of the built-in speech template.
    assert_message(
        &err,
        "error: <built-in>/templates/speech.md.tera:6:",
        &["数据里没有 `会次` 的值", "提示："],
    );
    insta::assert_snapshot!("builtin_template_missing_value", err);
}
