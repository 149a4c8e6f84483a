//! Which column holds what, guessed from the header row's words and adjustable by the office.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// 0-based columns; `None` when the sheet has no such column.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RosterImportMapping {
    pub sheet: String,
    /// 1-based, as Excel numbers rows; data starts on the next row.
    pub header_row: u32,
    pub name: Option<u32>,
    pub role: Option<u32>,
    pub unit: Option<u32>,
    pub post: Option<u32>,
    pub phone: Option<u32>,
    pub note: Option<u32>,
}

const NAME: &[&str] = &["姓名", "名字"];
const ROLE: &[&str] = &["职务（委员会）", "委员会职务", "担任职务", "职务", "角色"];
const UNIT: &[&str] = &["单位", "工作单位", "所在单位", "成员单位"];
const POST: &[&str] = &["单位职务", "现任职务", "职务（单位）", "行政职务", "职级"];
const PHONE: &[&str] = &["联系电话", "电话", "手机", "手机号码"];
const NOTE: &[&str] = &["备注", "说明"];

/// Without any spaces, full-width ones included (char::is_whitespace covers U+3000): “姓 名” is 姓名.
pub(super) fn clean(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn find(headers: &[String], words: &[&str], taken: &[Option<u32>]) -> Option<u32> {
    // Exact words first, then a header that contains one of them.
    let exact = headers.iter().position(|h| words.contains(&clean(h).as_str()));
    let loose = || headers.iter().position(|h| words.iter().any(|w| clean(h).contains(w)));
    exact
        .or_else(loose)
        .map(|i| i as u32)
        .filter(|i| !taken.contains(&Some(*i)))
}

/// The row (0-based) within the first ten that looks like a header: it names a 姓名 column.
pub fn header_row(rows: &[Vec<String>]) -> Option<usize> {
    rows.iter()
        .take(10)
        .position(|r| r.iter().any(|c| NAME.contains(&clean(c).as_str())))
}

pub fn guess(sheet: &str, rows: &[Vec<String>]) -> RosterImportMapping {
    let Some(at) = header_row(rows) else {
        return RosterImportMapping {
            sheet: sheet.to_owned(),
            header_row: 1,
            ..RosterImportMapping::default()
        };
    };
    let headers = &rows[at];
    let mut m = RosterImportMapping {
        sheet: sheet.to_owned(),
        header_row: at as u32 + 1,
        ..RosterImportMapping::default()
    };
    m.name = find(headers, NAME, &[]);
    m.post = find(headers, POST, &[m.name]);
    m.role = find(headers, ROLE, &[m.name, m.post]);
    m.unit = find(headers, UNIT, &[m.name, m.post, m.role]);
    m.phone = find(headers, PHONE, &[m.name, m.post, m.role, m.unit]);
    m.note = find(headers, NOTE, &[m.name, m.post, m.role, m.unit, m.phone]);
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn guesses_columns_from_header_words() {
        let rows = vec![
            row(&["健康舞钢行动推进委员会组成人员名单", "", "", "", ""]),
            row(&["序号", "职务", "姓 名", "单位", "单位职务", "联系电话"]),
        ];
        let m = guess("Sheet1", &rows);
        assert_eq!(m.header_row, 2);
        assert_eq!(
            (m.role, m.name, m.unit, m.post, m.phone, m.note),
            (Some(1), Some(2), Some(3), Some(4), Some(5), None)
        );
    }

    #[test]
    fn no_header_means_nothing_is_guessed() {
        let m = guess("Sheet1", &[row(&["王海彦", "市三级调研员"])]);
        assert_eq!(m.name, None);
    }
}
