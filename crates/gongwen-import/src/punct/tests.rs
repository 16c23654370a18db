//! The rules of [`super::full_width`], each with the marks it converts and those it keeps.

use super::*;

/// The converted line, checked to count `n` marks.
fn wide(line: &str, n: usize) -> String {
    let (text, count) = full_width(line);
    assert_eq!(count, n, "{line} → {text}");
    text
}

/// The line is left exactly as typed.
fn kept(line: &str) {
    assert_eq!(full_width(line), (line.to_string(), 0), "{line}");
}

#[test]
fn marks_next_to_chinese_text_become_full_width() {
    assert_eq!(
        wide("各单位,现将有关事项通知如下:", 2),
        "各单位，现将有关事项通知如下："
    );
    assert_eq!(
        wide("一是加强领导;二是落实责任", 1),
        "一是加强领导；二是落实责任"
    );
    assert_eq!(wide("是否参加?请回复!", 2), "是否参加？请回复！");
    // Chinese on one side is enough: before, or after (spaces skipped).
    assert_eq!(
        wide("使用Word 2016,以及Excel", 1),
        "使用Word 2016，以及Excel"
    );
    assert_eq!(wide("联系电话: 0531-1234567", 1), "联系电话：0531-1234567");
    // Next to full-width punctuation.
    assert_eq!(wide("《通知》,请查收", 1), "《通知》，请查收");
}

#[test]
fn the_space_typed_after_a_mark_goes() {
    assert_eq!(
        wide("各单位, 现将有关事项通知如下: ", 2),
        "各单位，现将有关事项通知如下："
    );
    assert_eq!(wide("时间 : 上午", 1), "时间 ：上午");
}

#[test]
fn a_mark_ending_a_line_that_holds_chinese_is_chinese() {
    assert_eq!(wide("请使用Word?", 1), "请使用Word？");
    kept("Is it Word?");
}

#[test]
fn numbers_urls_and_addresses_are_kept() {
    kept("共1,850人，增长3.5%，8:30开始，比例尺1:500");
    kept("详见http://www.gov.cn/zhengce/content/2023-01/01/content_123.htm");
    kept("网址www.example.gov.cn:8080/a?b=1,c=2");
    kept("邮箱zhang.san@example.gov.cn");
    // The mark after the URL is the text's, not the URL's.
    assert_eq!(
        wide("见https://www.gov.cn/a.html,请查阅", 1),
        "见https://www.gov.cn/a.html，请查阅"
    );
    assert_eq!(
        wide("(见https://a.cn/x)通知", 2),
        "（见https://a.cn/x）通知"
    );
    assert_eq!(wide("时间:8:30", 1), "时间：8:30");
}

#[test]
fn ascii_only_runs_are_kept() {
    kept("Word 2016, Excel");
    kept("Word 2016, Excel (and PowerPoint): \"new\" it's");
    kept("安装Word 2016, Excel 2019");
    kept("函数f(x)的值");
}

#[test]
fn brackets_pair_around_chinese_text() {
    assert_eq!(wide("(一)摸清底数", 2), "（一）摸清底数");
    assert_eq!(wide("(2023年)", 2), "（2023年）");
    assert_eq!(wide("(1)时间安排", 2), "（1）时间安排");
    assert_eq!(wide("填写( )内容", 2), "填写（）内容");
    assert_eq!(wide("请在()内打勾", 2), "请在（）内打勾");
    assert_eq!(wide("GDP(国内生产总值)", 2), "GDP（国内生产总值）");
    assert_eq!(wide("利用率(%)", 2), "利用率（%）");
    // A bracket without its pair in the line goes by its neighbours.
    assert_eq!(wide("2) 加强领导", 1), "2）加强领导");
    kept("see (page 2)");
}

#[test]
fn document_number_brackets_are_kept() {
    kept("某府〔2018〕4号");
    kept("某府[2018]4号");
    kept("某府(2018)4号");
    assert_eq!(
        wide("根据某府(2018)4号文件(附后),现通知", 3),
        "根据某府(2018)4号文件（附后），现通知"
    );
}

#[test]
fn quotes_pair_up_within_the_line() {
    assert_eq!(wide("开展\"工会送清凉\"活动", 2), "开展“工会送清凉”活动");
    assert_eq!(wide("他说:\"要'三到位'.\"", 6), "他说：“要‘三到位’。”");
    assert_eq!(wide("使用\"Word\"软件", 2), "使用“Word”软件");
    // Quotes that do not pair up within the line are left as typed.
    kept("开展\"工会送清凉活动");
    assert_eq!(wide("他说\"好\",你说\"书", 1), "他说\"好\"，你说\"书");
    // An apostrophe does not pair.
    assert_eq!(wide("Tom's '书'", 2), "Tom's ‘书’");
}

#[test]
fn a_period_becomes_full_width_only_at_a_clear_sentence_end() {
    assert_eq!(wide("特此通知.", 1), "特此通知。");
    assert_eq!(wide("工作已完成.下一步", 1), "工作已完成。下一步");
    assert_eq!(wide("报送(2023年). ", 3), "报送（2023年）。");
    // Heading numbers, decimals, dots in runs and between ASCII are kept.
    kept("1.加强领导");
    kept("一.总体要求");
    kept("增长3.5个百分点");
    kept("等等......");
    kept("〔...〕次");
    kept("见附件.docx");
    kept("使用Word 2016.");
}

#[test]
fn every_line_and_cell_is_converted_and_counted() {
    let (lines, n) = lines(vec![
        Line::Text("(一)基本情况".into()),
        Line::Table(vec![
            vec!["地区".into(), "户数(户)".into()],
            vec!["济南".into(), "1,200".into()],
        ]),
    ]);
    assert_eq!(n, 4);
    assert_eq!(lines[0], Line::Text("（一）基本情况".into()));
    assert_eq!(
        lines[1],
        Line::Table(vec![
            vec!["地区".into(), "户数（户）".into()],
            vec!["济南".into(), "1,200".into()]
        ])
    );
}

#[test]
fn the_report_line_names_the_count_and_the_flag() {
    assert_eq!(report_line(0), None);
    let line = report_line(37).unwrap_or_default();
    assert!(line.contains("37 个标点改为 GB/T 15834 的形式"), "{line}");
    assert!(line.contains("--keep-punctuation"), "{line}");
}

#[test]
fn a_long_line_takes_linear_time() {
    // Nested brackets, full stops, a URL with unopened ")"s and addresses: each would be
    // quadratic if every mark looked at the whole line again.
    let n = 200_000;
    let line = format!(
        "通知{}{}{} 见http://a.cn/{} {}",
        "(".repeat(n),
        ")".repeat(n),
        "一.".repeat(n),
        ")".repeat(n),
        "a@b.cn ".repeat(n / 4),
    );
    let started = std::time::Instant::now();
    let (_, count) = full_width(&line);
    assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());
    // The outer brackets (next to 通知) and every "." between Chinese characters.
    assert_eq!(count, 2 + n);
}

#[test]
fn a_horizontal_bar_becomes_the_dash() {
    assert_eq!(full_width("二是――加强"), ("二是——加强".to_string(), 2));
}
