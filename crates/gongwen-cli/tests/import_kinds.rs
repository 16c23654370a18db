//! Issue 22: the documents of `tests/import/kinds/` — every 文种 of the 党政机关公文处理工作
//!条例 and every shape web-published text has — import, render to txt and PDF, print
//! exactly their original text, hold no value the original does not have, and the report
//! names their 文种 and layout format (`tests/import/kinds/expected.tsv`).

mod common;

use common::imports::import;
use common::kinds::{invented_values, manifest, open, round_trip_problem};
use common::workspace_file;

/// Imports `file`, renders it to txt and PDF, and holds it to its original: the printed
/// text is the original's, and the data file holds no value the original lacks at that role.
fn holds(file: &str) {
    let doc = open(file);
    let mut problems: Vec<String> = round_trip_problem(file, &doc).into_iter().collect();
    let invented = invented_values(&doc);
    if !invented.is_empty() {
        problems.push(format!(
            "{file}: the data holds values the original does not have at that role:\n{}",
            invented.join("\n")
        ));
    }
    assert!(
        problems.is_empty(),
        "{}\nprinted:\n{}",
        problems.join("\n"),
        doc.lines.join("\n")
    );
}

/// One test per document: `name => "file"`, with the attributes (an ignore) written before.
macro_rules! documents {
    ($($(#[$attr:meta])* $name:ident => $file:literal;)*) => {
        $(
            #[test]
            $(#[$attr])*
            fn $name() {
                holds($file);
            }
        )*
        /// The files the tests above cover.
        const COVERED: &[&str] = &[$($file),*];
    };
}

documents! {
    resolution => "resolution.txt";
    decision => "decision.txt";
    order_regulation => "order-regulation.txt";
    order_commendation => "order-commendation.txt";
    communique => "communique.txt";
    announcement => "announcement.txt";
    announcement_numbered => "announcement-numbered.txt";
    public_notice => "public-notice.txt";
    opinion => "opinion.txt";
    notice_street_office => "notice-street-office.txt";
    notice_letter_number => "notice-letter-number.txt";
    notice_as_letter => "notice-as-letter.txt";
    bulletin => "bulletin.txt";
    report_attachment => "report-attachment.txt";
    request => "request.txt";
    reply => "reply.txt";
    motion => "motion.txt";
    letter => "letter.txt";
    minutes_attendance => "minutes-attendance.txt";
}

/// The fifteen 文种 of the 条例 (第八条), as the report names them.
const GENRES: [&str; 15] = [
    "决议",
    "决定",
    "命令（令）",
    "公报",
    "公告",
    "通告",
    "意见",
    "通知",
    "通报",
    "报告",
    "请示",
    "批复",
    "议案",
    "函",
    "纪要",
];

#[test]
fn the_folder_covers_every_genre_and_format_and_each_file_has_a_test() {
    let rows = manifest();
    for genre in GENRES {
        assert!(
            rows.iter().any(|r| r.genre == genre),
            "no {genre} in expected.tsv"
        );
    }
    for format in ["文件格式", "信函格式", "命令格式", "纪要格式"] {
        assert!(rows.iter().any(|r| r.format == format), "no {format}");
    }
    for row in &rows {
        assert!(
            GENRES.contains(&row.genre.as_str()),
            "{}: {}",
            row.file,
            row.genre
        );
    }
    let mut files: Vec<String> = std::fs::read_dir(workspace_file("tests/import/kinds"))
        .expect("tests/import/kinds")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    files.sort();
    let mut listed: Vec<String> = rows.iter().map(|r| r.file.clone()).collect();
    listed.sort();
    assert_eq!(files, listed, "every document has one row in expected.tsv");
    let mut covered: Vec<String> = COVERED.iter().map(|f| f.to_string()).collect();
    covered.sort();
    assert_eq!(covered, listed, "every document has its test");
}

#[test]
fn the_report_names_the_genre_and_the_format() {
    let mut wrong = Vec::new();
    for row in manifest() {
        let (_dir, _out, report) = import(&format!("kinds/{}", row.file));
        let genre = format!("文种：{}", row.genre);
        let format = format!("格式：{}", row.format);
        if !report.contains(&genre) || !report.contains(&format) {
            let first = report.lines().next().unwrap_or_default();
            wrong.push(format!(
                "{}: want {genre}, {format}; got “{first}”",
                row.file
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
