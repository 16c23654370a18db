//! Front matter: the YAML between `---` lines atop a template or a 公文 Markdown file.

/// Splits `text` into its front matter (between `---` lines at the very top) and body.
///
/// Returns the front matter text (without the fences) and the byte offset where
/// the body starts; a file without front matter has an empty one and offset 0.
pub(crate) fn split(text: &str) -> (&str, usize) {
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return ("", 0);
    };
    let start = text.len() - rest.len();
    let mut offset = start;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            return (&text[start..offset], offset + line.len());
        }
        offset += line.len();
    }
    ("", 0)
}

#[cfg(test)]
mod tests {
    use super::split;

    #[test]
    fn splits_front_matter_from_body() {
        let text = "---\ntitle: 甲\n---\n正文\n";
        let (fm, body) = split(text);
        assert_eq!(fm, "title: 甲\n");
        assert_eq!(&text[body..], "正文\n");
        assert_eq!(split("正文"), ("", 0));
    }
}
