//! The text lints of `check`, placed in the template or data file where the words were written.

use crate::Job;
use crate::error::{Error, line_col};
use gongwen_model::{
    Block, Diagnostic, Document, Finding, Inline, Severity, lint_doc_number, lint_text,
    speaking_time,
};

/// Lints every paragraph, heading and title of `doc`, and the 发文字号.
pub(crate) fn lint_document(job: &Job, doc: &Document, pace: u32) -> Vec<Diagnostic> {
    let mut texts: Vec<String> = Vec::new();
    texts.push(words(&doc.title.text));
    if let Some(a) = &doc.addressee {
        texts.push(words(a));
    }
    for block in doc
        .body
        .blocks
        .iter()
        .chain(doc.attachments.iter().flat_map(|a| a.body.blocks.iter()))
    {
        collect(block, &mut texts);
    }
    let mut out: Vec<Diagnostic> = texts
        .iter()
        .flat_map(|t| lint_text(t))
        .map(|f| place(job, f))
        .collect();
    if let Some(number) = doc.header.as_ref().and_then(|h| h.doc_number.as_deref()) {
        out.extend(lint_doc_number(number).map(|f| place(job, f)));
    }
    if doc.kind == gongwen_model::DocKind::Speech {
        let (count, minutes) = speaking_time(&texts.join(""), pace);
        out.push(
            Error::new(
                &job.data.path,
                format!("讲话稿约{count}字，按每分钟{pace}字约讲{minutes:.1}分钟"),
            )
            .with_code(Severity::Note, "length"),
        );
    }
    out
}

/// The text of runs without the figures (data is checked, not linted).
fn words(runs: &[Inline]) -> String {
    runs.iter()
        .map(|r| match r {
            Inline::Text(t) => t.clone(),
            Inline::Lead(inner) => words(inner),
            Inline::Metric(_) => "　".to_string(),
        })
        .collect()
}

fn collect(block: &Block, out: &mut Vec<String>) {
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
                collect(b, out);
            }
        }
    }
}

/// Finds where the finding's words were written: the template first, then the data.
fn place(job: &Job, f: Finding) -> Diagnostic {
    let sources = [
        (&job.template.path, job.template.text.as_str()),
        (&job.data.path, job.data.text.as_str()),
    ];
    let mut error = Error::new(&job.template.path, f.message);
    for (path, text) in sources {
        if let Some(at) = text.find(&f.context) {
            // Point at the offending mark (the context's last character), or at the start of a 发文字号.
            let last = f.context.char_indices().last().map_or(0, |(i, _)| i);
            let offset = if f.code == "doc-number" {
                at
            } else {
                at + last
            };
            let (line, col) = line_col(text, offset);
            error = Error::new(path, std::mem::take(&mut error.message)).at(line, col);
            break;
        }
    }
    error.hint(f.hint).with_code(f.severity, f.code)
}
