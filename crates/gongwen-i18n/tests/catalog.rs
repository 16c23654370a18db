//! The catalog machinery on gongwen-i18n's own test messages.

use gongwen_i18n::{Arg, Catalog, Lang};
use std::path::Path;

static CATALOG: Catalog = Catalog::new(
    include_str!("../locales/zh-CN.ftl"),
    include_str!("../locales/en.ftl"),
);

#[test]
fn english_plurals_and_chinese_counters() {
    let pages = |lang, n: usize| CATALOG.message_in(lang, "test-pages", &[("count", Arg::from(n))]);
    assert_eq!(pages(Lang::En, 1), "1 page");
    assert_eq!(pages(Lang::En, 3), "3 pages");
    assert_eq!(pages(Lang::Zh, 3), "共 3 页");
}

#[test]
fn arguments_carry_no_isolation_marks() {
    let text = CATALOG.message_in(Lang::Zh, "test-greeting", &[("name", Arg::from("张三"))]);
    assert_eq!(text, "你好，张三");
}

#[test]
fn a_missing_message_shows_its_id() {
    assert_eq!(CATALOG.message_in(Lang::En, "no-such", &[]), "no-such");
}

#[test]
fn both_languages_have_every_message() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    assert_eq!(gongwen_i18n::audit(&CATALOG, &src), Vec::<String>::new());
}

#[test]
fn the_audit_finds_a_message_in_one_language_and_differing_arguments() {
    static ODD: Catalog = Catalog::new("a = 甲 { $x }\nb = 乙\n", "a = A { $y }\nc = C\n");
    let problems = gongwen_i18n::audit(&ODD, Path::new("/nonexistent"));
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(
        problems[0].starts_with("a: zh-CN.ftl takes"),
        "{problems:?}"
    );
    assert!(
        problems[1].starts_with("b: in zh-CN.ftl only"),
        "{problems:?}"
    );
    assert!(problems[2].starts_with("c: in en.ftl only"), "{problems:?}");
}
