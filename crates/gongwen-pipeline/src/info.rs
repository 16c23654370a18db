//! What an OFD file says of its document (title, 发文机关, the day it was made), from the
//! model.

use crate::Failure;
use gongwen_model::{DocKind, Document, plain_text};
use time::{OffsetDateTime, UtcOffset};

/// China Standard Time, UTC+8 all year: the day a 公文 file is made is the day there.
const CHINA: i8 = 8;

/// The DocInfo of `doc`: its title on one line (a 令's or 纪要's mark with its number, a
/// 简报's name, when it has none), its 发文机关 (the 版头's agencies, else the 署名, else
/// a 简报's editing unit) and today's date, or the date of `SOURCE_DATE_EPOCH` when that
/// is set (for reproducible files; refused when it is not a whole number of seconds).
pub(crate) fn ofd_info(doc: &Document) -> Result<gongwen_ofd::Info, Failure> {
    let mut title = one_line(&plain_text(&doc.title.text));
    if title.is_empty() {
        title = mark(doc).unwrap_or_default();
    }
    let agencies = doc
        .header
        .as_ref()
        .map_or(Vec::new(), |h| h.agencies.clone());
    let author = if !agencies.is_empty() {
        agencies.join("、")
    } else if !doc.closing.signatures.is_empty() {
        doc.closing.signatures.join("、")
    } else {
        let editor = doc.masthead.as_ref().and_then(|m| m.editor.as_deref());
        // "某某市总工会办公室编": the unit, without the verb.
        let editor = editor.unwrap_or_default();
        editor
            .strip_suffix('编')
            .filter(|u| !u.is_empty())
            .unwrap_or(editor)
            .to_string()
    };
    Ok(gongwen_ofd::Info {
        title,
        author,
        created: today()?,
    })
}

/// What names a document without a title: a 令's or 纪要's mark and its number
/// ("某某市人民政府令（第12号）"), a 简报's name.
fn mark(doc: &Document) -> Option<String> {
    if let Some(masthead) = &doc.masthead {
        return Some(masthead.name.clone());
    }
    let header = doc
        .header
        .as_ref()
        .filter(|_| matches!(doc.kind, DocKind::Order | DocKind::Minutes))?;
    let suffix = if header.suffix.is_empty() {
        doc.kind.default_suffix()
    } else {
        &header.suffix
    };
    let mut mark = format!("{}{suffix}", header.agencies.join(""));
    if let Some(number) = &header.doc_number {
        mark.push_str(&format!("（{number}）"));
    }
    Some(mark)
}

/// `text` with its line breaks taken out: a space between two Latin letters or digits,
/// nothing elsewhere (a title broken across lines by hand).
fn one_line(text: &str) -> String {
    let mut out = String::new();
    for (i, line) in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
    {
        let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
        if i > 0 && latin(out.chars().last()) && latin(line.chars().next()) {
            out.push(' ');
        }
        out.push_str(line);
    }
    out
}

/// Today in China, `YYYY-MM-DD`, or the day of `SOURCE_DATE_EPOCH`.
fn today() -> Result<String, Failure> {
    let now = match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(value) => value
            .trim()
            .parse::<i64>()
            .ok()
            .and_then(|s| OffsetDateTime::from_unix_timestamp(s).ok())
            .ok_or(Failure::SourceDate(value))?,
        Err(_) => OffsetDateTime::now_utc(),
    };
    let offset = UtcOffset::from_hms(CHINA, 0, 0).unwrap_or(UtcOffset::UTC);
    let date = now.to_offset(offset).date();
    Ok(format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use gongwen_model::{Header, Inline, Masthead};

    #[test]
    fn title_and_agencies_come_from_the_model() {
        let mut doc = Document::default();
        doc.title.text = vec![Inline::Text("关于开展检查的\n通知".into())];
        doc.closing.signatures = vec!["某某市总工会".into()];
        assert_eq!(ofd_info(&doc).unwrap().author, "某某市总工会");
        doc.header = Some(Header {
            agencies: vec!["某某市总工会".into(), "某某市人社局".into()],
            ..Default::default()
        });
        let info = ofd_info(&doc).unwrap();
        assert_eq!(info.title, "关于开展检查的通知");
        assert_eq!(info.author, "某某市总工会、某某市人社局");
        assert_eq!(info.created.len(), 10);
        assert_eq!(one_line("Annual\n Report 2023"), "Annual Report 2023");
    }

    #[test]
    fn an_order_a_minutes_and_a_bulletin_are_named_by_their_mark() {
        let mut doc = Document {
            kind: DocKind::Order,
            header: Some(Header {
                agencies: vec!["某某市人民政府".into()],
                doc_number: Some("第12号".into()),
                ..Default::default()
            }),
            ..Default::default()
        };
        assert_eq!(ofd_info(&doc).unwrap().title, "某某市人民政府令（第12号）");
        doc.kind = DocKind::Minutes;
        doc.header.as_mut().unwrap().suffix = "纪要".into();
        doc.header.as_mut().unwrap().doc_number = None;
        assert_eq!(ofd_info(&doc).unwrap().title, "某某市人民政府纪要");
        let news = Document {
            kind: DocKind::News,
            masthead: Some(Masthead {
                name: "工会工作信息".into(),
                editor: Some("某某市总工会办公室编".into()),
                ..Default::default()
            }),
            ..Default::default()
        };
        let info = ofd_info(&news).unwrap();
        assert_eq!(
            (info.title.as_str(), info.author.as_str()),
            ("工会工作信息", "某某市总工会办公室")
        );
    }
}
