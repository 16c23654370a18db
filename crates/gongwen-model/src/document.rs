//! A whole 公文: 版头, 主体 and 版记 as GB/T 9704-2012 §7 lays them out.

use crate::body::{Block, Body};
use crate::inline::{Inline, Metric};
use crate::{Finding, MetricSpec, Sources};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The kind of document; it decides which parts are expected and how they are laid out.
/// (Read from its word in [`crate::choices`], whose message lists the words.)
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    /// 通知, 转发通知, 意见 and other documents with a red 版头.
    #[default]
    Circular,
    /// 讲话稿: title, 称谓, body; no 版头 and no 署名.
    Speech,
    /// 报告, 情况报告, 回头看报告.
    Report,
    /// 决议.
    Resolution,
    /// 工作信息, 简报.
    News,
    /// 函, in the 信函格式 (GB/T 9704 §10.1): the agency's name between red double lines,
    /// no 文件, no page number on page 1, a 版记 without rules.
    Letter,
    /// 命令（令）, in the 命令格式 (§10.2): "XX令" 20 mm below the top of the 版心, the 令号
    /// under it, and the 签发人's 职务 and 签名章 instead of a 署名.
    Order,
    /// 纪要, in the 纪要格式 (§10.3): "XX纪要" 35 mm below the top of the 版心, and the
    /// 出席, 请假 and 列席 lists under the body.
    Minutes,
}

impl DocKind {
    /// The word printed after the agency names when the frame does not say: 文件 for the
    /// 文件格式, none for a 函, 令 for an order, 纪要 for minutes.
    pub fn default_suffix(self) -> &'static str {
        match self {
            DocKind::Letter => "",
            DocKind::Order => "令",
            DocKind::Minutes => "纪要",
            _ => "文件",
        }
    }
}

/// A complete document.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Document {
    /// What kind of document this is.
    pub kind: DocKind,
    /// The red 版头, when the document has one.
    pub header: Option<Header>,
    /// The title (标题) and its optional 题注 line.
    pub title: Title,
    /// 主送机关, or the 称谓 of a speech ("各位委员、同志们：").
    pub addressee: Option<Vec<Inline>>,
    /// The 正文.
    pub body: Body,
    /// 署名, 成文日期, 印章 and 附注.
    pub closing: Closing,
    /// 附件, in order; a 转发通知 carries the forwarded document as one of them.
    pub attachments: Vec<Attachment>,
    /// 版记, when the document has one.
    pub colophon: Option<Colophon>,
    /// The 报头 of a 简报 or 工作信息: its name, issue, editor and date over a red rule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub masthead: Option<Masthead>,
    /// A line under the title naming who wrote or sent the piece, centred.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byline: Option<Vec<Inline>>,
    /// The 出席, 请假 and 列席 lists of a 纪要, in order, under the body.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attendance: Vec<Attendance>,
    /// Printed on one side of each sheet: the 版记 need not be on an even page (§7.5).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub single_sided: bool,
    /// Every figure the document uses, with its declaration: those the template declares
    /// (label, unit, kind, range, relations) and those its text uses undeclared (with the
    /// unit they are written with). `check` reads them here. Not serialised: the
    /// declarations are the template's, not the document's content.
    #[serde(skip)]
    pub metrics: BTreeMap<String, MetricSpec>,
    /// What the document was made from: the data's figures and their places, the texts
    /// its words came from ([`Document::check`] places its findings by them). Not
    /// serialised, and empty for a document read from Markdown.
    #[serde(skip)]
    pub sources: Sources,
    /// What is wrong with the frame as written (an impossible 成文日期), found while the
    /// document was made; [`Document::check`] places and reports it.
    #[serde(skip)]
    pub frame_findings: Vec<Finding>,
}

/// 报头 of a 简报 or 工作信息: the red name, the issue, and the editing unit and date.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Masthead {
    /// The publication's name, for example "工会工作信息"; printed large and red.
    pub name: String,
    /// The issue, for example "第12期".
    pub issue: Option<String>,
    /// The editing unit, for example "某某市总工会办公室编"; at the left under the issue.
    pub editor: Option<String>,
    /// The date of the issue, written "2023年6月30日"; at the right under the issue.
    pub date: Option<String>,
}

/// One distribution line of a 简报's 版记, such as "报：省总工会，市委办公室".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Distribution {
    /// What is done with the copies: 报, 送 or 发.
    pub label: String,
    /// To whom, as one text: "省总工会，市委办公室".
    pub to: String,
}

/// One list of people at a meeting, in a 纪要: "出席", "请假" or "列席", and the names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attendance {
    /// 出席, 请假 or 列席; printed in 黑体 with a full-width colon after it.
    pub label: String,
    /// The units and names, as one text: "张三、李四、王五（市总工会）".
    pub names: String,
}

/// 版头: the part above the red rule (GB/T 9704-2012 §7.2).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Header {
    /// 份号, six digits.
    pub copy_number: Option<String>,
    /// 密级和保密期限, for example "秘密★1年".
    pub secrecy: Option<String>,
    /// 紧急程度: "特急" or "加急".
    pub urgency: Option<String>,
    /// 发文机关: one, or several for 联合行文 (主办机关 first).
    pub agencies: Vec<String>,
    /// The word after the agency names, usually "文件"; empty for none.
    pub suffix: String,
    /// 发文字号, for example "鲁直机工字〔2022〕17号".
    pub doc_number: Option<String>,
    /// 签发人 (上行文), in order.
    pub signers: Vec<String>,
    /// A 纪要's 编发单位, at the left of a line under its 期号, as many 纪要 print it
    /// (GB/T 9704 §10.3 leaves the line to the office); printed in the 纪要格式 only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub editor: Option<String>,
    /// The date at the right of that line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edited: Option<String>,
}

impl Header {
    /// Whether it names an agency, so that it has a red 发文机关标志 (and the red rule
    /// under the 版头). Without one (a web-published document's "某街办〔2018〕4号" over
    /// its title) the 份号, 密级, 紧急程度 and 发文字号 stand one a line at the top of the
    /// 版心, in black, and the suffix is not printed (docs/formats.md).
    pub fn has_mark(&self) -> bool {
        self.agencies.iter().any(|a| !a.trim().is_empty())
    }
}

/// The title and the optional 题注 line under it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Title {
    /// The title text.
    pub text: Vec<Inline>,
    /// A parenthesised note under the title, for example "（2015年9月23日……通过）".
    pub note: Option<Vec<Inline>>,
}

/// The end of the 主体: 附件说明, 署名, 成文日期, 印章, 附注.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Closing {
    /// 发文机关署名, one line per agency.
    pub signatures: Vec<String>,
    /// 成文日期, written "2022年2月18日".
    pub date: Option<String>,
    /// 印章: a path to the seal image, relative to the data file.
    pub seal: Option<String>,
    /// 附注, printed in parentheses under the date.
    pub note: Option<Vec<Inline>>,
}

/// An attachment: its own title and body, on pages of its own.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Attachment {
    /// The attachment's title.
    pub title: Vec<Inline>,
    /// The attachment's body, numbered independently of the main body.
    pub body: Body,
    /// A forwarded document (转发): printed without the "附件" label and not listed in 附件说明.
    pub forwarded: bool,
    /// The words the 附件说明 lists it by, where they differ from its title
    /// (`{.attachment listed=…}`): "名单（共3项）" over a page titled "名单".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub listed_as: Option<Vec<Inline>>,
    /// Sent separately (`{.attachment .separate}`): listed in 附件说明 under its number,
    /// but its body is not part of this document, so it has no pages here.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub separate: bool,
}

/// 版记: 抄送, 印发机关 and 印发日期, ruled off at the foot of the last page.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Colophon {
    /// 抄送机关.
    pub cc: Vec<String>,
    /// 印发机关.
    pub printer: Option<String>,
    /// 印发日期.
    pub print_date: Option<String>,
    /// Distribution lines (报, 送, 发) of a 简报, printed before 抄送.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub distribution: Vec<Distribution>,
}

impl Document {
    /// Attachments listed in 附件说明 (all but forwarded documents), in order.
    pub fn listed_attachments(&self) -> impl Iterator<Item = &Attachment> {
        self.attachments.iter().filter(|a| !a.forwarded)
    }

    /// Every block of the body and of the attachments, in reading order (sections whole).
    pub fn blocks(&self) -> impl Iterator<Item = &Block> {
        self.body
            .blocks
            .iter()
            .chain(self.attachments.iter().flat_map(|a| a.body.blocks.iter()))
    }

    /// Every figure the body and the attachments print, in reading order.
    pub fn figures(&self) -> Vec<&Metric> {
        let mut out = Vec::new();
        for block in self.blocks() {
            block_figures(block, &mut out);
        }
        out
    }

    /// Marks every printed figure named in `names` as faulty, so that it prints marked.
    pub fn mark_faulty(&mut self, names: &std::collections::BTreeSet<String>) {
        fn runs(list: &mut [Inline], names: &std::collections::BTreeSet<String>) {
            for run in list {
                match run {
                    Inline::Metric(m) => m.faulty |= names.contains(&m.name),
                    Inline::Lead(inner) => runs(inner, names),
                    Inline::Text(_) => {}
                }
            }
        }
        fn blocks(list: &mut [Block], names: &std::collections::BTreeSet<String>) {
            for block in list {
                match block {
                    Block::Paragraph(r) => runs(r, names),
                    Block::Table(t) => {
                        for cell in t.header.iter_mut().chain(t.rows.iter_mut().flatten()) {
                            runs(cell, names);
                        }
                    }
                    Block::Section(s) => {
                        runs(&mut s.heading, names);
                        blocks(&mut s.blocks, names);
                    }
                }
            }
        }
        blocks(&mut self.body.blocks, names);
        for a in &mut self.attachments {
            blocks(&mut a.body.blocks, names);
        }
    }

    /// Adds to [`Document::metrics`] each figure the text uses but the template does not
    /// declare, with the unit it is written with (a declared one without a unit takes it too).
    pub fn declare_used_metrics(&mut self) {
        let uses: Vec<(String, String)> = self
            .figures()
            .into_iter()
            .map(|m| (m.name.clone(), m.unit.clone()))
            .collect();
        for (name, unit) in uses {
            crate::declare_use(&mut self.metrics, name, unit);
        }
    }
}

fn block_figures<'a>(block: &'a Block, out: &mut Vec<&'a Metric>) {
    match block {
        Block::Paragraph(runs) => inline_figures(runs, out),
        Block::Table(t) => {
            for cell in t.header.iter().chain(t.rows.iter().flatten()) {
                inline_figures(cell, out);
            }
        }
        Block::Section(s) => {
            for b in &s.blocks {
                block_figures(b, out);
            }
            inline_figures(&s.heading, out);
        }
    }
}

fn inline_figures<'a>(runs: &'a [Inline], out: &mut Vec<&'a Metric>) {
    for run in runs {
        match run {
            Inline::Metric(m) => out.push(m),
            Inline::Lead(inner) => inline_figures(inner, out),
            Inline::Text(_) => {}
        }
    }
}
