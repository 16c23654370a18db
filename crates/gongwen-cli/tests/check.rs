//! `gongwen check` and `render --final`: every faulty figure reported at its line in the data.

mod common;

use common::{gongwen, one_line, render, write_file};

const TEMPLATE: &str = r#"---
title: 测试
metrics:
  查摆问题总数: {label: 累计查摆问题, unit: 条}
  已整改: {unit: 条, le: 查摆问题总数}
  整改率: {unit: "%", derived: 已整改/查摆问题总数}
  违规吃喝: {unit: 个, parts_of: 查摆问题总数}
  经费使用: {unit: 个, parts_of: 查摆问题总数}
---
累计查摆{{ m(name="查摆问题总数", unit="条") }}，已整改{{ m(name="已整改", unit="条") }}，整改率{{ m(name="整改率", unit="%") }}；其中违规吃喝{{ m(name="违规吃喝", unit="个") }}、经费使用{{ m(name="经费使用", unit="个") }}；学习{{ m(name="学习研讨场次", unit="场次") }}。
"#;

fn check(data: &str) -> (Option<i32>, String) {
    check_in(data, "zh")
}

/// `gongwen --lang <lang> check` on `data` over [`TEMPLATE`]: the exit code and stderr.
fn check_in(data: &str, lang: &str) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    write_file(dir.path(), "templates/t.md.tera", TEMPLATE);
    let path = write_file(dir.path(), "d.yaml", data);
    let out = gongwen()
        .args(["--lang", lang])
        .arg("check")
        .arg(&path)
        .output()
        .expect("run gongwen");
    let stderr =
        String::from_utf8_lossy(&out.stderr).replace(dir.path().to_str().expect("UTF-8"), "[TMP]");
    (out.status.code(), stderr)
}

#[test]
fn every_rule_is_reported_at_its_line() {
    // 学习研讨场数 is a misspelling of 学习研讨场次: one "unknown … did you mean", no second "missing".
    let (code, err) = check(
        "template: t\nmetrics:\n  查摆问题总数: 10\n  已整改: 12\n  整改率: 90\n  违规吃喝: 6\n  经费使用: 5\n  学习研讨场数: 3\n",
    );
    assert_eq!(code, Some(1), "{err}");
    for want in [
        "d.yaml:4:8: error[relation]: 「已整改」（12）超过了「累计查摆问题」（10）",
        "d.yaml:5:8: error[derived]",
        "合计 11，超过了「累计查摆问题」（10）",
        "d.yaml:8:11: error[unknown]",
        "是不是要写 `学习研讨场次`？",
    ] {
        assert!(one_line(&err).contains(want), "missing {want:?} in:\n{err}");
    }
    insta::assert_snapshot!(err);
}

#[test]
fn wrong_types_and_ranges() {
    let data = "template: t\nmetrics:\n  查摆问题总数: 十二\n  已整改: -1\n  整改率: 120\n  违规吃喝: 0\n  经费使用: 0\n  学习研讨场次: 2.5\n";
    let (code, err) = check(data);
    assert_eq!(code, Some(1), "{err}");
    for want in [
        "d.yaml:3:11: error[type]: 指标「累计查摆问题」应为数字，数据里写的是“十二”",
        "写阿拉伯数字 `12`，不写“十二”",
        "d.yaml:4:8: error[range]",
        "d.yaml:5:8: error[range]: 指标「整改率」是百分比，应在 0 到 100 之间，不能是 120",
        "d.yaml:8:11: error[range]: 指标「学习研讨场次」是个数，应为 0 或正整数，不能是 2.5",
    ] {
        assert!(one_line(&err).contains(want), "missing {want:?} in:\n{err}");
    }
    // The same findings in English, at the same places.
    let (code, err) = check_in(data, "en");
    assert_eq!(code, Some(1), "{err}");
    for want in [
        "d.yaml:3:11: error[type]: `累计查摆问题`: expected a number, found \"十二\"",
        "write `12` in Arabic numerals, not “十二”",
        "d.yaml:5:8: error[range]: `整改率`: a percentage must lie between 0 and 100",
        "d.yaml:8:11: error[range]: `学习研讨场次`: a count must be a whole number",
    ] {
        assert!(one_line(&err).contains(want), "missing {want:?} in:\n{err}");
    }
}

#[test]
fn figures_written_with_their_units() {
    let data = "template: t\nmetrics:\n  查摆问题总数: 1,850\n  已整改: 8条\n  整改率: 6.2%\n  违规吃喝: 0\n  经费使用: 0\n  学习研讨场次: 2\n";
    let (code, err) = check(data);
    assert_eq!(code, Some(1), "{err}");
    for want in [
        "写 `1850`，不加千位分隔符“,”",
        "只写数字 `8`：单位“条”由模板印在数后",
        "只写 `6.2`，不写“%”：百分号由模板印出",
    ] {
        assert!(err.contains(want), "missing {want:?} in:\n{err}");
    }
}

#[test]
fn clean_data_passes_and_final_refuses_faulty_data() {
    let (code, err) = check(
        "template: t\nmetrics:\n  查摆问题总数: 10\n  已整改: 8\n  整改率: 80\n  违规吃喝: 6\n  经费使用: 4\n  学习研讨场次: 3\n",
    );
    assert_eq!(code, Some(0), "{err}");
    assert!(one_line(&err).contains("所有数据都已核对无误"), "{err}");

    let dir = tempfile::tempdir().expect("temp dir");
    write_file(dir.path(), "templates/t.md.tera", TEMPLATE);
    let data = write_file(
        dir.path(),
        "d.yaml",
        "template: t\nmetrics:\n  查摆问题总数: 10\n",
    );
    let out = dir.path().join("o.pdf");
    let run = render(&data, &["--final", "-o", out.to_str().expect("UTF-8")]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains("未写出文件（`--final`）"),
        "{}",
        run.stderr
    );
    assert!(!out.exists(), "--final wrote a file");
    render(&data, &["-o", out.to_str().expect("UTF-8")]).ok();
    assert!(out.exists(), "a draft is written despite missing figures");
}

#[test]
fn json_lines_for_editors() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_file(dir.path(), "templates/t.md.tera", TEMPLATE);
    let path = write_file(
        dir.path(),
        "d.yaml",
        "template: t\nmetrics:\n  查摆问题总数: 10\n  已整改: 12\n  整改率: 120\n  违规吃喝: 1\n  经费使用: 1\n  学习研讨场次: 1\n",
    );
    let out = gongwen()
        .args(["check", "--message-format", "json"])
        .arg(&path)
        .output()
        .expect("run gongwen");
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!(lines[0]["code"], "relation");
    assert_eq!(lines[0]["line"], 4);
    assert_eq!(lines[0]["column"], 8);
    assert_eq!(lines[0]["severity"], "error");
    assert!(
        lines[0]["file"]
            .as_str()
            .is_some_and(|f| f.ends_with("d.yaml"))
    );
    assert_eq!(lines[1]["code"], "range");
}

#[test]
fn figures_are_written_as_official_documents_write_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_file(
        dir.path(),
        "templates/t.md.tera",
        "---\ntitle: 格式\nmetrics:\n  排名: {style: ordinal}\n  人次: {style: approx}\n  批次: {style: chinese}\n  日期: {kind: date}\n---\n\
         投入{{ m(name=\"资金\", unit=\"亿元\") }}，满意度{{ m(name=\"满意度\", unit=\"%\") }}，居全省{{ m(name=\"排名\", unit=\"名\") }}，\
         覆盖{{ m(name=\"人次\", unit=\"人次\") }}，第{{ m(name=\"批次\", unit=\"批\") }}，于{{ m(name=\"日期\") }}完成。\n",
    );
    let data = write_file(
        dir.path(),
        "d.yaml",
        "template: t\nmetrics:\n  资金: 1.6899\n  满意度: 98.714\n  排名: 8\n  人次: 1600\n  批次: 3\n  日期: \"2022-02-18\"\n",
    );
    let txt = common::render_text(&data, "txt", &dir.path().join("o.txt"));
    let flat: String = txt.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(
        flat.contains("投入1.69亿元，满意度98.71%，居全省第八名，覆盖1600余人次，第三批，于2022年2月18日完成。"),
        "{txt}"
    );
}

#[test]
fn words_around_the_data_are_linted_where_they_were_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_file(
        dir.path(),
        "templates/t.md.tera",
        "---\nkind: speech\ntitle: 讲话\nheader:\n  agencies: [某某市总工会]\n  doc_number: \"{{ 文号 }}\"\n---\n作风建设是永恒课题,关乎人心。\n\n开展“回头看活动。\n",
    );
    let data = write_file(
        dir.path(),
        "d.yaml",
        "template: t\n文号: 某工字[2022]第017号\n",
    );
    let out = gongwen()
        .arg("check")
        .arg(&data)
        .output()
        .expect("run gongwen");
    let err =
        String::from_utf8_lossy(&out.stderr).replace(dir.path().to_str().expect("UTF-8"), "[TMP]");
    assert_eq!(
        out.status.code(),
        Some(1),
        "a malformed 发文字号 is an error:\n{err}"
    );
    for want in [
        "[TMP]/templates/t.md.tera:8:10: warning[half-width]: 中文里用了半角的“,”",
        "改成全角的“，”（GB/T 15834）",
        "[TMP]/templates/t.md.tera:10:3: warning[unbalanced]",
        "[TMP]/d.yaml:2:5: error[doc-number]: 发文字号“某工字[2022]第017号”的年份要用六角括号〔〕",
        "写成“某工字〔2022〕17号”",
        "note[length]: 讲话稿约",
    ] {
        assert!(one_line(&err).contains(want), "missing {want:?} in:\n{err}");
    }
}
