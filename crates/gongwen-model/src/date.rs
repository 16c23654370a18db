//! 成文日期 as GB/T 9704-2012 §7.3.5 writes it: Arabic numerals, no leading zeros.

use gongwen_i18n::tr;

/// Writes an ISO date ("2022-02-18") as "2022年2月18日"; other text is returned as it is.
pub fn chinese_date(text: &str) -> String {
    let parts: Vec<&str> = text.trim().split('-').collect();
    let numeric = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 && numeric(y) && numeric(m) && numeric(d) => {
            let m: u32 = m.parse().unwrap_or(0);
            let d: u32 = d.parse().unwrap_or(0);
            if (1..=12).contains(&m) && (1..=31).contains(&d) {
                return format!("{y}年{m}月{d}日");
            }
            text.to_string()
        }
        _ => text.to_string(),
    }
}

/// Why `text`, written as a date ("2023-02-30", "2023年2月30日", "2023/2/30", "2023.2.30"),
/// is no day of the calendar; `None` for a real date or for text that is no date at all
/// (a placeholder such as "2023年7月×日").
pub fn date_problem(text: &str) -> Option<String> {
    let (y, m, d) = numbers(text.trim())?;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
        2 => 28,
        _ => {
            return Some(tr!("date-no-month", date = text.trim(), month = m));
        }
    };
    if y == 0 {
        return Some(tr!("date-no-year-zero", date = text.trim()));
    }
    (d == 0 || d > days).then(|| {
        let date = text.trim();
        tr!("date-no-day", date = date, year = y, month = m, days = days)
    })
}

/// Year, month and day of a date written with Arabic numerals and `-`, `/`, `.` or 年月日.
fn numbers(text: &str) -> Option<(u32, u32, u32)> {
    let body = text.strip_suffix('日').unwrap_or(text);
    let parts: Vec<&str> = body.split(['-', '/', '.', '年', '月']).collect();
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    let number = |s: &str| {
        (!s.is_empty() && s.len() <= 4 && s.chars().all(|c| c.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    (y.len() == 4).then_some(())?;
    Some((number(y)?, number(m)?, number(d)?))
}

#[cfg(test)]
mod tests {
    use super::{chinese_date, date_problem};

    #[test]
    fn impossible_dates_are_named_real_ones_and_text_pass() {
        assert!(
            date_problem("2023-02-30")
                .unwrap()
                .contains("2023 年 2 月只有 28 天")
        );
        assert!(date_problem("2023年2月30日").is_some());
        assert!(date_problem("2023-13-01").unwrap().contains("没有 13 月"));
        assert!(
            date_problem("0000-01-01")
                .unwrap()
                .contains("没有公元 0 年")
        );
        assert!(date_problem("2023-04-31").is_some());
        assert_eq!(date_problem("2024-02-29"), None);
        assert_eq!(date_problem("2022年2月18日"), None);
        assert_eq!(date_problem("2023年7月×日"), None);
        assert_eq!(date_problem("二〇二二年二月十八日"), None);
    }

    #[test]
    fn iso_dates_lose_leading_zeros() {
        assert_eq!(chinese_date("2022-02-18"), "2022年2月18日");
        assert_eq!(chinese_date("2022年2月18日"), "2022年2月18日");
        assert_eq!(chinese_date("2022-13-01"), "2022-13-01");
    }
}
