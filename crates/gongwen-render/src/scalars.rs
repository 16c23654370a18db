//! Numbers in the data that print as text keep the form they were typed in: YAML reads
//! `期号: 007` as the number 7 and `标题: 050000` as 50000, which would print "7.0" and
//! "50000.0". A plain scalar whose number prints differently from how it is written
//! becomes the text written; the figures under `metrics:` stay numbers (they are checked
//! and formatted as figures).

use serde_json::Value;

/// Replaces, in `value`, every number that would not print as `text` writes it by the text
/// itself; `spans` says where each mapping value is written (1-based line and column).
pub(crate) fn keep_as_typed(
    value: &mut Value,
    text: &str,
    spans: &[(Vec<String>, (usize, usize))],
) {
    let lines: Vec<&str> = text.lines().collect();
    for (path, (line, col)) in spans {
        if path.first().is_some_and(|k| k == "metrics") {
            continue;
        }
        let Some(slot) = path.iter().try_fold(&mut *value, |v, k| v.get_mut(k)) else {
            continue;
        };
        let Value::Number(n) = slot else { continue };
        let Some(typed) = lines
            .get(line.wrapping_sub(1))
            .and_then(|l| scalar_at(l, *col))
        else {
            continue;
        };
        // Only a lone number token: in a flow collection (`{a: 1}`) the line goes on.
        let token = typed
            .chars()
            .all(|c| c.is_ascii_hexdigit() || "+-._xXoO".contains(c));
        if token && n.to_string() != typed {
            *slot = Value::String(typed.to_string());
        }
    }
}

/// The plain scalar starting at 1-based character column `col` of `line`: up to a
/// comment (` #`) or the line's end, trimmed.
fn scalar_at(line: &str, col: usize) -> Option<&str> {
    let start = line.char_indices().nth(col.checked_sub(1)?)?.0;
    let rest = &line[start..];
    let end = rest.find(" #").unwrap_or(rest.len());
    let scalar = rest[..end].trim();
    (!scalar.is_empty()).then_some(scalar)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn numbers_keep_the_form_they_were_typed_in_figures_stay_numbers() {
        let text = "期号: 007\n编号: 12\n比: 3.50 # 注\nmetrics:\n  件数: 007\n";
        let mut value = json!({"期号": 7.0, "编号": 12, "比": 3.5, "metrics": {"件数": 7}});
        let spans = vec![
            (vec!["期号".to_string()], (1, 5)),
            (vec!["编号".to_string()], (2, 5)),
            (vec!["比".to_string()], (3, 4)),
            (vec!["metrics".to_string(), "件数".to_string()], (5, 7)),
        ];
        keep_as_typed(&mut value, text, &spans);
        assert_eq!(value["期号"], json!("007"));
        assert_eq!(value["编号"], json!(12));
        assert_eq!(value["比"], json!("3.50"));
        assert_eq!(value["metrics"]["件数"], json!(7));
    }
}
