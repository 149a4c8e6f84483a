//! A year's holidays from a small workbook laid out like the State Council's notice: one row per
//! holiday, with its name, its days off (“10月1日至7日”) and the weekend days worked
//! (“9月20日、10月10日”). The check reads it all and names every problem by row and cell;
//! nothing is written until the office confirms, and then every holiday in one change.

use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::{day_text, insert_holiday, CheckedHoliday, HolidayInput};
use crate::common::date;
use crate::common::error::{CoreError, Result};
use crate::desk::Desk;
use crate::sheet::grid::{self, norm, Grid};
use crate::sheet::import::{row_failed, ImportPreview, ImportProblem};
use crate::sheet::intake::display_name;

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HolidayLine {
    /// The row in the workbook, from 1.
    pub row: u32,
    pub name: String,
    pub off_from: String,
    pub off_to: String,
    pub work_days: Vec<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CalendarImportCheck {
    pub year: i32,
    pub file_name: String,
    pub lines: Vec<HolidayLine>,
    pub problems: Vec<ImportProblem>,
    /// No blocking problem and at least one holiday.
    pub ok: bool,
}

impl ImportPreview for CalendarImportCheck {
    fn problems(&self) -> &[ImportProblem] {
        &self.problems
    }
}

/// The header's columns: name, days off, days worked.
struct Columns {
    name: usize,
    off: usize,
    work: Option<usize>,
}

const LAYOUT: &str = "请使用按国务院通知排列的表格：一行一个节日，列为“节日”“放假时间”“调休上班日期”";

fn header(g: &Grid) -> Option<(usize, Columns)> {
    g.rows.iter().take(10).enumerate().find_map(|(i, row)| {
        let find = |words: &[&str], not: Option<usize>| {
            row.iter()
                .enumerate()
                .position(|(i, c)| Some(i) != not && words.iter().any(|w| norm(c).contains(w)))
        };
        let off = find(&["放假"], None)?;
        let name = find(&["节日", "节假日", "名称"], Some(off))?;
        let work = find(&["上班", "调休"], Some(off));
        Some((i, Columns { name, off, work }))
    })
}

fn holiday_sheet(path: &Path) -> Result<(Grid, usize, Columns)> {
    for name in grid::sheet_names(path)? {
        let Some(g) = grid::read_for_search(path, &name)? else {
            continue;
        };
        if let Some((row, cols)) = header(&g) {
            return Ok((g, row, cols));
        }
    }
    Err(CoreError::invalid(
        "file",
        format!("这个文件里找不到“放假时间”表头。{LAYOUT}"),
    ))
}

/// The days off as one run of days, or why not.
fn off_run(days: &[NaiveDate]) -> std::result::Result<(NaiveDate, NaiveDate), &'static str> {
    let (Some(first), Some(last)) = (days.iter().min(), days.iter().max()) else {
        return Err("没有放假日期");
    };
    if (*last - *first).num_days() + 1 != days.len() as i64 {
        return Err("放假日期应是连续的几天，写成“10月1日至7日”");
    }
    Ok((*first, *last))
}

struct RowCheck<'a> {
    year: i32,
    row: u32,
    cols: &'a Columns,
    problems: &'a mut Vec<ImportProblem>,
}

impl RowCheck<'_> {
    fn problem(&mut self, col: usize, message: String) {
        let n = self.row;
        self.problems.push(ImportProblem::blocking(
            n,
            Some(col as u32),
            format!("第{n}行：{message}"),
        ));
    }

    fn line(&mut self, cells: &[String]) -> Option<HolidayLine> {
        let cell = |c: Option<usize>| {
            c.and_then(|c| cells.get(c))
                .map(|t| t.trim().to_owned())
                .unwrap_or_default()
        };
        let (name, off_text, work_text) = (
            cell(Some(self.cols.name)),
            cell(Some(self.cols.off)),
            cell(self.cols.work),
        );
        if name.is_empty() && off_text.is_empty() {
            return None;
        }
        if name.is_empty() {
            self.problem(self.cols.name, "没有节日名称".into());
        }
        let off = match day_text::days(&off_text, self.year).map(|d| off_run(&d)) {
            Some(Ok(run)) => Some(run),
            Some(Err(why)) => {
                self.problem(self.cols.off, format!("放假时间“{off_text}”：{why}"));
                None
            }
            None => {
                self.problem(
                    self.cols.off,
                    format!("放假时间“{off_text}”不是可识别的日期，应写成“10月1日至7日”"),
                );
                None
            }
        };
        let work = day_text::days(&work_text, self.year);
        if work.is_none() {
            let col = self.cols.work.unwrap_or(self.cols.off);
            self.problem(
                col,
                format!("调休上班日期“{work_text}”不是可识别的日期，应写成“9月20日、10月10日”"),
            );
        }
        let ((from, to), work) = (off?, work?);
        Some(HolidayLine {
            row: self.row,
            name,
            off_from: date::iso(from),
            off_to: date::iso(to),
            work_days: work.into_iter().map(date::iso).collect(),
        })
    }
}

/// Whether `day` belongs to `year`'s arrangement: in the year, or within a month of it (a 调休
/// day of 元旦 can fall in the December before).
fn near(day: NaiveDate, year: i32) -> bool {
    let from = NaiveDate::from_ymd_opt(year - 1, 12, 1);
    let to = NaiveDate::from_ymd_opt(year + 1, 1, 31);
    matches!((from, to), (Some(f), Some(t)) if (f..=t).contains(&day))
}

impl HolidayLine {
    fn input(&self) -> HolidayInput {
        HolidayInput {
            name: self.name.clone(),
            off_from: self.off_from.clone(),
            off_to: self.off_to.clone(),
            work_days: self.work_days.clone(),
        }
    }
}

impl Desk {
    /// Reads the workbook and says what importing it would add to `year`; nothing is written.
    pub fn check_calendar_import(&self, path: &str, year: i32) -> Result<CalendarImportCheck> {
        let path = Path::new(path);
        let (grid, head, cols) = holiday_sheet(path)?;
        let listed = self.work_calendar()?;
        let mut problems = Vec::new();
        let mut lines = Vec::new();
        let mut seen: std::collections::HashMap<NaiveDate, u32> = std::collections::HashMap::new();
        for (i, cells) in grid.rows.iter().enumerate().skip(head + 1) {
            let row = i as u32 + 1;
            let mut check = RowCheck {
                year,
                row,
                cols: &cols,
                problems: &mut problems,
            };
            let Some(line) = check.line(cells) else { continue };
            match line.input().checked() {
                Ok(h) => {
                    if let Some((day, _)) = h.days.iter().find(|(d, _)| !near(*d, year)) {
                        check.problem(
                            cols.off,
                            format!(
                                "{}不在{year}年，请检查表格中的年份（Excel 会按录入当年补上年份）",
                                date::chinese(*day)
                            ),
                        );
                    }
                    for (day, _) in h.days.iter().filter(|(d, _)| listed.lists(*d)) {
                        check.problem(cols.off, format!("{}已在日历中，请先删除原有安排", date::chinese(*day)));
                    }
                    for (day, _) in &h.days {
                        if let Some(first) = seen.insert(*day, row) {
                            check.problem(cols.off, format!("{}与第{first}行重复", date::chinese(*day)));
                        }
                    }
                    lines.push(line);
                }
                Err(e) => check.problem(cols.off, e.message),
            }
        }
        if lines.is_empty() && problems.is_empty() {
            problems.push(ImportProblem::blocking(0, None, format!("表格中没有节日。{LAYOUT}")));
        }
        let ok = !problems.iter().any(|p| p.blocking) && !lines.is_empty();
        Ok(CalendarImportCheck {
            year,
            file_name: display_name(path),
            lines,
            problems,
            ok,
        })
    }

    /// Imports every holiday of the workbook in one change, or none when any problem blocks.
    pub fn import_calendar(&mut self, path: &str, year: i32) -> Result<super::CalendarYear> {
        let check = self.check_calendar_import(path, year)?;
        check.refuse_blocked("表格", "节假日安排")?;
        let holidays: Vec<(u32, CheckedHoliday)> = check
            .lines
            .iter()
            .map(|l| Ok((l.row, l.input().checked()?)))
            .collect::<Result<_>>()?;
        self.write(|tx| {
            for (row, h) in &holidays {
                insert_holiday(tx, h).map_err(|e| row_failed(*row, "节假日安排", e))?;
            }
            Ok(())
        })?;
        self.calendar_year(year)
    }
}
