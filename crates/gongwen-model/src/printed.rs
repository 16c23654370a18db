//! The words a document prints besides its figures, and the placeholders among them: a
//! 〔...〕 that came from the data or the template as text prints as it is, so it is an
//! error like a missing figure.

use crate::{Block, Document, Finding, Inline, Severity};
use gongwen_i18n::tr;

/// Placeholders a 文秘 types for "still to fill in"; a figure's own placeholder prints
/// through the figure and is reported as missing instead.
const PLACEHOLDERS: [&str; 3] = [crate::PLACEHOLDER, "〔…〕", "〔……〕"];

impl Document {
    /// Every text the document prints, figures left out: the 版头, the title, the 主送, each
    /// paragraph, heading and cell, the attachments, the closing and the 版记.
    pub fn printed_texts(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        if let Some(h) = &self.header {
            out.extend(h.agencies.iter().cloned());
            out.extend(h.doc_number.iter().cloned());
            out.extend(h.signers.iter().cloned());
        }
        out.push(words(&self.title.text));
        out.extend(self.title.note.iter().map(|n| words(n)));
        out.extend(self.addressee.iter().map(|a| words(a)));
        out.extend(self.byline.iter().map(|b| words(b)));
        for block in &self.body.blocks {
            block_texts(block, &mut out);
        }
        for a in &self.attachments {
            out.push(words(&a.title));
            for block in &a.body.blocks {
                block_texts(block, &mut out);
            }
        }
        out.extend(self.closing.signatures.iter().cloned());
        out.extend(self.closing.date.iter().cloned());
        out.extend(self.closing.note.iter().map(|n| words(n)));
        if let Some(c) = &self.colophon {
            out.extend(c.cc.iter().cloned());
            out.extend(c.printer.iter().cloned());
            out.extend(c.distribution.iter().map(|d| d.to.clone()));
        }
        out.retain(|t| !t.trim().is_empty());
        out
    }

    /// An error for each placeholder the document prints as text.
    pub(crate) fn placeholder_findings(&self) -> Vec<Finding> {
        self.printed_texts()
            .iter()
            .filter_map(|text| {
                let found = PLACEHOLDERS.iter().find(|p| text.contains(*p))?;
                // Placed at the words around it when they were written as printed (a
                // 附注 in the data), else at the first such placeholder.
                let words = text.trim();
                let sources = [&self.sources.template.text, &self.sources.data.text];
                let written = sources.iter().any(|t| t.contains(words));
                Some(Finding {
                    severity: Severity::Error,
                    code: "placeholder",
                    context: if written { words } else { found }.to_string(),
                    message: tr!("printed-placeholder", placeholder = *found, text = words),
                    hint: tr!("printed-placeholder-hint"),
                })
            })
            .collect()
    }
}

/// The text of runs without the figures.
pub(crate) fn words(runs: &[Inline]) -> String {
    runs.iter()
        .map(|r| match r {
            Inline::Text(t) => t.clone(),
            Inline::Lead(inner) => words(inner),
            Inline::Metric(_) => "　".to_string(),
        })
        .collect()
}

/// The texts of a block: a paragraph, a table's cells, a section's heading and content.
pub(crate) fn block_texts(block: &Block, out: &mut Vec<String>) {
    match block {
        Block::Paragraph(runs) => out.push(words(runs)),
        Block::Table(t) => out.extend(
            t.header
                .iter()
                .chain(t.rows.iter().flatten())
                .map(|c| words(c)),
        ),
        Block::Section(s) => {
            out.push(words(&s.heading));
            for b in &s.blocks {
                block_texts(b, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Block, Document, Inline};

    #[test]
    fn a_placeholder_printed_as_text_is_an_error() {
        let mut doc = Document::default();
        doc.closing.signatures = vec!["〔...〕人民政府".into()];
        doc.body.blocks = vec![Block::Paragraph(vec![Inline::Text("共检查……件。".into())])];
        let found = doc.placeholder_findings();
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.contains("〔...〕人民政府"));
    }
}
