//! The red 版头: the 发文机关标志 in red, and the red rule under it (a line, not a box).

use crate::fixtures::{Fonts, docx};
use crate::package::El;
use crate::styles::{Styles, bottom_border_color, color, paragraph_style};

/// The red of the 版头, as the PDF prints it.
const RED: &str = "E60012";

#[test]
fn the_agency_mark_and_the_rule_under_it_are_red() {
    for name in ["circular-forwarding", "notice"] {
        let d = docx(name, Fonts::Default);
        let styles = Styles::of(d);
        let body = d.body();
        let paragraphs = body.all("p");
        let agency: Vec<&&El> = paragraphs
            .iter()
            .filter(|p| paragraph_style(p) == Some("GwAgency"))
            .collect();
        assert!(
            !agency.is_empty(),
            "{name}: no paragraph has style GwAgency (the 发文机关标志)"
        );
        for p in &agency {
            for r in p.all("r") {
                let text = r.run_text();
                if text.trim().is_empty() {
                    continue;
                }
                let got = styles.resolved_run_prop(p, r, &color);
                assert_eq!(
                    got.as_deref(),
                    Some(RED),
                    "{name}: the 发文机关标志 run {text:?} has color {got:?}"
                );
            }
        }
        let rules: Vec<Option<String>> = paragraphs
            .iter()
            .map(|p| styles.resolved_para_prop(p, &bottom_border_color))
            .collect();
        assert!(
            rules.iter().any(|c| c.as_deref() == Some(RED)),
            "{name}: no paragraph has a {RED} bottom border (the red rule); borders found: {:?}",
            rules.iter().flatten().collect::<Vec<_>>()
        );
        // The rule is a line under the paragraph, not a box around it.
        for (p, rule) in paragraphs.iter().zip(&rules) {
            if rule.as_deref() != Some(RED) {
                continue;
            }
            let sides = styles
                .resolved_para_prop(p, &|ppr: &El| {
                    let borders = ppr.child("pBdr")?;
                    Some(
                        borders
                            .kids
                            .iter()
                            .filter(|b| b.name != "bottom")
                            .filter(|b| !matches!(b.attr("val"), Some("none" | "nil")))
                            .map(|b| format!("{} {:?}", b.name, b.attr("val")))
                            .collect::<Vec<_>>(),
                    )
                })
                .unwrap_or_default();
            assert!(
                sides.is_empty(),
                "{name}: the paragraph {:?} with the red rule also has borders {sides:?}, \
                 so it shows as a box",
                p.text()
            );
        }
    }
}
