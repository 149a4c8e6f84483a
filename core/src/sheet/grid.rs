//! A worksheet as a grid of trimmed text, addressed as Excel shows it (row 1, column A), with
//! its merged areas. calamine starts a range at the first used cell; the grid does not.

use std::path::Path;

use calamine::{open_workbook_auto, Data, Dimensions, Range, Reader, Sheets, Xlsx};

use super::intake::{self, display_name, refuse, MAX_CELLS_SCANNED, MAX_COLUMNS, MAX_ROWS};
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

/// Excel counts days from 1899-12-30; a number too large for a date (an ID number formatted as
/// one) stays a number.
fn excel_date(serial: f64) -> String {
    let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).expect("valid date");
    chrono::Duration::try_days(serial.floor() as i64)
        .and_then(|days| epoch.checked_add_signed(days))
        .map(|d| d.to_string())
        .unwrap_or_else(|| format!("{serial}"))
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

type Book = Sheets<std::io::BufReader<std::fs::File>>;

/// Opens a picked workbook once it passed `intake::check`; the library's own error stays in the
/// cause, the message says in Chinese what is wrong.
fn open(path: &Path) -> Result<Book> {
    intake::check(path)?;
    let name = display_name(path);
    open_workbook_auto(path).map_err(|e| {
        let message = if matches!(e, calamine::Error::Xls(calamine::XlsError::Password)) {
            intake::password(&name)
        } else {
            refuse(
                &name,
                "已损坏，或不是 Excel 能打开的表格。请在 Excel 或 WPS 中打开并另存为 .xlsx 后再导入",
            )
        };
        message.caused_by(e)
    })
}

/// The sheet `name` for a search through a workbook's sheets: none when this sheet alone cannot
/// be read (the search goes on), an error when the whole file is refused.
pub fn read_for_search(path: &Path, name: &str) -> Result<Option<Grid>> {
    match read(path, name) {
        Ok(g) => Ok(Some(g)),
        Err(e) if e.field.as_deref() == Some("sheet") => Ok(None),
        Err(e) => Err(e),
    }
}

pub fn sheet_names(path: &Path) -> Result<Vec<String>> {
    Ok(open(path)?.sheet_names())
}

/// One sheet as a grid. An error about the whole file has the field `file`; one about this
/// sheet alone (a chart sheet, a damaged part) has the field `sheet`, so a search through a
/// workbook's sheets can go on to the next.
pub fn read(path: &Path, sheet: &str) -> Result<Grid> {
    let mut book = open(path)?;
    let unreadable =
        |e: calamine::Error| CoreError::invalid("sheet", format!("工作表“{sheet}”无法读取，可能已损坏")).caused_by(e);
    let rows = match &mut book {
        Sheets::Xlsx(x) => stream_rows(x, sheet, path).map_err(|e| match e {
            Stream::Bounds(e) => e,
            Stream::Library(e) => unreadable(e),
        })?,
        other => {
            let range = other.worksheet_range(sheet).map_err(unreadable)?;
            within_bounds(&range, sheet, path)?;
            to_rows(&range)
        }
    };
    let merged = merged_areas(&mut book, sheet)
        .into_iter()
        .map(|d| (d.start.0, d.start.1, d.end.0, d.end.1))
        .collect();
    Ok(Grid { rows, merged })
}

enum Stream {
    Bounds(CoreError),
    Library(calamine::Error),
}

/// Reads an .xlsx sheet cell by cell and stops at the first cell past the bounds, so a sheet of a
/// million rows costs the time of twenty thousand.
fn stream_rows(
    x: &mut Xlsx<std::io::BufReader<std::fs::File>>,
    sheet: &str,
    path: &Path,
) -> std::result::Result<Vec<Vec<String>>, Stream> {
    let mut reader = x.worksheet_cells_reader(sheet).map_err(|e| Stream::Library(e.into()))?;
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut scanned = 0u64;
    while let Some(cell) = reader.next_cell().map_err(|e| Stream::Library(e.into()))? {
        // Empty cells (a formula filled down that shows nothing) count only towards this looser cap.
        scanned += 1;
        if scanned > MAX_CELLS_SCANNED {
            return Err(Stream::Bounds(too_large(sheet, path)));
        }
        let value = text(&Data::from(cell.get_value().clone()));
        if value.is_empty() {
            continue;
        }
        let (r, c) = cell.get_position();
        if r >= MAX_ROWS || c >= MAX_COLUMNS {
            return Err(Stream::Bounds(too_large(sheet, path)));
        }
        let (r, c) = (r as usize, c as usize);
        if rows.len() <= r {
            rows.resize(r + 1, Vec::new());
        }
        if rows[r].len() <= c {
            rows[r].resize(c + 1, String::new());
        }
        rows[r][c] = value;
    }
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    for row in &mut rows {
        row.resize(width, String::new());
    }
    Ok(rows)
}

fn within_bounds(range: &Range<Data>, sheet: &str, path: &Path) -> Result<()> {
    match range.end() {
        Some((r, c)) if r >= MAX_ROWS || c >= MAX_COLUMNS => Err(too_large(sheet, path)),
        _ => Ok(()),
    }
}

fn too_large(sheet: &str, path: &Path) -> CoreError {
    refuse(
        &display_name(path),
        &format!(
            "的工作表“{sheet}”超过 {MAX_ROWS} 行或 {MAX_COLUMNS} 列，不像是一份名单或报送表。请只保留需要导入的内容，另存后再导入"
        ),
    )
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

/// A merged area's text applies to every row it spans, so a 困难问题 merged over two tasks
/// belongs to both; across columns it stays in the first one, as a person reads a row whose
/// cells were merged — it fills that column, not every column it covers.
pub fn spread_merged(grid: &mut Grid) {
    for &(r0, c0, r1, _) in &grid.merged {
        let text = grid
            .rows
            .get(r0 as usize)
            .and_then(|r| r.get(c0 as usize))
            .cloned()
            .unwrap_or_default();
        for r in r0..=r1 {
            if let Some(cell) = grid.rows.get_mut(r as usize).and_then(|row| row.get_mut(c0 as usize)) {
                cell.clone_from(&text);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{ExcelDateTime, ExcelDateTimeType};
    use proptest::prelude::*;

    fn column_number(name: &str) -> u32 {
        name.bytes().fold(0, |n, b| n * 26 + u32::from(b - b'A' + 1)) - 1
    }

    proptest! {
        #[test]
        fn every_column_name_reads_back_as_its_column(col in 0u32..16_384) {
            let name = column_name(col);
            prop_assert!(name.bytes().all(|b| b.is_ascii_uppercase()));
            prop_assert_eq!(column_number(&name), col);
        }

        #[test]
        fn a_whole_number_reads_without_a_decimal_point(n in -1_000_000_000_000i64..1_000_000_000_000) {
            prop_assert_eq!(text(&Data::Float(n as f64)), n.to_string());
        }

        #[test]
        fn any_number_or_text_reads_without_a_panic(f in any::<f64>(), s in ".*") {
            let _ = text(&Data::Float(f));
            // An ID number in a date-formatted column is no date.
            let _ = text(&Data::DateTime(ExcelDateTime::new(f, ExcelDateTimeType::DateTime, false)));
            prop_assert_eq!(text(&Data::String(s.clone())), s.trim());
        }

        #[test]
        fn a_date_cell_reads_as_its_day(days in 1i64..73_050, time in 0.0f64..0.999) {
            let cell = Data::DateTime(ExcelDateTime::new(days as f64 + time, ExcelDateTimeType::DateTime, false));
            let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).unwrap();
            prop_assert_eq!(text(&cell), (epoch + chrono::Duration::days(days)).to_string());
        }

        #[test]
        fn labels_compare_the_same_however_they_are_typed(s in ".*") {
            prop_assert_eq!(norm(&norm(&s)), norm(&s));
            prop_assert_eq!(norm(&s.replace('(', "（").replace(':', "：")), norm(&s));
        }

        #[test]
        fn merged_areas_anywhere_spread_down_their_first_column_only(
            areas in proptest::collection::vec((0u32..12, 0u32..8, 0u32..12, 0u32..8), 0..6)
        ) {
            let rows: Vec<Vec<String>> = (0..10).map(|r| (0..5).map(|c| format!("{r}{c}")).collect()).collect();
            let merged: Vec<_> = areas.iter().map(|&(r0, c0, h, w)| (r0, c0, r0 + h, c0 + w)).collect();
            let mut grid = Grid { rows: rows.clone(), merged: merged.clone() };
            spread_merged(&mut grid);
            prop_assert_eq!(grid.rows.len(), 10);
            for (r, row) in grid.rows.iter().enumerate() {
                for (c, cell) in row.iter().enumerate() {
                    let in_a_first_column = merged.iter().any(|&(r0, c0, r1, _)| c as u32 == c0 && (r0..=r1).contains(&(r as u32)));
                    if !in_a_first_column {
                        prop_assert_eq!(cell, &rows[r][c], "a cell outside every area's first column keeps its text");
                    }
                }
            }
        }
    }

    #[test]
    fn columns_are_named_as_excel_names_them() {
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(26), "AA");
    }
}
