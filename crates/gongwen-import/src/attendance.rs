//! A 纪要's 出席, 请假 and 列席 lists (GB/T 9704 §10.3): labelled lines under the body,
//! their names perhaps wrapped over several lines.

use crate::body::heading_of;
use crate::line::Line;
use crate::text::compact;
use gongwen_model::Attendance;
use regex::Regex;
use std::sync::LazyLock;

static LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^((?:出席|请假|列席|缺席)(?:人员|单位|领导)?)[：:]").unwrap());

/// The 出席/请假/列席 lists closing a 纪要's body: where they start in `body` and the
/// lists, each label's names with its wrapped lines joined. `None` unless the lines from a
/// label line to the end are all labelled lists or their wrapped lines.
pub(crate) fn lists_at_end(body: &[Line]) -> Option<(usize, Vec<Attendance>)> {
    (0..body.len())
        .filter(|&k| labelled(&body[k]).is_some())
        .find_map(|k| lists(&body[k..]).map(|l| (k, l)))
}

/// A 出席/请假/列席 line: its label (without the colon) and the names after it, as typed.
fn labelled(line: &Line) -> Option<(String, String)> {
    let Line::Text(raw) = line else { return None };
    let label = LABEL.captures(&compact(raw))?[1].to_string();
    let (_, names) = raw.split_once(['：', ':'])?;
    Some((label, names.trim().to_string()))
}

/// `lines` as labelled lists to their end, or `None`.
fn lists(lines: &[Line]) -> Option<Vec<Attendance>> {
    let mut lists: Vec<Attendance> = Vec::new();
    for line in lines {
        if let Some((label, names)) = labelled(line) {
            lists.push(Attendance { label, names });
            continue;
        }
        let Line::Text(raw) = line else { return None };
        let t = compact(raw);
        if t.ends_with('。') || heading_of(&t).is_some() {
            return None;
        }
        let last = lists.last_mut()?;
        // Names set apart by spaces keep a space where the line wrapped.
        let spaced =
            !last.names.contains(['、', '，', ',', '；']) && last.names.contains([' ', '\u{3000}']);
        if spaced {
            last.names.push('\u{3000}');
        }
        last.names.push_str(raw.trim());
    }
    Some(lists)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line> {
        text.lines().map(|l| Line::Text(l.to_string())).collect()
    }

    fn list(label: &str, names: &str) -> Attendance {
        Attendance {
            label: label.into(),
            names: names.into(),
        }
    }

    #[test]
    fn wrapped_names_are_joined_and_labels_lose_their_colon() {
        let body = lines(
            "会议要求，抓好落实。\n出席：张明、李华、\n王强、赵丽\n请假: 林涛（外出学习）\n列席人员：办公室",
        );
        let (at, found) = lists_at_end(&body).unwrap();
        assert_eq!(at, 1);
        assert_eq!(
            found,
            [
                list("出席", "张明、李华、王强、赵丽"),
                list("请假", "林涛（外出学习）"),
                list("列席人员", "办公室")
            ]
        );
    }

    #[test]
    fn names_set_apart_by_spaces_keep_a_space_where_they_wrapped() {
        let (_, found) = lists_at_end(&lines("出席：张明　李华\n王强")).unwrap();
        assert_eq!(found, [list("出席", "张明　李华　王强")]);
    }

    #[test]
    fn lists_not_at_the_end_of_the_body_stay_paragraphs() {
        assert!(lists_at_end(&lines("出席：张明、李华\n会议要求，抓好落实。")).is_none());
        assert!(lists_at_end(&lines("出席会议的有张明、李华。")).is_none());
        // A list at the top (时间、地点、出席) does not hide the lists at the end.
        let body = lines("出席：张明\n会议研究了三件事。\n列席：办公室");
        assert_eq!(lists_at_end(&body), Some((2, vec![list("列席", "办公室")])));
    }
}
