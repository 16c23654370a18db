//! User text to Typst: every character arrives as a string literal, never as markup or code.

/// Closing marks: they keep their full cell and never start a line.
const CLOSING: &str = "，。、；：？！）》」』】〕〉”’．";
/// Opening marks: they keep their full cell and never end a line.
pub(crate) const OPENING: &str = "（《「『【〔〈“‘";

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

/// Stands in `text` for an anchor: a noncharacter, never part of real text.
pub(crate) const ANCHOR: char = '\u{FDD0}';
const ANCHOR_STR: &str = "\u{FDD0}";

/// Markup that prints `text` as it is, on the character grid.
///
/// Full-width punctuation keeps its whole cell (`#pc` in the prelude), so a
/// line holds 28 characters. Typst may break a line before or after any box,
/// so a closing mark is boxed together with the unit before it and an opening
/// mark with the unit after it: no line starts with a closing mark or ends with
/// an opening one. Runs of ASCII stay whole.
pub fn grid_text(text: &str) -> String {
    grid_text_anchored(text, &[])
}

/// [`grid_text`] where each [`ANCHOR`] in `text` places the next of `anchors` (a figure's
/// name) as `#metadata(name)<gw-figure>`, invisible, for a preview to find on the page.
/// An anchor never changes how the units around it are grouped.
pub(crate) fn grid_text_anchored(text: &str, anchors: &[String]) -> String {
    let mut anchors = anchors.iter();
    let mut anchor_markup = move || {
        anchors
            .next()
            .map(|name| format!("#metadata({})<gw-figure>", string(name)))
            .unwrap_or_default()
    };
    let mut groups: Vec<Vec<&str>> = Vec::new();
    let mut open_pending = false;
    let mut waiting: Vec<&str> = Vec::new();
    for unit in units(text) {
        if unit == ANCHOR_STR {
            waiting.push(unit);
            continue;
        }
        let opening = OPENING.contains(unit);
        match groups.last_mut() {
            Some(last)
                if open_pending || (closes(unit) && !last.iter().all(|u| u.trim().is_empty())) =>
            {
                last.append(&mut waiting);
                last.push(unit)
            }
            _ => {
                waiting.push(unit);
                groups.push(std::mem::take(&mut waiting));
            }
        }
        open_pending = opening;
    }
    if !waiting.is_empty() {
        groups.push(waiting);
    }
    let mut out = String::new();
    let mut run = String::new();
    for group in groups {
        let marked = group
            .iter()
            .any(|u| CLOSING.contains(u) || OPENING.contains(u));
        let real: Vec<&&str> = group.iter().filter(|u| **u != ANCHOR_STR).collect();
        if real.len() <= 1 && !marked {
            for unit in group {
                if unit == ANCHOR_STR {
                    flush(&mut run, &mut out);
                    out.push_str(&anchor_markup());
                } else {
                    run.push_str(unit);
                }
            }
            continue;
        }
        flush(&mut run, &mut out);
        out.push_str("#g[");
        for unit in group {
            if unit == ANCHOR_STR {
                out.push_str(&anchor_markup());
            } else if CLOSING.contains(unit) || OPENING.contains(unit) {
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

    #[test]
    fn anchors_sit_where_the_figure_starts_and_change_no_grouping() {
        let names = ["甲".to_string(), "乙".to_string()];
        let text = format!("共{ANCHOR}874件，（{ANCHOR}80.9%）");
        let anchored = grid_text_anchored(&text, &names);
        assert_eq!(
            anchored,
            concat!(
                r##"#"共"#metadata("甲")<gw-figure>#"874"#g[#"件"#pc("，")]"##,
                r##"#g[#pc("（")#metadata("乙")<gw-figure>#"80.9%"#pc("）")]"##
            )
        );
        // The groups are those of the text without anchors.
        let plain = grid_text("共874件，（80.9%）");
        let stripped = anchored
            .replace(r#"#metadata("甲")<gw-figure>"#, "")
            .replace(r#"#metadata("乙")<gw-figure>"#, "")
            .replace(r##""共"#"874""##, r##""共874""##);
        assert_eq!(stripped, plain);
    }
}
