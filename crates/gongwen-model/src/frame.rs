//! The frame of a document as a template or a data file states it: 版头 or 报头, title,
//! 主送, 署名, 日期 and 版记, with the figures the template declares.

use crate::{Attendance, Distribution, DocKind, MetricSpec};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The non-body elements of a document, as a template or Markdown file states them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    /// The kind of document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<DocKind>,
    /// The red 版头.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header: Option<HeaderMatter>,
    /// The title; a line break forces a break in the printed title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The 题注 under the title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_note: Option<String>,
    /// 主送机关, or a speech's 称谓.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addressee: Option<String>,
    /// 发文机关署名, one per line.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signatures: Vec<String>,
    /// 成文日期; "2022-02-18" is written "2022年2月18日".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// 印章 image, relative to the data file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seal: Option<String>,
    /// 附注.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// 版记.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colophon: Option<ColophonMatter>,
    /// The 报头 of a 简报 or 工作信息.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub masthead: Option<MastheadMatter>,
    /// The line under the title naming who wrote or sent the piece.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// The 出席, 请假 and 列席 lists of a 纪要: `{label: 出席, names: "张三、李四"}`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendance: Vec<Attendance>,
    /// Printed on one side of each sheet: the 版记 stays on the last page, odd or even.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub single_sided: Option<bool>,
    /// The metrics the template declares: label, unit, kind, range and relations.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub metrics: BTreeMap<String, MetricSpec>,
}

/// The 版头 fields.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeaderMatter {
    /// 份号.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copy_number: Option<String>,
    /// 密级和保密期限.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secrecy: Option<String>,
    /// 紧急程度.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urgency: Option<String>,
    /// 发文机关 names.
    #[serde(default)]
    pub agencies: Vec<String>,
    /// The word after the names; "文件" when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suffix: Option<String>,
    /// 发文字号.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_number: Option<String>,
    /// 签发人.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signers: Vec<String>,
    /// A 纪要's 编发单位, under its 期号 at the left.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub editor: Option<String>,
    /// The date at the right of the 编发单位's line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edited: Option<String>,
}

/// The 版记 fields.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ColophonMatter {
    /// 抄送机关.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cc: Vec<String>,
    /// 印发机关.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub printer: Option<String>,
    /// 印发日期.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub print_date: Option<String>,
    /// Distribution lines of a 简报: `{label: 报, to: "省总工会，市委办公室"}`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub distribution: Vec<Distribution>,
}

/// The 报头 fields of a 简报 or 工作信息.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MastheadMatter {
    /// The publication's name, "工会工作信息".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The issue, "第12期".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue: Option<String>,
    /// The editing unit, "某某市总工会办公室编".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub editor: Option<String>,
    /// The date; "2023-06-30" is written "2023年6月30日".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

impl FrontMatter {
    /// Every field a template's front matter or a data file's `document:` may set, in the
    /// order serde names them (a hint lists them; a test holds them to the struct).
    pub const FIELDS: &[&str] = &[
        "kind",
        "header",
        "title",
        "title_note",
        "addressee",
        "signatures",
        "date",
        "seal",
        "note",
        "colophon",
        "masthead",
        "byline",
        "attendance",
        "single_sided",
        "metrics",
    ];

    /// Takes every field that `other` sets (the data's `document:` entry wins over the template).
    pub fn merge(&mut self, other: FrontMatter) {
        fn take<T>(mine: &mut Option<T>, theirs: Option<T>) {
            if theirs.is_some() {
                *mine = theirs;
            }
        }
        take(&mut self.kind, other.kind);
        take(&mut self.title, other.title);
        take(&mut self.title_note, other.title_note);
        take(&mut self.addressee, other.addressee);
        take(&mut self.date, other.date);
        take(&mut self.seal, other.seal);
        take(&mut self.note, other.note);
        take(&mut self.colophon, other.colophon);
        take(&mut self.byline, other.byline);
        take(&mut self.single_sided, other.single_sided);
        if !other.attendance.is_empty() {
            self.attendance = other.attendance;
        }
        match (&mut self.masthead, other.masthead) {
            (Some(mine), Some(m)) => {
                take(&mut mine.name, m.name);
                take(&mut mine.issue, m.issue);
                take(&mut mine.editor, m.editor);
                take(&mut mine.date, m.date);
            }
            (mine, theirs) => take(mine, theirs),
        }
        if !other.signatures.is_empty() {
            self.signatures = other.signatures;
        }
        match (&mut self.header, other.header) {
            (Some(mine), Some(h)) => {
                take(&mut mine.copy_number, h.copy_number);
                take(&mut mine.secrecy, h.secrecy);
                take(&mut mine.urgency, h.urgency);
                take(&mut mine.suffix, h.suffix);
                take(&mut mine.doc_number, h.doc_number);
                take(&mut mine.editor, h.editor);
                take(&mut mine.edited, h.edited);
                if !h.agencies.is_empty() {
                    mine.agencies = h.agencies;
                }
                if !h.signers.is_empty() {
                    mine.signers = h.signers;
                }
            }
            (mine, theirs) => take(mine, theirs),
        }
    }

    /// Applies `f` to every string, with the field's name, stopping at the first error.
    pub fn try_map_strings<E>(
        &mut self,
        mut f: impl FnMut(&str, &str) -> Result<String, E>,
    ) -> Result<(), E> {
        let mut one = |name: &str, s: &mut String| -> Result<(), E> {
            *s = f(name, s)?;
            Ok(())
        };
        let opt = |name: &str,
                   s: &mut Option<String>,
                   one: &mut dyn FnMut(&str, &mut String) -> Result<(), E>| {
            s.as_mut().map_or(Ok(()), |s| one(name, s))
        };
        opt("title", &mut self.title, &mut one)?;
        opt("title_note", &mut self.title_note, &mut one)?;
        opt("addressee", &mut self.addressee, &mut one)?;
        opt("date", &mut self.date, &mut one)?;
        opt("seal", &mut self.seal, &mut one)?;
        opt("note", &mut self.note, &mut one)?;
        opt("byline", &mut self.byline, &mut one)?;
        if let Some(m) = &mut self.masthead {
            opt("masthead.name", &mut m.name, &mut one)?;
            opt("masthead.issue", &mut m.issue, &mut one)?;
            opt("masthead.editor", &mut m.editor, &mut one)?;
            opt("masthead.date", &mut m.date, &mut one)?;
        }
        for s in &mut self.signatures {
            one("signatures", s)?;
        }
        for a in &mut self.attendance {
            one("attendance", &mut a.label)?;
            one("attendance", &mut a.names)?;
        }
        if let Some(h) = &mut self.header {
            opt("header.copy_number", &mut h.copy_number, &mut one)?;
            opt("header.secrecy", &mut h.secrecy, &mut one)?;
            opt("header.urgency", &mut h.urgency, &mut one)?;
            opt("header.suffix", &mut h.suffix, &mut one)?;
            opt("header.doc_number", &mut h.doc_number, &mut one)?;
            opt("header.editor", &mut h.editor, &mut one)?;
            opt("header.edited", &mut h.edited, &mut one)?;
            for s in h.agencies.iter_mut().chain(h.signers.iter_mut()) {
                one("header", s)?;
            }
        }
        if let Some(c) = &mut self.colophon {
            opt("colophon.printer", &mut c.printer, &mut one)?;
            opt("colophon.print_date", &mut c.print_date, &mut one)?;
            for s in &mut c.cc {
                one("colophon.cc", s)?;
            }
            for d in &mut c.distribution {
                one("colophon.distribution", &mut d.label)?;
                one("colophon.distribution", &mut d.to)?;
            }
        }
        Ok(())
    }
}

impl crate::Document {
    /// The document a frame, a body and attachments make: dates written the Chinese way
    /// ("2022-02-18" → "2022年2月18日"), 文件 after the agency names unless the frame
    /// says otherwise, and lines a template left blank (no 送 in the data) dropped.
    /// The frame's declared figures become [`Document::metrics`].
    pub fn from_frame(
        front: FrontMatter,
        body: crate::Body,
        attachments: Vec<crate::Attachment>,
    ) -> crate::Document {
        use crate::{Closing, Colophon, Header, Masthead, Title, chinese_date};
        let runs = plain;
        let mut frame_findings = crate::frame_checks::findings(&front);
        frame_findings.extend(crate::format_checks::findings(&front));
        let kind = front.kind.unwrap_or_default();
        crate::Document {
            kind,
            header: front.header.map(|h| Header {
                copy_number: h.copy_number,
                secrecy: h.secrecy,
                urgency: h.urgency,
                agencies: h.agencies,
                suffix: h.suffix.unwrap_or_else(|| kind.default_suffix().into()),
                doc_number: given(h.doc_number),
                signers: h.signers,
                editor: given(h.editor),
                edited: given(h.edited),
            }),
            title: Title {
                text: front.title.as_deref().map(runs).unwrap_or_default(),
                note: front.title_note.as_deref().map(runs),
            },
            addressee: front.addressee.as_deref().map(runs),
            body,
            closing: Closing {
                signatures: front.signatures,
                date: front.date.as_deref().map(chinese_date),
                seal: front.seal,
                note: front.note.as_deref().map(unbracketed).map(runs),
            },
            attachments,
            colophon: front.colophon.map(|c| Colophon {
                cc: c.cc,
                printer: c.printer,
                print_date: c.print_date.as_deref().map(chinese_date),
                distribution: c
                    .distribution
                    .into_iter()
                    .filter(|d| !d.to.trim().is_empty())
                    .collect(),
            }),
            masthead: front.masthead.map(|m| Masthead {
                name: m.name.unwrap_or_default(),
                issue: given(m.issue),
                editor: given(m.editor),
                date: given(m.date).as_deref().map(chinese_date),
            }),
            byline: given(front.byline).as_deref().map(runs),
            attendance: front
                .attendance
                .into_iter()
                .filter(|a| !a.names.trim().is_empty())
                .collect(),
            single_sided: front.single_sided.unwrap_or(false),
            metrics: front.metrics,
            sources: crate::Sources::default(),
            frame_findings,
        }
    }
}

/// A 附注 without the parentheses around it: every layout puts them there, so a note
/// written "（联系人：张三）" prints once bracketed, as "联系人：张三" does. Only a pair
/// that encloses the whole note is taken off ("（甲）和（乙）" keeps its own).
fn unbracketed(note: &str) -> &str {
    let trimmed = note.trim();
    for (open, close) in [('（', '）'), ('(', ')')] {
        let Some(inner) = trimmed
            .strip_prefix(open)
            .and_then(|rest| rest.strip_suffix(close))
        else {
            continue;
        };
        let mut depth = 0i32;
        let encloses = inner.chars().all(|c| {
            depth += i32::from(c == open) - i32::from(c == close);
            depth >= 0
        });
        if encloses && depth == 0 {
            return inner;
        }
    }
    note
}

/// A value that is there and not blank: a template writes "" for data that has none.
fn given(value: Option<String>) -> Option<String> {
    value.filter(|v| !v.trim().is_empty())
}

/// A frame string as runs: plain text, never Markdown (titles keep their line breaks).
fn plain(text: &str) -> Vec<crate::Inline> {
    if text.is_empty() {
        Vec::new()
    } else {
        vec![crate::Inline::Text(text.to_string())]
    }
}

#[cfg(test)]
mod tests {
    use super::unbracketed;

    #[test]
    fn a_note_loses_only_the_brackets_around_all_of_it() {
        assert_eq!(
            unbracketed("（联系人：张三，电话：1234）"),
            "联系人：张三，电话：1234"
        );
        assert_eq!(unbracketed("(联系人：张三)"), "联系人：张三");
        assert_eq!(unbracketed("联系人：张三"), "联系人：张三");
        assert_eq!(unbracketed("（甲）和（乙）"), "（甲）和（乙）");
        assert_eq!(
            unbracketed("（此件公开发布）（联系人：张三）"),
            "（此件公开发布）（联系人：张三）"
        );
    }
}
