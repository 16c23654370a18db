//! What an OFD file says of its document (title, 发文机关, the day it was made), from the
//! model.

use gongwen_model::{Document, plain_text};
use time::{OffsetDateTime, UtcOffset};

/// China Standard Time, UTC+8 all year: the day a 公文 file is made is the day there.
const CHINA: i8 = 8;

/// The DocInfo of `doc`: its title (a 简报's name when it has none), its 发文机关 (the
/// 版头's agencies, else the 署名, else a 简报's editor) and today's date, or the date of
/// `SOURCE_DATE_EPOCH` when that is set (for reproducible files).
pub(crate) fn ofd_info(doc: &Document) -> gongwen_ofd::Info {
    let mut title = plain_text(&doc.title.text);
    if title.is_empty() {
        title = doc
            .masthead
            .as_ref()
            .map_or(String::new(), |m| m.name.clone());
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
        let editor = doc.masthead.as_ref().and_then(|m| m.editor.clone());
        editor.unwrap_or_default()
    };
    gongwen_ofd::Info {
        title,
        author,
        created: today(),
    }
}

/// Today in China, `YYYY-MM-DD`.
fn today() -> String {
    let epoch = std::env::var("SOURCE_DATE_EPOCH").ok();
    let now = epoch
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|s| OffsetDateTime::from_unix_timestamp(s).ok())
        .unwrap_or_else(OffsetDateTime::now_utc);
    let offset = UtcOffset::from_hms(CHINA, 0, 0).unwrap_or(UtcOffset::UTC);
    let date = now.to_offset(offset).date();
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use gongwen_model::{Header, Inline};

    #[test]
    fn title_and_agencies_come_from_the_model() {
        let mut doc = Document::default();
        doc.title.text = vec![Inline::Text("关于开展检查的通知".into())];
        doc.closing.signatures = vec!["某某市总工会".into()];
        assert_eq!(ofd_info(&doc).author, "某某市总工会");
        doc.header = Some(Header {
            agencies: vec!["某某市总工会".into(), "某某市人社局".into()],
            ..Default::default()
        });
        let info = ofd_info(&doc);
        assert_eq!(info.title, "关于开展检查的通知");
        assert_eq!(info.author, "某某市总工会、某某市人社局");
        assert_eq!(info.created.len(), 10);
    }
}
