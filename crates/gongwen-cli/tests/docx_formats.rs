//! `--format docx` for GB/T 9704's special formats (§10), laid out by LibreOffice: the
//! 信函, 命令 and 纪要 heads, an order's 职务 and 签名章, a 纪要's attendance lists, the
//! 附件说明 and the 版记 on an even page, each measured in millimetres from the page's
//! top-left corner against FORMATS.md, within ±0.5 mm.
//!
//! Each test writes its own data and a template in a temporary project, renders the .docx
//! with the shipped Fandol faces (`--fonts free`, which fontconfig is told about), converts
//! it with `soffice` (the test says so and passes when LibreOffice is not installed), and
//! reads the words back with `pdftotext -bbox`.

mod common;

#[path = "docx/libreoffice.rs"]
mod libreoffice;

use common::{bbox_words, project, render, write_file};
use libreoffice::{Placed, find, last_page, near, numbered, placed, to_pdf};

/// One line of the 22-line grid, in mm.
const PITCH: f64 = 225.0 / 22.0;
/// One character of the 28-character grid, in mm.
const CELL: f64 = 156.0 / 28.0;
/// 3号 (16 pt) in mm.
const SIZE3: f64 = 16.0 * 25.4 / 72.0;

/// A 2 × 1 red PNG: the 签名章 (15 mm tall, so 30 mm wide).
const STAMP: &[u8] = b"\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x02\x00\x00\x00\x01\x08\x06\x00\x00\x00\xf4\x22\x7f\x8a\x00\x00\x00\x0e\x49\x44\x41\x54\x78\x9c\x63\x78\xc6\x20\xf4\x1f\x84\x01\x11\x5b\x03\xef\xf5\x96\xb1\xe7\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82";

/// A template of `kind` with a title, a 主送 and the body from the data.
fn template(kind: &str) -> String {
    format!(
        "---\nkind: {kind}\ntitle: \"{{{{ 标题 }}}}\"\naddressee: \"{{{{ 主送 }}}}\"\n---\n{{{{ 正文 | safe }}}}\n"
    )
}

/// The .docx of `data` (with `seal.png` beside it) laid out by LibreOffice, as words; `None`
/// with a note when soffice or pdftotext is missing.
fn laid_out(kind: &str, data: &str) -> Option<Vec<Placed>> {
    laid_out_with_images(kind, data).map(|(words, _)| words)
}

/// [`laid_out`], with the page (0-based) of each image in the PDF (`pdfimages -list`).
fn laid_out_with_images(kind: &str, data: &str) -> Option<(Vec<Placed>, Vec<usize>)> {
    if !libreoffice::available(kind) {
        return None;
    }
    let dir = project(&template(kind));
    write_file(dir.path(), "seal.png", STAMP);
    let yaml = write_file(dir.path(), "d.yaml", data);
    let docx = dir.path().join("d.docx");
    let out = docx.to_str().expect("UTF-8 temp path");
    render(&yaml, &["-f", "docx", "--fonts", "free", "-o", out]).ok();
    let pdf = to_pdf(dir.path(), &docx);
    let words = bbox_words(&pdf)?;
    let list = std::process::Command::new("pdfimages")
        .arg("-list")
        .arg(&pdf)
        .output()
        .ok()?;
    // "page num type …" under two header lines; the soft masks (type smask) aside.
    let images = String::from_utf8_lossy(&list.stdout)
        .lines()
        .skip(2)
        .filter(|l| l.split_whitespace().nth(2) == Some("image"))
        .filter_map(|l| l.split_whitespace().next()?.parse::<usize>().ok())
        .map(|p| p - 1)
        .collect();
    Some((words.iter().map(placed).collect(), images))
}

const LETTER: &str = r#"template: t
标题: 关于商请支持职工疗休养工作的函
主送: 某某市文化和旅游局
正文: |
  为做好职工疗休养工作，现商请贵局给予支持。

  特此函达。
document:
  header:
    copy_number: "000123"
    secrecy: 秘密
    agencies: [某某市总工会, 某某市文化和旅游局]
    doc_number: 某工函〔2023〕7号
  signatures: [某某市总工会]
  date: 2023-05-10
  colophon:
    cc: [市委办公室]
    printer: 某某市总工会办公室
    print_date: 2023-05-12
"#;

#[test]
fn a_letter_has_its_mark_30_mm_down_and_its_elements_under_the_double_line() {
    let Some(words) = laid_out("letter", LETTER) else {
        return;
    };
    // The 主办机关 only, 36 pt (12.7 mm) for six characters.
    let mark = find(&words, 0, "某某市总工会");
    near("mark top", mark.top, 30.0);
    assert!(
        !words
            .iter()
            .any(|w| w.text.contains("文化和旅游局") && w.top < 40.0),
        "only the 主办机关 in the mark"
    );
    let first = 30.0 + 12.7 + 4.0 + 1.6 + 14.0 * 25.4 / 72.0;
    let copy = find(&words, 0, "000123");
    near("份号 top", copy.top, first);
    near("份号 left", copy.left, 28.0);
    let number = find(&words, 0, "某工函");
    near("发文字号 top", number.top, first);
    let number_end = words
        .iter()
        .filter(|w| w.page == 0 && (w.top - number.top).abs() < 1.0)
        .map(|w| w.right)
        .fold(0.0, f64::max);
    near("发文字号 right", number_end, 184.0);
    near("密级 top", find(&words, 0, "秘密").top, first + PITCH);
    near(
        "title top",
        find(&words, 0, "关于商请").top,
        first + 4.0 * PITCH,
    );
    assert!(!numbered(&words, 0), "no page number on page 1");
    // The 版记 (抄送 only) on page 2, the body having ended on page 1.
    let cc = find(&words, 1, "抄送");
    assert!(cc.top > 240.0 && cc.top < 262.0, "抄送 at {:.1} mm", cc.top);
    assert!(
        !words.iter().any(|w| w.text.contains("印发")),
        "a 信函's 版记 has no 印发机关 or 印发日期"
    );
    assert_eq!(last_page(&words), 1);
}

const ORDER: &str = r#"template: t
标题: ""
主送: ""
正文: |
  《某某市职工劳动安全卫生监督检查办法》已经2023年4月20日市人民政府第15次常务会议通过，现予公布，自2023年6月1日起施行。
document:
  header:
    agencies: [某某市人民政府]
    doc_number: 第12号
  signatures: [市长, 常务副市长]
  seal: seal.png
  date: 2023-04-28
"#;

#[test]
fn an_order_has_its_mark_20_mm_into_the_type_area_and_the_stamp_4_cells_in() {
    let Some(words) = laid_out("order", ORDER) else {
        return;
    };
    let mark = find(&words, 0, "某某市人民政府令");
    near("mark top", mark.top, 57.0);
    let number_top = 57.0 + 12.7 + 2.0 * PITCH;
    near("令号 top", find(&words, 0, "第").top, number_top);
    let body = find(&words, 0, "《某某市");
    near("body top", body.top, number_top + 3.0 * PITCH);
    // Two empty lines under the body's last line, then the 15 mm stamp rows.
    let mayor = find(&words, 0, "市长");
    let body_end = words
        .iter()
        .filter(|w| w.page == 0 && w.top < mayor.top - 10.0)
        .map(|w| w.top)
        .fold(0.0, f64::max);
    let stamp_top = body_end + 3.0 * PITCH;
    let stamp_left = 184.0 - 4.0 * CELL - 30.0;
    near(
        "职务 centred on the stamp",
        mayor.top + SIZE3 / 2.0,
        stamp_top + 7.5,
    );
    near(
        "职务 two cells left of the stamp",
        mayor.right,
        stamp_left - 2.0 * CELL,
    );
    let deputy = find(&words, 0, "常务副市长");
    near("second 职务", deputy.top, mayor.top + 15.0);
    near(
        "second 职务 beside an empty place as wide as the stamp",
        deputy.right,
        mayor.right,
    );
    let date = words
        .iter()
        .rfind(|w| w.page == 0 && w.text.starts_with("2023"))
        .expect("the date");
    near("date top", date.top, stamp_top + 30.0 + PITCH);
    let date_end = words
        .iter()
        .filter(|w| w.page == 0 && (w.top - date.top).abs() < 1.0)
        .map(|w| w.right)
        .fold(0.0, f64::max);
    near("date right", date_end, 184.0 - 4.0 * CELL);
}

const MINUTES: &str = r#"template: t
标题: ""
主送: ""
正文: |
  2023年5月10日上午，市总工会党组书记、主席张某某主持召开党组会议，研究部署当前重点工作。现将会议议定事项纪要如下。

  # 会议议题 {.attachment}

  内容。

  # 经费检查方案 {.attachment}

  内容。
document:
  header:
    agencies: [某某市总工会党组会议]
    doc_number: 第5期
  attendance:
    - {label: 出席, names: 张某某、王某某、李某某、赵某某、刘某某、陈某某、杨某某、黄某某、周某某、吴某某、徐某某、孙某某、马某某、朱某某}
    - {label: 请假, names: 林某某（外出学习）}
  colophon:
    cc: [市委办公室]
    printer: 某某市总工会办公室
    print_date: 2023-05-12
"#;

#[test]
fn minutes_have_their_mark_35_mm_in_and_attendance_hanging_under_the_first_name() {
    let Some(words) = laid_out("minutes", MINUTES) else {
        return;
    };
    // Twelve characters: 150 mm / 12 = 35.4 pt.
    let size = 150.0 / 12.0;
    near(
        "mark top",
        find(&words, 0, "某某市总工会党组会议纪要").top,
        72.0,
    );
    let number_top = 72.0 + size + PITCH;
    near("issue top", find(&words, 0, "第5").top, number_top);
    let rule = number_top + SIZE3 + 4.0;
    let body = find(&words, 0, "2023");
    near("body top", body.top, rule + 0.25 + 2.0 * PITCH);
    // 附件说明: "附件：1." two cells in, the second item under the first one's number.
    let note = find(&words, 0, "附件：1.");
    near("附件说明 left", note.left, 28.0 + 2.0 * CELL);
    let second = find(&words, 0, "2.");
    near(
        "second item under the number",
        second.left,
        28.0 + 5.0 * CELL,
    );
    near("second item top", second.top, note.top + PITCH);
    // 出席 one empty line under the 附件说明, wrapped under the first name.
    let present = find(&words, 0, "出席：");
    near("出席 top", present.top, second.top + 2.0 * PITCH);
    near("出席 left", present.left, 28.0 + 2.0 * CELL);
    // Every wrapped line under the first name, 请假 on the line after the last.
    let leave = find(&words, 0, "请假：");
    let lines = ((leave.top - present.top) / PITCH).round();
    assert!(lines >= 2.0, "出席 wraps");
    near("请假 top", leave.top, present.top + lines * PITCH);
    for w in words
        .iter()
        .filter(|w| w.page == 0 && w.top > present.top + 1.0 && w.top < leave.top - 1.0)
    {
        near(
            &format!("wrapped names {}", w.text),
            w.left,
            28.0 + 5.0 * CELL,
        );
    }
    // Two attachment pages: the body ends on page 3, the 版记 is alone on page 4.
    let last = last_page(&words);
    assert_eq!(last, 3, "the 版记 on page 4");
    find(&words, last, "抄送");
    find(&words, last, "某某市总工会办公室");
}

/// A letter whose body ends on page 2: a blank page 3, the 版记 on page 4, neither numbered.
#[test]
fn a_colophon_after_an_even_page_goes_to_the_next_even_page_after_a_blank_one() {
    let long = "为做好职工疗休养工作，现商请贵局给予支持。".repeat(15);
    let data = LETTER.replace(
        "  特此函达。",
        &format!("  {long}\n\n  {long}\n\n  特此函达。"),
    );
    let Some(words) = laid_out("letter", &data) else {
        return;
    };
    let date = words
        .iter()
        .rfind(|w| w.text.starts_with("2023"))
        .expect("a date");
    assert_eq!(date.page, 1, "the body ends on page 2");
    assert!(numbered(&words, 1), "page 2 carries its number");
    let last = last_page(&words);
    assert_eq!(last, 3, "the 版记 on page 4");
    assert!(
        !words.iter().any(|w| w.page == 2),
        "page 3 is blank, without a page number"
    );
    find(&words, 3, "抄送");
    assert!(
        !numbered(&words, 3),
        "the 版记 page after a blank page has no number"
    );
}

/// `--single-sided`: the 版记 stays at the foot of the last page.
#[test]
fn single_sided_keeps_the_colophon_on_the_last_page() {
    let data = LETTER.replace("document:\n", "document:\n  single_sided: true\n");
    let Some(words) = laid_out("letter", &data) else {
        return;
    };
    assert_eq!(last_page(&words), 0, "one page");
    let cc = find(&words, 0, "抄送");
    assert!(cc.top > 240.0 && cc.top < 262.0, "抄送 at {:.1} mm", cc.top);
}

/// An order whose body ends near the foot of page 1: the 职务 lines, the 签名章 and the date
/// go to the next page together, never split across the break (§7.3.5.3).
#[test]
fn an_order_s_closing_stays_on_one_page_with_its_stamp() {
    let paragraph = "  《某某市职工劳动安全卫生监督检查办法》已经2023年4月20日市人民政府第15次常务会议通过，现予公布，自2023年6月1日起施行。\n";
    for n in 3..=6 {
        let data = ORDER
            .replace(paragraph, &[paragraph; 8][..n].join("\n"))
            .replace("[市长, 常务副市长]", "[市长]");
        let Some((words, images)) = laid_out_with_images("order", &data) else {
            return;
        };
        let date = words
            .iter()
            .rfind(|w| w.text.starts_with("2023"))
            .expect("the date");
        let mayor = words
            .iter()
            .find(|w| w.text.starts_with("市长"))
            .expect("市长");
        assert_eq!(images.len(), 1, "{n} paragraphs: one stamp, {images:?}");
        assert!(
            [mayor.page, images[0]] == [date.page; 2],
            "{n} paragraphs: 市长 on page {}, the stamp on {}, the date on {}",
            mayor.page + 1,
            images[0] + 1,
            date.page + 1
        );
    }
}

/// A 署名 and 成文日期 near the foot of a page: both on the same page.
#[test]
fn a_signature_and_its_date_stay_on_one_page() {
    let paragraph =
        "为做好职工疗休养工作，现商请贵局给予支持，请各单位认真组织，确保工作落到实处。";
    // Nineteen two-line paragraphs end page 2 a line above its foot; then 0 to 2 short ones.
    for n in 0..=2 {
        let mut body = vec![format!("  {paragraph}"); 19];
        body.extend(vec!["  请认真贯彻执行。".to_string(); n]);
        let body = body.join("\n\n");
        let data = format!(
            "template: t\n标题: 关于工作的通知\n主送: 各单位\n正文: |\n{body}\ndocument:\n  signatures: [某某市总工会办公室]\n  date: 2023-05-10\n"
        );
        let Some(words) = laid_out("circular", &data) else {
            return;
        };
        let signer = words
            .iter()
            .rfind(|w| w.text.starts_with("某某市总工会办公室"))
            .expect("the 署名");
        let date = words
            .iter()
            .rfind(|w| w.text.starts_with("2023"))
            .expect("the date");
        assert_eq!(
            signer.page,
            date.page,
            "{n} short paragraphs: the 署名 on page {}, the date on {}",
            signer.page + 1,
            date.page + 1
        );
    }
}
