//! Text: the .docx holds the PDF's text, character for character, in the same order, but for
//! where a joint 版头 reads its 文件.

use crate::common::comparable;
use crate::fixtures::{Fonts, docx, fixture_output, fixtures};
use crate::package::El;
use std::path::Path;
/// Every `w:t` whose text starts or ends with white space keeps it (`xml:space="preserve"`),
/// or Word drops the spaces.
fn unpreserved_spaces(el: &El, out: &mut Vec<String>) {
    if el.name == "t" {
        let edge =
            el.text.starts_with(char::is_whitespace) || el.text.ends_with(char::is_whitespace);
        if edge && el.attr("space") != Some("preserve") {
            out.push(el.text.clone());
        }
        return;
    }
    for k in &el.kids {
        unpreserved_spaces(k, out);
    }
}

/// A joint 版头 (联合行文): two or more agency names, stacked, and the suffix (文件) set once
/// beside them, centred on the stack. Read line by line, the PDF's page puts the suffix
/// between two names ("山东省总工会 文件 山东省人力资源和社会保障厅"); the .docx lays the same
/// block out as a table, the names' cell and then the suffix's cell, so it reads the suffix
/// after the last name. That is one layout read in two orders, not a difference of text.
struct JointHeader {
    /// The agency names, in order, as [`comparable`] text.
    agencies: Vec<String>,
    /// The suffix, as [`comparable`] text.
    suffix: String,
}

impl JointHeader {
    /// The joint 版头 of the document whose rendered 公文 Markdown is `md`, read through the
    /// project's Markdown parser; `None` for one agency, no 版头 or no suffix.
    fn of(md: &str, file: &str) -> Option<JointHeader> {
        let doc = gongwen_render::parse_markdown(md, Path::new(file))
            .unwrap_or_else(|e| panic!("{file}: the rendered Markdown does not parse: {e}"));
        let header = doc.header?;
        let suffix = comparable(&header.suffix);
        (header.agencies.len() >= 2 && !suffix.is_empty()).then(|| JointHeader {
            agencies: header.agencies.iter().map(|a| comparable(a)).collect(),
            suffix,
        })
    }

    /// `text` (a [`comparable`] text) with the suffix taken out of the first stretch that is
    /// the agency names in order with the suffix once at a boundary between them (or before
    /// the first, or after the last); `text` unchanged when there is no such stretch, so that
    /// any other difference still shows.
    ///
    /// Taking the suffix out of both texts tolerates exactly where the reading order puts it
    /// within the block and nothing else: every other character must still match in order.
    fn without_suffix(&self, text: &str) -> String {
        let chars: Vec<char> = text.chars().collect();
        let names: Vec<char> = self.agencies.concat().chars().collect();
        let suffix: Vec<char> = self.suffix.chars().collect();
        let mut cuts = vec![0];
        for a in &self.agencies {
            cuts.push(cuts.last().copied().unwrap_or(0) + a.chars().count());
        }
        let block = names.len() + suffix.len();
        for start in 0..chars.len().saturating_sub(block - 1) {
            let window = &chars[start..start + block];
            for &cut in &cuts {
                let (before, rest) = window.split_at(cut);
                let (mark, after) = rest.split_at(suffix.len());
                if before == &names[..cut] && mark == suffix && after == &names[cut..] {
                    let at = start + cut;
                    return chars[..at]
                        .iter()
                        .chain(&chars[at + suffix.len()..])
                        .collect();
                }
            }
        }
        text.to_string()
    }
}

#[test]
fn a_joint_header_is_the_same_text_wherever_its_suffix_reads() {
    let header = JointHeader {
        agencies: vec!["甲机关".into(), "乙机关".into()],
        suffix: "文件".into(),
    };
    let want = "份号甲机关乙机关文号正文文件";
    for text in [
        "份号甲机关文件乙机关文号正文文件",
        "份号甲机关乙机关文件文号正文文件",
        "份号文件甲机关乙机关文号正文文件",
    ] {
        assert_eq!(header.without_suffix(text), want, "{text}");
    }
    // Anything else is left as it is: a suffix inside a name, or a name missing.
    for text in [
        "份号甲机文件关乙机关文号",
        "份号甲机关文件文号",
        "甲机关乙机关",
    ] {
        assert_eq!(header.without_suffix(text), text);
    }
}

/// One stretch of the .docx's body in reading order: a paragraph's text, or a table's rows,
/// each as its cells' texts (all [`comparable`]).
enum Piece {
    Text(String),
    Table(Vec<Vec<String>>),
}

/// The body's pieces: its paragraphs and its tables (a table inside a text box reads as part
/// of its paragraph).
fn pieces(body: &El) -> Vec<Piece> {
    body.kids
        .iter()
        .map(|k| match k.name.as_str() {
            "tbl" => Piece::Table(
                k.kids
                    .iter()
                    .filter(|r| r.name == "tr")
                    .map(|r| r.all("tc").iter().map(|c| comparable(&c.text())).collect())
                    .collect(),
            ),
            _ => Piece::Text(comparable(&k.text())),
        })
        .collect()
}

/// Whether `cell` is `stretch`'s characters taken in order, with others between.
fn subsequence(cell: &[char], stretch: &[char]) -> bool {
    let mut it = stretch.iter();
    cell.iter().all(|c| it.any(|s| s == c))
}

/// Where the .docx's `pieces` differ from the PDF's text `want` (a [`comparable`] text).
///
/// Text outside tables must match character for character, in order. A table row's text in
/// the PDF is read line by line across its cells (a multi-line header interleaves them), so
/// each row takes as many characters of `want` as its cells hold together: the same
/// characters, with each cell's text among them in its own order. A lost, changed or
/// moved character still shows.
fn difference(pieces: &[Piece], want: &str) -> Option<String> {
    let want: Vec<char> = want.chars().collect();
    let mut at = 0;
    let show = |at: usize| {
        want[at.min(want.len())..(at + 40).min(want.len())]
            .iter()
            .collect::<String>()
    };
    for piece in pieces {
        match piece {
            Piece::Text(text) => {
                let got: Vec<char> = text.chars().collect();
                let end = (at + got.len()).min(want.len());
                if want[at..end] != got[..] {
                    return Some(format!(
                        "differs at character {at}:\n    docx: …{text}…\n    txt:  …{}…",
                        show(at)
                    ));
                }
                at = end;
            }
            Piece::Table(rows) => {
                for row in rows {
                    let cells: Vec<Vec<char>> = row.iter().map(|c| c.chars().collect()).collect();
                    let end = (at + cells.iter().map(Vec::len).sum::<usize>()).min(want.len());
                    let stretch = &want[at..end];
                    let (mut got, mut seen): (Vec<char>, Vec<char>) =
                        (cells.concat(), stretch.to_vec());
                    got.sort_unstable();
                    seen.sort_unstable();
                    if got != seen || !cells.iter().all(|c| subsequence(c, stretch)) {
                        return Some(format!(
                            "differs in the table row at character {at}:\n    docx cells: {row:?}\n    txt:  …{}…",
                            show(at)
                        ));
                    }
                    at = end;
                }
            }
        }
    }
    (at < want.len()).then(|| format!("lacks the text's end at character {at}: …{}…", show(at)))
}

#[test]
fn a_table_row_may_read_across_its_cells_but_keeps_every_character() {
    let table = |rows: &[&[&str]]| {
        vec![
            Piece::Text("表前".into()),
            Piece::Table(
                rows.iter()
                    .map(|r| r.iter().map(|c| c.to_string()).collect())
                    .collect(),
            ),
            Piece::Text("表后".into()),
        ]
    };
    let t = table(&[&["在档困难", "走访慰问"], &["东城", "326"]]);
    // A two-line header read line by line, then a row.
    assert_eq!(difference(&t, "表前在档走访困难慰问东城326表后"), None);
    for changed in [
        "表前在档走访困难慰问东城327表后",
        "表前在档走访困难慰东城326表后",
        "表前在档走访困难慰问东城326表",
        "表前档在走访困难慰问东城326表后",
        "表前在档走访困难东城慰问326表后",
    ] {
        assert!(difference(&t, changed).is_some(), "{changed}");
    }
}

#[test]
fn the_docx_holds_the_same_text_as_the_pdf() {
    let mut problems = Vec::new();
    for name in fixtures() {
        let d = docx(&name, Fonts::Default);
        let txt = fixture_output(&name, "txt");
        let (got, mut want) = (comparable(&d.text()), comparable(&txt));
        let mut pieces = pieces(&d.body());
        let md = fixture_output(&name, "md");
        if let Some(header) = JointHeader::of(&md, &format!("{name}.md")) {
            pieces = vec![Piece::Text(header.without_suffix(&got))];
            want = header.without_suffix(&want);
        }
        if let Some(diff) = difference(&pieces, &want) {
            problems.push(format!("{name}: the docx text {diff}"));
        }
        let mut bare = Vec::new();
        unpreserved_spaces(&d.body(), &mut bare);
        if !bare.is_empty() {
            problems.push(format!(
                "{name}: {} w:t with leading or trailing spaces lack xml:space=\"preserve\", e.g. {:?}",
                bare.len(),
                &bare[..bare.len().min(3)]
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
