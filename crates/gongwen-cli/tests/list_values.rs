//! Never silently wrong (issue 16): a list or a mapping printed with `{{ … }}` where text
//! goes is refused at its place by `check`, `render` (draft and `--final`) and `batch`,
//! instead of printing its JSON form; joined, looped over or picked from, it prints.

mod common;

use common::{check_data, project, run_in as run, write_file};

const TEMPLATE: &str = "---\ntitle: \"{{ 标题 }}\"\nsignatures: [\"{{ 署名 }}\"]\ndate: 2023-01-05\n---\n正文{{ 乡镇 }}。共{{ 事由 }}件。\n";

const GOOD: &str = "template: t\n标题: 关于某事的通知\n署名: 某局\n乡镇: 3\n事由: 甲、乙\n";

/// `GOOD` with `key`'s line replaced by `line`.
fn data_with(key: &str, line: &str) -> String {
    GOOD.lines()
        .map(|l| {
            if l.starts_with(&format!("{key}:")) {
                line
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// Runs check, a draft render and a final render of `d.yaml` in `dir`: each must fail
/// with `want` (a one-line diagnostic's start) and a hint holding `hint`.
fn refused_everywhere(dir: &std::path::Path, want: &str, hint: &str) {
    let runs: [&[&str]; 3] = [
        &["check", "d.yaml"],
        &["render", "d.yaml", "-o", "d.txt"],
        &["render", "d.yaml", "--final", "-o", "d.pdf"],
    ];
    for args in runs {
        let (code, err) = run(args, dir);
        assert_eq!(code, Some(1), "{args:?} must fail:\n{err}");
        assert!(err.contains(want), "{args:?}: wanted {want:?}:\n{err}");
        assert!(
            err.contains(hint),
            "{args:?}: wanted the hint {hint:?}:\n{err}"
        );
        assert!(!err.contains("[\""), "{args:?}: no JSON form:\n{err}");
    }
    assert!(!dir.join("d.txt").exists() && !dir.join("d.pdf").exists());
}

#[test]
fn a_list_in_the_body_is_refused_at_the_data_value() {
    let dir = project(TEMPLATE);
    write_file(dir.path(), "d.yaml", data_with("事由", "事由: [甲, 乙]"));
    refused_everywhere(
        dir.path(),
        "error: d.yaml:5:5: `事由` 是一个列表（[甲, 乙]），模板却把它印成一段文字（templates/t.md.tera:6:13）",
        "在数据里把它写成一段文字（`事由: 甲、乙`），或在模板里连起来（`{{ 事由 | join(sep=\"、\") }}`），或逐项印出（`{% for 项 in 事由 %}{{ 项 }}{% endfor %}`）",
    );
}

#[test]
fn a_list_or_mapping_in_the_front_matter_is_refused() {
    let dir = project(TEMPLATE);
    write_file(
        dir.path(),
        "d.yaml",
        data_with("标题", "标题: [关于, 通知]"),
    );
    refused_everywhere(
        dir.path(),
        "error: d.yaml:2:5: `标题` 是一个列表（[关于, 通知]），模板却把它印成一段文字（templates/t.md.tera:2:9）",
        "`标题: 关于、通知`",
    );
    write_file(
        dir.path(),
        "d.yaml",
        data_with("署名", "署名: {单位: 某局}"),
    );
    refused_everywhere(
        dir.path(),
        "error: d.yaml:3:5: `署名` 是一个映射（{单位: 某局}）",
        "在模板里印出其中一项（`{{ 署名.单位 }}`）",
    );
}

#[test]
fn a_mapping_in_the_body_from_an_expression_is_refused_at_the_tag() {
    let dir = project(&TEMPLATE.replace("{{ 乡镇 }}", "{{ 署名 | default(value=1) }}"));
    write_file(dir.path(), "d.yaml", data_with("署名", "署名: {a: 1}"));
    // The front matter prints 署名 too, but the body is rendered first.
    refused_everywhere(
        dir.path(),
        "error: templates/t.md.tera:6:3: `署名 | default(value=1)` 是一个映射（{a: 1}），这里要印一段文字",
        "{% for 键, 值 in (署名 | default(value=1)) %}",
    );
}

#[test]
fn batch_refuses_the_row_and_writes_the_others() {
    let dir = project(TEMPLATE);
    let rows = dir.path().join("rows");
    let reference = "template: ../templates/t.md.tera";
    write_file(&rows, "a.yaml", data_with("template", reference));
    write_file(
        &rows,
        "b.yaml",
        data_with("template", reference).replace("事由: 甲、乙", "事由: [甲, 乙]"),
    );
    // The rows' folder is their root: the template above it needs `--root .`.
    let args = ["batch", "rows", "-o", "out", "-f", "md", "--root", "."];
    let (code, err) = run(&args, dir.path());
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("`事由` 是一个列表（[甲, 乙]）"), "{err}");
    assert!(dir.path().join("out/a.md").exists(), "{err}");
    assert!(!dir.path().join("out/b.md").exists(), "{err}");
}

#[test]
fn joined_looped_counted_and_text_values_still_print() {
    let template = TEMPLATE.replace(
        "共{{ 事由 }}件。",
        "共{{ 事由 | length }}件：{{ 事由 | join(sep=\"、\") }}；{% for 项 in 事由 %}（{{ 项 }}）{% endfor %}{{ 署名.单位 }}。",
    );
    let data = data_with("事由", "事由: [甲, 乙]").replace("署名: 某局", "署名: {单位: 某局}");
    let dir = project(&template.replace("\"{{ 署名 }}\"", "\"{{ 署名.单位 }}\""));
    let (code, err) = check_data(dir.path(), &data);
    assert_eq!(code, Some(0), "{err}");
    let (code, err) = run(&["render", "d.yaml", "-o", "d.md"], dir.path());
    assert_eq!(code, Some(0), "{err}");
    let md = std::fs::read_to_string(dir.path().join("d.md")).expect("the Markdown");
    assert!(md.contains("- 某局"), "{md}");
    assert!(
        md.contains("正文3。共2件：甲、乙；（甲）（乙）某局。"),
        "{md}"
    );
}
