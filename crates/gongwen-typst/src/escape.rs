//! User text to Typst: every character arrives as a string literal, never as markup or code.

/// Closing marks: they keep their full cell and never start a line.
const CLOSING: &str = "，。、；：？！）》」』】〕〉”’．";
/// Opening marks: they keep their full cell and never end a line.
const OPENING: &str = "（《「『【〔〈“‘";

/// A Typst string literal holding `text` exactly.
pub fn string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Markup that prints `text` as it is, with full-width punctuation kept in its
/// grid cell (`#pc`/`#po` in the prelude) so that lines hold 28 characters.
pub fn grid_text(text: &str) -> String {
    let mut out = String::new();
    let mut run = String::new();
    for c in text.chars() {
        let call = if CLOSING.contains(c) {
            "pc"
        } else if OPENING.contains(c) {
            "po"
        } else {
            run.push(c);
            continue;
        };
        flush(&mut run, &mut out);
        out.push_str(&format!("#{call}({})", string(c.encode_utf8(&mut [0; 4]))));
    }
    flush(&mut run, &mut out);
    out
}

fn flush(run: &mut String, out: &mut String) {
    if !run.is_empty() {
        out.push('#');
        out.push_str(&string(run));
        run.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_literals_escape_quotes_and_backslashes() {
        assert_eq!(string(r#"a"b\c"#), r#""a\"b\\c""#);
        assert_eq!(string("#set page(\"x\")"), r##""#set page(\"x\")""##);
    }

    #[test]
    fn punctuation_keeps_its_cell() {
        assert_eq!(grid_text("甲，乙"), r##"#"甲"#pc("，")#"乙""##);
        assert_eq!(grid_text("《乙》"), r##"#po("《")#"乙"#pc("》")"##);
    }
}
