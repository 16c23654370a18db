//! Reading a Word `.docx`: the paragraphs and tables of `word/document.xml`, in order.

use crate::Error;
use crate::line::Line;
use gongwen_i18n::tr;
use gongwen_unzip::Limits;
use quick_xml::Reader;
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::Event;
use std::fmt;
use std::path::Path;

/// Why `word/document.xml` could not be read.
#[derive(Debug)]
pub enum XmlError {
    /// The XML is malformed.
    Xml(quick_xml::Error),
    /// An entity other than the five XML predefines.
    Entity(String),
}

impl fmt::Display for XmlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // The parser's own words name its internals; the user needs to know the file
            // is damaged.
            XmlError::Xml(_) => f.write_str(&tr!("import-docx-damaged")),
            XmlError::Entity(name) => f.write_str(&tr!("import-docx-entity", name = name)),
        }
    }
}

impl std::error::Error for XmlError {}

/// The lines of a `.docx` file's main text: one per paragraph (a manual line break
/// starts another), tables as tables. Headers, footers and notes are left out. The
/// archive is opened within `limits`: a zip bomb is refused before it expands.
pub fn read(path: &Path, bytes: &[u8], limits: Limits) -> Result<Vec<Line>, Error> {
    let xml = gongwen_unzip::open(bytes, limits)
        .and_then(|mut archive| archive.read("word/document.xml"))
        .map_err(|e| Error::new(path, unzip_message(&e)))?;
    let xml = String::from_utf8(xml).map_err(|_| Error::new(path, tr!("import-docx-damaged")))?;
    parse(&xml).map_err(|e| Error::new(path, e.to_string()))
}

/// Why the archive could not be opened or its main text unpacked, in words: a .docx's own
/// faults (not a zip, no body) said for a .docx, the rest (limits with the flag that raises
/// them, a damaged entry) as gongwen-unzip says them.
fn unzip_message(e: &gongwen_unzip::Error) -> String {
    use gongwen_unzip::Error as Zip;
    let message = match e {
        Zip::NotZip(_) => tr!("import-docx-not-zip"),
        Zip::Missing(name) => tr!("import-docx-missing", name = name),
        other => other.to_string(),
    };
    match e.hint() {
        Some(hint) => format!("{message}\n  = {}", tr!("import-hint", hint = hint)),
        None => message,
    }
}

/// Where the reader is inside the body.
#[derive(Default)]
struct State {
    out: Vec<Line>,
    paragraph: String,
    in_text: bool,
    /// Open tables (nested ones are flattened into the cell text of the outer one).
    tables: usize,
    rows: Vec<Vec<String>>,
    cell: String,
}

impl State {
    fn end_paragraph(&mut self) {
        let text = std::mem::take(&mut self.paragraph);
        if self.tables > 0 {
            self.cell.push_str(&text);
        } else {
            self.out
                .extend(text.split('\n').map(|l| Line::Text(l.to_string())));
        }
    }
}

/// The lines of `word/document.xml`.
pub fn parse(xml: &str) -> Result<Vec<Line>, XmlError> {
    let mut reader = Reader::from_str(xml);
    let mut s = State::default();
    loop {
        let event = reader.read_event().map_err(XmlError::Xml)?;
        match event {
            Event::Start(e) => match e.local_name().as_ref() {
                "t" => s.in_text = true,
                "tbl" => s.tables += 1,
                "tr" if s.tables == 1 => s.rows.push(Vec::new()),
                "tc" if s.tables == 1 => s.cell.clear(),
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                "tab" => s.paragraph.push_str("  "),
                "br" | "cr" => s.paragraph.push('\n'),
                _ => {}
            },
            Event::Text(t) if s.in_text => s.paragraph.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if s.in_text => {
                match r.resolve_char_ref().map_err(XmlError::Xml)? {
                    Some(c) => s.paragraph.push(c),
                    None => {
                        let name = r.xml10_content();
                        let text = resolve_predefined_entity(&name)
                            .ok_or_else(|| XmlError::Entity(name.to_string()))?;
                        s.paragraph.push_str(text);
                    }
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                "t" => s.in_text = false,
                "p" => s.end_paragraph(),
                "tc" if s.tables == 1 => {
                    let cell = std::mem::take(&mut s.cell);
                    if let Some(row) = s.rows.last_mut() {
                        row.push(cell.trim().to_string());
                    }
                }
                "tbl" => {
                    s.tables = s.tables.saturating_sub(1);
                    if s.tables == 0 && !s.rows.is_empty() {
                        s.out.push(Line::Table(std::mem::take(&mut s.rows)));
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(s.out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_breaks_and_tables() {
        let xml = r#"<w:document xmlns:w="x"><w:body>
            <w:p><w:r><w:t>关于</w:t></w:r><w:r><w:t xml:space="preserve">召开 &amp; 会议</w:t></w:r></w:p>
            <w:p><w:r><w:t>办公室编</w:t><w:tab/><w:t>2023年</w:t><w:br/><w:t>下一行</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>地区</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>户数</w:t></w:r></w:p></w:tc></w:tr>
            <w:tr><w:tc><w:p><w:r><w:t>济南</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1200</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            </w:body></w:document>"#;
        let lines = parse(xml).unwrap();
        assert_eq!(
            lines,
            vec![
                Line::Text("关于召开 & 会议".into()),
                Line::Text("办公室编  2023年".into()),
                Line::Text("下一行".into()),
                Line::Table(vec![
                    vec!["地区".into(), "户数".into()],
                    vec!["济南".into(), "1200".into()]
                ]),
            ]
        );
    }
}
