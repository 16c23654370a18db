//! The few things docx-rs cannot say, patched into the XML it writes: each patch names the
//! text it expects, and fails loudly when docx-rs wrote something else.

use crate::DocxError;

/// `xml`, the package part `part`, with the first `expected` replaced by `with`.
///
/// An error ([`DocxError::MissingSnippet`]) when `expected` is not in `xml`: the writer
/// would otherwise silently lose the setting the patch carries.
pub(crate) fn patch(
    part: &'static str,
    xml: &str,
    expected: &str,
    with: &str,
) -> Result<String, DocxError> {
    if !xml.contains(expected) {
        return Err(DocxError::MissingSnippet {
            part,
            snippet: expected.to_string(),
        });
    }
    Ok(xml.replacen(expected, with, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_snippet_is_replaced() {
        let patched = patch("styles.xml", "<a/><b/><a/>", "<a/>", "<c/>").expect("patched");
        assert_eq!(patched, "<c/><b/><a/>");
    }

    #[test]
    fn a_missing_snippet_is_an_error() {
        let err = patch("styles.xml", "<a/>", "<b/>", "<c/>").expect_err("not there");
        assert!(
            matches!(&err, DocxError::MissingSnippet { part: "styles.xml", snippet } if snippet == "<b/>"),
            "{err:?}"
        );
        assert!(err.to_string().contains("styles.xml"), "{err}");
    }
}
