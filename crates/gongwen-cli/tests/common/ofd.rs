//! An OFD package read back for the tests: its XML parts as element trees (quick-xml),
//! its fonts and images as bytes, and each page's text runs placed on the page.

use quick_xml::events::Event;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

/// One XML element: name without prefix, attributes, children and text.
#[derive(Debug, Default, Clone)]
pub(crate) struct Element {
    pub(crate) name: String,
    pub(crate) attrs: BTreeMap<String, String>,
    pub(crate) children: Vec<Element>,
    pub(crate) text: String,
}

impl Element {
    /// The first child named `name`.
    pub(crate) fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }

    /// Every element named `name` below this one, in document order.
    pub(crate) fn all<'a>(&'a self, name: &str, out: &mut Vec<&'a Element>) {
        for c in &self.children {
            if c.name == name {
                out.push(c);
            }
            c.all(name, out);
        }
    }

    /// The attribute `name`, or "".
    pub(crate) fn attr(&self, name: &str) -> &str {
        self.attrs.get(name).map_or("", String::as_str)
    }
}

/// Parses `xml` into its root element.
pub(crate) fn parse(xml: &[u8]) -> Element {
    let xml = std::str::from_utf8(xml).expect("UTF-8 XML");
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut stack = vec![Element::default()];
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) => stack.push(element(&e)),
            Event::Empty(e) => stack.last_mut().unwrap().children.push(element(&e)),
            Event::End(_) => {
                let done = stack.pop().unwrap();
                stack.last_mut().unwrap().children.push(done);
            }
            Event::Text(t) => stack.last_mut().unwrap().text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) => {
                let text = match r.resolve_char_ref().expect("a character reference") {
                    Some(c) => c.to_string(),
                    None => {
                        let name = r.xml10_content();
                        let text = quick_xml::escape::resolve_predefined_entity(&name);
                        text.expect("a predefined entity").to_string()
                    }
                };
                stack.last_mut().unwrap().text.push_str(&text);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    stack.pop().unwrap().children.remove(0)
}

fn element(e: &quick_xml::events::BytesStart) -> Element {
    let name = e.local_name().as_ref().to_string();
    let attrs = e
        .attributes()
        .map(|a| {
            let a = a.expect("attribute");
            let key = a.key.local_name().as_ref().to_string();
            let value = a.normalized_value(quick_xml::XmlVersion::Implicit1_0);
            (key, value.expect("attribute value").to_string())
        })
        .collect();
    Element {
        name,
        attrs,
        ..Default::default()
    }
}

/// The files of an OFD package, by path.
pub(crate) fn unpack(path: &Path) -> BTreeMap<String, Vec<u8>> {
    let file = std::fs::File::open(path).expect("open the OFD");
    let mut zip = zip::ZipArchive::new(file).expect("an OFD is a zip container");
    (0..zip.len())
        .map(|i| {
            let mut entry = zip.by_index(i).expect("zip entry");
            let mut data = Vec::new();
            entry.read_to_end(&mut data).expect("unpack");
            (entry.name().expect("entry name").to_string(), data)
        })
        .collect()
}

/// A text run as placed on its page: its font's resource id, its text, the glyphs of its
/// CGTransform, and each character's origin in mm (the baseline's y).
#[derive(Debug)]
pub(crate) struct Run {
    pub(crate) font: String,
    pub(crate) text: String,
    pub(crate) glyphs: Option<Vec<u16>>,
    pub(crate) colour: String,
    pub(crate) places: Vec<(f64, f64)>,
}

/// The numbers of an OFD number list, `g N v` expanded.
pub(crate) fn numbers(list: &str) -> Vec<f64> {
    let parts: Vec<&str> = list.split_whitespace().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < parts.len() {
        if parts[i] == "g" {
            let n: usize = parts[i + 1].parse().expect("a count");
            out.extend(std::iter::repeat_n(parts[i + 2].parse::<f64>().unwrap(), n));
            i += 3;
        } else {
            out.push(parts[i].parse().expect("a number"));
            i += 1;
        }
    }
    out
}

/// The text runs of a page's Content.xml, each character placed on the page.
pub(crate) fn runs(content: &Element) -> Vec<Run> {
    let mut objects = Vec::new();
    content.all("TextObject", &mut objects);
    objects.into_iter().map(run).collect()
}

fn run(object: &Element) -> Run {
    let b = numbers(object.attr("Boundary"));
    let ctm = match numbers(object.attr("CTM")).as_slice() {
        [a, b, c, d, e, f] => [*a, *b, *c, *d, *e, *f],
        _ => [1.0, 0.0, 0.0, 1.0, 0.0, 0.0],
    };
    let code = object.child("TextCode").expect("a TextCode");
    let text = code.text.clone();
    let n = text.chars().count();
    let mut x = code.attr("X").parse::<f64>().unwrap();
    let mut y = code.attr("Y").parse::<f64>().unwrap();
    let dx = numbers(code.attr("DeltaX"));
    let dy = numbers(code.attr("DeltaY"));
    let mut places = Vec::new();
    for i in 0..n {
        let (px, py) = (
            ctm[0] * x + ctm[2] * y + ctm[4],
            ctm[1] * x + ctm[3] * y + ctm[5],
        );
        places.push((b[0] + px, b[1] + py));
        x += dx.get(i).copied().unwrap_or(0.0);
        y += dy.get(i).copied().unwrap_or(0.0);
    }
    let glyphs = object.child("CGTransform").map(|cg| {
        let list = cg.child("Glyphs").map_or("", |g| g.text.as_str());
        numbers(list).into_iter().map(|g| g as u16).collect()
    });
    let colour = object
        .child("FillColor")
        .map_or("0 0 0", |c| c.attr("Value"));
    Run {
        font: object.attr("Font").to_string(),
        text,
        glyphs,
        colour: colour.to_string(),
        places,
    }
}

/// A page's text rebuilt as gongwen's txt output builds it: runs on one line when their
/// baselines are within 3 pt, left to right.
pub(crate) fn page_text(runs: &[Run]) -> String {
    let pt = 25.4 / 72.0;
    let mut pieces: Vec<(f64, f64, String)> = runs
        .iter()
        .map(|r| (r.places[0].1, r.places[0].0, r.text.clone()))
        .collect();
    pieces.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
    let mut lines: Vec<Vec<(f64, String)>> = Vec::new();
    let mut last: Option<f64> = None;
    for (y, x, text) in pieces {
        if last.is_none_or(|l| (y - l).abs() > 3.0 * pt) {
            lines.push(Vec::new());
        }
        last = Some(y);
        lines.last_mut().unwrap().push((x, text));
    }
    let mut out = String::new();
    for mut line in lines {
        line.sort_by(|a, b| a.0.total_cmp(&b.0));
        out.extend(line.into_iter().map(|(_, t)| t));
        out.push('\n');
    }
    out
}
