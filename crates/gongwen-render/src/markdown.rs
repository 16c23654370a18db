//! 公文 Markdown -> document model: front matter for the frame, pulldown-cmark for the body.

use crate::error::Error;
use crate::frontmatter::{FrontMatter, split};
use crate::leads::{LEAD_CLOSE, LEAD_OPEN, close_lead, mark_leads};
use crate::metric_tag;
use gongwen_model::{
    Attachment, Block, Body, Closing, Colophon, Document, Header, Inline, Masthead, Section, Table,
    Title, chinese_date,
};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::path::Path;

/// Builds the document that the Markdown `text` (from `file`) describes.
pub fn parse(text: &str, file: &Path) -> Result<Document, Error> {
    let (fm_text, body_start) = split(text);
    let front: FrontMatter = if fm_text.trim().is_empty() {
        FrontMatter::default()
    } else {
        serde_saphyr::from_str(fm_text).map_err(|e| {
            let (line, col) = e
                .location()
                .map(|l| (l.line() as usize + 1, l.column() as usize))
                .unwrap_or((1, 1));
            Error::new(
                file,
                format!(
                    "front matter: {}",
                    e.to_string().lines().next().unwrap_or_default()
                ),
            )
            .at(line, col)
        })?
    };
    let (body, attachments) = parse_body(&text[body_start..]);
    Ok(assemble(front, body, attachments))
}

fn assemble(front: FrontMatter, body: Body, attachments: Vec<Attachment>) -> Document {
    let runs = plain;
    Document {
        kind: front.kind.unwrap_or_default(),
        header: front.header.map(|h| Header {
            copy_number: h.copy_number,
            secrecy: h.secrecy,
            urgency: h.urgency,
            agencies: h.agencies,
            suffix: h.suffix.unwrap_or_else(|| "文件".into()),
            doc_number: h.doc_number,
            signers: h.signers,
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
            note: front.note.as_deref().map(runs),
        },
        attachments,
        colophon: front.colophon.map(|c| Colophon {
            cc: c.cc,
            printer: c.printer,
            print_date: c.print_date.as_deref().map(chinese_date),
            // A line a template leaves empty (no 送 in the data) is not printed.
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
    }
}

/// A value that is there and not blank: a template writes "" for data that has none.
fn given(value: Option<String>) -> Option<String> {
    value.filter(|v| !v.trim().is_empty())
}

/// A front matter string as runs: plain text, never Markdown (titles keep their line breaks).
fn plain(text: &str) -> Vec<Inline> {
    if text.is_empty() {
        Vec::new()
    } else {
        vec![Inline::Text(text.to_string())]
    }
}

/// Where blocks go while parsing: the main body, or the attachment begun last.
struct Builder {
    main: Body,
    attachments: Vec<Attachment>,
    open: Vec<Section>,
}

impl Builder {
    fn container(&mut self) -> &mut Vec<Block> {
        match self.attachments.last_mut() {
            Some(a) => &mut a.body.blocks,
            None => &mut self.main.blocks,
        }
    }

    fn push(&mut self, block: Block) {
        match self.open.last_mut() {
            Some(section) => section.blocks.push(block),
            None => self.container().push(block),
        }
    }

    /// Closes open sections down to (and including) `level`.
    fn close_to(&mut self, level: u8) {
        while self.open.last().is_some_and(|s| s.level >= level) {
            let section = self.open.pop().expect("checked above");
            self.push(Block::Section(section));
        }
    }
}

fn parse_body(text: &str) -> (Body, Vec<Attachment>) {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_HEADING_ATTRIBUTES | Options::ENABLE_STRIKETHROUGH;
    let mut b = Builder {
        main: Body::default(),
        attachments: Vec::new(),
        open: Vec::new(),
    };
    let mut stack: Vec<Vec<Inline>> = Vec::new();
    let mut table: Option<Table> = None;
    let mut row: Vec<Vec<Inline>> = Vec::new();
    let mut in_head = false;
    let mut list_numbers: Vec<Option<u64>> = Vec::new();

    let marked = mark_leads(text);
    let mut open_leads = 0usize;
    for event in Parser::new_ext(&marked, options) {
        if open_leads > 0
            && matches!(
                event,
                Event::End(
                    TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::TableCell | TagEnd::Item
                )
            )
        {
            for _ in 0..std::mem::take(&mut open_leads) {
                close_lead(&mut stack);
            }
        }
        match event {
            Event::InlineHtml(html) if &*html == LEAD_OPEN => {
                open_leads += 1;
                stack.push(Vec::new());
            }
            Event::InlineHtml(html) if &*html == LEAD_CLOSE && open_leads > 0 => {
                open_leads -= 1;
                close_lead(&mut stack);
            }
            Event::InlineHtml(html) if &*html == LEAD_CLOSE => {}
            Event::Start(Tag::Heading { level, classes, .. })
                if level == HeadingLevel::H1
                    && classes
                        .iter()
                        .any(|c| &**c == "forwarded" || &**c == "attachment") =>
            {
                b.close_to(1);
                let forwarded = classes.iter().any(|c| &**c == "forwarded");
                b.attachments.push(Attachment {
                    forwarded,
                    ..Attachment::default()
                });
                stack.push(Vec::new());
            }
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::TableCell | Tag::Strong) => {
                stack.push(Vec::new())
            }
            Event::Start(Tag::Item) => {
                let marker = match list_numbers.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}.", *n - 1)
                    }
                    _ => String::new(),
                };
                stack.push(if marker.is_empty() {
                    Vec::new()
                } else {
                    vec![Inline::Text(marker)]
                });
            }
            Event::Start(Tag::List(first)) => list_numbers.push(first),
            Event::End(TagEnd::List(_)) => {
                list_numbers.pop();
            }
            Event::Start(Tag::Table(_)) => table = Some(Table::default()),
            Event::Start(Tag::TableHead) => in_head = true,
            Event::End(TagEnd::Paragraph) => {
                let runs = tidy(stack.pop().unwrap_or_default());
                if let Some(item) = stack.last_mut() {
                    item.extend(runs);
                } else if !runs.is_empty() {
                    b.push(Block::Paragraph(runs));
                }
            }
            Event::End(TagEnd::Item) => {
                let runs = tidy(stack.pop().unwrap_or_default());
                if !runs.is_empty() {
                    b.push(Block::Paragraph(runs));
                }
            }
            Event::End(TagEnd::Strong) => close_lead(&mut stack),
            Event::End(TagEnd::Heading(level)) => {
                let runs = tidy(stack.pop().unwrap_or_default());
                if let Some(a) = b
                    .attachments
                    .last_mut()
                    .filter(|a| a.title.is_empty() && a.body.blocks.is_empty() && b.open.is_empty())
                {
                    a.title = runs;
                    continue;
                }
                let level = heading_level(level);
                b.close_to(level);
                let run_in = level >= 2
                    && gongwen_model::plain_text(&runs)
                        .trim_end()
                        .ends_with(['。', '！', '？']);
                b.open.push(Section {
                    level,
                    label: String::new(),
                    heading: runs,
                    run_in,
                    blocks: Vec::new(),
                });
            }
            Event::End(TagEnd::TableHead) => {
                in_head = false;
                if let Some(t) = table.as_mut() {
                    t.header = std::mem::take(&mut row);
                }
            }
            Event::End(TagEnd::TableCell) => row.push(tidy(stack.pop().unwrap_or_default())),
            Event::End(TagEnd::TableRow) if !in_head => {
                if let Some(t) = table.as_mut() {
                    t.rows.push(std::mem::take(&mut row));
                }
            }
            Event::End(TagEnd::Table) => {
                if let Some(t) = table.take() {
                    b.push(Block::Table(t));
                }
            }
            Event::Text(t) | Event::Code(t) => push_into(&mut stack, &t),
            Event::SoftBreak | Event::HardBreak => push_into(&mut stack, "\n"),
            Event::InlineHtml(html) | Event::Html(html) => match metric_tag::read(&html) {
                Some(metric) => {
                    if stack.is_empty() {
                        stack.push(Vec::new());
                        stack
                            .last_mut()
                            .expect("pushed")
                            .push(Inline::Metric(metric));
                        let runs = stack.pop().unwrap_or_default();
                        b.push(Block::Paragraph(runs));
                    } else if let Some(top) = stack.last_mut() {
                        top.push(Inline::Metric(metric));
                    }
                }
                None => push_into(&mut stack, &html),
            },
            _ => {}
        }
    }
    b.close_to(1);
    b.main.renumber();
    for a in &mut b.attachments {
        a.body.renumber();
    }
    (b.main, b.attachments)
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        _ => 4,
    }
}

fn push_into(stack: &mut [Vec<Inline>], text: &str) {
    if let Some(top) = stack.last_mut() {
        push_text(top, text);
    }
}

fn push_text(runs: &mut Vec<Inline>, text: &str) {
    if let Some(Inline::Text(last)) = runs.last_mut() {
        last.push_str(text);
    } else {
        runs.push(Inline::Text(text.to_string()));
    }
}

/// Joins soft line breaks: nothing between Chinese characters, a space between Latin words.
fn tidy(runs: Vec<Inline>) -> Vec<Inline> {
    runs.into_iter()
        .filter_map(|run| match run {
            Inline::Text(t) => {
                let joined = join_lines(&t);
                (!joined.is_empty()).then_some(Inline::Text(joined))
            }
            Inline::Lead(inner) => Some(Inline::Lead(tidy(inner))),
            other => Some(other),
        })
        .collect()
}

fn join_lines(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        if c != '\n' {
            out.push(c);
            continue;
        }
        let before = out.trim_end().chars().last();
        let after = chars[i + 1..].iter().find(|c| !c.is_whitespace());
        if let (Some(a), Some(b)) = (before, after)
            && a.is_ascii_alphanumeric()
            && b.is_ascii_alphanumeric()
        {
            out.push(' ');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use gongwen_model::plain_text;

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
