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

/// Marks that close: they keep their full cell and join the unit before them.
fn closes(unit: &str) -> bool {
    CLOSING.contains(unit) || matches!(unit, "…" | "—")
}

/// Markup that prints `text` as it is, on the character grid.
///
/// Full-width punctuation keeps its whole cell (`#pc` in the prelude), so a
/// line holds 28 characters. Typst may break a line before or after any box,
/// so a closing mark is boxed together with the unit before it and an opening
/// mark with the unit after it: no line starts with a closing mark or ends with
/// an opening one. Runs of ASCII stay whole.
pub fn grid_text(text: &str) -> String {
    let mut groups: Vec<Vec<&str>> = Vec::new();
    let mut open_pending = false;
    for unit in units(text) {
        let opening = OPENING.contains(unit);
        match groups.last_mut() {
            Some(last)
                if open_pending || (closes(unit) && !last.iter().all(|u| u.trim().is_empty())) =>
            {
                last.push(unit)
            }
            _ => groups.push(vec![unit]),
        }
        open_pending = opening;
    }
    let mut out = String::new();
    let mut run = String::new();
    for group in groups {
        let marked = group
            .iter()
            .any(|u| CLOSING.contains(u) || OPENING.contains(u));
        if group.len() == 1 && !marked {
            run.push_str(group[0]);
            continue;
        }
        flush(&mut run, &mut out);
        out.push_str("#g[");
        for unit in group {
            if CLOSING.contains(unit) || OPENING.contains(unit) {
                out.push_str(&format!("#pc({})", string(unit)));
            } else {
                out.push('#');
                out.push_str(&string(unit));
            }
        }
        out.push(']');
    }
    flush(&mut run, &mut out);
    out
}

/// Splits text into units: a run of ASCII graphic characters, or one other character.
fn units(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_ascii_graphic() {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            out.push(&text[s..i]);
        }
        out.push(&text[i..i + c.len_utf8()]);
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
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
        assert_eq!(grid_text("甲乙，丙"), r##"#"甲"#g[#"乙"#pc("，")]#"丙""##);
        assert_eq!(grid_text("《乙》"), r##"#g[#pc("《")#"乙"#pc("》")]"##);
        assert_eq!(
            grid_text("〔2022〕7号"),
            r##"#g[#pc("〔")#"2022"#pc("〕")]#"7号""##
        );
    }
}
