//! Characters that print as nothing yet change what prints (bidi controls, zero-width
//! spaces, soft hyphens; `gongwen_model::is_invisible`), as text copied from web pages has
//! them: taken out of every line and cell on import, and counted for the report, since
//! gongwen refuses them in a template or data file.

use crate::line::Line;
use gongwen_model::is_invisible;

/// `lines` without invisible characters, and how many were taken out.
pub(crate) fn strip(lines: Vec<Line>) -> (Vec<Line>, usize) {
    let mut count = 0;
    let lines = lines
        .into_iter()
        .map(|line| {
            line.map_text(|text| {
                let n = text.chars().filter(|&c| is_invisible(c)).count();
                if n == 0 {
                    return text;
                }
                count += n;
                text.chars().filter(|&c| !is_invisible(c)).collect()
            })
        })
        .collect();
    (lines, count)
}

/// The report's line for `count` characters taken out, or `None` for none.
pub(crate) fn report_line(count: usize) -> Option<String> {
    (count > 0).then(|| {
        format!(
            "  {}",
            gongwen_i18n::tr!("import-report-invisible", count = count)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_go_and_are_counted() {
        let lines = vec![
            Line::Text("周敏\u{202e}、吴军\u{200b}".into()),
            Line::Table(vec![vec!["甲\u{00ad}乙".into()]]),
            Line::Text("正文。".into()),
        ];
        let (lines, n) = strip(lines);
        assert_eq!(n, 3);
        assert_eq!(lines[0], Line::Text("周敏、吴军".into()));
        assert_eq!(lines[1], Line::Table(vec![vec!["甲乙".into()]]));
        assert!(report_line(n).unwrap().contains("删去 3 个"));
        assert_eq!(report_line(0), None);
    }
}
