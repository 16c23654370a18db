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
    grid_text_anchored(text, &[], LONG_RUN)
}

/// ASCII runs longer than this (half-width characters, half a line of the 版心) may break
/// after any character: an unbroken URL or Latin word wraps instead of leaving the page.
pub(crate) const LONG_RUN: usize = 28;

/// Stands between the characters of a long ASCII run: a break opportunity, no text.
const BREAK_STR: &str = "\u{FDD1}";

/// [`grid_text`] where each [`ANCHOR`] in `text` places the next of `anchors` (a figure's
/// name) as `#metadata(name)<gw-figure>`, invisible, for a preview to find on the page.
/// An anchor never changes how the units around it are grouped. ASCII runs longer than
/// `long` characters may break after any character (`#brk`, which prints nothing).
pub(crate) fn grid_text_anchored(text: &str, anchors: &[String], long: usize) -> String {
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
    for unit in units(text, long) {
        if unit == ANCHOR_STR || unit == BREAK_STR {
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
        let real = group
            .iter()
            .filter(|u| **u != ANCHOR_STR && **u != BREAK_STR)
            .count();
        if real <= 1 && !marked {
            for unit in group {
                if unit == ANCHOR_STR {
                    flush(&mut run, &mut out);
                    out.push_str(&anchor_markup());
                } else if unit == BREAK_STR {
                    flush(&mut run, &mut out);
                    out.push_str("#brk");
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
            } else if unit == BREAK_STR {
                out.push_str("#brk");
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

/// Splits text into units: a run of ASCII graphic characters, or one other character. A run
/// longer than `long` is split into its characters with a [`BREAK_STR`] between each two.
fn units(text: &str, long: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_ascii_graphic() {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            push_run(&text[s..i], long, &mut out);
        }
        out.push(&text[i..i + c.len_utf8()]);
    }
    if let Some(s) = start {
        push_run(&text[s..], long, &mut out);
    }
    out
}

/// Pushes an ASCII run: whole, or character by character with breaks when it is long.
fn push_run<'a>(run: &'a str, long: usize, out: &mut Vec<&'a str>) {
    if run.len() <= long {
        out.push(run);
        return;
    }
    for i in 0..run.len() {
        if i > 0 {
            out.push(BREAK_STR);
        }
        out.push(&run[i..=i]);
    }
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
        let anchored = grid_text_anchored(&text, &names, LONG_RUN);
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

    #[test]
    fn a_long_ascii_run_may_break_after_any_character() {
        assert_eq!(grid_text("共874件"), r##"#"共874件""##);
        let markup = grid_text_anchored("见abcdef。", &[], 4);
        assert_eq!(
            markup,
            concat!(
                r##"#"见a"#brk#"b"#brk#"c"#brk#"d"#brk#"e""##,
                r##"#g[#brk#"f"#pc("。")]"##
            )
        );
    }
}
