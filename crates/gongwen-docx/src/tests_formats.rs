//! Whole-file tests of the special formats (§10) and the 版记 page: the XML that places them.

use crate::docx;
use crate::tests::part;
use gongwen_layout::FontChoice::Free;
use gongwen_model::{
    Attachment, Attendance, Block, Body, Closing, Colophon, DocKind, Document, Header, Inline,
    Title,
};

fn text(s: &str) -> Vec<Inline> {
    vec![Inline::Text(s.into())]
}

fn document(kind: DocKind) -> Document {
    Document {
        kind,
        header: Some(Header {
            copy_number: Some("000123".into()),
            agencies: vec!["某某市总工会".into(), "某某市文化和旅游局".into()],
            suffix: kind.default_suffix().into(),
            doc_number: Some("某工函〔2023〕7号".into()),
            ..Header::default()
        }),
        title: Title {
            text: text("关于商请支持的函"),
            note: None,
        },
        body: Body {
            blocks: vec![Block::Paragraph(text("特此函达。"))],
        },
        closing: Closing {
            signatures: vec!["市长".into()],
            date: Some("2023年5月10日".into()),
            ..Closing::default()
        },
        colophon: Some(Colophon {
            cc: vec!["市委办公室".into()],
            printer: Some("某某市总工会办公室".into()),
            print_date: Some("2023年5月12日".into()),
            ..Colophon::default()
        }),
        ..Document::default()
    }
}

fn xml(doc: &Document, seal: Option<&[u8]>) -> String {
    part(
        &docx(doc, Free, seal).expect("written"),
        "word/document.xml",
    )
}

/// A 2 × 1 PNG header: all the writer reads of a seal besides its bytes.
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x02\0\0\0\x01\x08\x06\0\0\0";

#[test]
fn a_letter_frames_its_mark_30_mm_down_between_red_double_lines() {
    let doc = xml(&document(DocKind::Letter), None);
    // 36 pt in a 36 pt exact line: the em box starts 0.08 em (58 twips) under the frame's top.
    assert!(
        doc.contains(r#"w:vAnchor="page""#) && doc.contains(r#"w:y="1759""#),
        "{doc}"
    );
    let mark = doc.find("某某市总工会").expect("the mark");
    assert!(
        !doc[..mark + 40].contains("文化和旅游局"),
        "the 主办机关 only"
    );
    // Upper line 4 mm under the mark: 30 mm + 36 pt + 4 mm = 2648 twips (635 EMU each),
    // its thin part 1.3 mm lower; the lower one thin over thick, ending 20 mm above the
    // page's foot (275.4 and 276.2 mm).
    for y in ["1681480", "1728470", "9914255", "9943465"] {
        let at = format!("<wp:posOffset>{y}</wp:posOffset>");
        assert!(doc.contains(&at), "a rule at {y} EMU: {doc}");
    }
    assert_eq!(doc.matches("<wps:wsp>").count(), 4);
    assert!(doc.contains("GwDocNumberChar"), "the 发文字号 in 仿宋");
    // Page 1 takes the empty first-page footer.
    let first = &doc[..doc.find("</w:sectPr>").expect("a section")];
    assert!(first.contains("<w:titlePg/>"), "{first}");
    assert!(first.contains(r#"w:type="first""#), "{first}");
}

#[test]
fn a_letter_s_colophon_has_only_its_cc_and_no_rules() {
    let doc = xml(&document(DocKind::Letter), None);
    let colophon = &doc[doc.find("<w:tbl>").expect("the 版记")..];
    assert!(colophon.contains("抄送：市委办公室。"), "{colophon}");
    assert!(!colophon.contains("印发"), "{colophon}");
    assert!(colophon.contains("<w:tblBorders />"), "{colophon}");
}

#[test]
fn the_colophon_starts_an_even_page_unless_single_sided() {
    let doc = xml(&document(DocKind::Circular), None);
    assert_eq!(doc.matches("<w:sectPr>").count(), 2, "{doc}");
    let (body, last) = doc.split_at(doc.find("</w:sectPr>").expect("two sections"));
    assert!(
        !body.contains("evenPage") && !body.contains("titlePg"),
        "{body}"
    );
    assert!(last.contains(r#"<w:type w:val="evenPage"/>"#), "{last}");
    assert!(
        last.contains("<w:titlePg/>"),
        "the 版记 page without a number"
    );
    let single = Document {
        single_sided: true,
        ..document(DocKind::Circular)
    };
    let doc = xml(&single, None);
    assert_eq!(doc.matches("<w:sectPr>").count(), 1, "{doc}");
    assert!(
        !doc.contains("evenPage") && !doc.contains("titlePg"),
        "{doc}"
    );
}

#[test]
fn an_order_s_stamp_ends_four_cells_from_the_right() {
    let doc = xml(&document(DocKind::Order), Some(PNG));
    // 15 mm (850 twips) tall, twice as wide; its left edge 156 mm − 4 cells − 1700 twips
    // into the 版心.
    assert!(doc.contains(r#"cx="1079500" cy="539750""#), "{doc}");
    let left = (8845 - 4 * 316 - 1700) * 635;
    assert!(doc.contains(&format!("<wp:posOffset>{left}<")), "{doc}");
    // The 职务 ends two cells left of the stamp, the date four cells from the right.
    assert!(doc.contains(&format!(r#"w:right="{}""#, 4 * 316 + 1700 + 2 * 316)));
    assert!(doc.contains(r#"w:right="1264""#), "{doc}");
    assert!(doc.contains("某某市总工会某某市文化和旅游局令"), "{doc}");
}

#[test]
fn minutes_hang_their_attendance_under_the_first_name() {
    let doc = Document {
        attendance: vec![Attendance {
            label: "出席".into(),
            names: "张三、李四".into(),
        }],
        ..document(DocKind::Minutes)
    };
    let xml = xml(&doc, None);
    // Two characters in; wrapped lines under the name after "出席：" (3 characters).
    assert!(
        xml.contains(r#"w:left="1570""#) && xml.contains(r#"w:hanging="942""#),
        "{xml}"
    );
    assert!(xml.contains("GwListLabel"), "{xml}");
    assert!(xml.contains("某某市总工会某某市文化和旅游局纪要"), "{xml}");
    assert_eq!(xml.matches("<wps:wsp>").count(), 1, "the red rule");
}

#[test]
fn the_attachment_note_aligns_items_under_the_first_number() {
    let attachment = |t: &str| Attachment {
        title: text(t),
        ..Attachment::default()
    };
    let doc = Document {
        attachments: vec![attachment("名额分配表"), attachment("推荐表")],
        ..document(DocKind::Circular)
    };
    let xml = xml(&doc, None);
    assert!(xml.contains(">1. ") && xml.contains(">2. "), "{xml}");
    // "1. " is 462 twips: the titles start 2 + 3 characters and the number in.
    assert!(xml.contains(r#"w:left="2032""#), "{xml}");
    assert!(xml.contains(r#"w:hanging="1404""#), "the first item");
    assert!(xml.contains(r#"w:hanging="462""#), "later items");
}
