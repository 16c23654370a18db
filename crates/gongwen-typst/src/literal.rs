//! Typst values built from model data: optional strings and arrays of string literals.

use crate::escape::string;

/// An optional string as a Typst string literal or `none`.
pub(crate) fn opt(value: &Option<String>) -> String {
    value.as_deref().map_or("none".into(), string)
}

/// Strings as a Typst array of string literals, each followed by a comma: `("a","b",)`.
pub(crate) fn array(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|s| string(s)).collect();
    format!(
        "({})",
        items.iter().map(|s| format!("{s},")).collect::<String>()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_literals() {
        assert_eq!(opt(&None), "none");
        assert_eq!(opt(&Some("a\"b".into())), r#""a\"b""#);
        assert_eq!(array(&[]), "()");
        assert_eq!(array(&["x".into(), "y".into()]), r#"("x","y",)"#);
    }
}
