//! Heading numbers as GB/T 9704-2012 §7.3.3 orders them: 一、 （一） 1. （1）.

use chinese_number::{ChineseCase, ChineseCountMethod, ChineseVariant, NumberToChinese};

/// The number that opens the `n`-th (1-based) heading of `level` (1 to 4).
///
/// Levels deeper than 4 repeat the fourth level's style.
pub fn heading_label(level: u8, n: u32) -> String {
    match level {
        0 | 1 => format!("{}、", chinese(n.into())),
        2 => format!("（{}）", chinese(n.into())),
        3 => format!("{n}."),
        _ => format!("（{n}）"),
    }
}

/// Chinese numerals as documents write them: 一, 十, 十一, 二十一 (not 一十一).
pub(crate) fn chinese(n: u64) -> String {
    let text = n
        .to_chinese(
            ChineseVariant::Simple,
            ChineseCase::Lower,
            ChineseCountMethod::TenThousand,
        )
        .unwrap_or_else(|_| n.to_string());
    match text.strip_prefix("一十") {
        Some(rest) => format!("十{rest}"),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::heading_label;

    #[test]
    fn four_levels() {
        assert_eq!(heading_label(1, 1), "一、");
        assert_eq!(heading_label(2, 3), "（三）");
        assert_eq!(heading_label(3, 4), "4.");
        assert_eq!(heading_label(4, 2), "（2）");
    }

    #[test]
    fn tens_read_as_written() {
        assert_eq!(heading_label(1, 10), "十、");
        assert_eq!(heading_label(1, 11), "十一、");
        assert_eq!(heading_label(2, 21), "（二十一）");
    }
}
