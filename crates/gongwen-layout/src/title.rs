//! Titles broken into balanced lines, as GB/T 9704-2012 §7.3.1 asks (梯形或菱形).

use gongwen_model::char_cells;
use icu_segmenter::WordSegmenter;
use icu_segmenter::options::WordBreakInvariantOptions;

/// Characters of 2号 (22 pt) that fit in the 156 mm 版心.
const LINE_CELLS: f32 = 20.0;
/// Characters of 3号 (the body size) that fit in the 版心: a 题注's lines.
pub const NOTE_CELLS: f32 = 28.0;
const OPENING: &str = "（《「『【〔〈“‘";
const CLOSING: &str = "，。、；：？！）》」』】〕〉”’";

/// Characters that stand as words of their own: a break may fall beside them.
const STANDALONE: &str = "的和与及或在对把被为于向从将并暨之等";
/// Characters that open the word after them: no break follows them.
const PREFIXES: &str = "第各全总副";
/// Terms of 公文 titles the dictionary splits into words of their own, kept whole.
const TERMS: &[&str] = &[
    "困难职工",
    "产业工人",
    "职业技能",
    "劳动模范",
    "领导干部",
    "基层工会",
    "群团工作",
    "委员会",
    "总工会",
    "常委会",
    "劳动者",
    "农民工",
];
/// Chinese numerals: no break between two of them.
const NUMERALS: &str = "〇零一二三四五六七八九十百千万亿两";

/// Breaks `title` into lines of near-equal width, none wider than the 版心.
///
/// Explicit line breaks (`\n`) are kept as the writer placed them. Otherwise
/// lines break only between words (never inside 精神 or 2023年), preferably
/// outside quotation and title marks; the last line never holds a lone
/// character, and when two splits are equally balanced the longer line goes first.
pub fn balance(title: &str) -> Vec<String> {
    balance_to(title, LINE_CELLS)
}

/// [`balance`] for lines of `cells` characters: a 题注 in 3号 takes [`NOTE_CELLS`].
pub fn balance_to(title: &str, cells: f32) -> Vec<String> {
    if title.contains('\n') {
        return title
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect();
    }
    let chars: Vec<char> = title.trim().chars().collect();
    // before[i]: the width of chars[..i], so that a line's width costs no loop.
    let before: Vec<f32> = std::iter::once(0.0)
        .chain(chars.iter().scan(0.0, |sum, &c| {
            *sum += char_cells(c);
            Some(*sum)
        }))
        .collect();
    let total = before[chars.len()];
    if total <= cells {
        return vec![chars.iter().collect()];
    }
    let text: String = chars.iter().collect();
    // Word ends inside the title (never 0 or its end), kept off marks, and off a number
    // and the unit after it (2023年).
    let mut breaks = word_ends(&text, &chars);
    breaks.retain(|&at| {
        let (before, after) = (chars[at - 1], chars[at]);
        let number = before.is_ascii_alphanumeric() && !after.is_whitespace();
        !CLOSING.contains(after) && !OPENING.contains(before) && !number
    });
    let mut depth = vec![0i32; chars.len() + 1];
    for (i, c) in chars.iter().enumerate() {
        depth[i + 1] = depth[i] + i32::from(OPENING.contains(*c))
            - i32::from(CLOSING.contains(*c) && !"，。、；：？！".contains(*c));
    }
    let mut ends = breaks;
    ends.push(chars.len());
    // A word wider than a line fits no split: Typst wraps the title as it can.
    let widest = std::iter::once(0)
        .chain(ends.iter().copied())
        .zip(ends.iter().copied())
        .map(|(a, b)| before[b] - before[a])
        .fold(0.0, f32::max);
    if widest > cells {
        return vec![text];
    }
    // Words rarely fill every line: when ⌈width / line⌉ lines cannot hold them, try more.
    let fewest = (total / cells).ceil() as usize;
    (fewest..=2 * fewest + 2)
        .find_map(|lines| split(&chars, &before, &ends, &depth, lines, cells))
        .unwrap_or_else(|| vec![text])
}

/// Where the words of `text` (whose characters are `chars`) end inside it, as positions
/// in `chars`, from ICU4X's dictionary
/// segmenter, whose Chinese word list is compiled into the binary: nothing is loaded
/// at run time.
///
/// The dictionary splits a word it lacks (群团, 劳动者, 第十四届) into single
/// characters, so a run of them stays whole, a single one goes with the word before
/// it (者, 会) unless it opens a word (第, 各) or is one (的, 和), and numerals stay
/// together.
fn word_ends(text: &str, chars: &[char]) -> Vec<usize> {
    let segmenter = WordSegmenter::new_dictionary(WordBreakInvariantOptions::default());
    let mut ends = vec![0];
    let (mut byte, mut count) = (0, 0);
    for end in segmenter.segment_str(text).skip(1) {
        count += text[byte..end].chars().count();
        byte = end;
        ends.push(count);
    }
    // lone[i]: the segment ending at ends[i + 1] is one character the dictionary
    // does not know as a word of its own.
    let lone: Vec<bool> = (ends.windows(2))
        .map(|w| {
            let c = chars[w[0]];
            let word = STANDALONE.contains(c) || PREFIXES.contains(c);
            w[1] - w[0] == 1 && c.is_alphabetic() && !c.is_ascii() && !word
        })
        .collect();
    let breakable = |i: usize| {
        let (before, after) = (chars[ends[i] - 1], chars[ends[i]]);
        let numeral = NUMERALS.contains(before) && NUMERALS.contains(after);
        let inside_run = lone[i - 1] && lone[i];
        let suffix = lone[i] && !lone.get(i + 1).copied().unwrap_or(false);
        let attached = suffix && !PREFIXES.contains(after);
        !(numeral || inside_run || attached || PREFIXES.contains(before))
    };
    let within: Vec<usize> = (TERMS.iter())
        .flat_map(|term| text.match_indices(term).map(|(at, t)| (at, t.len())))
        .flat_map(|(at, len)| {
            let start = text[..at].chars().count();
            start + 1..start + text[at..at + len].chars().count()
        })
        .collect();
    (1..ends.len().saturating_sub(1))
        .filter(|&i| breakable(i) && !within.contains(&ends[i]))
        .map(|i| ends[i])
        .collect()
}

/// The cheapest way to set `chars` (`before[i]`: the width of `chars[..i]`) in exactly
/// `lines` lines of at most `cells` cells, each ending at one of `ends`, or `None` when
/// they do not fit.
fn split(
    chars: &[char],
    before: &[f32],
    ends: &[usize],
    depth: &[i32],
    lines: usize,
    cells: f32,
) -> Option<Vec<String>> {
    let target = before[chars.len()] / lines as f32;
    // best[end][k]: cheapest way to set chars[..end] in k lines; start 0 is the title's start.
    let mut best = vec![vec![(f32::INFINITY, usize::MAX, 0.0f32); lines + 1]; chars.len() + 1];
    best[0][0] = (0.0, 0, f32::INFINITY);
    let starts: Vec<usize> = std::iter::once(0).chain(ends.iter().copied()).collect();
    for (e, &end) in ends.iter().enumerate() {
        // Starts nearest first: once a line is too wide, every earlier start is too.
        for &start in starts[..=e].iter().rev() {
            let w = before[end] - before[start];
            if w > cells {
                break;
            }
            if end - start < 2 {
                continue;
            }
            let inside = if end < chars.len() && depth[end] > 0 {
                4.0
            } else {
                0.0
            };
            for k in 1..=lines {
                let (cost, _, prev_width) = best[start][k - 1];
                if !cost.is_finite() {
                    continue;
                }
                let longer_later = if w > prev_width { 0.1 } else { 0.0 };
                let c = cost + (w - target).powi(2) + inside + longer_later;
                // `<=`: among equal costs the earliest start wins, as it always has.
                if c <= best[end][k].0 {
                    best[end][k] = (c, start, w);
                }
            }
        }
    }
    if !best[chars.len()][lines].0.is_finite() {
        return None;
    }
    let mut out = Vec::new();
    let (mut end, mut k) = (chars.len(), lines);
    while k > 0 {
        let start = best[end][k].1;
        out.push(chars[start..end].iter().collect());
        end = start;
        k -= 1;
    }
    out.reverse();
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::balance;

    #[test]
    fn a_title_of_many_lines_is_balanced_too() {
        let title =
            "关于转发山东省总工会《关于在全省工会开展“严真细实快”活动的意见》的通知".repeat(10);
        let lines = balance(&title);
        assert!(lines.len() >= 17, "{lines:?}");
        assert!(lines.iter().all(|l| l.chars().count() <= 20), "{lines:?}");
        assert_eq!(lines.concat(), title);
    }

    #[test]
    fn short_titles_stay_on_one_line() {
        assert_eq!(balance("关于召开全委会的通知"), ["关于召开全委会的通知"]);
    }

    #[test]
    fn long_titles_break_between_words() {
        assert_eq!(
            balance("关于工会深入贯彻中央八项规定精神学习教育“回头看”情况的报告"),
            [
                "关于工会深入贯彻中央八项规定精神",
                "学习教育“回头看”情况的报告"
            ]
        );
        assert_eq!(
            balance("关于做好2023年元旦春节期间困难职工帮扶工作的通知"),
            ["关于做好2023年元旦春节期间", "困难职工帮扶工作的通知"]
        );
    }

    #[test]
    fn words_the_dictionary_lacks_stay_whole() {
        assert_eq!(
            balance("关于深入贯彻中央党的群团工作会议精神的决议"),
            ["关于深入贯彻中央党的", "群团工作会议精神的决议"]
        );
        assert_eq!(
            balance("关于进一步加强新就业形态劳动者权益保障工作的实施意见"),
            ["关于进一步加强新就业形态", "劳动者权益保障工作的实施意见"]
        );
    }

    #[test]
    fn numbers_and_their_words_stay_whole() {
        assert_eq!(
            balance("在X市总工会第X届委员会第X次全体会议上的讲话"),
            ["在X市总工会第X届委员会", "第X次全体会议上的讲话"]
        );
        let note = "（2015年9月23日　XX市总工会第十四届委员会第五次全体会议通过）";
        let lines = super::balance_to(note, super::NOTE_CELLS);
        assert!(lines.iter().all(|l| !l.ends_with('十')), "{lines:?}");
    }

    #[test]
    fn latin_letters_and_digits_are_words_too() {
        let title =
            "关于转发第十四届全国职工职业技能大赛ABCdefghijklmnopqrstuvwxyz0123456789的通知";
        let lines = balance(&title.repeat(2));
        assert!(lines.len() >= 3, "{lines:?}");
        assert!(
            lines.iter().all(|l| gongwen_model::cells(l) <= 20.0),
            "{lines:?}"
        );
        assert!(lines.iter().all(|l| !l.ends_with('技')), "{lines:?}");
    }

    #[test]
    fn quoted_phrases_stay_whole() {
        assert_eq!(
            balance("关于在全省工会开展“严真细实快”活动的意见"),
            ["关于在全省工会开展", "“严真细实快”活动的意见"]
        );
    }

    #[test]
    fn lines_fit_and_marks_stay_with_their_words() {
        let lines =
            balance("关于转发山东省总工会《关于在全省工会开展“严真细实快”活动的意见》的通知");
        assert_eq!(lines.len(), 2);
        assert!(lines.iter().all(|l| l.chars().count() <= 20), "{lines:?}");
        assert!(!lines[1].starts_with(['，', '》', '”']), "{lines:?}");
    }

    #[test]
    fn long_notes_break_into_balanced_lines_of_28() {
        let note = "（2015年9月23日　XX市总工会第十四届委员会第五次全体会议通过）";
        let lines = super::balance_to(note, super::NOTE_CELLS);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert_eq!(lines.concat(), note);
        assert_eq!(
            super::balance_to("（2023年1月5日通过）", super::NOTE_CELLS),
            ["（2023年1月5日通过）"]
        );
    }

    #[test]
    fn explicit_breaks_are_kept() {
        assert_eq!(balance("第一行\n第二行"), ["第一行", "第二行"]);
    }
}
