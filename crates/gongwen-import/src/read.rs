//! Reading a document into lines of text and tables: plain text (UTF-8 or GB18030) and Markdown.

use crate::Error;
use std::path::Path;

/// One line of the source document, as the writer typed it.
#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    /// A line (paragraph) of text, white space as typed.
    Text(String),
    /// A table: its rows of cells, the first row being the header.
    Table(Vec<Vec<String>>),
}

/// The lines of the document at `path`, by its extension: `.docx`, `.md`, anything else as text.
pub fn read(path: &Path) -> Result<Vec<Line>, Error> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let bytes = std::fs::read(path).map_err(|e| Error::new(path, format!("cannot read: {e}")))?;
    match ext.as_str() {
        "docx" => crate::docx::read(path, &bytes),
        "doc" | "wps" => Err(Error::new(
            path,
            "an old binary Word file; save it as .docx (Word: 另存为 → Word 文档) and import that",
        )),
        "md" | "markdown" => Ok(markdown_lines(&decode(&bytes))),
        _ => Ok(text_lines(&decode(&bytes))),
    }
}

/// Text from bytes: UTF-8 (with or without BOM), else GB18030 as Chinese Windows saves it.
pub fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => encoding_rs::GB18030.decode(bytes).0.into_owned(),
    }
}

/// Plain text: one line per line; runs of lines with the same number (≥ 2) of
/// tab-separated cells become a table.
pub fn text_lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut table: Vec<Vec<String>> = Vec::new();
    for raw in text.split(['\n', '\r', '\u{c}', '\u{2028}', '\u{2029}']) {
        let cells: Vec<String> = raw.split('\t').map(|c| c.trim().to_string()).collect();
        let is_row = cells.len() >= 2 && cells.iter().filter(|c| !c.is_empty()).count() >= 2;
        if is_row && table.last().is_none_or(|r| r.len() == cells.len()) {
            table.push(cells);
            continue;
        }
        flush_table(&mut table, &mut out);
        if is_row {
            table.push(cells);
        } else {
            out.push(Line::Text(raw.replace('\t', "  ")));
        }
    }
    flush_table(&mut table, &mut out);
    out
}

fn flush_table(table: &mut Vec<Vec<String>>, out: &mut Vec<Line>) {
    match table.len() {
        0 => {}
        // One tab-separated line is a line with tabs in it (a date pushed right), not a table.
        1 => out.push(Line::Text(table.remove(0).join("  "))),
        _ => out.push(Line::Table(std::mem::take(table))),
    }
}

/// Markdown as people type it: heading marks, emphasis and escapes dropped, pipe tables kept.
pub fn markdown_lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut table: Vec<Vec<String>> = Vec::new();
    let mut front_matter = text.starts_with("---");
    for (i, raw) in text.lines().enumerate() {
        if front_matter {
            front_matter = !(i > 0 && raw.trim() == "---");
            continue;
        }
        let line = raw.trim();
        if line.starts_with('|') {
            let cells: Vec<String> = line
                .trim_matches('|')
                .split('|')
                .map(|c| inline_markdown(c.trim()))
                .collect();
            let rule = cells
                .iter()
                .all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')));
            if !rule {
                table.push(cells);
            }
            continue;
        }
        if !table.is_empty() {
            out.push(Line::Table(std::mem::take(&mut table)));
        }
        let line = line.trim_start_matches('#').trim_start();
        let line = line.strip_prefix("> ").unwrap_or(line);
        out.push(Line::Text(inline_markdown(line)));
    }
    if !table.is_empty() {
        out.push(Line::Table(table));
    }
    out
}

/// A Markdown line's text: `**`, `__` and backslash escapes removed.
fn inline_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek().is_some_and(|n| n.is_ascii_punctuation()) => {
                out.extend(chars.next());
            }
            '*' | '_' if chars.peek() == Some(&c) => {
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gb18030_text_is_decoded() {
        let (bytes, _, _) = encoding_rs::GB18030.encode("关于召开会议的通知");
        assert_eq!(decode(&bytes), "关于召开会议的通知");
        assert_eq!(decode("\u{feff}通知".as_bytes()), "通知");
    }

    #[test]
    fn tab_separated_rows_become_a_table() {
        let lines = text_lines("表一\n地区\t户数\n济南\t1200\n完。\n日期\t2023年1月1日");
        assert_eq!(lines[0], Line::Text("表一".into()));
        assert_eq!(
            lines[1],
            Line::Table(vec![
                vec!["地区".into(), "户数".into()],
                vec!["济南".into(), "1200".into()]
            ])
        );
        assert_eq!(lines[3], Line::Text("日期  2023年1月1日".into()));
    }

    #[test]
    fn markdown_marks_are_dropped() {
        let lines = markdown_lines(
            "## 一、总体要求\n**一是**学习\\*。\n|地区|户数|\n|---|--:|\n|济南|1200|\n",
        );
        assert_eq!(lines[0], Line::Text("一、总体要求".into()));
        assert_eq!(lines[1], Line::Text("一是学习*。".into()));
        assert_eq!(
            lines[2],
            Line::Table(vec![
                vec!["地区".into(), "户数".into()],
                vec!["济南".into(), "1200".into()]
            ])
        );
    }
}
