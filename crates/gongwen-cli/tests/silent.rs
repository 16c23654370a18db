//! Never silently wrong (issue 16): inputs that used to print a wrong document, or destroy
//! one, without a word. Each case is refused or flagged at its place.

mod common;

use common::{batch_rows, check_data, project, run_in as run, write_file};

const DATA: &str = "template: speech\n市: 某\n届次: 十\n会次: 三\n";

#[test]
fn an_output_that_is_an_input_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_file(dir.path(), "d.yaml", DATA);
    write_file(
        dir.path(),
        "templates/t.md.tera",
        "---\ntitle: 题\n---\n正文。\n",
    );
    let cases: [&[&str]; 4] = [
        &["render", "d.yaml", "-o", "d.yaml", "--format", "md"],
        &["render", "./d.yaml", "-o", "d.yaml"],
        &["watch", "d.yaml", "-o", "d.yaml", "--format", "md"],
        &[
            "render",
            "e.yaml",
            "-o",
            "templates/t.md.tera",
            "--format",
            "md",
        ],
    ];
    write_file(dir.path(), "e.yaml", "template: t\n");
    for args in cases {
        let (code, err) = run(args, dir.path());
        assert_eq!(code, Some(1), "{args:?} must fail:\n{err}");
        assert!(err.contains("输出文件会覆盖"), "{args:?}:\n{err}");
        assert!(
            err.contains("-o"),
            "{args:?}: a hint names the way out:\n{err}"
        );
    }
    let kept = std::fs::read_to_string(dir.path().join("d.yaml")).expect("data file");
    assert_eq!(kept, DATA, "the data file is untouched");
    let template = std::fs::read_to_string(dir.path().join("templates/t.md.tera")).expect("t");
    assert!(
        template.starts_with("---\ntitle: 题"),
        "the template is untouched"
    );
}

#[test]
fn bidi_controls_in_data_are_refused_at_their_place() {
    let dir = tempfile::tempdir().expect("temp dir");
    // U+202E would print “会议通过” reversed in the PDF while txt and check read it in order.
    write_file(
        dir.path(),
        "d.yaml",
        format!("{DATA}称谓: 各位\u{202e}代表\n"),
    );
    for args in [
        &["check", "d.yaml"][..],
        &["render", "d.yaml", "-o", "d.pdf"],
    ] {
        let (code, err) = run(args, dir.path());
        assert_eq!(code, Some(1), "{args:?}:\n{err}");
        assert!(
            err.contains("d.yaml:5:7"),
            "{args:?}: placed at the character:\n{err}"
        );
        assert!(err.contains("U+202E（RIGHT-TO-LEFT OVERRIDE）"), "{err}");
    }
    assert!(!dir.path().join("d.pdf").exists(), "nothing printed");
    // In a table, the row is refused at its cell and the others are produced.
    write_file(dir.path(), "base.yaml", "template: t\n");
    write_file(
        dir.path(),
        "templates/t.md.tera",
        "---\ntitle: \"{{ 市 }}情况\"\n---\n{{ 称谓 }}：\n",
    );
    write_file(
        dir.path(),
        "rows.csv",
        "市,称谓\n甲,各位代表\n乙,各位\u{2067}代表\n",
    );
    let (code, err) = batch_rows(dir.path(), &[]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("rows.csv:3:5"), "the cell's place:\n{err}");
    assert!(err.contains("U+2067"), "{err}");
    assert!(
        dir.path().join("out/甲.txt").exists(),
        "the clean row is produced"
    );
    assert!(!dir.path().join("out/乙.txt").exists());
    // Written as a YAML escape, the control is in the value, not the text: refused at it.
    for (line, code_point) in [
        ("称谓: \"各位\\u202e代表\"", "U+202E"),
        ("标题: \"响铃\\a\"", "U+0007"),
    ] {
        write_file(dir.path(), "e.yaml", format!("{DATA}{line}\n"));
        let (code, err) = run(&["check", "e.yaml"], dir.path());
        assert_eq!(code, Some(1), "{err}");
        assert!(err.contains("e.yaml:5:"), "placed at the value:\n{err}");
        assert!(err.contains(code_point), "{err}");
    }
}

#[test]
fn impossible_dates_are_errors_at_their_place() {
    let dir = project(
        "---\ntitle: 题\nsignatures: [某单位]\ndate: \"{{ 成文日期 }}\"\nmetrics:\n  完成日期: {kind: date}\n---\n于{{ m(name=\"完成日期\") }}完成。\n",
    );
    for (date, why) in [
        ("2023-02-30", "2023 年 2 月只有 28 天"),
        ("2023-13-01", "没有 13 月"),
        ("0000-01-01", "没有公元 0 年"),
    ] {
        let (code, err) = check_data(
            dir.path(),
            format!("template: t\n成文日期: {date}\nmetrics:\n  完成日期: \"{date}\"\n"),
        );
        assert_eq!(code, Some(1), "{date}:\n{err}");
        assert!(
            err.contains(&format!(
                "d.yaml:2:7: error[date]: 成文日期：“{date}”不是有效日期"
            )),
            "{err}"
        );
        assert!(err.contains(why), "{err}");
        assert!(
            err.contains("d.yaml:4:9: error[date]"),
            "the figure too:\n{err}"
        );
        let (code, err) = run(&["render", "d.yaml", "--final", "-o", "d.pdf"], dir.path());
        assert_eq!(code, Some(1), "--final refuses {date}:\n{err}");
        assert!(!dir.path().join("d.pdf").exists());
    }
    let (code, err) = check_data(
        dir.path(),
        "template: t\n成文日期: 2024-02-29\nmetrics:\n  完成日期: \"2024-02-29\"\n",
    );
    assert_eq!(code, Some(0), "a leap day is a day:\n{err}");
}

#[test]
fn numbers_that_cannot_print_as_written_are_errors() {
    let dir = project("---\ntitle: 题\n---\n共{{ m(name=\"件数\", unit=\"件\") }}。\n");
    for (typed, printed) in [
        ("99999999999999999999", "100000000000000000000"),
        ("1e308", "e308"),
    ] {
        let (code, err) = check_data(
            dir.path(),
            format!("template: t\nmetrics:\n  件数: {typed}\n"),
        );
        assert_eq!(code, Some(1), "{typed} ({printed}):\n{err}");
        assert!(
            err.contains("d.yaml:3:7: error[range]: 指标「件数」")
                && err.contains("无法按原样准确印出"),
            "{err}"
        );
    }
    let (code, err) = check_data(
        dir.path(),
        "template: t\nmetrics:\n  件数: 9007199254740992\n",
    );
    assert_eq!(code, Some(0), "2^53 still prints exactly:\n{err}");
}

#[test]
fn a_figure_in_the_title_or_signature_is_checked_and_filled_from_its_column() {
    let dir = project(
        "---\ntitle: \"{{ m(name='乡镇') }}关于工作的报告\"\nsignatures: [\"{{ m(name='乡镇') }}人民政府\"]\ndate: 2023-01-05\n---\n共{{ m(name=\"件数\", unit=\"件\") }}。\n",
    );
    // Missing, it printed 〔...〕 in the title while check said nothing.
    let (code, err) = check_data(dir.path(), "template: t\nmetrics:\n  件数: 3\n");
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("d.yaml:2:1: error[missing]: 指标「乡镇」"),
        "{err}"
    );
    // In a batch its column fills it, in the title and the 署名 alike.
    write_file(dir.path(), "base.yaml", "template: t\n");
    write_file(dir.path(), "rows.csv", "乡镇,件数\n甲镇,3\n");
    let (code, err) = batch_rows(dir.path(), &[]);
    assert_eq!(code, Some(0), "{err}");
    let text = std::fs::read_to_string(dir.path().join("out/甲镇.txt")).expect("txt");
    assert!(text.starts_with("甲镇关于工作的报告"), "{text}");
    assert!(text.contains("甲镇人民政府"), "{text}");
    assert!(!text.contains("〔...〕"), "{text}");
}

#[test]
fn a_faulty_figure_prints_marked_like_a_missing_one() {
    let dir = project("---\ntitle: 题\n---\n共{{ m(name=\"件数\", unit=\"件\") }}。\n");
    let marked = |value: &str| {
        write_file(
            dir.path(),
            "d.yaml",
            format!("template: t\nmetrics:\n  件数: {value}\n"),
        );
        let (code, err) = run(&["render", "d.yaml", "-o", "d.typ"], dir.path());
        assert_eq!(code, Some(0), "a draft is written:\n{err}");
        let markup = std::fs::read_to_string(dir.path().join("d.typ")).expect("typ");
        markup.contains("#missing[")
    };
    assert!(marked("十二"), "words where a count belongs print marked");
    assert!(marked("-3"), "a negative count prints marked");
    assert!(!marked("12"), "a good figure prints plain");
}

#[test]
fn the_rollup_says_which_rows_its_totals_leave_out() {
    let dir = tempfile::tempdir().expect("temp dir");
    let template = "---\ntitle: 题\n---\n共{{ m(name=\"件数\", unit=\"件\") }}。\n";
    write_file(dir.path(), "templates/t.md.tera", template);
    write_file(dir.path(), "templates/sum.md.tera", template);
    write_file(dir.path(), "base.yaml", "template: t\n");
    write_file(
        dir.path(),
        "rows.csv",
        "县,件数\n甲县,3\n乙县,十二\n丙县,4\n",
    );
    let (_, err) = batch_rows(dir.path(), &["--rollup", "sum"]);
    assert!(
        err.contains("rows.csv:3:4: warning[rollup]: 指标「件数」的值 十二 不是数字"),
        "{err}"
    );
    assert!(err.contains("不含 rows.csv:3"), "{err}");
    // 县 is text in every row: a column of names, not a figure the totals leave out.
    assert!(!err.contains("指标「县」"), "{err}");
    let total = std::fs::read_to_string(dir.path().join("out/汇总.txt")).expect("rollup");
    assert!(
        total.contains("共7件"),
        "3 + 4, 乙县 left out and said so:\n{total}"
    );
    let summary = std::fs::read_to_string(dir.path().join("out/summary.csv")).expect("summary");
    let rollup_line = summary.lines().last().expect("the rollup's line");
    // Said with its place, so that it can be found in the table.
    assert!(
        rollup_line.contains("不是数字") && rollup_line.contains("（第 3 行）"),
        "{summary}"
    );
}

#[test]
fn utf16_text_imports_and_a_binary_file_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "关于召开会议的通知\n各单位：\n定于下周召开会议。\n";
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    write_file(dir.path(), "unicode.txt", &utf16);
    let (code, err) = run(&["import", "unicode.txt", "-o", "u"], dir.path());
    assert_eq!(code, Some(0), "{err}");
    let template = std::fs::read_to_string(dir.path().join("u/template.md.tera")).expect("t");
    assert!(template.contains("定于下周召开会议。"), "{template}");
    assert!(!template.contains('\0'), "no NUL characters");
    write_file(
        dir.path(),
        "binary.txt",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0",
    );
    let (code, err) = run(&["import", "binary.txt", "-o", "b"], dir.path());
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("不是文本文件"), "{err}");
    assert!(!dir.path().join("b/template.md.tera").exists());
}

#[test]
fn a_doc_number_wider_than_its_line_is_an_error() {
    let dir = project(
        "---\nheader:\n  agencies: [某某市总工会]\n  doc_number: \"{{ 文号 }}\"\ntitle: 题\n---\n正文。\n",
    );
    let long = "1".repeat(80);
    let (code, err) = check_data(dir.path(), format!("template: t\n文号: \"{long}\"\n"));
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("d.yaml:2:6: error[doc-number]"), "{err}");
    assert!(err.contains("宽 40 字，一行只排得下 28 字"), "{err}");
    let (code, err) = check_data(dir.path(), "template: t\n文号: 某工字〔2023〕5号\n");
    assert_eq!(code, Some(0), "{err}");
    // A 份号 is set on one line too: 60 digits ran off the page.
    let data = format!(
        "template: t\n文号: 某工字〔2023〕5号\ndocument:\n  header:\n    agencies: [某某市总工会]\n    copy_number: \"{}\"\n",
        "000123".repeat(10)
    );
    let (code, err) = check_data(dir.path(), data);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("d.yaml:6:19: error[doc-number]: 份号"),
        "{err}"
    );
    // So are the 密级 and the 紧急程度 above the 发文机关标志: two lines overprinted it.
    let data = format!(
        "template: t\n文号: 某工字〔2023〕5号\ndocument:\n  header:\n    agencies: [某某市总工会]\n    urgency: {}\n",
        "特急".repeat(15)
    );
    let (code, err) = check_data(dir.path(), data);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("error[doc-number]: 紧急程度"), "{err}");
    // Five 签发人 beside the 发文字号 wrapped it over two lines; four fit.
    for (names, refused) in [
        ("张三, 李四, 王五, 赵六", false),
        ("张三, 李四, 王五, 赵六, 钱七", true),
    ] {
        let data = format!(
            "template: t\n文号: 某工发〔2023〕12号\ndocument:\n  header:\n    agencies: [某某市总工会]\n    doc_number: 某工发〔2023〕12号\n    signers: [{names}]\n"
        );
        let (code, err) = check_data(dir.path(), data);
        assert_eq!(code, Some(if refused { 1 } else { 0 }), "{names}: {err}");
        assert_eq!(err.contains("位签发人排不下一行"), refused, "{err}");
    }
}
