//! Reading a returned form without the database: the sheet that holds it, its header row, and
//! the values written beside the labels above the table.

use std::path::Path;

use crate::sheet::grid::{self, norm, spread_merged, Grid};

const HEADERS: [&str; 5] = [
    "工作内容",
    "牵头领导",
    "工作推进情况",
    "未完成原因及下一步打算",
    "困难问题",
];

fn header_columns(row: &[String]) -> Option<[usize; 5]> {
    let cells: Vec<String> = row.iter().map(|c| norm(c)).collect();
    let mut found = [0; 5];
    for (i, h) in HEADERS.iter().enumerate() {
        found[i] = cells.iter().position(|c| c == h)?;
    }
    Some(found)
}

/// The first sheet with the form's header row, with that row's index and columns.
pub(super) fn form_sheet(path: &Path) -> std::result::Result<(Grid, usize, [usize; 5]), String> {
    let names = grid::sheet_names(path).map_err(|e| e.message)?;
    for name in names {
        let Some(mut g) = grid::read_for_search(path, &name).map_err(|e| e.message)? else {
            continue;
        };
        spread_merged(&mut g);
        for (i, row) in g.rows.iter().enumerate().take(15) {
            if let Some(cols) = header_columns(row) {
                return Ok((g, i, cols));
            }
        }
    }
    Err("这不是信息收集汇总表：找不到“工作内容”“工作推进情况”等表头。请选择从本程序下发的表格".to_owned())
}

/// The text after `label` in the rows above the table: in the label's own cell after the
/// colon, or in the next filled cell to its right.
pub(super) fn labelled(rows: &[Vec<String>], label: &str) -> Option<String> {
    let key = norm(label.trim_end_matches('：'));
    for row in rows {
        for (c, cell) in row.iter().enumerate() {
            if !norm(cell).starts_with(&key) {
                continue;
            }
            let rest = after_label(cell, key.chars().count());
            if !rest.is_empty() {
                return Some(rest);
            }
            let next = row[c + 1..].iter().find(|t| !t.trim().is_empty());
            return Some(next.filter(|t| !norm(t).contains('：')).cloned().unwrap_or_default());
        }
    }
    None
}

/// A cell above the table that holds a date and nothing else: a date cell reads as `2026-11-20`.
pub(super) fn lone_date(rows: &[Vec<String>]) -> Option<String> {
    rows.iter()
        .flatten()
        .find(|cell| chrono::NaiveDate::parse_from_str(cell.trim(), "%Y-%m-%d").is_ok())
        .cloned()
}

/// `cell` without its first `label_chars` non-space characters and the colon after them.
fn after_label(cell: &str, label_chars: usize) -> String {
    let mut seen = 0;
    let mut rest = "";
    for (i, c) in cell.char_indices() {
        if seen == label_chars {
            rest = &cell[i..];
            break;
        }
        if !c.is_whitespace() {
            seen += 1;
        }
    }
    rest.trim_start_matches([':', '：', ' ', '\u{3000}']).trim().to_owned()
}

fn numbers(text: &str) -> Vec<u32> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .filter_map(|s| s.parse().ok())
        .collect()
}

/// 2026年11月, 2026-11, 2026.11 → (2026, 11).
pub(super) fn parse_month(text: &str) -> Option<(i32, u32)> {
    match numbers(text).as_slice() {
        [y, m, ..] if (2000..=2100).contains(y) && (1..=12).contains(m) => Some((*y as i32, *m)),
        _ => None,
    }
}

/// 2026年11月20日, 2026-11-20, 2026/11/20, 2026.11.20; 11月20日 takes the period's year.
pub(super) fn parse_day(text: &str, year: i32) -> Option<chrono::NaiveDate> {
    let n = numbers(text);
    let (y, m, d) = match n.as_slice() {
        [y, m, d] if *y >= 2000 => (*y as i32, *m, *d),
        [m, d] => (year, *m, *d),
        // A date cell whose format the reader did not know arrives as Excel's day number.
        [serial] if (36526..=73050).contains(serial) && text.trim().len() == 5 => {
            let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30)?;
            return epoch.checked_add_signed(chrono::Duration::days(i64::from(*serial)));
        }
        _ => return None,
    };
    chrono::NaiveDate::from_ymd_opt(y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn a_date_written_the_ways_offices_write_it_reads_back(y in 2000i32..2100, m in 1u32..=12, d in 1u32..=28) {
            let day = chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
            for text in [format!("{y}年{m}月{d}日"), format!("{y}-{m:02}-{d:02}"), format!("{y}/{m}/{d}"), format!("{y}.{m}.{d}")] {
                prop_assert_eq!(parse_day(&text, 2026), Some(day), "{}", text);
            }
            prop_assert_eq!(parse_day(&format!("{m}月{d}日"), y), Some(day));
            prop_assert_eq!(parse_month(&format!("{y}年{m}月")), Some((y, m)));
        }

        #[test]
        fn any_text_is_read_without_a_panic(s in ".*", t in ".*") {
            let _ = parse_day(&s, 2026);
            let _ = parse_month(&s);
            let _ = labelled(&[vec![s.clone(), t.clone()]], "填报日期：");
            let _ = lone_date(&[vec![s, t]]);
        }

        #[test]
        fn the_text_after_a_label_is_found_in_its_cell_or_the_next(value in "[一-龥a-z0-9]{1,12}", gap in 0usize..3) {
            prop_assert_eq!(labelled(&[vec![format!("填报人：{value}")]], "填报人："), Some(value.clone()));
            let mut row = vec!["填报人：".to_owned()];
            row.extend(std::iter::repeat_n(String::new(), gap));
            row.push(value.clone());
            prop_assert_eq!(labelled(&[row], "填报人："), Some(value));
        }
    }
}
