//! Reading a document into lines of text and tables, by its kind: plain text (UTF-8 or
//! GB18030) here, Markdown in [`crate::markdown`], Word in [`crate::docx`].

use crate::Error;
use crate::line::Line;
use gongwen_i18n::tr;
use gongwen_unzip::Limits;
use std::io::Read;
use std::path::Path;

/// The lines of the document at `path`, by its extension: `.docx`, `.md`, anything else as
/// text; a file (or a .docx unpacked) larger than `limits` allow is refused unread.
pub fn read(path: &Path, limits: Limits) -> Result<Vec<Line>, Error> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let bytes = bounded(path, limits.max_bytes)?;
    match ext.as_str() {
        "docx" => crate::docx::read(path, &bytes, limits),
        "doc" | "wps" => Err(Error::new(path, tr!("import-old-word"))),
        "md" | "markdown" => Ok(crate::markdown::lines(&text_of(path, &bytes)?)),
        _ => Ok(text_lines(&text_of(path, &bytes)?)),
    }
}

/// The bytes of the file at `path`, refused when it holds more than `max` bytes (read no
/// further than that, whatever its size claims).
fn bounded(path: &Path, max: u64) -> Result<Vec<u8>, Error> {
    let cannot = |e: std::io::Error| Error::new(path, crate::messages::io_reason(&e));
    let file = std::fs::File::open(path).map_err(cannot)?;
    let mut bytes = Vec::new();
    file.take(max + 1).read_to_end(&mut bytes).map_err(cannot)?;
    if bytes.len() as u64 > max {
        let mb = max.div_ceil(gongwen_unzip::MB);
        return Err(Error::new(path, tr!("import-too-large", mb = mb)));
    }
    Ok(bytes)
}

/// The text of a text file, refused when it is binary (a NUL or another control
/// character that no text holds).
fn text_of(path: &Path, bytes: &[u8]) -> Result<String, Error> {
    let text = decode(bytes);
    let binary = text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'));
    if binary {
        return Err(Error::new(path, tr!("import-not-text")));
    }
    Ok(text)
}

/// Text from bytes: UTF-16 with its byte-order mark (Windows' "Unicode" text), UTF-8
/// (with or without BOM), else GB18030 as Chinese Windows saves it.
pub fn decode(bytes: &[u8]) -> String {
    if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(bytes)
        && encoding != encoding_rs::UTF_8
    {
        return encoding.decode_with_bom_removal(bytes).0.into_owned();
    }
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
}
