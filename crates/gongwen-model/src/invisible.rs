//! Characters that print as nothing yet change what is printed: bidi controls reorder a
//! line (U+202E reverses it), zero-width ones hide inside words. Data may not hold them.

/// The first invisible control character in `text`: its byte offset, the character and
/// its Unicode name. A byte-order mark at the very start is not one.
pub fn invisible_control(text: &str) -> Option<(usize, char, &'static str)> {
    text.char_indices().find_map(|(at, c)| {
        name(c)
            .filter(|_| !(at == 0 && c == '\u{feff}'))
            .map(|n| (at, c, n))
    })
}

/// Whether `c` prints as nothing yet changes what is printed (a bidi control, a
/// zero-width character, a soft hyphen).
pub fn is_invisible(c: char) -> bool {
    name(c).is_some()
}

fn name(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{061c}' => "ARABIC LETTER MARK",
        '\u{200b}' => "ZERO WIDTH SPACE",
        '\u{200e}' => "LEFT-TO-RIGHT MARK",
        '\u{200f}' => "RIGHT-TO-LEFT MARK",
        '\u{202a}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202b}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202c}' => "POP DIRECTIONAL FORMATTING",
        '\u{202d}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202e}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2060}' => "WORD JOINER",
        '\u{2061}'..='\u{2064}' => "INVISIBLE OPERATOR",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        '\u{feff}' => "ZERO WIDTH NO-BREAK SPACE",
        '\u{00ad}' => "SOFT HYPHEN",
        '\u{200c}' => "ZERO WIDTH NON-JOINER",
        '\u{200d}' => "ZERO WIDTH JOINER",
        c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => "CONTROL CHARACTER",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::invisible_control;

    #[test]
    fn bidi_and_zero_width_controls_are_found_a_leading_bom_is_not() {
        assert_eq!(
            invisible_control("会议\u{202e}通过"),
            Some(("会议".len(), '\u{202e}', "RIGHT-TO-LEFT OVERRIDE"))
        );
        assert_eq!(invisible_control("\u{feff}template: t"), None);
        assert!(invisible_control("a\u{200b}b").is_some());
        assert_eq!(invisible_control("普通文字 plain, 〔...〕"), None);
        assert!(invisible_control("a\u{200d}b").is_some());
        assert!(invisible_control("响铃\u{7}").is_some());
        assert_eq!(invisible_control("行\r\n\t列"), None);
    }
}
