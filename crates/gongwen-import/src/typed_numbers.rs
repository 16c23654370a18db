//! Numbering the document chose: when its heading numbers are not what gongwen's automatic
//! numbering (一、 （一） 1. （1） counted within each parent) would print — items that restart
//! inside each 条, a 章/条 structure, list items ending ；— the numbered lines are kept as
//! typed paragraphs instead of headings gongwen renumbers.

use crate::body::Block;
use gongwen_i18n::tr;
use regex::Regex;
use std::sync::LazyLock;

static ARTICLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^第[一二三四五六七八九十百零〇]+[编章节条款]").unwrap());

/// Why the numbers of `blocks` must be kept as typed, if they must.
pub(crate) fn reason(blocks: &[Block]) -> Option<String> {
    let mut counts = [0u32; 4];
    for block in blocks {
        match block {
            Block::Paragraph(t) => {
                if let Some(m) = ARTICLE.find(t) {
                    return Some(tr!("import-typed-articles", article = m.as_str()));
                }
            }
            Block::Heading {
                level, typed, text, ..
            } => {
                let l = usize::from(*level) - 1;
                counts[l] += 1;
                counts[l + 1..].iter_mut().for_each(|c| *c = 0);
                if text.ends_with(['；', ';', '，', ',']) {
                    return Some(tr!(
                        "import-typed-list-item",
                        item = format!("{typed}{text}")
                    ));
                }
                if value(typed) != Some(counts[l]) {
                    return Some(tr!(
                        "import-typed-out-of-order",
                        item = format!("{typed}{text}"),
                        count = counts[l]
                    ));
                }
            }
            Block::Table(_) => {}
        }
    }
    None
}

/// `blocks` with every heading turned back into the paragraph it was typed as.
pub(crate) fn as_paragraphs(blocks: Vec<Block>) -> Vec<Block> {
    blocks
        .into_iter()
        .map(|b| match b {
            Block::Heading {
                typed, text, rest, ..
            } => Block::Paragraph(format!("{typed}{text}{}", rest.unwrap_or_default())),
            other => other,
        })
        .collect()
}

/// The number a heading's typed label holds: "（十二）" 12, "3、" 3.
fn value(typed: &str) -> Option<u32> {
    let digits: String = typed.chars().filter(char::is_ascii_digit).collect();
    if !digits.is_empty() {
        return digits.parse().ok();
    }
    let mut total = 0;
    let mut unit = 0;
    for c in typed.chars() {
        let d = "零一二三四五六七八九".chars().position(|x| x == c);
        match (d, c) {
            (Some(d), _) => unit = d as u32,
            (None, '十') => {
                total += unit.max(1) * 10;
                unit = 0;
            }
            (None, '百') => {
                total += unit.max(1) * 100;
                unit = 0;
            }
            _ => {}
        }
    }
    Some(total + unit).filter(|&n| n > 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::body::blocks;
    use crate::line::Line;

    fn body(text: &str) -> Vec<Block> {
        blocks(
            &text
                .lines()
                .map(|l| Line::Text(l.into()))
                .collect::<Vec<_>>(),
        )
    }

    #[test]
    fn values_of_typed_numbers() {
        let got: Vec<_> = ["一、", "（十）", "十二、", "二十一、", "3.", "（12）"]
            .iter()
            .map(|t| value(t))
            .collect();
        assert_eq!(
            got,
            [Some(1), Some(10), Some(12), Some(21), Some(3), Some(12)]
        );
    }

    #[test]
    fn numbers_gongwen_would_print_are_headings() {
        let b =
            body("一、总体要求\n（一）摸清底数\n（二）精准帮扶\n二、工作步骤\n（一）动员\n1.宣传");
        assert_eq!(reason(&b), None);
    }

    #[test]
    fn restarts_articles_gaps_and_list_items_keep_their_numbers() {
        let restart =
            body("（一）物业服务\n（二）物业使用\n说明。\n（一）接受服务\n（二）提出建议");
        assert!(reason(&restart).is_some());
        let articles = body("第一条　为了规范管理，制定本办法。\n（一）物业服务");
        assert!(reason(&articles).unwrap().contains("第一条"));
        let gap = body("一、总体要求\n三、工作步骤");
        assert!(reason(&gap).is_some());
        let items = body("下列行为禁止：\n（一）占用通道；\n（二）堆放杂物。");
        assert!(reason(&items).unwrap().contains("列举项"));
        let kept = as_paragraphs(items);
        assert_eq!(kept[1], Block::Paragraph("（一）占用通道；".into()));
    }
}
