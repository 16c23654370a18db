//! Reading a .docx: the zip's parts, each XML part parsed into a small element tree.

use quick_xml::Reader;
use quick_xml::XmlVersion;
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesStart, Event};
use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

/// An XML element: its local name, attributes (local names), child elements and its own text.
#[derive(Debug, Default)]
pub(crate) struct El {
    /// The local name: `p` for `w:p`.
    pub(crate) name: String,
    /// The attributes, by local name, in document order.
    pub(crate) attrs: Vec<(String, String)>,
    /// The child elements, in document order.
    pub(crate) kids: Vec<El>,
    /// The element's own character data (for `w:t` and `w:instrText`, its text).
    pub(crate) text: String,
}

impl El {
    /// The attribute `key` (a local name).
    pub(crate) fn attr(&self, key: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The first child element called `name`.
    pub(crate) fn child(&self, name: &str) -> Option<&El> {
        self.kids.iter().find(|k| k.name == name)
    }

    /// The element reached by following first children called `path[0]`, `path[1]`, ….
    pub(crate) fn at(&self, path: &[&str]) -> Option<&El> {
        path.iter().try_fold(self, |el, name| el.child(name))
    }

    /// Every descendant called `name`, in document order.
    pub(crate) fn all(&self, name: &str) -> Vec<&El> {
        let mut out = Vec::new();
        self.collect(name, &mut out);
        out
    }

    /// Pushes every descendant called `name` onto `out`, in document order.
    fn collect<'a>(&'a self, name: &str, out: &mut Vec<&'a El>) {
        for k in &self.kids {
            if k.name == name {
                out.push(k);
            }
            k.collect(name, out);
        }
    }

    /// The text of every `w:t` inside, in order.
    pub(crate) fn text(&self) -> String {
        if self.name == "t" {
            return self.text.clone();
        }
        self.kids.iter().map(El::text).collect()
    }

    /// A run's own text: its `w:t` children only (runs do not nest, but paragraphs in text
    /// boxes do).
    pub(crate) fn run_text(&self) -> String {
        self.kids
            .iter()
            .filter(|k| k.name == "t")
            .map(El::text)
            .collect()
    }
}

/// The local part of an XML name: `w:pStyle` → `pStyle`.
fn local(qname: &str) -> String {
    qname.rsplit(':').next().unwrap_or(qname).to_string()
}

/// An element (without its children) from a start tag of `part`.
fn element(e: &BytesStart<'_>, part: &str) -> El {
    let attrs = e
        .attributes()
        .map(|a| {
            let a = a.unwrap_or_else(|err| panic!("{part}: bad attribute: {err}"));
            let value = a
                .normalized_value(XmlVersion::Implicit1_0)
                .unwrap_or_else(|err| panic!("{part}: bad attribute value: {err}"));
            (local(a.key.as_ref()), value.into_owned())
        })
        .collect();
    El {
        name: local(e.name().as_ref()),
        attrs,
        ..El::default()
    }
}

/// Parses an XML part into a tree whose root (named `#document`) holds the document element.
fn parse_xml(part: &str, xml: &str) -> El {
    let mut reader = Reader::from_str(xml);
    let mut stack = vec![El {
        name: "#document".into(),
        ..El::default()
    }];
    loop {
        let event = reader
            .read_event()
            .unwrap_or_else(|e| panic!("{part} is not well-formed XML: {e}"));
        match event {
            Event::Start(e) => stack.push(element(&e, part)),
            Event::Empty(e) => {
                let el = element(&e, part);
                stack.last_mut().expect("root").kids.push(el);
            }
            Event::End(_) => {
                let el = stack.pop().expect("open element");
                stack
                    .last_mut()
                    .unwrap_or_else(|| panic!("{part}: unbalanced end tag"))
                    .kids
                    .push(el);
            }
            Event::Text(t) => stack
                .last_mut()
                .expect("root")
                .text
                .push_str(&t.xml10_content()),
            Event::CData(t) => stack
                .last_mut()
                .expect("root")
                .text
                .push_str(&t.xml10_content()),
            Event::GeneralRef(r) => {
                let text = stack.last_mut().expect("root");
                match r
                    .resolve_char_ref()
                    .unwrap_or_else(|e| panic!("{part}: bad character reference: {e}"))
                {
                    Some(c) => text.text.push(c),
                    None => {
                        let name = r.xml10_content();
                        let entity = resolve_predefined_entity(&name)
                            .unwrap_or_else(|| panic!("{part}: unknown entity &{name};"));
                        text.text.push_str(entity);
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(stack.len(), 1, "{part}: unclosed elements at the end");
    stack.pop().expect("root")
}

/// A .docx file: its parts by name.
pub(crate) struct Docx {
    /// What to call the file in messages.
    pub(crate) what: String,
    /// Each part's bytes, by its name in the zip.
    pub(crate) parts: HashMap<String, Vec<u8>>,
}

impl Docx {
    /// Reads the .docx at `path`.
    pub(crate) fn open(path: &Path) -> Docx {
        let what = path.display().to_string();
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("read {what}: {e}"));
        Docx::from_bytes(what, bytes)
    }

    /// Unzips a .docx's bytes; `what` names it in messages.
    pub(crate) fn from_bytes(what: String, bytes: Vec<u8>) -> Docx {
        assert!(
            bytes.starts_with(b"PK\x03\x04"),
            "{what} is not a zip file (starts with {:?})",
            String::from_utf8_lossy(&bytes[..bytes.len().min(16)])
        );
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
            .unwrap_or_else(|e| panic!("{what} is not a readable zip: {e}"));
        let mut parts = HashMap::new();
        for i in 0..zip.len() {
            let mut file = zip
                .by_index(i)
                .unwrap_or_else(|e| panic!("{what}: zip entry {i}: {e}"));
            if file.is_dir() {
                continue;
            }
            let name = file
                .name()
                .unwrap_or_else(|e| panic!("{what}: zip entry {i} has a bad name: {e}"))
                .into_owned();
            let mut data = Vec::new();
            file.read_to_end(&mut data)
                .unwrap_or_else(|e| panic!("{what}: read {name}: {e}"));
            parts.insert(name, data);
        }
        Docx { what, parts }
    }

    /// Whether the file holds `part`.
    pub(crate) fn has(&self, part: &str) -> bool {
        self.parts.contains_key(part)
    }

    /// An XML part, parsed; panics naming the file when it is missing.
    pub(crate) fn xml(&self, part: &str) -> El {
        let bytes = self.parts.get(part).unwrap_or_else(|| {
            let mut names: Vec<&String> = self.parts.keys().collect();
            names.sort();
            panic!("{} has no {part}; its parts: {names:?}", self.what)
        });
        let text = std::str::from_utf8(bytes)
            .unwrap_or_else(|e| panic!("{}: {part} is not UTF-8: {e}", self.what));
        parse_xml(&format!("{} {part}", self.what), text)
    }

    /// `word/document.xml`'s `w:body`.
    pub(crate) fn body(&self) -> El {
        let mut doc = self.xml("word/document.xml");
        let mut document = doc
            .kids
            .pop()
            .unwrap_or_else(|| panic!("{}: empty word/document.xml", self.what));
        assert_eq!(document.name, "document", "{}: root element", self.what);
        let at = document
            .kids
            .iter()
            .position(|k| k.name == "body")
            .unwrap_or_else(|| panic!("{}: word/document.xml has no w:body", self.what));
        document.kids.swap_remove(at)
    }

    /// The body's final `w:sectPr`.
    pub(crate) fn final_section<'a>(body: &'a El, what: &str) -> &'a El {
        let last = body.kids.last();
        assert!(
            last.is_some_and(|k| k.name == "sectPr"),
            "{what}: the body's last element is {:?}, not w:sectPr",
            last.map(|k| &k.name)
        );
        last.expect("checked")
    }

    /// Relationship id → part name, from `word/_rels/document.xml.rels` (internal targets only).
    pub(crate) fn relationships(&self) -> HashMap<String, String> {
        let rels = self.xml("word/_rels/document.xml.rels");
        rels.all("Relationship")
            .into_iter()
            .filter(|r| r.attr("TargetMode") != Some("External"))
            .map(|r| {
                let id = r.attr("Id").expect("a Relationship has an Id").to_string();
                let target = r.attr("Target").expect("a Relationship has a Target");
                let part = match target.strip_prefix('/') {
                    Some(abs) => abs.to_string(),
                    None => format!("word/{target}"),
                };
                (id, part)
            })
            .collect()
    }

    /// The text of every `w:t` of `word/document.xml`, in order.
    pub(crate) fn text(&self) -> String {
        self.body().text()
    }
}
