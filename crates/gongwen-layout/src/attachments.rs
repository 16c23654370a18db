//! 附件 (GB/T 9704-2012 §7.3.4, §8.2): the 附件说明 under the body and the label over each
//! attachment.

use gongwen_model::{Document, Inline};

/// One title listed in the 附件说明.
#[derive(Debug, Clone, PartialEq)]
pub struct NoteItem<'a> {
    /// "1. ", "2. "… when several attachments are listed, `None` when only one is.
    pub number: Option<String>,
    /// The attachment's title, or the words the 附件说明 lists it by.
    pub title: &'a [Inline],
}

/// The 附件说明's items: every listed attachment (not the forwarded documents), numbered
/// when there are several.
pub fn attachment_note(doc: &Document) -> Vec<NoteItem<'_>> {
    let several = doc.listed_attachments().nth(1).is_some();
    doc.listed_attachments()
        .enumerate()
        .map(|(i, a)| NoteItem {
            number: several.then(|| format!("{}. ", i + 1)),
            title: a.listed_as.as_deref().unwrap_or(&a.title),
        })
        .collect()
}

/// The label over each of `doc.attachments`, in order: "附件" when one attachment is
/// listed, "附件1", "附件2"… when several, `None` for a forwarded document.
pub fn attachment_labels(doc: &Document) -> Vec<Option<String>> {
    let several = doc.listed_attachments().nth(1).is_some();
    let mut number = 0;
    doc.attachments
        .iter()
        .map(|a| {
            if a.forwarded {
                return None;
            }
            number += 1;
            Some(if several {
                format!("附件{number}")
            } else {
                "附件".to_string()
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use gongwen_model::Attachment;

    fn doc(forwarded: &[bool]) -> Document {
        Document {
            attachments: forwarded
                .iter()
                .enumerate()
                .map(|(i, &forwarded)| Attachment {
                    title: vec![Inline::Text(format!("附件标题{i}"))],
                    forwarded,
                    ..Attachment::default()
                })
                .collect(),
            ..Document::default()
        }
    }

    #[test]
    fn one_listed_attachment_is_unnumbered() {
        let d = doc(&[true, false]);
        assert_eq!(attachment_labels(&d), [None, Some("附件".into())]);
        let note = attachment_note(&d);
        assert_eq!(note.len(), 1);
        assert_eq!(note[0].number, None);
        assert_eq!(note[0].title, d.attachments[1].title.as_slice());
    }

    #[test]
    fn several_are_numbered_skipping_forwarded_documents() {
        let d = doc(&[false, true, false]);
        assert_eq!(
            attachment_labels(&d),
            [Some("附件1".into()), None, Some("附件2".into())]
        );
        let numbers: Vec<_> = attachment_note(&d).into_iter().map(|n| n.number).collect();
        assert_eq!(numbers, [Some("1. ".into()), Some("2. ".into())]);
    }

    #[test]
    fn no_attachments_no_labels() {
        assert!(attachment_labels(&doc(&[])).is_empty());
        assert!(attachment_note(&doc(&[])).is_empty());
    }
}
