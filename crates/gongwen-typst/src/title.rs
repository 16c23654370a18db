//! Titles broken into balanced lines, as GB/T 9704-2012 §7.3.1 asks (梯形或菱形).

/// Characters of 2号 (22 pt) that fit in the 156 mm 版心.
const LINE_CELLS: f32 = 20.0;
const CLOSING: &str = "，。、；：？！）》」』】〕〉”’";
const OPENING: &str = "（《「『【〔〈“‘";
/// Words after which a title reads well broken: 关于…的通知 breaks after 关于 or 的.
const GOOD_AFTER: &[&str] = &["关于", "的", "和", "及", "与", "》", "”", "）"];

/// Breaks `title` into lines of near-equal width, none wider than the 版心.
///
/// Explicit line breaks (`\n`) are kept as the writer placed them. No line ends
/// with an opening mark or starts with a closing one, numbers stay whole and the
/// last line never holds a lone character.
pub fn balance(title: &str) -> Vec<String> {
    if title.contains('\n') {
        return title
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect();
    }
    let chars: Vec<char> = title.trim().chars().collect();
    let widths: Vec<f32> = chars
        .iter()
        .map(|&c| if c.is_ascii() { 0.5 } else { 1.0 })
        .collect();
    let total: f32 = widths.iter().sum();
    if total <= LINE_CELLS {
        return vec![chars.iter().collect()];
    }
    let lines = (total / LINE_CELLS).ceil() as usize;
    let target = total / lines as f32;
    // best[i][k]: cheapest way to set chars[..i] in k lines, with the break before i.
    let n = chars.len();
    let mut best = vec![vec![(f32::INFINITY, 0usize); lines + 1]; n + 1];
    best[0][0] = (0.0, 0);
    for end in 1..=n {
        if end < n && !can_break(&chars, end) {
            continue;
        }
        for k in 1..=lines {
            for start in 0..end {
                let (cost, _) = best[start][k - 1];
                if !cost.is_finite() {
                    continue;
                }
                let width: f32 = widths[start..end].iter().sum();
                if width > LINE_CELLS || (end - start) < 2 {
                    continue;
                }
                let bonus = if end < n && reads_well(&chars, end) {
                    1.5
                } else {
                    0.0
                };
                let c = cost + (width - target).powi(2) - bonus;
                if c < best[end][k].0 {
                    best[end][k] = (c, start);
                }
            }
        }
    }
    if !best[n][lines].0.is_finite() {
        return vec![chars.iter().collect()];
    }
    let mut out = Vec::new();
    let (mut end, mut k) = (n, lines);
    while k > 0 {
        let start = best[end][k].1;
        out.push(chars[start..end].iter().collect());
        end = start;
        k -= 1;
    }
    out.reverse();
    out
}

fn can_break(chars: &[char], at: usize) -> bool {
    let (before, after) = (chars[at - 1], chars[at]);
    !CLOSING.contains(after)
        && !OPENING.contains(before)
        && !(before.is_ascii_alphanumeric() && after.is_ascii_alphanumeric())
}

fn reads_well(chars: &[char], at: usize) -> bool {
    let head: String = chars[..at].iter().collect();
    GOOD_AFTER.iter().any(|w| head.ends_with(w)) || OPENING.contains(chars[at])
}

#[cfg(test)]
mod tests {
    use super::balance;

    #[test]
    fn short_titles_stay_on_one_line() {
        assert_eq!(balance("关于召开全委会的通知"), ["关于召开全委会的通知"]);
    }

    #[test]
    fn long_titles_are_balanced_and_respect_marks() {
        let lines =
            balance("关于转发山东省总工会《关于在全省工会开展“严真细实快”活动的意见》的通知");
        assert_eq!(lines.len(), 2);
        assert!(lines.iter().all(|l| l.chars().count() <= 20), "{lines:?}");
        assert!(!lines[1].starts_with(['，', '》', '”']), "{lines:?}");
        let diff = lines[0].chars().count().abs_diff(lines[1].chars().count());
        assert!(diff <= 4, "{lines:?}");
    }

    #[test]
    fn explicit_breaks_are_kept() {
        assert_eq!(balance("第一行\n第二行"), ["第一行", "第二行"]);
    }
}
