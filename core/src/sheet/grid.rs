//! A worksheet as a grid of trimmed text, addressed as Excel shows it (row 1, column A), with
//! its merged areas. calamine starts a range at the first used cell; the grid does not.

use std::path::Path;

use calamine::{open_workbook_auto, Data, Dimensions, Range, Reader, Sheets};

use crate::common::error::{CoreError, Result};

pub struct Grid {
    /// rows[r][c], 0-based from A1.
    pub rows: Vec<Vec<String>>,
    /// Merged areas as 0-based (first row, first col, last row, last col).
    pub merged: Vec<(u32, u32, u32, u32)>,
}

/// “A”, “B” … “AA” for a 0-based column.
pub fn column_name(col: u32) -> String {
    let mut n = col + 1;
    let mut name = Vec::new();
    while n > 0 {
        let rem = ((n - 1) % 26) as u8;
        name.push((b'A' + rem) as char);
        n = (n - 1) / 26;
    }
    name.iter().rev().collect()
}

fn text(cell: &Data) -> String {
    match cell {
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::DateTime(d) => excel_date(d.as_f64()),
        Data::Error(_) => String::new(),
        other => other.to_string().trim().to_owned(),
    }
}

/// Excel counts days from 1899-12-30.
fn excel_date(serial: f64) -> String {
    let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).expect("valid date");
    epoch
        .checked_add_signed(chrono::Duration::days(serial.floor() as i64))
        .map(|d| d.to_string())
        .unwrap_or_default()
}

fn to_rows(range: &Range<Data>) -> Vec<Vec<String>> {
    let Some((r0, c0)) = range.start() else {
        return Vec::new();
    };
    let (height, width) = range.get_size();
    let mut rows = vec![vec![String::new(); c0 as usize + width]; r0 as usize + height];
    for (r, c, cell) in range.cells() {
        rows[r0 as usize + r][c0 as usize + c] = text(cell);
    }
    rows
}

fn merged_areas(book: &mut Sheets<std::io::BufReader<std::fs::File>>, sheet: &str) -> Vec<Dimensions> {
    match book {
        Sheets::Xlsx(x) => x.worksheet_merge_cells(sheet).and_then(|r| r.ok()).unwrap_or_default(),
        Sheets::Xls(x) => x.worksheet_merge_cells(sheet).unwrap_or_default(),
        _ => Vec::new(),
    }
}

fn open(path: &Path) -> Result<Sheets<std::io::BufReader<std::fs::File>>> {
    open_workbook_auto(path).map_err(|e| {
        CoreError::invalid(
            "file",
            format!("无法读取“{}”：{e}。请选择 .xlsx 或 .xls 文件。", path.display()),
        )
    })
}

pub fn sheet_names(path: &Path) -> Result<Vec<String>> {
    Ok(open(path)?.sheet_names())
}

pub fn read(path: &Path, sheet: &str) -> Result<Grid> {
    let mut book = open(path)?;
    let range = book
        .worksheet_range(sheet)
        .map_err(|e| CoreError::invalid("sheet", format!("无法读取工作表“{sheet}”：{e}")))?;
    let merged = merged_areas(&mut book, sheet)
        .into_iter()
        .map(|d| (d.start.0, d.start.1, d.end.0, d.end.1))
        .collect();
    Ok(Grid {
        rows: to_rows(&range),
        merged,
    })
}

/// Compared without spaces and with half-width brackets and colons made full-width, so
/// “填报科室(单位):” and “填报科室（单位）：” are the same label.
pub fn norm(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '(' => '（',
            ')' => '）',
            ':' => '：',
            other => other,
        })
        .collect()
}

/// Every cell of a merged area carries the area's text, so a merged 困难问题 applies to each row.
pub fn spread_merged(grid: &mut Grid) {
    for &(r0, c0, r1, c1) in &grid.merged {
        let text = grid
            .rows
            .get(r0 as usize)
            .and_then(|r| r.get(c0 as usize))
            .cloned()
            .unwrap_or_default();
        for r in r0..=r1 {
            for c in c0..=c1 {
                if let Some(cell) = grid.rows.get_mut(r as usize).and_then(|row| row.get_mut(c as usize)) {
                    cell.clone_from(&text);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::column_name;

    #[test]
    fn columns_are_named_as_excel_names_them() {
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(26), "AA");
    }
}
