//! Named styles, one per role of a 公文, so that a user restyles the whole document at once.

use crate::units::{COLOPHON_LINE, MISSING, RED, SMALL_SIZE, TITLE_SIZE};
use docx_rs::{
    AlignmentType, LineSpacing, LineSpacingType, RunFonts, Shading, SpecialIndentType, Style,
    StyleType,
};
use gongwen_layout::{FontChoice, Role};

/// Paragraph styles: (id, name).
pub(crate) const TITLE: (&str, &str) = ("GwTitle", "标题");
pub(crate) const TITLE_NOTE: (&str, &str) = ("GwTitleNote", "题注");
pub(crate) const BYLINE: (&str, &str) = ("GwByline", "作者");
pub(crate) const HEADINGS: [(&str, &str); 4] = [
    ("GwHeading1", "一级标题"),
    ("GwHeading2", "二级标题"),
    ("GwHeading3", "三级标题"),
    ("GwHeading4", "四级标题"),
];
pub(crate) const ADDRESSEE: (&str, &str) = ("GwAddressee", "主送");
pub(crate) const SIGNATURE: (&str, &str) = ("GwSignature", "署名");
pub(crate) const DATE: (&str, &str) = ("GwDate", "成文日期");
pub(crate) const NOTE: (&str, &str) = ("GwNote", "附注");
pub(crate) const ATTACHMENT_NOTE: (&str, &str) = ("GwAttachmentNote", "附件说明");
pub(crate) const ATTACHMENT_LABEL: (&str, &str) = ("GwAttachmentLabel", "附件标识");
pub(crate) const AGENCY: (&str, &str) = ("GwAgency", "发文机关标志");
pub(crate) const DOC_NUMBER: (&str, &str) = ("GwDocNumber", "发文字号");
pub(crate) const MARK: (&str, &str) = ("GwMark", "份号密级");
pub(crate) const MASTHEAD: (&str, &str) = ("GwMasthead", "报头");
pub(crate) const TABLE: (&str, &str) = ("GwTable", "表格");
pub(crate) const COLOPHON: (&str, &str) = ("GwColophon", "版记");
pub(crate) const PAGE_NUMBER: (&str, &str) = ("GwPageNumber", "页码");
/// Character styles: a run-in heading's words, a lead sentence, a table header, a missing figure.
pub(crate) const HEADING_CHARS: [(&str, &str); 4] = [
    ("GwHeading1Char", "一级标题字符"),
    ("GwHeading2Char", "二级标题字符"),
    ("GwHeading3Char", "三级标题字符"),
    ("GwHeading4Char", "四级标题字符"),
];
pub(crate) const LEAD: (&str, &str) = ("GwLead", "段首句");
pub(crate) const TABLE_HEAD: (&str, &str) = ("GwTableHead", "表头");
pub(crate) const MISSING_FIGURE: (&str, &str) = ("GwMissing", "待填数字");
/// The 发文字号 in a line of 黑体 marks (信函格式): 仿宋.
pub(crate) const DOC_NUMBER_CHARS: (&str, &str) = ("GwDocNumberChar", "发文字号字符");
/// The label of an 出席/请假/列席 list: 黑体.
pub(crate) const LIST_LABEL: (&str, &str) = ("GwListLabel", "名单标签");
/// 出席/请假/列席 lists of a 纪要.
pub(crate) const ATTENDANCE: (&str, &str) = ("GwAttendance", "出席名单");
/// The 职务 beside an order's 签名章.
pub(crate) const SIGNER_TITLE: (&str, &str) = ("GwSignerTitle", "签发人职务");

/// The body style every other paragraph style is based on. docx-rs writes it empty; the
/// body's formatting (3号 仿宋, an exact grid line, a two-character indent) is in the
/// document defaults it inherits, see `page::defaults`.
pub(crate) const NORMAL: &str = "Normal";

/// Every style the document uses.
pub(crate) fn styles(fonts: FontChoice) -> Vec<Style> {
    let face = |style: Style, role: Role| face(style, role.word_face(fonts));
    let mut out = Vec::new();
    let p = |(id, name): (&str, &str)| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on(NORMAL)
            .next(NORMAL)
    };
    out.push(flush(centred(face(p(TITLE), Role::Title)).size(TITLE_SIZE)).character_spacing(0));
    out.push(centred(face(p(TITLE_NOTE), Role::Kai)));
    out.push(centred(face(p(BYLINE), Role::Kai)));
    let heading_faces = [Role::Hei, Role::Kai, Role::Body, Role::Body];
    for (level, (&id, face_of)) in HEADINGS.iter().zip(heading_faces).enumerate() {
        let mut s = face(p(id), face_of);
        s.paragraph_property = s.paragraph_property.outline_lvl(level).keep_next(true);
        out.push(s);
    }
    for id in [ADDRESSEE, SIGNATURE, DATE] {
        out.push(flush(p(id)));
    }
    out.push(centred(p(DOC_NUMBER)));
    out.push(p(NOTE));
    out.push(p(ATTACHMENT_NOTE));
    out.push(face(flush(p(ATTACHMENT_LABEL)), Role::Hei));
    out.push(face(flush(p(MARK)), Role::Hei));
    out.push(
        centred(face(p(AGENCY), Role::Title))
            .color(RED)
            .character_spacing(0),
    );
    out.push(
        centred(face(p(MASTHEAD), Role::Title))
            .color(RED)
            .character_spacing(0),
    );
    out.push(small(centred(p(TABLE))));
    out.push(
        small(flush(p(COLOPHON))).line_spacing(
            LineSpacing::new()
                .line_rule(LineSpacingType::Exact)
                .line(COLOPHON_LINE)
                .before(0)
                .after(0),
        ),
    );
    out.push(small(flush(face(p(PAGE_NUMBER), Role::Song))));
    let c = |(id, name): (&str, &str)| Style::new(id, StyleType::Character).name(name);
    for (&id, face_of) in HEADING_CHARS.iter().zip(heading_faces) {
        out.push(face(c(id), face_of));
    }
    out.push(c(LEAD).bold());
    out.push(face(c(TABLE_HEAD), Role::Hei));
    out.push(face(c(DOC_NUMBER_CHARS), Role::Body));
    out.push(face(c(LIST_LABEL), Role::Hei));
    out.push(p(ATTENDANCE));
    out.push(flush(p(SIGNER_TITLE)));
    let mut missing = c(MISSING_FIGURE);
    missing.run_property = missing
        .run_property
        .shading(Shading::new().fill(MISSING).color("auto"));
    out.push(missing);
    out
}

fn face(style: Style, (name, bold): (&str, bool)) -> Style {
    let fonts = RunFonts::new()
        .ascii(name)
        .hi_ansi(name)
        .east_asia(name)
        .cs(name);
    let style = style.fonts(fonts);
    if bold { style.bold() } else { style }
}

fn flush(style: Style) -> Style {
    style.indent(Some(0), Some(SpecialIndentType::FirstLine(0)), None, None)
}

fn centred(style: Style) -> Style {
    flush(style).align(AlignmentType::Center)
}

fn small(style: Style) -> Style {
    style.size(SMALL_SIZE).character_spacing(0).line_spacing(
        LineSpacing::new()
            .line_rule(LineSpacingType::Auto)
            .line(240)
            .before(0)
            .after(0),
    )
}

/// Character spacing on a style (docx-rs has it on runs only).
trait Spacing {
    fn character_spacing(self, v: i32) -> Self;
}

impl Spacing for Style {
    fn character_spacing(mut self, v: i32) -> Self {
        self.run_property = self.run_property.character_spacing(v);
        self
    }
}
