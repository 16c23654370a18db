//! 公文 Markdown → document model: front matter for the frame, pulldown-cmark for the body.
//!
//! A rendered template never passes through here (it hands its frame and body over
//! directly); this reads a 公文 Markdown file such as `--format md` writes.

use crate::body::parse_body;
use crate::error::Error;
use crate::frontmatter::split;
use gongwen_model::{Document, FrontMatter};
use std::path::Path;

/// Builds the document that the Markdown `text` (from `file`) describes.
pub fn parse(text: &str, file: &Path) -> Result<Document, Error> {
    let (fm_text, body_start) = split(text);
    let front: FrontMatter = if fm_text.trim().is_empty() {
        FrontMatter::default()
    } else {
        let offset = text.find(fm_text).unwrap_or(0);
        serde_saphyr::from_str(fm_text)
            .map_err(|e| crate::engine::front_matter_error(&e, file, fm_text, text, offset))?
    };
    Ok(document(front, &text[body_start..]))
}

/// The document a frame and a Markdown body make, with every figure it uses declared.
pub(crate) fn document(front: FrontMatter, body: &str) -> Document {
    let (body, attachments) = parse_body(body);
    let mut document = Document::from_frame(front, body, attachments);
    document.declare_used_metrics();
    document
}

#[cfg(test)]
mod tests {
    use super::*;
    use gongwen_model::{Block, Inline, plain_text};

    fn doc(md: &str) -> Document {
        parse(md, Path::new("t.md")).unwrap()
    }

    #[test]
    fn headings_nest_and_number() {
        let d = doc(
            "# 总体要求\n\n正文。\n\n## 严肃严格。\n\n纪律。\n\n### 严明纪律。\n\n把政治。\n\n# 目标\n",
        );
        let labels: Vec<_> = d
            .body
            .sections()
            .iter()
            .map(|s| (s.label.clone(), s.run_in))
            .collect();
        assert_eq!(
            labels,
            [
                ("一、".into(), false),
                ("（一）".into(), true),
                ("1.".into(), true),
                ("二、".into(), false)
            ]
        );
    }

    #[test]
    fn leads_metrics_and_soft_breaks() {
        let d = doc("**一是学习。**开展\n学习<gw-metric name=\"n\" unit=\"次\"/>，good\nwork\n");
        let Block::Paragraph(runs) = &d.body.blocks[0] else {
            panic!()
        };
        assert!(matches!(runs[0], Inline::Lead(_)));
        assert_eq!(plain_text(runs), "一是学习。开展学习〔...〕次，good work");
    }

    #[test]
    fn forwarded_document_becomes_an_attachment() {
        let d = doc("现将转发。\n\n# 关于意见 {.forwarded}\n\n前言。\n\n# 总体要求\n\n内容。\n");
        assert_eq!(d.body.blocks.len(), 1);
        assert_eq!(d.attachments.len(), 1);
        assert!(d.attachments[0].forwarded);
        assert_eq!(plain_text(&d.attachments[0].title), "关于意见");
        assert_eq!(d.attachments[0].body.sections()[0].label, "一、");
    }

    #[test]
    fn a_separate_attachment_is_listed_without_a_body() {
        let d = doc(
            "正文。\n\n# 名额表 {.attachment .separate}\n\n# 推荐表 {.attachment .separate}\n\n表内文字。\n",
        );
        assert_eq!(d.listed_attachments().count(), 2);
        assert!(d.attachments[0].separate);
        // Text under it is printed, not dropped: it is an ordinary attachment then.
        assert!(!d.attachments[1].separate);
    }

    #[test]
    fn the_note_may_list_an_attachment_by_other_words() {
        let d = doc("正文。\n\n# 名单 {.attachment listed=名单（共3项）}\n\n1.甲\n");
        let a = &d.attachments[0];
        assert_eq!(plain_text(&a.title), "名单");
        assert_eq!(
            a.listed_as.as_deref().map(plain_text).as_deref(),
            Some("名单（共3项）")
        );
    }

    #[test]
    fn escaped_markdown_prints_as_itself() {
        let d = doc("\\# \\$ \\* \\_ \\[ \\] \\\\ \\@ \\< \\>\n");
        let Block::Paragraph(runs) = &d.body.blocks[0] else {
            panic!()
        };
        assert_eq!(plain_text(runs), "# $ * _ [ ] \\ @ < >");
    }

    #[test]
    fn tables_keep_header_and_rows() {
        let d = doc("| 县 | 问题 |\n|---|---|\n| 寿县 | 3 |\n");
        let Block::Table(t) = &d.body.blocks[0] else {
            panic!()
        };
        assert_eq!(t.header.len(), 2);
        assert_eq!(plain_text(&t.rows[0][0]), "寿县");
    }
}
