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
        "error: [TMP]/bad.yaml:3:5: 这一行比上一行缩进得多",
        &["左端要对齐", "3 |   届次: X"],
    );
    insta::assert_snapshot!("malformed_yaml_bad_indentation", err);
}

#[test]
fn malformed_yaml_unclosed_quote() {
    // The quote opened on line 3 is noticed on line 4, where the next key is indented like the
    // mapping; the error is placed where it opens, the line shown closed.
    let err = fail(
        &[(
            "bad.yaml",
            "template: speech\n市: X\n届次: \"X\n会次: X\n".as_bytes(),
        )],
        "bad.yaml",
    );
    assert_message(
        &err,
        "error: [TMP]/bad.yaml:3:5: 引号 \" 没有闭合",
        &["3 | 届次: \"X", "把这一行写成：`届次: \"X\"`"],
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
        "error: [TMP]/doc.yaml:2:1: 没有名为 `nosuch` 的模板",
        &[
            &format!("（{}）", built_ins.join(", ")),
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
        &["没有说用哪个模板", "template: 模板名"],
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
        "error: [TMP]/doc.yaml:2:1: `template` 应是一个模板名或模板文件的路径",
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
        "error: [TMP]/doc.yaml:1:1: 数据文件应是一行一项的“名称: 值”",
        &["template: 模板名"],
    );
    insta::assert_snapshot!("data_not_a_mapping", err);
}

#[test]
fn empty_file() {
    let err = fail(&[("empty.yaml", b"")], "empty.yaml");
    assert_message(
        &err,
        "error: [TMP]/empty.yaml:1:1: 数据文件是空的",
        &["template: 模板名"],
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
        "error: [TMP]/gbk.yaml:2:1: 这个文件不是 UTF-8 编码的文字",
        &["另存为"],
    );
    insta::assert_snapshot!("not_utf8", err);

    // In the middle of a line: the column counts characters (市 is one).
    let mut bytes = "template: speech\n市: X".as_bytes().to_vec();
    bytes.extend_from_slice(&[0xd5, 0xfe, 0xb8, 0xae, b'\n']); // "政府" in GBK
    let err = fail(&[("gbk.yaml", &bytes)], "gbk.yaml");
    assert_message(
        &err,
        "error: [TMP]/gbk.yaml:2:5: 这个文件不是 UTF-8 编码的文字",
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
        "error: [TMP]/dup.yaml:4:1: `市` 写了两次",
        &["第 2 行已经写过它", "4 | 市: Y"],
    );
    insta::assert_snapshot!("duplicate_keys", err);
}

#[test]
fn nonexistent_data_file() {
    let err = fail(&[], "nosuch.yaml");
    assert_message(
        &err,
        "error: [TMP]/nosuch.yaml: 找不到数据文件：[TMP]/nosuch.yaml",
        &["检查路径"],
    );
    insta::assert_snapshot!("nonexistent_data_file", err);
}

#[test]
fn yaml_mistakes_in_english_with_lang_en() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("d.yaml");
    std::fs::write(
        &data,
        "template: speech\n标题: {{ 单位 }}关于\n市: X\n市: Y\n",
    )
    .expect("data");
    let run = common::render(&data, &["--lang", "en", "-o", "out.pdf"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains("needs quotes")
            && run
                .stderr
                .contains("write the line as: `标题: \"{{ 单位 }}关于\"`"),
        "{}",
        run.stderr
    );
    std::fs::write(&data, "template: speech\n市: X\n市: Y\n").expect("data");
    let run = common::render(&data, &["--lang", "en", "-o", "out.pdf"]);
    assert!(
        run.stderr.contains("duplicate key `市`") && run.stderr.contains("line 2 has it already"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_document_field_of_the_wrong_shape_is_said_in_words_at_its_line() {
    let err = fail(
        &[
            (
                "templates/t.md.tera",
                "---\ntitle: 题\n---\n正文。\n".as_bytes(),
            ),
            (
                "doc.yaml",
                "template: t\n市: X\ndocument:\n  attendance: 张三、李四\n".as_bytes(),
            ),
        ],
        "doc.yaml",
    );
    assert_message(
        &err,
        "error: [TMP]/doc.yaml:4:15: `document.attendance` 应是列表，每项有 `label` 和 `names`",
        &["- { label: …, names: … }"],
    );
    assert!(!err.contains("Option<") && !err.contains("struct"), "{err}");
}
