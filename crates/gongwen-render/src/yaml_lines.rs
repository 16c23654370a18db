//! One line of YAML read as a person would: `名称: 值` or `- 值`, so that a hint can show
//! the line rewritten (the value quoted, a space after the colon).

/// A `key: value` or `- value` line, its value and where the value starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry<'a> {
    /// Everything before the value: indentation, `key: ` or `- `.
    pub lead: &'a str,
    /// The value as written, to the end of the line.
    pub value: &'a str,
    /// The 1-based character column where the value starts.
    pub value_col: usize,
}

impl<'a> Entry<'a> {
    /// The line read as an entry with a value, if it is one.
    pub(crate) fn read(line: &'a str) -> Option<Entry<'a>> {
        let trimmed = line.trim_start();
        let start = if let Some(rest) = trimmed.strip_prefix("- ") {
            line.len() - rest.trim_start().len()
        } else {
            let colon = line.find(": ")?;
            let key = line[..colon].trim();
            if key.is_empty() || key.starts_with(['"', '\'', '{', '[', '#']) {
                return None;
            }
            colon + 2 + (line[colon + 2..].len() - line[colon + 2..].trim_start().len())
        };
        let value = line[start..].trim_end();
        (!value.is_empty()).then(|| Entry {
            lead: line[..start].trim_start(),
            value,
            value_col: line[..start].chars().count() + 1,
        })
    }

    /// Whether the value starts with a template tag, `{{` or `{%`.
    pub(crate) fn starts_tag(&self) -> bool {
        self.value.starts_with("{{") || self.value.starts_with("{%")
    }

    /// The line (without its indentation) with `value` in place of its own.
    pub(crate) fn with_value(&self, value: &str) -> String {
        format!("{}{value}", self.lead)
    }
}

/// `value` in double quotes (single quotes when it holds a double quote and no single one).
pub(crate) fn quoted(value: &str) -> String {
    if value.contains('"') && !value.contains('\'') {
        format!("'{value}'")
    } else {
        format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
    }
}

/// `line` with a space after its first colon, when that colon has none (`标题:甲`).
pub(crate) fn with_space_after_colon(line: &str) -> Option<String> {
    let colon = line.find(':')?;
    let after = &line[colon + 1..];
    (!after.is_empty() && !after.starts_with([' ', '\t']))
        .then(|| format!("{}: {after}", &line[..colon]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_read_as_entries_and_rewritten() {
        let e = Entry::read("  标题: {{ 单位 }}关于").expect("an entry");
        assert_eq!(
            (e.lead, e.value, e.value_col),
            ("标题: ", "{{ 单位 }}关于", 7)
        );
        assert!(e.starts_tag());
        assert_eq!(e.with_value(&quoted(e.value)), "标题: \"{{ 单位 }}关于\"");
        let item = Entry::read("- {% if a %}甲{% endif %}").expect("a list item");
        assert_eq!(item.value_col, 3);
        assert_eq!(quoted("说\"好\""), "'说\"好\"'");
        assert_eq!(Entry::read("标题:"), None);
        assert_eq!(
            with_space_after_colon("标题:甲").as_deref(),
            Some("标题: 甲")
        );
        assert_eq!(with_space_after_colon("标题: 甲"), None);
    }
}
