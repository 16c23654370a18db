//! The page: A4, the 版心 margins and the 22 × 28 grid in every section; footers with
//! "— N —", odd pages at the right and even pages at the left.

use crate::fixtures::{Fonts, docx, fixtures};
use crate::package::{Docx, El};
use crate::styles::Styles;

/// The number in attribute `key` of `el` (twips, as a rule); `what` names it in messages.
fn twips(el: &El, key: &str, what: &str) -> i64 {
    let v = el
        .attr(key)
        .unwrap_or_else(|| panic!("{what}: w:{} has no w:{key}", el.name));
    v.parse()
        .unwrap_or_else(|_| panic!("{what}: w:{}/@w:{key} = {v:?} is not a number", el.name))
}

#[test]
fn every_section_is_a4_with_the_gbt9704_margins_and_a_22_by_28_grid() {
    let mut problems = Vec::new();
    for name in fixtures() {
        let d = docx(&name, Fonts::Default);
        let body = d.body();
        Docx::final_section(&body, &d.what);
        // Every section of the document, the final one among them.
        let sections: Vec<&El> = body.all("sectPr");
        for (i, s) in sections.iter().enumerate() {
            let what = format!("{name}: section {} of {}", i + 1, sections.len());
            let size = s
                .child("pgSz")
                .unwrap_or_else(|| panic!("{what}: no w:pgSz"));
            // A landscape section (横排表格): A4 turned, the margins turned with the sheet
            // (FORMATS.md: top 28, bottom 26, left 35, right 37 mm).
            let landscape = size.attr("orient") == Some("landscape");
            let (want_size, want_mar) = if landscape {
                ((16838, 11906), [1587, 1474, 1984, 2098])
            } else {
                ((11906, 16838), [2098, 1984, 1587, 1474])
            };
            let got = (twips(size, "w", &what), twips(size, "h", &what));
            if got != want_size {
                problems.push(format!("{what}: w:pgSz {got:?}, want {want_size:?}"));
            }
            if size
                .attr("orient")
                .is_some_and(|o| o != "portrait" && o != "landscape")
            {
                problems.push(format!("{what}: w:pgSz orient {:?}", size.attr("orient")));
            }
            let mar = s
                .child("pgMar")
                .unwrap_or_else(|| panic!("{what}: no w:pgMar"));
            let got = ["top", "bottom", "left", "right"].map(|k| twips(mar, k, &what));
            if got != want_mar {
                problems.push(format!(
                    "{what}: w:pgMar top/bottom/left/right {got:?}, want {want_mar:?} \
                     (portrait 37/35/28/26 mm, landscape 28/26/35/37 mm)"
                ));
            }
            let grid = s
                .child("docGrid")
                .unwrap_or_else(|| panic!("{what}: no w:docGrid"));
            if grid.attr("type") != Some("linesAndChars") {
                problems.push(format!(
                    "{what}: w:docGrid type {:?}, want \"linesAndChars\"",
                    grid.attr("type")
                ));
            }
            if grid.attr("linePitch") != Some("579") {
                problems.push(format!(
                    "{what}: w:docGrid linePitch {:?}, want \"579\" (22 lines)",
                    grid.attr("linePitch")
                ));
            }
            let space = grid.attr("charSpace").map(|v| v.parse::<i64>());
            if !matches!(space, Some(Ok(n)) if n < 0) {
                problems.push(format!(
                    "{what}: w:docGrid charSpace {:?}, want a negative number (28 characters a line)",
                    grid.attr("charSpace")
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// Footers: "— N —", odd pages right, even pages left.
// ---------------------------------------------------------------------------------------------

/// What a footer paragraph shows: its text before the PAGE field, and after it.
#[derive(Debug, Default)]
struct PageNumberLine {
    /// How many PAGE fields it has.
    fields: usize,
    /// The text before the first PAGE field.
    before: String,
    /// The text after it.
    after: String,
}

/// Walks `el` in document order, splitting its text around PAGE fields (simple or complex);
/// a field's cached result is not text.
fn walk_footer(el: &El, state: &mut (PageNumberLine, Option<String>, bool)) {
    let (line, instr, in_result) = state;
    match el.name.as_str() {
        "fldSimple" => {
            let is_page = el
                .attr("instr")
                .is_some_and(|i| i.split_whitespace().next() == Some("PAGE"));
            if is_page {
                line.fields += 1;
            }
            return; // its runs are the cached result
        }
        "fldChar" => {
            match el.attr("fldCharType") {
                Some("begin") => *instr = Some(String::new()),
                Some("separate") => *in_result = true,
                Some("end") => {
                    let i = instr.take().unwrap_or_default();
                    if i.split_whitespace().next() == Some("PAGE") {
                        line.fields += 1;
                    }
                    *in_result = false;
                }
                _ => {}
            }
            return;
        }
        "instrText" => {
            if let Some(i) = instr.as_mut() {
                i.push_str(&el.text);
            }
            return;
        }
        "t" => {
            if !*in_result && instr.is_none() {
                if line.fields == 0 {
                    line.before.push_str(&el.text);
                } else {
                    line.after.push_str(&el.text);
                }
            }
            return;
        }
        _ => {}
    }
    for k in &el.kids {
        walk_footer(k, state);
    }
}

/// The text around the PAGE field of footer paragraph `p`.
fn page_number_line(p: &El) -> PageNumberLine {
    let mut state = (PageNumberLine::default(), None, false);
    walk_footer(p, &mut state);
    state.0
}

#[test]
fn odd_pages_number_at_the_right_and_even_pages_at_the_left() {
    for name in ["notice", "speech"] {
        let d = docx(name, Fonts::Default);
        let body = d.body();
        let section = Docx::final_section(&body, &d.what);
        let settings = d.xml("word/settings.xml");
        assert!(
            !settings.all("evenAndOddHeaders").is_empty(),
            "{name}: word/settings.xml lacks w:evenAndOddHeaders, so Word uses one footer for all pages"
        );
        let rels = d.relationships();
        let styles = Styles::of(d);
        for (kind, align) in [("default", ["right", "end"]), ("even", ["left", "start"])] {
            let reference = section
                .kids
                .iter()
                .find(|k| k.name == "footerReference" && k.attr("type") == Some(kind))
                .unwrap_or_else(|| {
                    panic!("{name}: the final w:sectPr has no w:footerReference of type {kind:?}")
                });
            let id = reference.attr("id").expect("a footerReference has an r:id");
            let part = rels.get(id).unwrap_or_else(|| {
                panic!("{name}: footer relationship {id} is not in word/_rels/document.xml.rels")
            });
            let footer = d.xml(part);
            let paragraphs: Vec<&El> = footer
                .all("p")
                .into_iter()
                .filter(|p| page_number_line(p).fields > 0)
                .collect();
            assert_eq!(
                paragraphs.len(),
                1,
                "{name}: the {kind} footer ({part}) has {} paragraphs with a PAGE field, want 1",
                paragraphs.len()
            );
            let p = paragraphs[0];
            let jc = styles.resolved_para_prop(p, &|ppr: &El| {
                ppr.child("jc")
                    .and_then(|j| j.attr("val"))
                    .map(String::from)
            });
            assert!(
                jc.as_deref().is_some_and(|j| align.contains(&j)),
                "{name}: the {kind} footer's page number is aligned {jc:?}, want {:?}",
                align[0]
            );
            let line = page_number_line(p);
            assert_eq!(line.fields, 1, "{name}: {kind} footer: {line:?}");
            let dash_then_space = line.before.trim() == "—"
                && line.before.ends_with(char::is_whitespace)
                && !line.before.starts_with(char::is_whitespace);
            let space_then_dash = line.after.trim() == "—"
                && line.after.starts_with(char::is_whitespace)
                && !line.after.ends_with(char::is_whitespace);
            assert!(
                dash_then_space && space_then_dash,
                "{name}: the {kind} footer reads {:?} PAGE {:?}, want \"— \" PAGE \" —\"",
                line.before,
                line.after
            );
        }
    }
}
