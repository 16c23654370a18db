//! Bad data files fail with a message naming the file, line and column at fault and what to do;
//! each message is snapshotted (temp dir as `[TMP]`) so that changes to it are reviewed.

mod common;

use common::{assert_message, fail};

#[test]
fn malformed_yaml_bad_indentation() {
    let err = fail(
        &[(
            "bad.yaml",
            "template: speech\n市: X\n  届次: X\n会次: X\n".as_bytes(),
        )],
        "bad.yaml",
    );
    assert_message(
        &err,
        "error: [TMP]/bad.yaml:3:5: YAML",
        &["mapping values are not allowed", "3 |   届次: X"],
    );
    insta::assert_snapshot!("malformed_yaml_bad_indentation", err);
}

#[test]
fn malformed_yaml_unclosed_quote() {
    // The quote opened on line 3 is noticed on line 4, where the next key is indented like the mapping.
    let err = fail(
        &[(
            "bad.yaml",
            "template: speech\n市: X\n届次: \"X\n会次: X\n".as_bytes(),
        )],
        "bad.yaml",
    );
    assert_message(
        &err,
        "error: [TMP]/bad.yaml:4:1: YAML",
        &["quoted scalar", "4 | 会次: X"],
    );
    insta::assert_snapshot!("malformed_yaml_unclosed_quote", err);
}

#[test]
fn unknown_template_points_at_its_line_and_lists_the_built_ins() {
    let err = fail(
        &[("doc.yaml", "# 数据\ntemplate: nosuch\n市: X\n".as_bytes())],
        "doc.yaml",
    );
    // The built-ins are the workspace's `templates/*.md.tera`, listed in name order.
    let mut built_ins: Vec<String> = std::fs::read_dir(common::workspace_file("templates"))
        .expect("templates folder")
        .filter_map(|e| {
            e.expect("entry")
                .file_name()
                .to_str()?
                .strip_suffix(".md.tera")
                .map(String::from)
        })
        .collect();
    built_ins.sort();
    assert!(built_ins.len() >= 3, "built-in templates: {built_ins:?}");
    assert_message(
        &err,
        "error: [TMP]/doc.yaml:2:1: unknown template `nosuch`",
        &[
            &format!("({})", built_ins.join(", ")),
            "[TMP]/templates/nosuch.md.tera",
        ],
    );
    insta::assert_snapshot!("unknown_template", err);
}

#[test]
fn missing_template_key() {
    let err = fail(&[("doc.yaml", "市: X\n届次: X\n".as_bytes())], "doc.yaml");
    assert_message(
        &err,
        "error: [TMP]/doc.yaml:1:1: ",
        &["which template", "template: <name>"],
    );
    insta::assert_snapshot!("missing_template_key", err);
}

#[test]
fn template_that_is_not_a_name() {
    let err = fail(
        &[("doc.yaml", "市: X\ntemplate: 12\n".as_bytes())],
        "doc.yaml",
    );
    assert_message(
        &err,
        "error: [TMP]/doc.yaml:2:1: `template` must be a name or a path",
        &[],
    );
    insta::assert_snapshot!("template_not_a_name", err);
}

#[test]
fn data_that_is_not_a_mapping() {
    let err = fail(
        &[("doc.yaml", "- template\n- speech\n".as_bytes())],
        "doc.yaml",
    );
    assert_message(
        &err,
        "error: [TMP]/doc.yaml:1:1: the data file must be a mapping",
        &["key: value"],
    );
    insta::assert_snapshot!("data_not_a_mapping", err);
}

#[test]
fn empty_file() {
    let err = fail(&[("empty.yaml", b"")], "empty.yaml");
    assert_message(
        &err,
        "error: [TMP]/empty.yaml:1:1: the data file is empty",
        &["template: <name>"],
    );
    assert_eq!(
        fail(&[("empty.yaml", b"\n  \n")], "empty.yaml"),
        err,
        "blank lines only count as empty"
    );
    insta::assert_snapshot!("empty_file", err);
}

#[test]
fn file_that_is_not_utf8() {
    let mut bytes = "template: speech\n".as_bytes().to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe, b'X', b'\n']);
    let err = fail(&[("gbk.yaml", &bytes)], "gbk.yaml");
    assert_message(
        &err,
        "error: [TMP]/gbk.yaml:2:1: the file is not UTF-8 text",
        &["UTF-8"],
    );
    insta::assert_snapshot!("not_utf8", err);

    // In the middle of a line: the column counts characters (市 is one).
    let mut bytes = "template: speech\n市: X".as_bytes().to_vec();
    bytes.extend_from_slice(&[0xd5, 0xfe, 0xb8, 0xae, b'\n']); // "政府" in GBK
    let err = fail(&[("gbk.yaml", &bytes)], "gbk.yaml");
    assert_message(
        &err,
        "error: [TMP]/gbk.yaml:2:5: the file is not UTF-8 text",
        &[],
    );
}

#[test]
fn duplicate_keys() {
    let err = fail(
        &[(
            "dup.yaml",
            "template: speech\n市: X\n届次: X\n市: Y\n".as_bytes(),
        )],
        "dup.yaml",
    );
    assert_message(
        &err,
        "error: [TMP]/dup.yaml:4:1: YAML",
        &["duplicate", "市", "4 | 市: Y"],
    );
    insta::assert_snapshot!("duplicate_keys", err);
}

#[test]
fn nonexistent_data_file() {
    let err = fail(&[], "nosuch.yaml");
    assert_message(
        &err,
        "error: [TMP]/nosuch.yaml: cannot read the data file",
        &["check the path"],
    );
    insta::assert_snapshot!("nonexistent_data_file", err);
}
