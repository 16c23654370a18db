//! Inline runs as Typst markup: plain text, leads and missing figures, with punctuation kept
//! on the line of the text it belongs to.

use crate::escape::{ANCHOR, LONG_RUN, OPENING, grid_text_anchored};
use gongwen_model::Inline;

/// Inline runs as markup: text as string literals, leads and missing figures as calls.
///
/// Runs are flattened into segments of one style (plain, lead, missing figure,
/// or both); a closing mark that would open a segment joins the segment before
/// it, so that it stays on that segment's line (a mark after a figure or a lead),
/// and an opening mark that would close one joins the segment after it.
pub(crate) fn inlines(runs: &[Inline]) -> String {
    inlines_breaking(runs, LONG_RUN)
}

/// [`inlines`] where ASCII runs longer than `long` characters may break after any
/// character: a table cell narrower than a line breaks shorter runs than a paragraph.
pub(crate) fn inlines_breaking(runs: &[Inline], long: usize) -> String {
    let mut segments: Vec<Segment> = Vec::new();
    flatten(runs, Style::default(), &mut segments);
    let mut i = 1;
    while i < segments.len() {
        let marks: String = segments[i]
            .text
            .chars()
            .take_while(|&c| is_closing(c))
            .collect();
        if !marks.is_empty() {
            segments[i].text.drain(..marks.len());
            segments[i - 1].text.push_str(&marks);
        }
        // An opening mark that would end a segment moves on with the next: 《 + a figure.
        let before = &segments[i - 1].text;
        let kept = before.trim_end_matches(is_opening).len();
        if kept < before.len() && !segments[i].text.is_empty() {
            let opening = segments[i - 1].text.split_off(kept);
            segments[i].text.insert_str(0, &opening);
        }
        if segments[i].text.is_empty() {
            segments.remove(i);
        } else {
            i += 1;
        }
    }
    let mut out = String::new();
    for Segment {
        style,
        text,
        figures,
    } in segments
    {
        let mut markup = grid_text_anchored(&text, &figures, long);
        if style.missing {
            markup = format!("#missing[{markup}]");
        }
        if style.lead {
            markup = format!("#lead[{markup}]");
        }
        out.push_str(&markup);
    }
    out
}

/// How a segment of inline text is set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Style {
    lead: bool,
    missing: bool,
}

/// A run of text of one style; each [`ANCHOR`] in it marks where the next of `figures`
/// starts.
struct Segment {
    style: Style,
    text: String,
    figures: Vec<String>,
}

fn flatten(runs: &[Inline], style: Style, out: &mut Vec<Segment>) {
    for run in runs {
        let (style, text, figure) = match run {
            Inline::Text(t) => (style, t.replace(ANCHOR, ""), None),
            Inline::Metric(m) => (
                Style {
                    missing: m.marked(),
                    ..style
                },
                format!("{ANCHOR}{}", m.display().replace(ANCHOR, "")),
                Some(m.name.clone()),
            ),
            Inline::Lead(inner) => {
                flatten(
                    inner,
                    Style {
                        lead: true,
                        ..style
                    },
                    out,
                );
                continue;
            }
        };
        match out.last_mut() {
            Some(last) if last.style == style => {
                last.text.push_str(&text);
                last.figures.extend(figure);
            }
            _ => out.push(Segment {
                style,
                text,
                figures: figure.into_iter().collect(),
            }),
        }
    }
}

fn is_closing(c: char) -> bool {
    "，。、；：？！）》」』】〕〉”’．…—".contains(c)
}

fn is_opening(c: char) -> bool {
    OPENING.contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use gongwen_model::Metric;

    #[test]
    fn an_opening_mark_stays_with_the_figure_after_it() {
        let runs = [
            Inline::Text("修订《".into()),
            Inline::Metric(Metric {
                name: "市名".into(),
                unit: String::new(),
                value: None,
                placeholder: None,
                faulty: false,
            }),
            Inline::Text("》。".into()),
        ];
        let markup = inlines(&runs);
        let missing = markup.find("#missing[").expect("a missing figure");
        assert!(markup[missing..].contains('《'), "{markup}");
        assert!(!markup[..missing].contains('《'), "{markup}");
    }
}
