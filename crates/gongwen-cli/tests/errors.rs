//! Bad inputs fail with a message naming the file, line and column at fault and what to do;
//! each message is snapshotted (temp dir as `[TMP]`) so that changes to it are reviewed.

mod common;

use common::{render, write_file};

/// Writes `files` into a temp dir, renders `data` from there, checks that the run failed and
/// wrote no output, and returns stderr with the temp dir written `[TMP]`.
fn fail(files: &[(&str, &[u8])], data: &str) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    for (rel, bytes) in files {
        write_file(dir.path(), rel, bytes);
    }
    let out = dir.path().join("out.pdf");
    let run = render(&dir.path().join(data), &["-o", out.to_str().expect("UTF-8 temp path")]);
    assert_eq!(run.code, Some(1), "gongwen must fail on {data}; stderr:\n{}", run.stderr);
    assert_eq!(run.stdout, "", "nothing on stdout");
    assert!(!out.exists(), "no output after an error");
    run.stderr.replace(&dir.path().display().to_string(), "[TMP]")
}

/// Asserts that the first line of `err` starts with `head` and that `err` contains each of `words`.
fn assert_message(err: &str, head: &str, words: &[&str]) {
    let first = err.lines().next().unwrap_or_default();
    assert!(first.starts_with(head), "first line\n  {first}\ndoes not start with\n  {head}\nfull stderr:\n{err}");
    for word in words {
        assert!(err.contains(word), "stderr lacks {word:?}:\n{err}");
    }
}

#[test]
fn malformed_yaml_bad_indentation() {
    let err = fail(&[("bad.yaml", "template: speech\n市: X\n  届次: X\n会次: X\n".as_bytes())], "bad.yaml");
    assert_message(&err, "error: [TMP]/bad.yaml:3:5: YAML", &["mapping values are not allowed", "3 |   届次: X"]);
    insta::assert_snapshot!("malformed_yaml_bad_indentation", err);
}

#[test]
fn malformed_yaml_unclosed_quote() {
    // The quote opened on line 3 is noticed on line 4, where the next key is indented like the mapping.
    let err = fail(&[("bad.yaml", "template: speech\n市: X\n届次: \"X\n会次: X\n".as_bytes())], "bad.yaml");
    assert_message(&err, "error: [TMP]/bad.yaml:4:1: YAML", &["quoted scalar", "3 | 届次: \"X"]);
    insta::assert_snapshot!("malformed_yaml_unclosed_quote", err);
}

#[test]
fn unknown_template_points_at_its_line_and_lists_the_built_ins() {
    let err = fail(&[("doc.yaml", "# 数据\ntemplate: nosuch\n市: X\n".as_bytes())], "doc.yaml");
    assert_message(
        &err,
        "error: [TMP]/doc.yaml:2:1: unknown template `nosuch`",
        &["circular-forwarding, lookback, speech", "[TMP]/templates/nosuch.md.tera"],
    );
    insta::assert_snapshot!("unknown_template", err);
}

#[test]
fn missing_template_key() {
    let err = fail(&[("doc.yaml", "市: X\n届次: X\n".as_bytes())], "doc.yaml");
    assert_message(&err, "error: [TMP]/doc.yaml:1:1: ", &["which template", "template: lookback"]);
    insta::assert_snapshot!("missing_template_key", err);
}

#[test]
fn template_that_is_not_a_name() {
    let err = fail(&[("doc.yaml", "市: X\ntemplate: 12\n".as_bytes())], "doc.yaml");
    assert_message(&err, "error: [TMP]/doc.yaml:2:1: `template` must be a name or a path", &[]);
    insta::assert_snapshot!("template_not_a_name", err);
}

#[test]
fn data_that_is_not_a_mapping() {
    let err = fail(&[("doc.yaml", "- template\n- speech\n".as_bytes())], "doc.yaml");
    assert_message(&err, "error: [TMP]/doc.yaml:1:1: the data file must be a mapping", &["key: value"]);
    insta::assert_snapshot!("data_not_a_mapping", err);
}

#[test]
fn empty_file() {
    let err = fail(&[("empty.yaml", b"")], "empty.yaml");
    assert_message(&err, "error: [TMP]/empty.yaml:1:1: the data file is empty", &["template: <name>"]);
    assert_eq!(fail(&[("empty.yaml", b"\n  \n")], "empty.yaml"), err, "blank lines only count as empty");
    insta::assert_snapshot!("empty_file", err);
}

#[test]
fn file_that_is_not_utf8() {
    let mut bytes = "template: speech\n".as_bytes().to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe, b'X', b'\n']);
    let err = fail(&[("gbk.yaml", &bytes)], "gbk.yaml");
    assert_message(&err, "error: [TMP]/gbk.yaml:2:1: the file is not UTF-8 text", &["UTF-8"]);
    insta::assert_snapshot!("not_utf8", err);

    // In the middle of a line: the column counts characters (市 is one).
    let mut bytes = "template: speech\n市: X".as_bytes().to_vec();
    bytes.extend_from_slice(&[0xd5, 0xfe, 0xb8, 0xae, b'\n']); // "政府" in GBK
    let err = fail(&[("gbk.yaml", &bytes)], "gbk.yaml");
    assert_message(&err, "error: [TMP]/gbk.yaml:2:5: the file is not UTF-8 text", &[]);
}

#[test]
fn duplicate_keys() {
    let err = fail(&[("dup.yaml", "template: speech\n市: X\n届次: X\n市: Y\n".as_bytes())], "dup.yaml");
    assert_message(&err, "error: [TMP]/dup.yaml:4:1: YAML", &["duplicate", "市", "4 | 市: Y"]);
    insta::assert_snapshot!("duplicate_keys", err);
}

const FRONT: &str = "---\nkind: report\ntitle: \"测试\"\n---\n";

#[test]
fn undefined_variable_in_a_user_template() {
    let template = format!("{FRONT}第一段。\n\n第二段{{{{ undefined_var }}}}。\n");
    let files: &[(&str, &[u8])] = &[("doc.yaml", b"template: bad\n"), ("templates/bad.md.tera", template.as_bytes())];
    let err = fail(files, "doc.yaml");
    // Line 7 of the template; column 7 is `undefined_var` (第二段 are three characters).
    assert_message(&err, "error: [TMP]/templates/bad.md.tera:7:7: ", &["`undefined_var` is not defined", "hint"]);
    insta::assert_snapshot!("tera_undefined_variable", err);
}

#[test]
fn tera_syntax_error_in_a_user_template() {
    let template = format!("{FRONT}第一段。\n\n{{% if %}}\n第二段。\n{{% endif %}}\n");
    let files: &[(&str, &[u8])] = &[("doc.yaml", b"template: bad\n"), ("templates/bad.md.tera", template.as_bytes())];
    let err = fail(files, "doc.yaml");
    assert_message(&err, "error: [TMP]/templates/bad.md.tera:7:7: Found `%}` but expected", &["7 | {% if %}"]);
    insta::assert_snapshot!("tera_syntax_error", err);
}

#[test]
fn unclosed_tera_block_in_a_user_template() {
    let template = format!("{FRONT}第一段。\n\n{{% if x %}}\n第二段。\n");
    let files: &[(&str, &[u8])] = &[("doc.yaml", b"template: bad\nx: 1\n"), ("templates/bad.md.tera", template.as_bytes())];
    let err = fail(files, "doc.yaml");
    // Tera only notices at the end of the file (line 9 after the last newline).
    assert_message(&err, "error: [TMP]/templates/bad.md.tera:9:1: Unexpected end of input", &[]);
    insta::assert_snapshot!("tera_unclosed_block", err);
}

#[test]
fn undefined_variable_in_template_front_matter() {
    let template = "---\nkind: report\ntitle: \"{{ nope }}\"\n---\n正文。\n";
    let files: &[(&str, &[u8])] = &[("doc.yaml", b"template: fm\n"), ("templates/fm.md.tera", template.as_bytes())];
    let err = fail(files, "doc.yaml");
    assert_message(&err, "error: [TMP]/templates/fm.md.tera:3:9: in front matter `title`", &["`nope` is not defined"]);
    insta::assert_snapshot!("front_matter_undefined_variable", err);
}

#[test]
fn unknown_key_in_template_front_matter() {
    let template = "---\nkind: report\ntitel: \"x\"\n---\n正文。\n";
    let files: &[(&str, &[u8])] = &[("doc.yaml", b"template: fm\n"), ("templates/fm.md.tera", template.as_bytes())];
    let err = fail(files, "doc.yaml");
    assert_message(&err, "error: [TMP]/templates/fm.md.tera:3:1: front matter", &["unknown field `titel`", "title_note"]);
    insta::assert_snapshot!("front_matter_unknown_key", err);
}

#[test]
fn value_missing_from_the_data_of_a_built_in_template() {
    let speech = std::fs::read_to_string(common::workspace_file("fixtures/speech.yaml")).expect("fixture");
    assert!(speech.lines().any(|l| l.starts_with("会次:")), "the fixture sets 会次");
    let data: String = speech.lines().filter(|l| !l.starts_with("会次:")).map(|l| format!("{l}\n")).collect();
    let err = fail(&[("speech.yaml", data.as_bytes())], "speech.yaml");
    // `{{ 会次 }}` is first used on line 6 of the built-in speech template.
    assert_message(&err, "error: templates/speech.md.tera:6:", &["undefined", "hint"]);
    insta::assert_snapshot!("builtin_template_missing_value", err);
}

#[test]
fn nonexistent_data_file() {
    let err = fail(&[], "nosuch.yaml");
    assert_message(&err, "error: [TMP]/nosuch.yaml: cannot read the data file", &["check the path"]);
    insta::assert_snapshot!("nonexistent_data_file", err);
}
