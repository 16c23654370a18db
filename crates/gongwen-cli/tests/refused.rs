//! What cannot print as written is refused by `check`, `render --final` and the batch
//! summary alike (issue 16): a table wider than the 版心, a placeholder printed as text.

mod common;

use common::{batch_rows, check_data, project, run_in as run, words_outside, write_file};

/// A template with one table of `columns` columns, its first header cell 列0.
fn table_template(columns: usize) -> String {
    let row = |cell: &dyn Fn(usize) -> String| {
        let cells: Vec<String> = (0..columns).map(cell).collect();
        format!("|{}|\n", cells.join("|"))
    };
    format!(
        "---\ntitle: 题\nsignatures: [某单位]\ndate: 2023-01-05\n---\n正文。\n\n{}{}{}",
        row(&|i| format!("列{i}")),
        row(&|_| "---".into()),
        row(&|i| format!("{}", i * 1000)),
    )
}

#[test]
fn a_table_with_more_columns_than_fit_is_refused_at_its_place() {
    let dir = project(&table_template(200));
    let (code, err) = check_data(dir.path(), "template: t\n");
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("templates/t.md.tera:8:2: error[table-columns]: 表格有 200 列"),
        "{err}"
    );
    assert!(err.contains("拆成几张"), "a way out: {err}");
    let (code, err) = run(&["render", "d.yaml", "--final", "-o", "d.pdf"], dir.path());
    assert_eq!(code, Some(1), "{err}");
    assert!(!dir.path().join("d.pdf").exists(), "nothing written");

    // The most columns that fit print inside the page: a landscape one (横排表格).
    let columns = gongwen_model::TABLE_COLUMNS_MAX;
    assert_eq!(columns, 28, "one 4号 character a column in 225 mm");
    let dir = project(&table_template(columns));
    let (code, err) = check_data(dir.path(), "template: t\n");
    assert_eq!(code, Some(0), "{err}");
    let (code, err) = run(&["render", "d.yaml", "-o", "d.pdf"], dir.path());
    assert_eq!(code, Some(0), "{err}");
    if let Some(sizes) = common::pages::page_sizes(&dir.path().join("d.pdf")) {
        assert!(
            sizes.iter().any(|(w, h)| w > h),
            "a landscape page: {sizes:?}"
        );
    }
    if let Some(outside) = words_outside(&dir.path().join("d.pdf")) {
        assert!(outside.is_empty(), "{outside:?}");
    }
    let text = common::pdftotext(&dir.path().join("d.pdf")).unwrap_or_default();
    assert_eq!(
        text.matches('列').count(),
        columns,
        "every header cell: {text}"
    );
}

#[test]
fn a_placeholder_printed_as_text_is_never_clean() {
    let dir = project(
        "---\ntitle: \"{{ 乡镇 }}关于工作的报告\"\nsignatures: [\"{{ 署名 }}\"]\ndate: 2023-01-05\n---\n{{ 乡镇 }}共{{ m(name=\"件数\", unit=\"件\") }}。\n",
    );
    let (code, err) = check_data(
        dir.path(),
        "template: t\n乡镇: 甲镇\n署名: 〔...〕人民政府\nmetrics:\n  件数: 3\n",
    );
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("d.yaml:3:5: error[placeholder]: 文中印出了占位符“〔...〕”：〔...〕人民政府"),
        "{err}"
    );
    let (code, _) = run(&["render", "d.yaml", "--final", "-o", "d.pdf"], dir.path());
    assert_eq!(code, Some(1), "--final refuses it");

    // In a batch the row's summary counts the error: a draft, never 已生成.
    write_file(dir.path(), "base.yaml", "template: t\n署名: 某单位\n");
    write_file(dir.path(), "rows.csv", "乡镇,件数\n甲镇,3\n〔...〕,4\n");
    let (_, err) = batch_rows(dir.path(), &[]);
    let summary = std::fs::read_to_string(dir.path().join("out/summary.csv")).expect("summary");
    let lines: Vec<&str> = summary.lines().collect();
    assert!(lines[1].contains(",0,0,已生成"), "{summary}\n{err}");
    assert!(
        lines[2].contains(",2,0,草稿（有错误）"),
        "title and text: {summary}\n{err}"
    );
    assert!(lines[2].contains("占位符"), "{summary}");
}
