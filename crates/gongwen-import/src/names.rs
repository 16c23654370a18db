//! Names and labels for figures, taken from the words around them.

use crate::figures::{Figure, Piece};
use gongwen_model::MetricKind;
use std::collections::BTreeMap;

/// Characters that end a clause: a figure's name is taken from within its clause.
fn is_delimiter(c: char) -> bool {
    "，。；：、（）()“”\"！？《》,;:!?【】〔〕[]".contains(c) || c.is_whitespace()
}

/// Words at the edge of a clause that say nothing about the figure.
const FILLERS_END: &[&str] = &[
    "达到",
    "共计",
    "合计",
    "累计达",
    "超过",
    "达",
    "共",
    "为",
    "约",
    "近",
    "超",
    "有",
    "了",
    "计",
    "的",
];
/// Verbs a figure's words often start with.
const STARTERS: &[&str] = &[
    "开展", "组织", "召开", "举办", "刊发", "撰写", "覆盖", "发放", "新建", "建成", "办理", "受理",
    "培训", "推动", "帮助", "慰问", "走访", "参加", "涉及", "查摆", "完成", "建立", "收集", "提出",
    "审核", "选取", "投入", "惠及", "发展", "新增", "举行", "邀请", "观看", "发现", "处理", "签订",
    "制定", "梳理", "废止", "修订", "评选", "推荐", "实施", "创造", "追回", "发出", "解决", "设立",
];
const FILLERS_START: &[&str] = &["其中", "并", "和", "及", "的", "其", "共", "累计"];

/// The clause text before a figure (at most `max` characters, from a verb when `verbs`),
/// fillers trimmed.
pub fn before(text: &str, max: usize, verbs: bool) -> String {
    let clause: String = text
        .chars()
        .rev()
        .take_while(|c| !is_delimiter(*c))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let mut s = clause.as_str();
    while let Some(f) = FILLERS_END
        .iter()
        .find(|f| s.ends_with(**f) && s.len() > f.len())
    {
        s = &s[..s.len() - f.len()];
    }
    let chars: Vec<char> = s.chars().collect();
    let mut s: String = if chars.len() <= max {
        s.to_string()
    } else if verbs {
        // Start at the last verb that leaves a noun after it, so the name reads as words
        // (观看警示教育片, not 织观看警示教育片); else the last `max` characters.
        let wide: String = chars[chars.len() - max - 1..].iter().collect();
        let tail: String = chars[chars.len() - max..].iter().collect();
        STARTERS
            .iter()
            .filter_map(|v| wide.rfind(v).filter(|&i| wide.len() - i > v.len() + 3))
            .max()
            .map_or(tail, |i| wide[i..].to_string())
    } else {
        chars[chars.len() - max..].iter().collect()
    };
    while let Some(f) = FILLERS_START
        .iter()
        .find(|f| s.starts_with(**f) && s.len() > f.len())
    {
        s = s[f.len()..].to_string();
    }
    s
}

/// The clause text after a figure (at most `max` characters).
pub fn after(text: &str, max: usize) -> String {
    text.chars()
        .take_while(|c| !is_delimiter(*c))
        .take(max)
        .collect()
}

/// Gives every figure a unique name and a label.
#[derive(Default)]
pub struct Namer {
    used: BTreeMap<String, usize>,
}

impl Namer {
    /// A name for `figure`, from the words `before` and `after` it; never one given before.
    pub fn name(
        &mut self,
        figure: &Figure,
        before_text: &str,
        after_text: &str,
    ) -> (String, String) {
        let unit = figure.spec.unit.clone().unwrap_or_default();
        let b = before(before_text, 8, true);
        let a = after(after_text, 6);
        let kind = figure
            .spec
            .kind
            .unwrap_or_else(|| MetricKind::from_unit(&unit));
        let (base, label) = if figure.value.is_none() && unit.is_empty() {
            let b = before(before_text, 4, false);
            let a = after(after_text, 4);
            (
                format!("{b}某{a}"),
                format!("{}某{a}", before(before_text, 10, false)),
            )
        } else if !b.is_empty() {
            (
                suffixed(&b, &unit, kind, figure),
                format!("{}（{unit}）", before(before_text, 14, false)),
            )
        } else if !a.is_empty() {
            (suffixed(&a, &unit, kind, figure), format!("（{unit}）{a}"))
        } else {
            (format!("数字{unit}"), format!("数字（{unit}）"))
        };
        let base: String = base.chars().filter(|c| c.is_alphanumeric()).collect();
        let base = if base.is_empty() {
            "数字".to_string()
        } else {
            base
        };
        let n = self.used.entry(base.clone()).or_insert(0);
        *n += 1;
        let name = if *n == 1 { base } else { format!("{base}{n}") };
        (name, label)
    }
}

fn suffixed(words: &str, unit: &str, kind: MetricKind, figure: &Figure) -> String {
    let ranking = figure.spec.style == Some(gongwen_model::FigureStyle::Chinese);
    let ends = |list: &[&str]| list.iter().any(|s| words.ends_with(s));
    if ranking {
        format!("{}名次", words.trim_end_matches('第'))
    } else {
        match kind {
            MetricKind::Percent if ends(&["率", "比例", "比重", "占比"]) => {
                words.to_string()
            }
            MetricKind::Percent => format!("{words}比例"),
            MetricKind::Points => format!("{words}百分点"),
            MetricKind::Amount
                if ends(&[
                    "资金", "经费", "金额", "款", "费", "额", "收入", "支出", "投入", "效益",
                ]) =>
            {
                words.to_string()
            }
            MetricKind::Amount => format!("{words}金额"),
            _ if words.ends_with(unit) || words.ends_with('数') => words.to_string(),
            _ => format!("{words}{unit}数"),
        }
    }
}

/// The words of the text pieces around figure `k` of `pieces`.
pub fn context(pieces: &[Piece], k: usize) -> (String, String) {
    let text = |p: Option<&Piece>| match p {
        Some(Piece::Text(t)) => t.clone(),
        _ => String::new(),
    };
    let before = k.checked_sub(1).and_then(|i| pieces.get(i));
    (text(before), text(pieces.get(k + 1)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::scan;

    fn names(text: &str) -> Vec<(String, String)> {
        let pieces = scan(text);
        let mut namer = Namer::default();
        (0..pieces.len())
            .filter_map(|k| match &pieces[k] {
                Piece::Figure(f) => {
                    let (b, a) = context(&pieces, k);
                    Some(namer.name(f, &b, &a))
                }
                Piece::Text(_) => None,
            })
            .collect()
    }

    #[test]
    fn names_from_the_words_before() {
        let n = names(
            "带头开展专题学习〔...〕次，满意率达80.9%，发放帮扶资金1517万元，位列全省第八名，X同志讲话",
        );
        let just: Vec<_> = n.iter().map(|n| n.0.as_str()).collect();
        assert_eq!(
            just,
            [
                "带头开展专题学习次数",
                "满意率",
                "发放帮扶资金",
                "位列全省名次",
                "某同志讲话"
            ]
        );
        assert_eq!(n[0].1, "带头开展专题学习（次）");
    }

    #[test]
    fn long_clauses_start_at_a_verb() {
        let n =
            names("组织观看警示教育片〔...〕场，市总党组理论学习中心组带头开展专题学习〔...〕次");
        assert_eq!(n[0].0, "观看警示教育片场数");
        assert_eq!(n[1].0, "开展专题学习次数");
    }

    #[test]
    fn names_are_unique() {
        let n = names("开展学习3次，开展学习4次");
        assert_eq!(n[0].0, "开展学习次数");
        assert_eq!(n[1].0, "开展学习次数2");
    }
}
