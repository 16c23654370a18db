//! Closing lines (特此通知。妥否，请批示。): they close the whole document, not its last
//! section, so they never run into a heading.

use crate::{Block, Body, plain_text};

/// How a closing line starts.
const OPENERS: [&str; 10] = [
    "特此",
    "此复",
    "此令",
    "此致",
    "妥否",
    "当否",
    "是否妥当",
    "以上报告",
    "以上请示",
    "以上意见",
];

/// Longest closing line, in characters: "以上报告，如无不妥，请批转各地执行。".
const LONGEST: usize = 24;

/// Whether `text` is a closing line such as 特此报告。 or 妥否，请批示。
pub fn is_closing_line(text: &str) -> bool {
    let text = text.trim();
    text.chars().count() <= LONGEST && OPENERS.iter().any(|o| text.starts_with(o))
}

impl Body {
    /// Moves the closing lines that end the last section out of it, to the body's end:
    /// Markdown gives a paragraph after a heading to that heading's section, but
    /// "特此报告。" after the last section closes the document, and a run-in heading
    /// ending in 。 must not swallow it ("（二）强化财源培植。特此报告。").
    pub fn lift_closing_lines(&mut self) {
        let mut lifted = Vec::new();
        while let Some(block) = last_closing_line(&mut self.blocks) {
            lifted.push(block);
        }
        self.blocks.extend(lifted.into_iter().rev());
    }
}

/// Takes the closing line that ends the innermost last section of `blocks`, if any.
fn last_closing_line(blocks: &mut [Block]) -> Option<Block> {
    let Some(Block::Section(section)) = blocks.last_mut() else {
        return None;
    };
    if let Some(inner) = last_closing_line(&mut section.blocks) {
        return Some(inner);
    }
    match section.blocks.last() {
        Some(Block::Paragraph(runs)) if is_closing_line(&plain_text(runs)) => section.blocks.pop(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Inline, Section};

    fn para(text: &str) -> Block {
        Block::Paragraph(vec![Inline::Text(text.into())])
    }

    fn section(blocks: Vec<Block>) -> Block {
        Block::Section(Section {
            level: 2,
            label: String::new(),
            heading: vec![Inline::Text("强化财源培植。".into())],
            run_in: true,
            blocks,
        })
    }

    #[test]
    fn closing_lines_after_the_last_section_close_the_document() {
        let mut body = Body {
            blocks: vec![section(vec![section(vec![
                para("特此报告。"),
                para("妥否，请批示。"),
            ])])],
        };
        body.lift_closing_lines();
        assert_eq!(body.blocks.len(), 3);
        assert_eq!(body.blocks[1], para("特此报告。"));
        assert_eq!(body.blocks[2], para("妥否，请批示。"));
        let Block::Section(outer) = &body.blocks[0] else {
            panic!("a section first")
        };
        assert_eq!(outer.blocks, vec![section(vec![])]);
    }

    #[test]
    fn other_last_paragraphs_stay_in_their_section() {
        let mut body = Body {
            blocks: vec![section(vec![para(
                "加强财源建设，特此强调三点要求，一是要…",
            )])],
        };
        let before = body.clone();
        body.lift_closing_lines();
        assert_eq!(body, before);
        assert!(is_closing_line("特此通知。"));
        assert!(!is_closing_line(
            "特此说明的是，今年以来全市各级工会组织深入开展作风整治工作。"
        ));
    }
}
