//! Run-in leads: `**一要……。**` marked in the source before CommonMark sees it.

use gongwen_model::Inline;

/// The tag a lead opens with.
pub(crate) const LEAD_OPEN: &str = "<gw-lead>";
/// The tag a lead closes with.
pub(crate) const LEAD_CLOSE: &str = "</gw-lead>";

/// Turns each unescaped `**` into a lead tag, alternately opening and closing.
///
/// CommonMark will not close `**一要……。**要` (a closing `**` after punctuation
/// and before a letter does not count), yet that is exactly how Chinese writers
/// mark a run-in lead; tags have no such rule. A blank line ends an open lead.
pub(crate) fn mark_leads(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let mut open = false;
    let mut chars = text.chars().peekable();
    let mut code = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                out.push(c);
                if let Some(next) = chars.next() {
                    out.push(next);
                }
            }
            '`' => {
                code = !code;
                out.push(c);
            }
            '<' if !code && rest_starts_with(&chars, "gw-metric ") => {
                // A metric tag is copied whole: nothing in its values is Markdown.
                out.push(c);
                for next in chars.by_ref() {
                    out.push(next);
                    if next == '>' {
                        break;
                    }
                }
            }
            '*' if !code && chars.peek() == Some(&'*') => {
                chars.next();
                out.push_str(if open { LEAD_CLOSE } else { LEAD_OPEN });
                open = !open;
            }
            '\n' => {
                if out.rsplit('\n').next().is_some_and(|l| l.trim().is_empty()) {
                    open = false;
                }
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

fn rest_starts_with(chars: &std::iter::Peekable<std::str::Chars<'_>>, prefix: &str) -> bool {
    chars
        .clone()
        .take(prefix.chars().count())
        .eq(prefix.chars())
}

pub(crate) fn close_lead(stack: &mut Vec<Vec<Inline>>) {
    let inner = stack.pop().unwrap_or_default();
    match stack.last_mut() {
        Some(top) => top.push(Inline::Lead(inner)),
        None => stack.push(inner),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leads_open_and_close_where_commonmark_would_not() {
        assert_eq!(
            mark_leads("**一要学习。**要坚定"),
            "<gw-lead>一要学习。</gw-lead>要坚定"
        );
    }

    #[test]
    fn escaped_stars_code_and_metric_tags_are_left_alone() {
        assert_eq!(mark_leads(r"\*\*不是\*\*"), r"\*\*不是\*\*");
        assert_eq!(
            mark_leads("`**` 与 **甲**"),
            "`**` 与 <gw-lead>甲</gw-lead>"
        );
        let tag = "<gw-metric name=\"a**b\" unit=\"\"/>";
        assert_eq!(mark_leads(tag), tag);
    }

    #[test]
    fn a_blank_line_ends_an_open_lead() {
        assert_eq!(
            mark_leads("**甲\n\n**乙**"),
            "<gw-lead>甲\n\n<gw-lead>乙</gw-lead>"
        );
    }
}
