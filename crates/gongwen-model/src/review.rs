//! `check` on a whole document: its figures against their declarations and the data, its
//! words against GB/T 15834 and GB/T 9704, each finding placed where it was written.

use crate::printed::words;
use crate::sources::{Sources, line_col};
use crate::{
    Diagnostic, DocKind, Document, Finding, Severity, check, lint_doc_number, lint_text,
    speaking_time,
};
use gongwen_i18n::tr;

impl Document {
    /// Every problem of the document, in file and line order: each figure in
    /// [`Document::metrics`] checked against the data's value, the text around the
    /// figures linted, the 发文字号's form, and (for a speech) its length at `pace`
    /// characters a minute. Findings are placed by [`Document::sources`].
    pub fn check(&self, pace: u32) -> Vec<Diagnostic> {
        let sources = &self.sources;
        let mut found: Vec<Diagnostic> = check(&self.metrics, &sources.values)
            .into_iter()
            .map(|p| {
                let (line, col) = sources.place_of(&p.metric);
                Diagnostic {
                    hint: p.hint,
                    metric: Some(p.metric),
                    ..Diagnostic::new(&sources.data.path, p.message)
                        .at(line, col)
                        .with_code(p.severity, p.code)
                }
            })
            .collect();
        found.extend(self.lint(pace));
        found.extend((self.frame_findings.iter()).map(|f| place(&self.sources, f.clone())));
        let mut printed = crate::table_checks::findings(self.blocks());
        printed.extend(self.placeholder_findings());
        found.extend(printed.into_iter().map(|f| place(&self.sources, f)));
        found.sort_by_key(|d| (d.file.clone(), d.position));
        found
    }

    /// The text lints of every title, paragraph, heading and cell, and the 发文字号.
    fn lint(&self, pace: u32) -> Vec<Diagnostic> {
        let mut texts: Vec<String> = vec![words(&self.title.text)];
        if let Some(a) = &self.addressee {
            texts.push(words(a));
        }
        for block in self.blocks() {
            crate::printed::block_texts(block, &mut texts);
        }
        let sources = &self.sources;
        let mut out: Vec<Diagnostic> = texts
            .iter()
            .flat_map(|t| lint_text(t))
            .map(|f| place(sources, f))
            .collect();
        if let Some(number) = self.header.as_ref().and_then(|h| h.doc_number.as_deref()) {
            // An order's number is its 令号 ("第12号"), a 纪要's its issue ("第5期"):
            // neither has a year in brackets.
            let finding = match self.kind {
                DocKind::Order => crate::lint::lint_order_number(number),
                DocKind::Minutes => None,
                _ => lint_doc_number(number),
            };
            out.extend(finding.map(|f| place(sources, f)));
        }
        if self.kind == DocKind::Speech {
            let (count, minutes) = speaking_time(&texts.join(""), pace);
            out.push(
                Diagnostic::new(
                    &sources.data.path,
                    tr!(
                        "review-length",
                        count = count,
                        pace = pace,
                        minutes = format!("{minutes:.1}")
                    ),
                )
                .with_code(Severity::Note, "length"),
            );
        }
        out
    }
}

/// Where `words` first stand on their own in `text`: a number such as "012" is not taken
/// from inside "2012" (the first match of any kind when none stands alone).
fn find_word(text: &str, words: &str) -> Option<usize> {
    let alnum = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let alone = |at: usize| {
        let before = text[..at].chars().next_back();
        let after = text[at + words.len()..].chars().next();
        let joined_before = alnum(before) && alnum(words.chars().next());
        let joined_after = alnum(after) && alnum(words.chars().next_back());
        !joined_before && !joined_after
    };
    let mut matches = text.match_indices(words).map(|(at, _)| at);
    let first = matches.next()?;
    Some(
        std::iter::once(first)
            .chain(matches)
            .find(|&at| alone(at))
            .unwrap_or(first),
    )
}

/// Finds where the finding's words were written: the template first, then the data.
fn place(sources: &Sources, f: Finding) -> Diagnostic {
    let mut found = Diagnostic::new(&sources.template.path, f.message);
    for source in [&sources.template, &sources.data] {
        if let Some(at) = find_word(&source.text, &f.context) {
            // Point at the offending mark (the context's last character), or at the start
            // of a 发文字号 or a date.
            let last = f.context.char_indices().last().map_or(0, |(i, _)| i);
            let offset = if matches!(
                f.code,
                "doc-number" | "date" | "table-columns" | "placeholder"
            ) {
                at
            } else {
                at + last
            };
            let (line, col) = line_col(&source.text, offset);
            found.file = source.path.clone();
            found = found.at(line, col);
            break;
        }
    }
    found.hint(f.hint).with_code(f.severity, f.code)
}
