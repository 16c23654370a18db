//! 成文日期 as GB/T 9704-2012 §7.3.5 writes it: Arabic numerals, no leading zeros.

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

#[cfg(test)]
mod tests {
    use super::chinese_date;

    #[test]
    fn iso_dates_lose_leading_zeros() {
        assert_eq!(chinese_date("2022-02-18"), "2022年2月18日");
        assert_eq!(chinese_date("2022年2月18日"), "2022年2月18日");
        assert_eq!(chinese_date("2022-13-01"), "2022-13-01");
    }
}
