//! What to write instead of a figure the data gives as text: "6.2%", "15.32亿元", "1,850",
//! "1850人", "十二" or a number in quotes. The template prints the unit (and decides whether
//! an amount is in 万元 or 亿元); the data gives the bare number.

use crate::spec::MetricSpec;
use chinese_number::from_chinese_to_u64_ten_thousand;
use gongwen_i18n::tr;

/// Money units and what each is worth in 元.
const AMOUNTS: [(&str, f64); 3] = [("元", 1.0), ("万元", 1e4), ("亿元", 1e8)];

/// The hint for a numeric figure declared by `spec` that the data writes as `text`.
pub(crate) fn type_hint(text: &str, spec: &MetricSpec) -> String {
    let text = text.trim();
    let unit = spec
        .unit
        .as_deref()
        .map(str::trim)
        .filter(|u| !u.is_empty());
    if let Some(n) = chinese_numeral(text, unit) {
        return tr!("check-type-hint-chinese", number = n, written = text);
    }
    let Some(typed) = Typed::read(text) else {
        return tr!("check-type-hint");
    };
    let number = typed.number.as_str();
    match (typed.suffix.as_str(), unit) {
        ("", _) if typed.separated => tr!("check-type-hint-separators", number = number),
        ("", _) => tr!("check-type-hint-quoted", number = number),
        ("%" | "％", Some("%")) => tr!("check-type-hint-percent", number = number),
        (written, Some(unit)) if amount(written).is_some() && amount(unit).is_some() => {
            amount_hint(&typed, written, unit, text)
        }
        (_, Some(unit)) => tr!("check-type-hint-unit", number = number, unit = unit),
        (_, None) => tr!("check-type-hint-bare", number = number),
    }
}

/// The hint for an amount written with its unit: the number in the template's unit.
fn amount_hint(typed: &Typed, written: &str, unit: &str, text: &str) -> String {
    if written == unit {
        return tr!(
            "check-type-hint-amount",
            number = &typed.number,
            unit = unit
        );
    }
    let (Some(from), Some(to), Ok(n)) =
        (amount(written), amount(unit), typed.number.parse::<f64>())
    else {
        return tr!("check-type-hint-unit", number = &typed.number, unit = unit);
    };
    tr!(
        "check-type-hint-amount-convert",
        number = plain(n * from / to),
        unit = unit,
        written = text
    )
}

/// What a money unit is worth in 元.
fn amount(unit: &str) -> Option<f64> {
    AMOUNTS.iter().find(|(u, _)| *u == unit).map(|(_, v)| *v)
}

/// `n` without an exponent or trailing zeros: 153200, 0.1517.
fn plain(n: f64) -> String {
    let text = format!("{n:.10}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// The whole number Chinese numerals write (十二, 一千八百五十, 两千), the template's
/// unit or a word of up to three characters after them left out (十二人, 十二次).
fn chinese_numeral(text: &str, unit: Option<&str>) -> Option<u64> {
    let bare = unit.and_then(|u| text.strip_suffix(u)).unwrap_or(text);
    let chars: Vec<char> = bare.chars().collect();
    (0..=3.min(chars.len().saturating_sub(1))).find_map(|cut| {
        let head: String = chars[..chars.len() - cut].iter().collect();
        let digits = head
            .chars()
            .any(|c| c.is_ascii() || ('０'..='９').contains(&c));
        (!digits).then(|| from_chinese_to_u64_ten_thousand(&head).ok())?
    })
}

/// A number typed as text: its digits (separators left out, full-width digits made
/// ASCII), whether it had thousands separators, and what followed it.
struct Typed {
    number: String,
    separated: bool,
    suffix: String,
}

impl Typed {
    /// Reads "6.2%", "15.32亿元", "1,850", "１２"; `None` when `text` does not start with a
    /// number or more than a short word follows it.
    fn read(text: &str) -> Option<Typed> {
        let ascii: String = text.chars().map(half_width).collect();
        let mut number = String::new();
        let mut separated = false;
        let mut rest = ascii.as_str();
        for (at, c) in ascii.char_indices() {
            match c {
                '0'..='9' => number.push(c),
                '+' | '-' if at == 0 => number.push(c),
                '.' if !number.contains('.') => number.push(c),
                ',' | '，' if !number.contains('.') && !number.is_empty() => separated = true,
                _ => {
                    rest = &ascii[at..];
                    break;
                }
            }
            rest = &ascii[at + c.len_utf8()..];
        }
        let number = number.trim_end_matches('.').to_string();
        let suffix = rest.trim().to_string();
        let digits = number.chars().any(|c| c.is_ascii_digit());
        let short = suffix.chars().count() <= 4 && !suffix.chars().any(|c| c.is_numeric());
        (digits && short).then_some(Typed {
            number,
            separated,
            suffix,
        })
    }
}

/// A full-width digit, point or sign as its ASCII form.
fn half_width(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        '．' => '.',
        '＋' => '+',
        '－' => '-',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::type_hint;
    use crate::MetricSpec;

    fn hint(text: &str, unit: &str) -> String {
        let spec = MetricSpec {
            unit: (!unit.is_empty()).then(|| unit.to_string()),
            ..MetricSpec::default()
        };
        type_hint(text, &spec)
    }

    #[test]
    fn a_figure_with_its_unit_is_written_bare() {
        assert_eq!(hint("6.2%", "%"), "只写 `6.2`，不写“%”：百分号由模板印出");
        assert_eq!(
            hint("15.32亿元", "亿元"),
            "只写数字 `15.32`：模板在数后印“亿元”；用亿元还是万元是模板定的，不由数据定"
        );
        assert_eq!(
            hint("15.32亿元", "万元"),
            "写 `153200`：模板按“万元”印这个数（15.32亿元 即 153200万元）；用亿元还是万元是模板定的，不由数据定"
        );
        assert_eq!(
            hint("1517万元", "亿元"),
            "写 `0.1517`：模板按“亿元”印这个数（1517万元 即 0.1517亿元）；用亿元还是万元是模板定的，不由数据定"
        );
        assert_eq!(
            hint("1850人", "人"),
            "只写数字 `1850`：单位“人”由模板印在数后"
        );
        assert_eq!(hint("1,850", "人"), "写 `1850`，不加千位分隔符“,”");
        assert_eq!(
            hint("１２", "次"),
            "写 `12`，不加引号：加了引号就成了文字，不是数"
        );
        assert_eq!(hint("12 项", ""), "只写数字 `12`，不带单位和千位分隔符");
    }

    #[test]
    fn chinese_numerals_give_the_arabic_number() {
        assert_eq!(
            hint("十二", "条"),
            "写阿拉伯数字 `12`，不写“十二”；印成阿拉伯数字还是汉字由模板决定"
        );
        assert!(hint("一千八百五十人", "人").contains("`1850`"));
        assert!(hint("两千次", "").contains("`2000`"));
    }

    #[test]
    fn other_text_gets_the_general_hint() {
        assert_eq!(hint("待统计", "条"), "用阿拉伯数字写这个数，例如 12");
        assert_eq!(
            hint("12项工作已经完成", "项"),
            "用阿拉伯数字写这个数，例如 12"
        );
    }
}
