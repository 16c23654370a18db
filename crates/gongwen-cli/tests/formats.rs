//! GB/T 9704 §10's formats measured on the PDF of each fixture, in mm (±0.5): the 信函's
//! mark and double lines, the 命令's mark, 令号 and 签名章, the 纪要's mark and lists.

mod common;

use common::pdf::{Page, near, render_measured};
use common::workspace_file;

const PITCH: f64 = 225.0 / 22.0;
const CELL: f64 = 156.0 / 28.0;
/// 7/8 of a 3号 character's height (14 pt).
const SEVEN_EIGHTHS: f64 = 14.0 * 25.4 / 72.0;
const PT: f64 = 25.4 / 72.0;

/// The pages of `fixtures/<name>.yaml` rendered to PDF, or `None` without PyMuPDF.
fn fixture_pages(name: &str) -> Option<Vec<Page>> {
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = dir.path().join(format!("{name}.pdf"));
    let data = workspace_file(&format!("fixtures/{name}.yaml"));
    render_measured(&data, &pdf, &[])
}

#[test]
fn a_letter_has_its_mark_between_red_double_lines() {
    let Some(pages) = fixture_pages("letter") else {
        return;
    };
    let p = &pages[0];
    let mark = p.span("某某市总工会");
    assert!(mark.red && mark.size >= 22.0, "a red mark: {mark:?}");
    near("mark's top edge from the top of the page", mark.top, 30.0);
    near("mark centred on the 版心", (mark.x0 + mark.x1) / 2.0, 106.0);
    let lines = p.red_fills();
    assert_eq!(lines.len(), 4, "two double lines: {lines:?}");
    for l in &lines {
        near("double line's left end", l.x0, 20.0);
        near("double line's right end", l.x1, 190.0);
    }
    let thickness = |i: usize| lines[i].y1 - lines[i].y0;
    assert!(
        thickness(0) > thickness(1),
        "the upper double line is thick over thin"
    );
    assert!(
        thickness(3) > thickness(2),
        "the lower double line is thin over thick"
    );
    near(
        "upper line 4 mm under the mark",
        lines[0].y0,
        mark.top + mark.size * PT + 4.0,
    );
    near(
        "lower line 20 mm above the page's bottom",
        lines[3].y1,
        297.0 - 20.0,
    );
    let first = lines[1].y1 + SEVEN_EIGHTHS;
    let copy = p.span("000018");
    near("份号 flush left", copy.x0, 28.0);
    near("份号 7/8 of a character under the line", copy.top, first);
    let number = p.span("某工函");
    near("发文字号 flush right", number.x1, 184.0);
    near(
        "发文字号 7/8 of a character under the line",
        number.top,
        first,
    );
    let secrecy = p.span("秘密");
    near("密级 on the next line", secrecy.top, first + PITCH);
    near(
        "title two lines under the last element",
        p.span("关于商请").top,
        secrecy.top + 3.0 * PITCH,
    );
    let last_text = p
        .spans
        .iter()
        .map(|s| s.top + s.size * PT)
        .fold(0.0, f64::max);
    assert!(
        last_text <= lines[2].y0 - SEVEN_EIGHTHS + 0.5,
        "page 1's text ends at {last_text:.1} mm, above the lower line by 7/8 of a character"
    );
    assert!(p.number().is_none(), "no page number on page 1 of a letter");
    let last = pages.last().expect("pages");
    assert_eq!(last.number().map(|n| n.text.as_str()), Some("— 2 —"));
    assert!(
        last.red_fills().is_empty(),
        "the double lines are on page 1 only"
    );
    let cc = last.span("抄送：");
    near("版记 at the foot of the 版心", cc.top + cc.size * PT, 262.0);
    assert!(
        last.strokes.is_empty(),
        "a letter's 版记 has no rules: {:?}",
        last.strokes
    );
    assert!(
        !last.has("某某市总工会办公室"),
        "no 印发机关 in a letter's 版记"
    );
}

#[test]
fn an_order_has_its_mark_number_and_signature_stamp_in_place() {
    let Some(pages) = fixture_pages("order") else {
        return;
    };
    let p = &pages[0];
    let mark = p.span("某某市人民政府令");
    assert!(mark.red, "a red mark");
    near(
        "mark 20 mm below the top of the 版心",
        mark.top,
        37.0 + 20.0,
    );
    let number = p.span("第12号");
    near("令号 centred", (number.x0 + number.x1) / 2.0, 106.0);
    near(
        "令号 two lines under the mark",
        number.top,
        mark.top + mark.size * PT + 2.0 * PITCH,
    );
    let body = p.span("《某某市");
    near(
        "body two lines under the 令号",
        body.top,
        number.top + 3.0 * PITCH,
    );
    let stamp = p.images.first().expect("the 签名章 is printed");
    let last_body = p.span("日起施行");
    near(
        "签名章 two lines under the body",
        stamp.y0,
        last_body.top + 3.0 * PITCH,
    );
    near(
        "签名章 four characters from the right",
        stamp.x1,
        184.0 - 4.0 * CELL,
    );
    let title = p.span("市长");
    near(
        "职务 two characters left of the stamp",
        title.x1,
        stamp.x0 - 2.0 * CELL,
    );
    near(
        "职务 centred on the stamp",
        title.top + title.size * PT / 2.0,
        (stamp.y0 + stamp.y1) / 2.0,
    );
    let date = p.span("2023年4月28日");
    near("date one line under the stamp", date.top, stamp.y1 + PITCH);
    near(
        "date four characters from the right",
        date.x1,
        184.0 - 4.0 * CELL,
    );
}

#[test]
fn minutes_list_who_attended_under_the_body() {
    let Some(pages) = fixture_pages("minutes") else {
        return;
    };
    let mark = pages[0].span("某某市总工会党组会议纪要");
    assert!(mark.red, "a red mark");
    near(
        "mark 35 mm below the top of the 版心",
        mark.top,
        37.0 + 35.0,
    );
    let p = pages
        .iter()
        .find(|p| p.has("出席"))
        .expect("a page with 出席");
    let present = p.span("出席");
    assert!(
        present.font.contains("Hei"),
        "label in 黑体: {}",
        present.font
    );
    near("label two characters in", present.x0, 28.0 + 2.0 * CELL);
    let names = p.span("：张某某");
    assert!(!names.font.contains("Hei"), "names in 仿宋: {}", names.font);
    near("colon right after the label", names.x0, present.x1);
    let wrapped = p
        .spans
        .iter()
        .find(|s| s.top > present.top + 1.0 && s.top < present.top + PITCH + 1.0)
        .expect("the names wrap");
    near(
        "wrapped names under the first name",
        wrapped.x0,
        names.chars[1],
    );
    let body_end = p.span("费使用专项检查");
    near(
        "one empty line under the body",
        present.top,
        body_end.top + 2.0 * PITCH,
    );
    for label in ["请假", "列席"] {
        near(
            "each list two characters in",
            p.span(label).x0,
            28.0 + 2.0 * CELL,
        );
    }
}

#[test]
fn attachment_names_line_up_under_their_numbers_and_first_characters() {
    let long = "关于2023年度全市各级工会组织开展困难职工帮扶和送温暖活动情况的统计表及填报说明";
    let dir = common::project(
        "---\nkind: circular\ntitle: 关于报送有关材料的通知\n---\n{{ 正文 | safe }}\n",
    );
    let body = format!(
        "  请按附件要求报送。\n\n  # {long} {{.attachment}}\n\n  见表。\n\n  # 春节送温暖活动安排 {{.attachment}}\n\n  见安排。\n"
    );
    let data = common::write_file(
        dir.path(),
        "d.yaml",
        format!("template: t\n正文: |\n{body}"),
    );
    let pdf = dir.path().join("d.pdf");
    let Some(pages) = render_measured(&data, &pdf, &[]) else {
        return;
    };
    let p = &pages[0];
    let first = p.span("附件：1. ");
    near("附件说明 two characters in", first.x0, 28.0 + 2.0 * CELL);
    // "附件：" is 3 characters; "1. " is 3 more (the name starts at index 6).
    let (number_x, name_x) = (first.chars[3], first.chars[6]);
    let wrapped = p
        .spans
        .iter()
        .find(|s| s.top > first.top + 1.0 && s.top < first.top + PITCH + 1.0)
        .expect("the long name wraps");
    near(
        "a long name wraps under its first character",
        wrapped.x0,
        name_x,
    );
    near(
        "the second item under the first's number",
        p.span("2. 春节").x0,
        number_x,
    );
    assert!(
        !p.has("春节送温暖活动安排。"),
        "no punctuation after a name"
    );
}

#[test]
fn a_letter_says_what_it_will_not_print_and_what_does_not_fit() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = "template: letter\n标题: 关于商请支持的函\n主送机关: 某某市体育局\n正文: |\n  特此函商。\ndocument:\n  header:\n    copy_number: \"000018\"\n    agencies: [某某市总工会]\n    doc_number: 某某某某某某某某某某某某某某某某工会函〔2023〕12号\n  colophon:\n    cc: [市应急管理局]\n    printer: 某某市总工会办公室\n";
    let (code, err) = common::check_data(dir.path(), data);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("信函的“000018”与发文字号排在同一行"), "{err}");
    assert!(
        err.contains("d.yaml:10:17"),
        "placed at the 发文字号: {err}"
    );
    assert!(err.contains("版记没有印发机关一项"), "{err}");
    assert!(err.contains("d.yaml:13:"), "placed at the 印发机关: {err}");
}
