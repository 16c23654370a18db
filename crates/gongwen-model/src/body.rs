//! The body of a document: paragraphs and tables in a tree of numbered sections.

use crate::inline::Inline;
use crate::numbering::heading_label;
use serde::Serialize;

/// The body of a document or of an attachment.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Body {
    /// Blocks in reading order; sections nest their own blocks.
    pub blocks: Vec<Block>,
}

/// One block of body content.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Block {
    /// A paragraph, first line indented two characters.
    Paragraph(Vec<Inline>),
    /// A table.
    Table(Table),
    /// A numbered section with its heading and its content.
    Section(Section),
}

/// A section: a heading of level 1 to 4 and what stands under it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Section {
    /// Heading level: 1 一、 2 （一） 3 1. 4 （1）.
    pub level: u8,
    /// The heading's number, for example "（二）"; computed from the section's place.
    pub label: String,
    /// The heading text, without its number.
    pub heading: Vec<Inline>,
    /// A run-in heading starts its first paragraph instead of standing on its own line.
    pub run_in: bool,
    /// The section's content.
    pub blocks: Vec<Block>,
}

/// A table: a header row and body rows of inline cells.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Table {
    /// The header row.
    pub header: Vec<Vec<Inline>>,
    /// The body rows.
    pub rows: Vec<Vec<Vec<Inline>>>,
}

impl Body {
    /// Numbers every section by its place among its siblings (一、二、… within each parent).
    pub fn renumber(&mut self) {
        renumber(&mut self.blocks);
    }

    /// Every section in reading order, depth first.
    pub fn sections(&self) -> Vec<&Section> {
        let mut out = Vec::new();
        collect(&self.blocks, &mut out);
        out
    }
}

fn renumber(blocks: &mut [Block]) {
    let mut counts = [0u32; 8];
    for block in blocks {
        if let Block::Section(section) = block {
            let level = usize::from(section.level.clamp(1, 8)) - 1;
            counts[level] += 1;
            section.label = heading_label(section.level, counts[level]);
            renumber(&mut section.blocks);
        }
    }
}

fn collect<'a>(blocks: &'a [Block], out: &mut Vec<&'a Section>) {
    for block in blocks {
        if let Block::Section(section) = block {
            out.push(section);
            collect(&section.blocks, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(level: u8, blocks: Vec<Block>) -> Block {
        Block::Section(Section {
            level,
            label: String::new(),
            heading: vec![Inline::Text("题".into())],
            run_in: false,
            blocks,
        })
    }

    #[test]
    fn inserting_a_section_renumbers_the_rest() {
        let mut body = Body {
            blocks: vec![
                section(
                    1,
                    vec![section(2, vec![]), section(2, vec![section(3, vec![])])],
                ),
                section(1, vec![section(2, vec![])]),
            ],
        };
        body.renumber();
        let labels: Vec<_> = body.sections().iter().map(|s| s.label.clone()).collect();
        assert_eq!(labels, ["一、", "（一）", "（二）", "1.", "二、", "（一）"]);

        body.blocks.insert(0, section(1, vec![]));
        body.renumber();
        let labels: Vec<_> = body.sections().iter().map(|s| s.label.clone()).collect();
        assert_eq!(labels[..3], ["一、", "二、", "（一）"]);
        assert_eq!(labels[5], "三、");
    }
}
