//! The body of 公文 Markdown → numbered sections, paragraphs, tables and attachments,
//! read from pulldown-cmark's events.

use crate::leads::{LEAD_CLOSE, LEAD_OPEN, close_lead, mark_leads};
use crate::metric_tag;
use gongwen_model::{Attachment, Block, Body, Inline, Section, Table, plain_text};
use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// Reads the body `text`: the main body and the attachments it starts, each numbered.
pub(crate) fn parse_body(text: &str) -> (Body, Vec<Attachment>) {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_HEADING_ATTRIBUTES | Options::ENABLE_STRIKETHROUGH;
    let marked = mark_leads(text);
    let mut reader = Reader::default();
    for event in Parser::new_ext(&marked, options) {
        reader.event(event);
    }
    let mut b = reader.blocks;
    b.close_to(1);
    b.main.lift_closing_lines();
    b.main.renumber();
    for a in &mut b.attachments {
        a.body.lift_closing_lines();
        a.body.renumber();
        // Text under a `.separate` attachment prints on its pages rather than vanish.
        a.separate &= a.body.blocks.is_empty();
    }
    (b.main, b.attachments)
}

/// Where blocks go while parsing: the main body, or the attachment begun last.
#[derive(Default)]
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
        while let Some(section) = self.open.pop_if(|s| s.level >= level) {
            self.push(Block::Section(section));
        }
    }
}

/// The parser's state between events.
#[derive(Default)]
struct Reader {
    blocks: Builder,
    /// Inline runs being collected, innermost last.
    stack: Vec<Vec<Inline>>,
    table: Option<Table>,
    row: Vec<Vec<Inline>>,
    in_head: bool,
    /// The next number of each open list (`None` for a bulleted list).
    list_numbers: Vec<Option<u64>>,
    open_leads: usize,
}

impl Reader {
    fn event(&mut self, event: Event<'_>) {
        if self.open_leads > 0
            && matches!(
                event,
                Event::End(
                    TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::TableCell | TagEnd::Item
                )
            )
        {
            for _ in 0..std::mem::take(&mut self.open_leads) {
                close_lead(&mut self.stack);
            }
        }
        match event {
            Event::InlineHtml(html) if &*html == LEAD_OPEN => {
                self.open_leads += 1;
                self.stack.push(Vec::new());
            }
            Event::InlineHtml(html) if &*html == LEAD_CLOSE && self.open_leads > 0 => {
                self.open_leads -= 1;
                close_lead(&mut self.stack);
            }
            Event::InlineHtml(html) if &*html == LEAD_CLOSE => {}
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) | Event::Code(t) => push_into(&mut self.stack, &t),
            Event::SoftBreak | Event::HardBreak => push_into(&mut self.stack, "\n"),
            Event::InlineHtml(html) | Event::Html(html) => self.html(&html),
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Heading {
                level,
                classes,
                attrs,
                ..
            } if level == HeadingLevel::H1 && starts_attachment(&classes) => {
                self.blocks.close_to(1);
                let has = |name: &str| classes.iter().any(|c| &**c == name);
                let listed_as = attrs
                    .iter()
                    .find(|(k, _)| &**k == "listed")
                    .and_then(|(_, v)| v.as_deref())
                    .filter(|v| !v.is_empty())
                    .map(|v| vec![Inline::Text(v.to_string())]);
                self.blocks.attachments.push(Attachment {
                    forwarded: has("forwarded"),
                    separate: has("separate") && !has("forwarded"),
                    listed_as,
                    ..Attachment::default()
                });
                self.stack.push(Vec::new());
            }
            Tag::Paragraph | Tag::Heading { .. } | Tag::TableCell | Tag::Strong => {
                self.stack.push(Vec::new())
            }
            Tag::Item => {
                let marker = match self.list_numbers.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        vec![Inline::Text(format!("{}.", *n - 1))]
                    }
                    _ => Vec::new(),
                };
                self.stack.push(marker);
            }
            Tag::List(first) => {
                // A list inside an item: the item's own text prints first, above it.
                if let Some(item) = self.stack.last_mut().filter(|i| !i.is_empty()) {
                    let runs = tidy(std::mem::take(item));
                    self.blocks.push(Block::Paragraph(runs));
                }
                self.list_numbers.push(first)
            }
            // Text indented four spaces (a 首行缩进 typed by hand) or fenced is a code
            // block to Markdown: it prints as paragraphs, never dropped.
            Tag::CodeBlock(_) => self.stack.push(Vec::new()),
            Tag::Table(_) => self.table = Some(Table::default()),
            Tag::TableHead => self.in_head = true,
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::List(_) => {
                self.list_numbers.pop();
            }
            TagEnd::Paragraph => {
                let runs = tidy(self.stack.pop().unwrap_or_default());
                if let Some(item) = self.stack.last_mut() {
                    item.extend(runs);
                } else if !runs.is_empty() {
                    self.blocks.push(Block::Paragraph(runs));
                }
            }
            TagEnd::Item => {
                let runs = tidy(self.stack.pop().unwrap_or_default());
                if !runs.is_empty() {
                    self.blocks.push(Block::Paragraph(runs));
                }
            }
            TagEnd::CodeBlock => {
                let text = plain_text(&self.stack.pop().unwrap_or_default());
                for para in text.split("\n\n") {
                    let lines: Vec<&str> = para.lines().map(str::trim).collect();
                    let runs = tidy(vec![Inline::Text(lines.join("\n"))]);
                    if !runs.is_empty() {
                        self.blocks.push(Block::Paragraph(runs));
                    }
                }
            }
            TagEnd::Strong => close_lead(&mut self.stack),
            TagEnd::Heading(level) => self.heading(level),
            TagEnd::TableHead => {
                self.in_head = false;
                if let Some(t) = self.table.as_mut() {
                    t.header = std::mem::take(&mut self.row);
                }
            }
            TagEnd::TableCell => self.row.push(tidy(self.stack.pop().unwrap_or_default())),
            TagEnd::TableRow if !self.in_head => {
                if let Some(t) = self.table.as_mut() {
                    t.rows.push(std::mem::take(&mut self.row));
                }
            }
            TagEnd::Table => {
                if let Some(t) = self.table.take() {
                    self.blocks.push(Block::Table(t));
                }
            }
            _ => {}
        }
    }

    /// A heading ends: an attachment's title, or a section opens. A heading of level 2
    /// or lower that ends in 。！？ runs into its paragraph.
    fn heading(&mut self, level: HeadingLevel) {
        let runs = tidy(self.stack.pop().unwrap_or_default());
        let b = &mut self.blocks;
        let untitled = b.open.is_empty();
        if let Some(a) = b
            .attachments
            .last_mut()
            .filter(|a| untitled && a.title.is_empty() && a.body.blocks.is_empty())
        {
            a.title = runs;
            return;
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

    /// A metric tag becomes a figure (a paragraph of its own outside any text); other
    /// HTML prints as written.
    fn html(&mut self, html: &str) {
        match metric_tag::read(html) {
            Some(metric) => match self.stack.last_mut() {
                Some(top) => top.push(Inline::Metric(metric)),
                None => self
                    .blocks
                    .push(Block::Paragraph(vec![Inline::Metric(metric)])),
            },
            None => push_into(&mut self.stack, html),
        }
    }
}

fn starts_attachment(classes: &[CowStr<'_>]) -> bool {
    classes
        .iter()
        .any(|c| &**c == "forwarded" || &**c == "attachment")
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
        if let Some(Inline::Text(last)) = top.last_mut() {
            last.push_str(text);
        } else {
            top.push(Inline::Text(text.to_string()));
        }
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
