//! What a document is recognised as: its frame, body and attachments, every piece still
//! as typed ([`crate::parse()`] fills it in).

use crate::body::Block;
use gongwen_model::{Attendance, Colophon, DocKind, Genre, Header, Masthead};

/// A document as recognised, every piece still as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parsed {
    /// The layout format it is given (文件格式, or a §10 format).
    pub kind: DocKind,
    /// The 文种 its title (or its 令/纪要 mark) names, if one of the fifteen.
    pub genre: Option<Genre>,
    /// 版头.
    pub header: Option<Header>,
    /// 刊头 of a 简报/工作信息.
    pub masthead: Option<Masthead>,
    /// The title, one entry per typed line.
    pub title: Vec<String>,
    /// 题注.
    pub title_note: Option<String>,
    /// The author line under a news title.
    pub byline: Option<String>,
    /// 主送 or 称谓, with its colon.
    pub addressee: Option<String>,
    /// The 正文.
    pub body: Vec<Block>,
    /// 署名.
    pub signatures: Vec<String>,
    /// 成文日期 as typed.
    pub date: Option<String>,
    /// 附注, without its parentheses.
    pub note: Option<String>,
    /// A 纪要's 出席/请假/列席 lists, taken from the end of its body.
    pub attendance: Vec<Attendance>,
    /// Attachments and forwarded documents after the closing.
    pub attachments: Vec<AttachmentParts>,
    /// 版记.
    pub colophon: Colophon,
    /// Things the report should tell the user.
    pub remarks: Vec<String>,
}

/// An attachment or a forwarded document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AttachmentParts {
    /// Its title.
    pub title: String,
    /// A forwarded document (no 附件 label).
    pub forwarded: bool,
    /// Listed in 附件说明 but not in the file: no body, no pages.
    pub separate: bool,
    /// The 附件说明's words for it, where they differ from its title.
    pub listed_as: Option<String>,
    /// Its body.
    pub body: Vec<Block>,
}
