//! The model's messages in English, as `--lang en` shows them. (The unit tests read them
//! in 简体中文, the default; the language is the process's, so English lives in this
//! test binary, where every test asks for it.)

use gongwen_i18n::{Lang, set_lang};
use gongwen_model::{DataValue, FrontMatter, HeaderMatter, MetricSpec, check, date_problem};
use gongwen_model::{Document, lint_doc_number, lint_text};
use std::collections::BTreeMap;

fn spec(unit: &str) -> MetricSpec {
    MetricSpec {
        unit: Some(unit.into()),
        ..MetricSpec::default()
    }
}

/// The (message, hint) of each problem `check` finds with one figure of `unit` written `value`.
fn problems(unit: &str, value: DataValue) -> Vec<(String, Option<String>)> {
    set_lang(Lang::En);
    let specs: BTreeMap<_, _> = [("资金".to_string(), spec(unit))].into();
    let values = [("资金".to_string(), value)].into();
    check(&specs, &values)
        .into_iter()
        .map(|p| (p.message, p.hint))
        .collect()
}

#[test]
fn figures_written_as_text_get_english_hints() {
    let found = problems("亿元", DataValue::Text("15.32亿元".into()));
    assert_eq!(found[0].0, "`资金`: expected a number, found \"15.32亿元\"");
    assert_eq!(
        found[0].1.as_deref(),
        Some(
            "write the bare number `15.32`: the template prints “亿元” after it; “亿元” or “万元” is the template's choice, not the data's"
        )
    );
    let found = problems("%", DataValue::Text("6.2%".into()));
    assert_eq!(
        found[0].1.as_deref(),
        Some("write `6.2` without the %: the template prints the %")
    );
    let found = problems("条", DataValue::Text("十二".into()));
    assert_eq!(
        found[0].1.as_deref(),
        Some(
            "write `12` in Arabic numerals, not “十二”; the template decides whether it prints Arabic or Chinese numerals"
        )
    );
}

#[test]
fn ranges_and_missing_figures_read_as_before() {
    let found = problems("%", DataValue::Number(120.0));
    assert_eq!(
        found[0].0,
        "`资金`: a percentage must lie between 0 and 100, not 120"
    );
    set_lang(Lang::En);
    let specs: BTreeMap<_, _> = [("资金".to_string(), spec("万元"))].into();
    let missing = check(&specs, &BTreeMap::new());
    assert_eq!(
        missing[0].message,
        "`资金`: no value yet (prints as 〔...〕)"
    );
    assert_eq!(
        missing[0].hint.as_deref(),
        Some("add `资金: …` under `metrics:`")
    );
}

#[test]
fn text_lints_and_dates_in_english() {
    set_lang(Lang::En);
    assert_eq!(
        lint_text("课题,关乎")[0].message,
        "half-width “,” in Chinese text"
    );
    let number = lint_doc_number("某工字[2022]17号").expect("a bracket finding");
    assert_eq!(
        number.message,
        "the document number “某工字[2022]17号”: the year must be in hexagonal brackets 〔〕"
    );
    assert_eq!(
        number.hint,
        "write “某工字〔2022〕17号”: the year in 〔〕, not [] or ()"
    );
    assert_eq!(
        date_problem("2023-02-30").as_deref(),
        Some("“2023-02-30” is not a date: month 2 of 2023 has 28 days")
    );
}

#[test]
fn frame_findings_in_english() {
    set_lang(Lang::En);
    let front = FrontMatter {
        header: Some(HeaderMatter {
            doc_number: Some("某".repeat(40)),
            ..HeaderMatter::default()
        }),
        date: Some("2023-02-30".into()),
        ..FrontMatter::default()
    };
    let doc = Document::from_frame(front, Default::default(), Vec::new());
    let messages: Vec<String> = doc.check(220).into_iter().map(|d| d.message).collect();
    assert!(
        messages
            .iter()
            .any(|m| m.ends_with("is 40 characters wide; its line holds 28")),
        "{messages:?}"
    );
    assert!(
        messages
            .contains(&"成文日期 “2023-02-30” is not a date: month 2 of 2023 has 28 days".into()),
        "{messages:?}"
    );
}
