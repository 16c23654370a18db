//! Figures in running text: a number with its unit (874件, 1517万元, 80.9%, 1600余人),
//! a ranking (第八名) or a placeholder (〔...〕, X, XX, ×) — each a metric to be.

use gongwen_model::{DataValue, FigureStyle, MetricKind, MetricSpec, format_figure};
use regex::Regex;
use std::sync::LazyLock;

/// A piece of text: words kept as typed, or a figure.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    /// Text as typed.
    Text(String),
    /// A figure.
    Figure(Figure),
}

/// A figure as found: what the data will hold and how the template declares it.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The figure as typed, unit included ("1517 万元").
    pub typed: String,
    /// Its value; `None` for a placeholder.
    pub value: Option<f64>,
    /// How it is declared (unit, kind, style, decimals, placeholder); label left to naming.
    pub spec: MetricSpec,
}

/// Units a figure may carry, longest first so 万元 wins over 元.
const UNITS: &[&str] = &[
    "个百分点",
    "万人次",
    "万平方米",
    "平方公里",
    "平方米",
    "百分点",
    "人次",
    "户次",
    "场次",
    "万元",
    "亿元",
    "千元",
    "万人",
    "万户",
    "万件",
    "万名",
    "万个",
    "个月",
    "小时",
    "公里",
    "千米",
    "%",
    "％",
    "人",
    "件",
    "次",
    "个",
    "名",
    "家",
    "项",
    "条",
    "场",
    "篇",
    "份",
    "起",
    "户",
    "期",
    "批",
    "支",
    "所",
    "座",
    "台",
    "套",
    "本",
    "册",
    "天",
    "亩",
    "吨",
    "倍",
    "位",
    "处",
    "辆",
    "间",
    "张",
    "部",
    "笔",
    "类",
    "种",
    "轮",
    "届",
    "岁",
    "元",
    "年",
    "万",
    "亿",
];

static PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:〔\s*(?:\.{2,}|…+|·{3,}|．{3,})?\s*〕|\[\s*(?:\.{3}|…+)\s*\]|[XＸ]{1,3}|×{1,3})",
    )
    .unwrap()
});
static RANKING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^第([一二三四五六七八九十]{1,3})(名|位)").unwrap());
static NUMBER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d+(?:\.\d+)?").unwrap());
/// 1,850: grouped digits are kept as typed (the figure would print 1850).
static GROUPED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?").unwrap());

/// The text split into words and figures.
pub fn scan(text: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut plain = String::new();
    let mut quoted = 0usize; // inside 《》 or 〔〕: titles and document numbers hold no figures
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let prev = text[..i].chars().next_back();
        let ascii_before = prev.is_some_and(|c| c.is_ascii_alphanumeric());
        if let Some(m) = GROUPED.find(rest).filter(|_| !ascii_before) {
            plain.push_str(m.as_str());
            i += m.end();
            continue;
        }
        // Inside 《》 and 〔〕 only placeholders count: 《X县…方案》 names a place to fill in.
        let found = figure_at(rest, prev, quoted == 0);
        if let Some((len, lead, figure)) = found {
            plain.push_str(lead);
            if !plain.is_empty() {
                out.push(Piece::Text(std::mem::take(&mut plain)));
            }
            out.push(Piece::Figure(figure));
            i += len;
            continue;
        }
        let c = rest.chars().next().expect("i is below len");
        match c {
            '《' | '〔' => quoted += 1,
            '》' | '〕' => quoted = quoted.saturating_sub(1),
            _ => {}
        }
        plain.push(c);
        i += c.len_utf8();
    }
    if !plain.is_empty() {
        out.push(Piece::Text(plain));
    }
    out
}

/// A figure starting at `rest`: (bytes taken, words before the figure kept as text, figure).
fn figure_at(
    rest: &str,
    prev: Option<char>,
    numbers: bool,
) -> Option<(usize, &'static str, Figure)> {
    let ascii_before = prev.is_some_and(|c| c.is_ascii_alphanumeric() || c == '.');
    if let Some(m) = PLACEHOLDER.find(rest) {
        let after = rest[m.end()..].chars().next();
        let ascii_after = after.is_some_and(|c| c.is_ascii_alphanumeric());
        if !ascii_before && !ascii_after {
            let (unit_len, unit) = unit_at(&rest[m.end()..], 0);
            let typed = m.as_str();
            let spec = MetricSpec {
                unit: (!unit.is_empty()).then(|| unit.to_string()),
                kind: unit.is_empty().then_some(MetricKind::Text),
                placeholder: (compact_placeholder(typed) != gongwen_model::PLACEHOLDER)
                    .then(|| typed.to_string()),
                ..MetricSpec::default()
            };
            let len = m.end() + unit_len;
            return Some((len, "", figure(&rest[..len], None, spec)));
        }
    }
    if !numbers {
        return None;
    }
    if let Some(c) = RANKING.captures(rest) {
        let spec = MetricSpec {
            unit: Some(c[2].to_string()),
            style: Some(FigureStyle::Chinese),
            ..MetricSpec::default()
        };
        // The value that prints as the numeral typed, as every figure is checked.
        let value = (1..=999)
            .map(f64::from)
            .find(|&n| format_figure(&DataValue::Number(n), &spec) == c[1])?;
        let len = c.get(0).expect("whole match").end();
        return Some((len, "第", figure(&rest["第".len()..len], Some(value), spec)));
    }
    // 第8次, 第12号: an ordinal names a place in a series, not an amount.
    let m = NUMBER
        .find(rest)
        .filter(|_| !ascii_before && prev != Some('第'))?;
    let digits = m.as_str();
    let mut end = m.end();
    let approx = rest[end..].starts_with('余');
    if approx {
        end += '余'.len_utf8();
    }
    let (unit_len, unit) = unit_at(&rest[end..], digits.len());
    if unit.is_empty() {
        return None;
    }
    let value: f64 = digits.parse().ok()?;
    let decimals = digits.split_once('.').map_or(0, |(_, d)| d.len());
    // 3.6万张 is a number of things, but not a whole one: any number, not a count.
    let fractional = MetricKind::from_unit(unit) == MetricKind::Count && value.fract() != 0.0;
    let mut spec = MetricSpec {
        unit: Some(unit.to_string()),
        // 完成年度任务的105%: a percentage over 100 is a ratio, not a share of a whole.
        kind: if matches!(unit, "％" | "%") && value > 100.0 {
            Some(MetricKind::Ratio)
        } else if unit == "％" {
            Some(MetricKind::Percent)
        } else {
            fractional.then_some(MetricKind::Ratio)
        },
        style: approx.then_some(FigureStyle::Approx),
        ..MetricSpec::default()
    };
    let want = format!("{digits}{}", if approx { "余" } else { "" });
    if format_figure(&DataValue::Number(value), &spec) != want {
        spec.decimals = Some(decimals as u8);
        if format_figure(&DataValue::Number(value), &spec) != want {
            return None;
        }
    }
    let len = end + unit_len;
    Some((len, "", figure(&rest[..len], Some(value), spec)))
}

fn figure(typed: &str, value: Option<f64>, spec: MetricSpec) -> Figure {
    Figure {
        typed: typed.to_string(),
        value,
        spec,
    }
}

/// The unit at the start of `rest` (spaces before it allowed) and the bytes it takes.
/// A year (2023年) or a lone 万/亿 of a long number are not units.
fn unit_at(rest: &str, digits: usize) -> (usize, &'static str) {
    let trimmed = rest.trim_start_matches([' ', '\u{3000}']);
    let skipped = rest.len() - trimmed.len();
    let Some(unit) = UNITS.iter().find(|u| trimmed.starts_with(**u)) else {
        return (0, "");
    };
    if *unit == "年" && digits > 2 {
        return (0, "");
    }
    (skipped + unit.len(), unit)
}

fn compact_placeholder(typed: &str) -> String {
    typed.chars().filter(|c| !c.is_whitespace()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures(text: &str) -> Vec<(String, Option<f64>, Option<String>)> {
        scan(text)
            .into_iter()
            .filter_map(|p| match p {
                Piece::Figure(f) => Some((f.typed, f.value, f.spec.unit)),
                Piece::Text(_) => None,
            })
            .collect()
    }

    #[test]
    fn numbers_with_units() {
        let f = figures("办理874件，投入1517万元、1.26亿元，满意率80.9%，共 35 人，1600余人参加。");
        let typed: Vec<_> = f.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(
            typed,
            [
                "874件",
                "1517万元",
                "1.26亿元",
                "80.9%",
                "35 人",
                "1600余人"
            ]
        );
        assert_eq!(f[5].1, Some(1600.0));
        let Piece::Figure(cards) = &scan("发放3.6万张")[1] else {
            panic!()
        };
        assert_eq!(cards.spec.kind, Some(MetricKind::Ratio));
    }

    #[test]
    fn years_numbers_and_titles_are_not_figures() {
        assert!(
            figures("2022年2月18日，《2023年工作要点》（鲁会〔2022〕7号），电话51771553，5G基站。")
                .is_empty()
        );
        assert_eq!(figures("《X县2023年方案》").len(), 1);
    }

    #[test]
    fn rankings_and_placeholders() {
        let over = scan("完成年度任务的105%");
        let Piece::Figure(f) = &over[1] else {
            panic!("{over:?}")
        };
        assert_eq!(f.spec.kind, Some(MetricKind::Ratio));
        let ordinal = scan("市人民政府第8次常务会议，共3次");
        assert_eq!(
            ordinal[0],
            Piece::Text("市人民政府第8次常务会议，共".into())
        );
        let pieces = scan("位列全省第八名，开展〔...〕次，X同志，覆盖××人");
        assert_eq!(pieces[0], Piece::Text("位列全省第".into()));
        let Piece::Figure(rank) = &pieces[1] else {
            panic!()
        };
        assert_eq!((rank.typed.as_str(), rank.value), ("八名", Some(8.0)));
        let f = figures("开展〔...〕次，X同志，覆盖××人");
        assert_eq!(f[0], ("〔...〕次".into(), None, Some("次".into())));
        assert_eq!(f[1], ("X".into(), None, None));
        assert_eq!(f[2], ("××人".into(), None, Some("人".into())));
        assert!(figures("XML文件，3×4").is_empty());
        assert!(figures("疗休养1,850人次").is_empty());
    }

    #[test]
    fn figures_print_back_as_typed() {
        for p in scan("增长12.50%，共1.6899亿元") {
            if let Piece::Figure(f) = p {
                let printed = format_figure(&DataValue::Number(f.value.unwrap()), &f.spec);
                assert!(f.typed.starts_with(&printed), "{} vs {printed}", f.typed);
            }
        }
    }
}
