//! Issue 22: the tricky documents of `tests/import/kinds/` keep each line in its role — a
//! 批复's own 发文字号, no agency made from a title or 主送, a regulation's （一） where the
//! document has （一）, the attachment after 署名 and date, no 主送 a document does not have.

mod common;

use common::kinds::{Imported, marks, open};

/// The index of the last printed line of the first run of lines after `from` that reads
/// `want` (as marks compare): one line, or a long one wrapped over several.
fn line_at(doc: &Imported, from: usize, want: &str) -> usize {
    let want = marks(want);
    let ends_at = |k: usize| {
        let mut joined = String::new();
        for (j, line) in doc.lines.iter().enumerate().skip(k) {
            joined.push_str(&marks(line));
            if !want.starts_with(&joined) {
                return None;
            }
            if joined == want {
                return Some(j);
            }
        }
        None
    };
    (from..doc.lines.len())
        .find_map(ends_at)
        .unwrap_or_else(|| panic!("“{want}” is not a printed line\n{}", doc.lines.join("\n")))
}

/// Asserts that `wanted` are printed lines, in this order.
fn assert_lines_in_order(doc: &Imported, wanted: &[&str]) {
    let mut from = 0;
    for want in wanted {
        from = line_at(doc, from, want) + 1;
    }
}

#[test]
fn a_reply_keeps_its_own_number() {
    let doc = open("reply.txt");
    let header = doc.front.header.clone().unwrap_or_default();
    assert_eq!(header.doc_number.as_deref(), Some("云政复〔2016〕8号"));
    assert!(header.agencies.is_empty(), "{:?}", header.agencies);
    assert_eq!(doc.front.addressee.as_deref(), Some("桐溪县人民政府："));
    assert!(
        marks(&doc.lines.join("")).contains(&marks("你县桐政〔2015〕51号文收悉。")),
        "{}",
        doc.lines.join("\n")
    );
}

#[test]
fn a_number_without_a_mark_stays_a_number_without_an_agency() {
    for (file, number) in [
        ("decision.txt", "桐政发〔2023〕7号"),
        ("notice-street-office.txt", "桐城街办〔2018〕4号"),
        ("notice-letter-number.txt", "云工函〔2023〕3号"),
        ("letter.txt", "桐人社函〔2023〕17号"),
    ] {
        let doc = open(file);
        let header = doc.front.header.clone().unwrap_or_default();
        assert_eq!(header.doc_number.as_deref(), Some(number), "{file}");
        assert!(header.agencies.is_empty(), "{file}: {:?}", header.agencies);
        assert_eq!(
            doc.lines[0], number,
            "{file}: printed as the document has it"
        );
    }
}

#[test]
fn a_letter_shaped_head_keeps_its_agency_and_number() {
    let doc = open("notice-as-letter.txt");
    let header = doc.front.header.clone().unwrap_or_default();
    assert_eq!(header.agencies, ["云川市人民政府办公室"]);
    assert_eq!(header.doc_number.as_deref(), Some("云政办函〔2023〕45号"));
}

/// The item and article numbers of a text, in reading order: 第N章, 第N条, （N）.
fn numbering(text: &str) -> Vec<String> {
    let chars: Vec<char> = marks(text).chars().collect();
    let numeral = |c: char| "一二三四五六七八九十".contains(c);
    let mut out = Vec::new();
    for i in 0..chars.len() {
        let run = chars[i + 1..].iter().take_while(|&&c| numeral(c)).count();
        let end = i + 1 + run;
        let closes = |c: char| chars.get(end) == Some(&c);
        if run > 0
            && (chars[i] == '（' && closes('）')
                || chars[i] == '第' && (closes('条') || closes('章')))
        {
            out.push(chars[i..=end].iter().collect());
        }
    }
    out
}

#[test]
fn a_regulation_keeps_its_numbers() {
    let doc = open("order-regulation.txt");
    let want = numbering(&doc.original);
    assert_eq!(
        want.iter().filter(|n| *n == "（一）").count(),
        3,
        "{want:?}"
    );
    assert_eq!(numbering(&doc.lines.join("\n")), want);
    // The 令 is signed with 职务 and name and dated; the regulation follows.
    assert_lines_in_order(
        &doc,
        &[
            "市长　王立新",
            "2023年9月20日",
            "云川市户外劳动者服务站点管理办法",
            "第一章　总　则",
        ],
    );
}

#[test]
fn a_title_and_name_in_place_of_a_signature_stay_one_line() {
    for (file, line, date) in [
        ("order-commendation.txt", "县长　陈立", "2023年8月10日"),
        ("motion.txt", "市长　王立新", "2023年9月1日"),
        ("order-regulation.txt", "市长　王立新", "2023年9月20日"),
    ] {
        let doc = open(file);
        assert_lines_in_order(&doc, &[line, date]);
        let title_alone = line.split('　').next().expect("职务");
        assert!(
            !doc.front.signatures.iter().any(|s| s == title_alone),
            "{file}: {:?}",
            doc.front.signatures
        );
    }
}

#[test]
fn the_attachment_follows_the_signature_and_the_date() {
    let doc = open("report-attachment.txt");
    assert_lines_in_order(
        &doc,
        &[
            "特此报告。",
            "附件：2023年度桐溪县职工服务阵地建设项目清单（共3项）",
            "桐溪县总工会",
            "2023年12月20日",
            "附件",
            "2023年度桐溪县职工服务阵地建设项目清单",
        ],
    );
}

#[test]
fn an_announcement_or_a_communique_has_no_addressee() {
    for file in [
        "announcement.txt",
        "announcement-numbered.txt",
        "communique.txt",
        "resolution.txt",
    ] {
        let doc = open(file);
        assert_eq!(doc.front.addressee, None, "{file}");
    }
}

#[test]
fn a_public_notice_has_no_addressee() {
    let doc = open("public-notice.txt");
    assert_eq!(doc.front.addressee, None);
}

#[test]
fn a_request_keeps_its_signer_and_its_note() {
    let doc = open("request.txt");
    let header = doc.front.header.clone().unwrap_or_default();
    assert_eq!(header.agencies, ["桐溪县总工会"]);
    assert_eq!(header.doc_number.as_deref(), Some("桐工〔2023〕9号"));
    assert_eq!(header.signers, ["刘强"]);
    let note = marks(doc.front.note.as_deref().unwrap_or_default());
    assert!(
        note.contains(&marks("联系人：王芳；电话：0871-65123488")),
        "{note}"
    );
    assert_lines_in_order(&doc, &["妥否，请批示。", "桐溪县总工会", "2023年5月22日"]);
}

#[test]
fn minutes_stating_attendance_in_a_sentence_have_no_attendance_list() {
    let doc = open("minutes-attendance.txt");
    assert!(
        doc.front.attendance.is_empty(),
        "{:?}",
        doc.front.attendance
    );
    let sentence =
        "2023年6月12日，县长陈立主持召开县人民政府第9次常务会议，副县长张华、李强、王敏出席，";
    assert!(marks(&doc.lines.join("")).contains(&marks(sentence)));
}
