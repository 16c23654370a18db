//! Whole-file tests: a document in, the parts of the .docx read back out.

use crate::docx;
use gongwen_layout::FontChoice::Free;
use gongwen_model::{Closing, Document, Inline, Title};
use std::io::Read;

pub(crate) fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut file = zip
        .by_name(name)
        .unwrap_or_else(|_| panic!("{name} in the package"));
    let mut text = String::new();
    file.read_to_string(&mut text).expect("UTF-8");
    text
}

fn sealed() -> Document {
    Document {
        title: Title {
            text: vec![Inline::Text("关于印章的通知".into())],
            note: None,
        },
        closing: Closing {
            signatures: vec!["某某市总工会".into()],
            date: Some("2022年2月18日".into()),
            seal: Some("seal.png".into()),
            note: None,
        },
        ..Document::default()
    }
}

/// A 2 × 1 PNG header: all the writer reads of a seal besides its bytes.
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x02\0\0\0\x01\x08\x06\0\0\0";

#[test]
fn a_seal_lies_over_the_signature_without_pushing_text_aside() {
    let bytes = docx(&sealed(), Free, Some(PNG)).expect("written");
    let document = part(&bytes, "word/document.xml");
    assert!(document.contains("<wp:anchor"), "{document}");
    assert!(document.contains("<wp:wrapNone />"), "{document}");
    assert!(!document.contains("wrapSquare"), "{document}");
    // 42 mm wide, half as high as wide like the image.
    assert!(
        document.contains(r#"cx="1512000" cy="756000""#),
        "{document}"
    );
    assert!(
        document.contains("<wp:posOffset>-"),
        "the seal rises above the signature: {document}"
    );
    let rels = part(&bytes, "word/_rels/document.xml.rels");
    assert!(rels.contains("media/"), "{rels}");
}

#[test]
fn a_seal_that_is_not_png_is_refused_with_what_to_do() {
    let err = docx(&sealed(), Free, Some(b"<svg/>")).expect_err("refused");
    assert!(err.to_string().contains("请把印章转成 PNG"), "{err}");
    let en = crate::CATALOG.message_in(gongwen_i18n::Lang::En, "docx-seal-not-png", &[]);
    assert!(en.contains("convert it to PNG"), "{en}");
}

#[test]
fn the_body_defaults_carry_what_docx_rs_cannot_say() {
    let bytes = docx(&sealed(), Free, None).expect("written");
    let styles = part(&bytes, "word/styles.xml");
    for wanted in [
        r#"<w:overflowPunct w:val="0"/>"#,
        r#"<w:snapToGrid w:val="0"/>"#,
        r#"w:line="579" w:lineRule="exact""#,
        r#"<w:lang w:val="zh-CN" w:eastAsia="zh-CN""#,
        r#"w:styleId="Normal"><w:name w:val="Normal" /><w:rPr><w:sz w:val="32"/>"#,
    ] {
        assert!(styles.contains(wanted), "{wanted} missing from styles.xml");
    }
    assert_eq!(styles.matches(r#"w:styleId="Normal""#).count(), 1);
}

#[test]
fn an_attachment_sent_separately_is_listed_but_has_no_pages() {
    let attachment = |title: &str, separate: bool| gongwen_model::Attachment {
        title: vec![Inline::Text(title.into())],
        separate,
        ..gongwen_model::Attachment::default()
    };
    let doc = Document {
        attachments: vec![attachment("名额分配表", true), attachment("推荐表", false)],
        ..sealed()
    };
    let bytes = docx(&doc, Free, None).expect("written");
    let document = part(&bytes, "word/document.xml");
    assert_eq!(document.matches("名额分配表").count(), 1, "{document}");
    assert_eq!(document.matches("推荐表").count(), 2, "{document}");
    assert!(
        document.contains("附件2") && !document.contains("附件1"),
        "{document}"
    );
}

#[test]
fn the_last_paragraph_keeps_with_the_signature() {
    let mut doc = sealed();
    doc.body.blocks = vec![
        gongwen_model::Block::Paragraph(vec![Inline::Text("第一段。".into())]),
        gongwen_model::Block::Paragraph(vec![Inline::Text("特此通知。".into())]),
    ];
    let bytes = docx(&doc, Free, Some(PNG)).expect("written");
    let document = part(&bytes, "word/document.xml");
    let paragraph = |text: &str| {
        let at = document.find(text).expect("the text");
        let start = document[..at]
            .rfind("<w:p>")
            .max(document[..at].rfind("<w:p "))
            .expect("its paragraph");
        document[start..at].to_string()
    };
    assert!(
        paragraph("特此通知。").contains("<w:keepNext"),
        "{document}"
    );
    assert!(!paragraph("第一段。").contains("<w:keepNext"), "{document}");
    // Every paragraph from it to the 署名 keeps with the next: the empty line between too.
    let from = document.find("特此通知。").expect("the text");
    let to = document.find("某某市总工会").expect("the 署名");
    let between = &document[from..to];
    assert_eq!(
        between.matches("<w:p ").count() + between.matches("<w:p>").count(),
        between.matches("<w:keepNext").count(),
        "{between}"
    );
}
