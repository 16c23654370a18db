//! Literal text made safe for the template: Markdown that reads back as itself, Tera
//! expressions that print themselves.

/// Text Tera passes through untouched: `{{`, `{%` and `{#` written as expressions, and so
/// is a `{` that ends the text, since a figure's `{{ m(…) }}` may follow it (`{{{`).
pub(crate) fn tera_safe(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '{' && matches!(chars.peek(), Some('{' | '%' | '#') | None) {
            out.push_str("{{ \"{\" | safe }}");
        } else {
            out.push(c);
        }
    }
    out
}

/// Literal text as Markdown that reads back as itself.
pub(crate) fn markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        let line_start = i == 0;
        match c {
            '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '`' | '|' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '#' | '-' | '+' | '=' if line_start => {
                out.push('\\');
                out.push(c);
            }
            '.' | ')' if out.chars().all(|c| c.is_ascii_digit()) && !out.is_empty() => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    tera_safe(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_text_stays_literal() {
        assert_eq!(markdown("a*b_[c]<d>"), "a\\*b\\_\\[c\\]\\<d\\>");
        assert_eq!(markdown("#1"), "\\#1");
        assert_eq!(markdown("12. 项"), "12\\. 项");
        assert_eq!(markdown("{{ x }}"), "{{ \"{\" | safe }}{ x }}");
        // Found by the fuzzer: "培训班{" before a figure made `{{{ m(…) }}`.
        assert_eq!(tera_safe("培训班{"), "培训班{{ \"{\" | safe }}");
    }
}
