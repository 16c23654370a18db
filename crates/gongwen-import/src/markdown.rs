//! Reading Markdown through pulldown-cmark: each line of a paragraph or heading a line of
//! text, pipe tables as tables; heading, emphasis and escape marks dropped, list markers kept
//! (they are heading numbers to the importer: "1. 加强领导").

use crate::line::Line;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The lines of a Markdown document (its YAML front matter, if any, left out).
pub(crate) fn lines(text: &str) -> Vec<Line> {
    let options = Options::ENABLE_TABLES | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut reader = Reader::default();
    let text = &without_strong_marks(text);
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        reader.event(event, &text[range.start..]);
    }
    reader.end_line();
    reader.out
}

/// The text without its `**` and `__` marks (outside code spans).
///
/// CommonMark will not close `**一是……。**要` (a closing `**` after punctuation and before a
/// letter does not count), yet that is how Chinese writers mark a run-in lead; the marks go
/// before CommonMark reads the text, as the renderer's leads do.
fn without_strong_marks(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut code = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                out.push(c);
                out.extend(chars.next());
            }
            '`' => {
                code = !code;
                out.push(c);
            }
            '*' | '_' if !code && chars.peek() == Some(&c) => {
                chars.next();
            }
            '\n' => {
                code = false;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Where the reader is.
#[derive(Default)]
struct Reader {
    out: Vec<Line>,
    /// The line being read.
    line: String,
    /// Inside the front matter.
    metadata: bool,
    /// The rows of the table being read, and its row and cell.
    rows: Vec<Vec<String>>,
    row: Vec<String>,
    cell: Option<String>,
}

impl Reader {
    /// Takes in one event; `from` is the source from where the event starts.
    fn event(&mut self, event: Event<'_>, from: &str) {
        match event {
            Event::Start(Tag::MetadataBlock(_)) => self.metadata = true,
            Event::End(TagEnd::MetadataBlock(_)) => self.metadata = false,
            Event::Start(Tag::List(_)) => self.end_line(),
            Event::Start(Tag::Item) => {
                self.end_line();
                // The marker as typed ("1." "2)" "-"): to the importer a number is a heading's.
                let marker = from.split(char::is_whitespace).next().unwrap_or_default();
                self.line.push_str(marker);
                self.line.push(' ');
            }
            Event::Start(Tag::TableCell) => self.cell = Some(String::new()),
            Event::End(TagEnd::TableCell) => {
                let cell = self.cell.take().unwrap_or_default();
                self.row.push(cell.trim().to_string());
            }
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => {
                self.rows.push(std::mem::take(&mut self.row));
            }
            Event::End(TagEnd::Table) => {
                self.out.push(Line::Table(std::mem::take(&mut self.rows)));
            }
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::CodeBlock
                | TagEnd::HtmlBlock
                | TagEnd::BlockQuote(_),
            ) => self.end_line(),
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                self.text(&t);
            }
            Event::SoftBreak | Event::HardBreak => self.end_line(),
            _ => {}
        }
    }

    /// Text of the current line or cell; a line break in it (a code or HTML block) ends a line.
    fn text(&mut self, text: &str) {
        if self.metadata {
            return;
        }
        if let Some(cell) = &mut self.cell {
            cell.push_str(text);
            return;
        }
        let mut parts = text.split('\n');
        self.line.push_str(parts.next().unwrap_or_default());
        for part in parts {
            self.end_line();
            self.line.push_str(part);
        }
    }

    fn end_line(&mut self) {
        if !self.line.is_empty() {
            self.out.push(Line::Text(std::mem::take(&mut self.line)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Line {
        Line::Text(s.into())
    }

    #[test]
    fn markdown_marks_are_dropped() {
        let lines = lines(
            "## 一、总体要求\n**一是**学习\\*。\n\n|地区|户数|\n|---|--:|\n|济南|1200|\n\n**（一）摸清底数。**各级`**`\n",
        );
        assert_eq!(lines[0], text("一、总体要求"));
        assert_eq!(lines[1], text("一是学习*。"));
        assert_eq!(
            lines[2],
            Line::Table(vec![
                vec!["地区".into(), "户数".into()],
                vec!["济南".into(), "1200".into()]
            ])
        );
        assert_eq!(lines[3], text("（一）摸清底数。各级**"));
    }

    #[test]
    fn lines_list_markers_and_front_matter() {
        let lines = lines(
            "---\ntitle: x\n---\n# 标题\n\n主送：\n第一行\n第二行  \n第三行\n\n1. 加强领导\n2) 落实\n- 项\n\n> 引文\n",
        );
        let want = [
            "标题",
            "主送：",
            "第一行",
            "第二行",
            "第三行",
            "1. 加强领导",
            "2) 落实",
            "- 项",
            "引文",
        ];
        assert_eq!(lines, want.map(text));
    }
}
