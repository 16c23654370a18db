//! Figures written the way official documents write them: 1517万元, 98.71%, 2022年2月18日, 十二, 第一, 一是.

use crate::date::chinese_date;
use crate::spec::{DataValue, FigureStyle, MetricKind, MetricSpec};

/// The figure for `value` as `spec` asks for it (without the unit).
pub fn format_figure(value: &DataValue, spec: &MetricSpec) -> String {
    let kind = spec.kind_or_implied();
    let n = match value {
        DataValue::Number(n) => *n,
        DataValue::Text(t) if kind == MetricKind::Date => return chinese_date(t),
        DataValue::Text(t) | DataValue::Other(t) => return t.clone(),
    };
    match spec.style.unwrap_or(FigureStyle::Arabic) {
        FigureStyle::Chinese => chinese(n).unwrap_or_else(|| decimal(n, spec.decimals)),
        FigureStyle::Ordinal => {
            chinese(n).map_or_else(|| decimal(n, spec.decimals), |c| format!("第{c}"))
        }
        FigureStyle::Shi => {
            chinese(n).map_or_else(|| decimal(n, spec.decimals), |c| format!("{c}是"))
        }
        FigureStyle::Approx => format!("{}余", decimal(n, spec.decimals)),
        FigureStyle::Arabic => decimal(n, spec.decimals.or(default_decimals(kind))),
    }
}

fn default_decimals(kind: MetricKind) -> Option<u8> {
    match kind {
        MetricKind::Count => Some(0),
        MetricKind::Percent | MetricKind::Points | MetricKind::Amount | MetricKind::Ratio => {
            Some(2)
        }
        MetricKind::Date | MetricKind::Text => None,
    }
}

/// At most `decimals` places, trailing zeros dropped: 98.710 -> 98.71, 1517.0 -> 1517.
fn decimal(n: f64, decimals: Option<u8>) -> String {
    let text = match decimals {
        Some(d) => format!("{n:.*}", usize::from(d)),
        None => n.to_string(),
    };
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

fn chinese(n: f64) -> Option<String> {
    (n.fract() == 0.0 && (0.0..1e12).contains(&n)).then(|| crate::numbering::chinese(n as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(unit: &str) -> MetricSpec {
        MetricSpec {
            unit: Some(unit.into()),
            ..MetricSpec::default()
        }
    }

    #[test]
    fn figures_by_kind() {
        let n = DataValue::Number;
        assert_eq!(format_figure(&n(1517.0), &spec("万元")), "1517");
        assert_eq!(format_figure(&n(1.6899), &spec("亿元")), "1.69");
        assert_eq!(format_figure(&n(98.714), &spec("%")), "98.71");
        assert_eq!(format_figure(&n(3.5), &spec("个百分点")), "3.5");
        assert_eq!(format_figure(&n(12.0), &spec("次")), "12");
        let date = MetricSpec {
            kind: Some(MetricKind::Date),
            ..MetricSpec::default()
        };
        assert_eq!(
            format_figure(&DataValue::Text("2022-02-18".into()), &date),
            "2022年2月18日"
        );
    }

    #[test]
    fn figures_by_style() {
        let n = DataValue::Number;
        let with = |style| MetricSpec {
            style: Some(style),
            ..spec("次")
        };
        assert_eq!(format_figure(&n(12.0), &with(FigureStyle::Chinese)), "十二");
        assert_eq!(format_figure(&n(1.0), &with(FigureStyle::Ordinal)), "第一");
        assert_eq!(format_figure(&n(2.0), &with(FigureStyle::Shi)), "二是");
        assert_eq!(
            format_figure(&n(1600.0), &with(FigureStyle::Approx)),
            "1600余"
        );
    }
}
