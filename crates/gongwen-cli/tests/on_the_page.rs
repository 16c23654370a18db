//! Never silently wrong on the page (issue 16): what is written prints once and where the
//! standard puts it.

mod common;
// The .docx reader of the Word tests.
#[allow(dead_code)]
#[path = "docx/package.rs"]
mod package;

use common::{project, run_in as run, words_outside, write_file};

#[test]
fn a_bracketed_note_is_not_bracketed_twice() {
    let dir = project(
        "---\ntitle: 题\nsignatures: [某单位]\ndate: 2023-01-05\nnote: \"{{ 附注 }}\"\n---\n正文。\n",
    );
    for (note, printed) in [
        ("（联系人：张三）", "（联系人：张三）"),
        ("联系人：张三", "（联系人：张三）"),
        ("（甲）和（乙）", "（（甲）和（乙））"),
    ] {
        write_file(
            dir.path(),
            "d.yaml",
            format!("template: t\n附注: \"{note}\"\n"),
        );
        let (code, err) = run(&["render", "d.yaml", "-o", "d.txt"], dir.path());
        assert_eq!(code, Some(0), "{err}");
        let text = std::fs::read_to_string(dir.path().join("d.txt")).expect("txt");
        let flat: String = text.split_whitespace().collect();
        assert!(
            flat.contains(printed),
            "{note:?} prints {printed:?}:\n{text}"
        );
        assert_eq!(
            flat.matches("（（").count(),
            printed.matches("（（").count(),
            "{text}"
        );
        let (code, err) = run(&["render", "d.yaml", "-o", "d.docx"], dir.path());
        assert_eq!(code, Some(0), "{err}");
        let xml = package::Docx::open(&dir.path().join("d.docx")).text();
        assert!(xml.contains(printed), "the .docx prints {printed:?}: {xml}");
    }
}

#[test]
fn no_page_ends_with_a_heading() {
    let dir = tempfile::tempdir().expect("temp dir");
    // speech and lookback-filled each ended a page with "一、……" / "三、……" before.
    for name in [
        "speech",
        "lookback-filled",
        "lookback",
        "resolution",
        "circular-forwarding",
    ] {
        let data = common::workspace_file(&format!("fixtures/{name}.yaml"));
        let text = common::render_text(&data, "txt", &dir.path().join(format!("{name}.txt")));
        for (i, page) in text.split('\u{c}').enumerate() {
            let last = page
                .lines()
                .map(str::trim)
                .rfind(|l| !l.is_empty() && !common::is_page_number(l))
                .unwrap_or_default();
            let numbered = last
                .trim_start_matches(|c: char| "一二三四五六七八九十".contains(c))
                .starts_with('、');
            let heading = numbered || last.starts_with('（') && last.contains('）');
            assert!(
                !(heading && !last.ends_with('。') && last.chars().count() < 28),
                "{name}: page {} ends with the heading {last:?}",
                i + 1
            );
        }
    }
}

#[test]
fn a_long_signature_wraps_inside_the_type_area() {
    let dir =
        project("---\ntitle: 题\nsignatures: [\"{{ 署名 }}\"]\ndate: 2023-01-05\n---\n正文。\n");
    let unit = "某某市总工会关于深入开展作风问题专项整治工作领导小组";
    for chars in [10, 26, 40, 65] {
        let name: String = unit.chars().cycle().take(chars).collect();
        write_file(dir.path(), "d.yaml", format!("template: t\n署名: {name}\n"));
        let (code, err) = run(&["render", "d.yaml", "-o", "d.pdf"], dir.path());
        assert_eq!(code, Some(0), "{err}");
        let Some(outside) = words_outside(&dir.path().join("d.pdf")) else {
            eprintln!("pdftotext is not installed; the measurement is skipped");
            return;
        };
        assert!(outside.is_empty(), "a {chars}-character 署名: {outside:?}");
        let text = common::pdftotext(&dir.path().join("d.pdf")).unwrap_or_default();
        let flat: String = text.split_whitespace().collect();
        assert!(flat.contains(&name), "all of the 署名 is printed: {flat}");
        assert!(flat.contains("2023年1月5日"), "{flat}");
    }
}

#[test]
fn a_long_word_a_url_and_a_long_number_break_inside_the_type_area() {
    let word = "Supercalifragilisticexpialidocious".repeat(4);
    let url = format!(
        "https://www.example.gov.cn/{}/index.html",
        "abcdefghij".repeat(12)
    );
    let number = "123456789012";
    let template = format!(
        "---\ntitle: 题\nsignatures: [某单位]\ndate: 2023-01-05\n---\n见{word}与{url}。\n\n\
         | 甲 | 乙 | 丙 | 丁 | 戊 | 己 | 庚 | 辛 | 壬 | 癸 | 子 | 丑 |\n\
         |---|---|---|---|---|---|---|---|---|---|---|---|\n\
         | {word} | {number} | {number} | {number} | {number} | {number} | {number} | {number} | {number} | {number} | {number} | {url} |\n"
    );
    let dir = project(&template);
    write_file(dir.path(), "d.yaml", "template: t\n");
    let (code, err) = run(&["render", "d.yaml", "-o", "d.pdf"], dir.path());
    assert_eq!(code, Some(0), "{err}");
    let Some(outside) = words_outside(&dir.path().join("d.pdf")) else {
        eprintln!("pdftotext is not installed; the measurement is skipped");
        return;
    };
    assert!(outside.is_empty(), "{outside:?}");
    // Broken over lines, every character is still printed, in order.
    let text = common::pdftotext(&dir.path().join("d.pdf")).unwrap_or_default();
    let flat: String = text.split_whitespace().collect();
    assert!(flat.contains(&format!("见{word}与{url}。")), "{flat}");
    // pdftotext reads a table's lines across its cells: count the characters instead.
    assert_eq!(flat.matches('S').count(), 8, "the word twice: {flat}");
    assert_eq!(flat.matches('9').count(), 10, "ten numbers: {flat}");
}

#[test]
fn a_closing_line_after_a_run_in_heading_stands_alone() {
    let dir = project(
        "---\ntitle: 题\nsignatures: [某单位]\ndate: 2023-01-05\n---\n# 财源建设\n\n## 强化财源培植。\n\n特此报告。\n",
    );
    write_file(dir.path(), "d.yaml", "template: t\n");
    for format in ["txt", "docx"] {
        let out = format!("d.{format}");
        let (code, err) = run(&["render", "d.yaml", "-o", &out], dir.path());
        assert_eq!(code, Some(0), "{err}");
        // One line per paragraph.
        let text = if format == "txt" {
            std::fs::read_to_string(dir.path().join(&out)).expect("txt")
        } else {
            let body = package::Docx::open(&dir.path().join(&out)).body();
            let paragraphs = body.all("p").into_iter().map(|p| p.text());
            paragraphs.collect::<Vec<_>>().join("\n")
        };
        // It printed "（一）强化财源培植。特此报告。" before.
        assert!(!text.contains("培植。特此"), "{format}: {text}");
        assert!(text.contains("（一）强化财源培植。"), "{format}: {text}");
        assert!(text.contains("特此报告。"), "{format}: {text}");
    }
}

#[test]
fn no_line_starts_with_a_closing_mark_next_to_figures_leads_and_headings() {
    // Every shift puts the figure, the lead's end or the heading's end at some line's end.
    let mut body = String::new();
    for shift in 0..28 {
        let pad = "甲".repeat(shift);
        body += &format!("{pad}共检查{{{{ m(name='件数', unit='件') }}}}。会议高度评价。\n\n");
        body += &format!("{pad}缺{{{{ m(name='缺数', unit='件') }}}}，会议（高度）评价。\n\n");
        body += &format!("**一是要{pad}**。会议高度评价。**二是要{pad}。**会议高度评价。\n\n");
        body += &format!("### {pad}强化。\n\n会议高度评价。\n\n");
    }
    let dir = project(&format!(
        "---\ntitle: 题\nsignatures: [某单位]\ndate: 2023-01-05\n---\n# 一\n\n{body}"
    ));
    write_file(dir.path(), "d.yaml", "template: t\nmetrics:\n  件数: 874\n");
    let (code, err) = run(&["render", "d.yaml", "-o", "d.pdf"], dir.path());
    assert_eq!(code, Some(0), "{err}");
    let Some(text) = common::pdftotext(&dir.path().join("d.pdf")) else {
        return;
    };
    let bad: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with(|c| "，。、；：？！）》」』】〕〉”’".contains(c)))
        .collect();
    assert!(
        bad.is_empty(),
        "lines that start with a closing mark: {bad:?}"
    );
    assert!(text.matches("会议高度评价").count() >= 28 * 3, "{text}");
}

#[test]
fn indented_fenced_and_nested_text_prints_in_order() {
    // A paragraph indented four spaces was a code block and dropped; a nested list item
    // printed before its parent.
    let dir = project(
        "---\ntitle: 题\nsignatures: [某单位]\ndate: 2023-01-05\n---\n现将有关事项通知如下。\n\n    各单位要于5月10日前报送自查报告，\n    逾期未报的予以通报。\n\n- 甲\n  - 乙\n- 丙\n\n```\n围栏里的字。\n```\n\n特此通知。\n",
    );
    write_file(dir.path(), "d.yaml", "template: t\n");
    let (code, err) = run(&["render", "d.yaml", "-o", "d.txt"], dir.path());
    assert_eq!(code, Some(0), "{err}");
    let text = std::fs::read_to_string(dir.path().join("d.txt")).expect("txt");
    let flat: String = text.split_whitespace().collect();
    let order = [
        "现将有关事项通知如下。",
        "各单位要于5月10日前报送自查报告，逾期未报的予以通报。",
        "甲乙丙",
        "围栏里的字。",
        "特此通知。",
    ];
    let mut from = 0;
    for part in order {
        let at = flat[from..]
            .find(part)
            .unwrap_or_else(|| panic!("{part} in order: {flat}"));
        from += at + part.len();
    }
}

#[test]
fn numbers_typed_as_text_print_as_typed() {
    // YAML read 期号: 007 as 7 and printed "第7.0期"; a postcode 050000 printed "50000.0".
    let dir = project(
        "---\ntitle: \"第{{ 期号 }}期\"\nsignatures: [某单位]\ndate: 2023-01-05\n---\n邮编{{ 邮编 }}，比值{{ 比 }}，共{{ 数 }}件，流水号{{ 号 }}。\n",
    );
    write_file(
        dir.path(),
        "d.yaml",
        "template: t\n期号: 007\n邮编: 050000\n比: 3.50 # 注\n数: 12\n号: 123456789012345678901234567890\n",
    );
    let (code, err) = run(&["render", "d.yaml", "-o", "d.txt"], dir.path());
    assert_eq!(code, Some(0), "{err}");
    let text = std::fs::read_to_string(dir.path().join("d.txt")).expect("txt");
    let flat: String = text.split_whitespace().collect();
    assert!(flat.starts_with("第007期"), "{flat}");
    assert!(
        flat.contains("邮编050000，比值3.50，共12件，流水号123456789012345678901234567890。"),
        "{flat}"
    );
}
