//! Headings: each level in its own style and numbered as text (一、 / （一） / 1. / （1）); a
//! run-in heading, one that runs into its paragraph as the PDF sets it, opens a Normal
//! paragraph in the level's character style `GwHeading{N}Char`.

use crate::fixtures::{Fonts, docx, fixture_output, fixtures};
use crate::package::El;
use crate::styles::{Styles, east_asia_font, paragraph_style};

/// The digits of a Chinese heading number.
const HANZI_NUMBERS: &str = "一二三四五六七八九十";

/// Whether `text` starts with the numbering of heading `level`: 一、 / （一） / 1. / （1）.
fn numbered(level: usize, text: &str) -> bool {
    /// `s` after a leading Chinese number, if it has one.
    fn cn(s: &str) -> Option<&str> {
        let rest = s.trim_start_matches(|c| HANZI_NUMBERS.contains(c));
        (rest.len() < s.len()).then_some(rest)
    }
    /// `s` after leading ASCII digits, if it has any.
    fn digits(s: &str) -> Option<&str> {
        let rest = s.trim_start_matches(|c: char| c.is_ascii_digit());
        (rest.len() < s.len()).then_some(rest)
    }
    match level {
        1 => cn(text).is_some_and(|r| r.starts_with('、')),
        2 => text
            .strip_prefix('（')
            .and_then(cn)
            .is_some_and(|r| r.starts_with('）')),
        3 => digits(text).is_some_and(|r| r.starts_with('.')),
        4 => text
            .strip_prefix('（')
            .and_then(digits)
            .is_some_and(|r| r.starts_with('）')),
        _ => false,
    }
}

#[test]
fn the_heading_numbering_checker_is_right() {
    assert!(numbered(1, "十二、总体要求") && !numbered(1, "（一）总体"));
    assert!(numbered(2, "（三）求真较真。工作") && !numbered(2, "（3）求真"));
    assert!(numbered(3, "12.严明纪律") && !numbered(3, "一.严明"));
    assert!(numbered(4, "（1）严明") && !numbered(4, "（一）严明"));
}

/// How many numbered headings of each level (1–4) the 公文 Markdown has (`{.attachment}`,
/// `{.forwarded}` and such are titles, not numbered headings).
fn markdown_headings(md: &str) -> [usize; 4] {
    let mut counts = [0; 4];
    for line in md.lines() {
        let hashes = line.len() - line.trim_start_matches('#').len();
        if (1..=4).contains(&hashes) && line[hashes..].starts_with(' ') && !line.contains("{.") {
            counts[hashes - 1] += 1;
        }
    }
    counts
}

/// A heading as the .docx has it.
struct Heading<'a> {
    /// Its level, from its style's name (any number; 1–4 are right).
    level: usize,
    /// Whether it runs into its paragraph (marked by a character style).
    run_in: bool,
    /// Its runs: the paragraph's, or a run-in heading's leading runs in its character style.
    runs: Vec<&'a El>,
}

impl Heading<'_> {
    /// The heading's text, its number first.
    fn text(&self) -> String {
        self.runs.iter().map(|r| r.text()).collect()
    }
}

/// The level `style` names: `GwHeading{N}{suffix}` → N.
fn level_of(style: &str, suffix: &str) -> Option<usize> {
    style
        .strip_prefix("GwHeading")?
        .strip_suffix(suffix)?
        .parse()
        .ok()
}

/// The heading paragraph `p` is (style `GwHeading{N}`) or opens (a run-in heading: its first
/// run with text has the character style `GwHeading{N}Char`), else `None`.
fn heading(p: &El) -> Option<Heading<'_>> {
    let runs = p.all("r");
    if let Some(level) = paragraph_style(p).and_then(|s| level_of(s, "")) {
        let run_in = false;
        return Some(Heading {
            level,
            run_in,
            runs,
        });
    }
    let style = |r: &El| r.at(&["rPr", "rStyle"])?.attr("val").map(String::from);
    let first = runs.iter().position(|r| !r.text().is_empty())?;
    let id = style(runs[first])?;
    let level = level_of(&id, "Char")?;
    let runs = runs[first..]
        .iter()
        .take_while(|r| style(r).as_ref() == Some(&id))
        .copied()
        .collect();
    Some(Heading {
        level,
        run_in: true,
        runs,
    })
}

#[test]
fn headings_have_their_level_style_and_start_with_their_number() {
    let mut problems = Vec::new();
    let mut seen = [0; 4];
    for name in fixtures() {
        let d = docx(&name, Fonts::Default);
        let styles = Styles::of(d);
        let body = d.body();
        let (mut counts, mut run_in) = ([0; 4], [0; 4]);
        for p in body.all("p") {
            let Some(h) = heading(p) else { continue };
            let level = h.level;
            let kind = if h.run_in {
                format!("GwHeading{level}Char run-in heading")
            } else {
                format!("GwHeading{level} paragraph")
            };
            if !(1..=4).contains(&level) {
                problems.push(format!("{name}: a {kind}"));
                continue;
            }
            counts[level - 1] += 1;
            run_in[level - 1] += usize::from(h.run_in);
            let text = h.text();
            if !numbered(level, text.trim_start()) {
                let start: String = text.chars().take(20).collect();
                problems.push(format!(
                    "{name}: {kind} does not start with its number: {start:?}"
                ));
            }
            // Run in or not, the heading prints in its level's face.
            let want = styles.run_prop(&format!("GwHeading{level}"), &east_asia_font);
            for r in &h.runs {
                let got = styles.resolved_run_prop(p, r, &east_asia_font);
                if got != want {
                    problems.push(format!(
                        "{name}: {kind} {text:?}: run {:?} has East-Asian font {got:?}, \
                         but GwHeading{level} has {want:?}",
                        r.text()
                    ));
                }
            }
        }
        let want = markdown_headings(&fixture_output(&name, "md"));
        if counts != want {
            problems.push(format!(
                "{name}: headings per level 1..4 {counts:?} (run-in {run_in:?}), \
                 but the Markdown has {want:?}"
            ));
        }
        for (s, c) in seen.iter_mut().zip(counts) {
            *s += c;
        }
    }
    run_in_styles(&mut problems);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The fixtures exercise the first three levels.
    assert!(
        seen[..3].iter().all(|&n| n > 0),
        "headings per level over all fixtures: {seen:?}"
    );
}

/// A run-in heading's character style exists and has its level's face.
fn run_in_styles(problems: &mut Vec<String>) {
    for (fonts, faces) in [
        (
            Fonts::Default,
            ["黑体", "楷体_GB2312", "仿宋_GB2312", "仿宋_GB2312"],
        ),
        (
            Fonts::Free,
            ["FandolHei", "FandolKai", "FandolFang", "FandolFang"],
        ),
    ] {
        let d = docx("notice", fonts);
        let styles = Styles::of(d);
        for (level, face) in (1..=4).zip(faces) {
            let id = format!("GwHeading{level}Char");
            let Some(style) = styles.style(&id) else {
                problems.push(format!("{}: no style {id}", d.what));
                continue;
            };
            if style.attr("type") != Some("character") {
                problems.push(format!(
                    "{}: style {id} has type {:?}, want \"character\"",
                    d.what,
                    style.attr("type")
                ));
            }
            let got = styles.run_prop(&id, &east_asia_font);
            if got.as_deref() != Some(face) {
                problems.push(format!(
                    "{}: style {id}: East-Asian font {got:?}, want {face:?}",
                    d.what
                ));
            }
        }
    }
}
