//! The 版记 at the end of a document: 报/送/发 lines, 抄送, and the 印发 line.

use crate::line::Line;
use crate::text::*;
use gongwen_model::{Colophon, Distribution};
use regex::Regex;
use std::sync::LazyLock;

/// Whether the 版记 holds anything.
pub fn colophon_is_empty(c: &Colophon) -> bool {
    c.distribution.is_empty() && c.cc.is_empty() && c.printer.is_none()
}

static DISTRIBUTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(抄报|报送|分送|报|送|发)[:：](.+)$").unwrap());
static CC: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^抄送[:：](.+)$").unwrap());
static PRINTED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(.*?)(\S+)印发$").unwrap());

/// The 版记 at the end of `lines`, and the index where it begins.
pub fn colophon(lines: &[Line]) -> (Colophon, usize) {
    let mut c = Colophon::default();
    let mut start = lines.len();
    while start > 0 {
        let Line::Text(raw) = &lines[start - 1] else {
            break;
        };
        let t = compact(raw);
        if let Some(m) = CC.captures(&t) {
            c.cc = vec![m[1].trim_end_matches('。').to_string()];
        } else if let Some(m) = DISTRIBUTION.captures(&t) {
            let line = Distribution {
                label: m[1].to_string(),
                to: m[2].to_string(),
            };
            c.distribution.insert(0, line);
        } else if let Some(m) = PRINTED.captures(&t)
            && c.printer.is_none()
            && let Some((printer, date)) = split_trailing_date(&format!("{}{}", &m[1], &m[2]))
        {
            c.printer = (!printer.is_empty()).then(|| printer.to_string());
            c.print_date = Some(date.to_string());
        } else {
            break;
        }
        start -= 1;
    }
    (c, start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line> {
        text.lines().map(|l| Line::Text(l.to_string())).collect()
    }

    #[test]
    fn distribution_lines_in_order_and_the_printed_line() {
        let l = lines(
            "正文。\n报：省总工会\n送：市委办公室\n发：各县总工会\n市总工会办公室  2023年6月30日印发",
        );
        let (c, start) = colophon(&l);
        assert_eq!(start, 1);
        let labels: Vec<&str> = c.distribution.iter().map(|d| d.label.as_str()).collect();
        assert_eq!(labels, ["报", "送", "发"]);
        assert_eq!(c.distribution[1].to, "市委办公室");
        assert_eq!(c.print_date.as_deref(), Some("2023年6月30日"));
        assert!(!colophon_is_empty(&c));
    }

    #[test]
    fn no_colophon_when_the_last_line_is_text() {
        let (c, start) = colophon(&lines("抄送：省总工会。\n正文。"));
        assert_eq!(start, 2);
        assert!(colophon_is_empty(&c));
    }
}
