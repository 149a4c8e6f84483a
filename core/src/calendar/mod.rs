//! 工作日历 (C8+): the days off and the 调休 working days the office keeps per year, entered by
//! hand, imported from a small workbook laid out like the State Council's yearly notice, or
//! taken from a notice the program ships (`preset`). Deadlines that move off days off and time
//! limits given in working days are counted with `WorkCalendar`.

mod day_text;
pub mod import;
pub mod preset;
mod work_calendar;

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::common::date;
use crate::common::error::{CoreError, Result};
use crate::common::validate::required;
use crate::desk::Desk;
use crate::store::{live, Record, SoftDeleted, Tx};

pub use import::{CalendarImportCheck, HolidayLine};
pub use work_calendar::WorkCalendar;

crate::coded_enum! {
    pub enum DayKind: "日历类别" {
        Off = "off" / "放假",
        Work = "work" / "调休上班",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CalendarDay {
    pub id: i64,
    pub day: String,
    pub kind: DayKind,
    /// The holiday it belongs to: 春节, 国庆节 …
    pub name: String,
    pub deleted_at: Option<String>,
}

/// One holiday as the office enters it, or as a notice gives it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HolidayInput {
    pub name: String,
    /// `YYYY-MM-DD`, the first and the last day off.
    pub off_from: String,
    pub off_to: String,
    /// Weekend days worked in exchange.
    pub work_days: Vec<String>,
}

/// A holiday of a year as the calendar page lists it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HolidayRow {
    pub name: String,
    pub off_days: Vec<String>,
    pub work_days: Vec<String>,
    /// Its days' ids, for removing the holiday.
    pub ids: Vec<i64>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CalendarYear {
    pub year: i32,
    pub days: Vec<CalendarDay>,
    pub holidays: Vec<HolidayRow>,
    /// The shipped notice for this year, when there is one and it is not yet taken in whole.
    pub preset: Option<String>,
}

/// The longest holiday a notice has given (春节 and 国庆 run to eight or nine days).
const LONGEST_HOLIDAY: i64 = 15;

impl CalendarDay {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Self {
            id: r.get("id")?,
            day: r.get("day")?,
            kind: r.get("kind")?,
            name: r.get("name")?,
            deleted_at: r.get("deleted_at")?,
        })
    }
}

impl Record for CalendarDay {
    const ENTITY: &'static str = "calendar_day";
    const LABEL: &'static str = "工作日历";

    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>> {
        Ok(conn
            .query_row("SELECT * FROM calendar_day WHERE id = ?1", [id], Self::from_row)
            .optional()?)
    }
}

impl SoftDeleted for CalendarDay {
    fn deleted_at(&self) -> Option<&str> {
        self.deleted_at.as_deref()
    }

    fn gone() -> CoreError {
        CoreError::not_found("这一天已不在日历中")
    }
}

/// A holiday's days, checked: each a date, the days off in order and within a fortnight, the
/// days worked not among them.
pub(crate) struct CheckedHoliday {
    pub name: String,
    pub days: Vec<(NaiveDate, DayKind)>,
}

impl HolidayInput {
    pub(crate) fn checked(&self) -> Result<CheckedHoliday> {
        let name = required("name", "节日名称", &self.name, 20)?;
        let from = date::parse("offFrom", "放假开始日期", &self.off_from)?;
        let to = date::parse("offTo", "放假结束日期", &self.off_to)?;
        let length = (to - from).num_days();
        if !(0..LONGEST_HOLIDAY).contains(&length) {
            return Err(CoreError::invalid(
                "offTo",
                format!("放假结束日期应在开始日期当天或之后{LONGEST_HOLIDAY}天内"),
            ));
        }
        let mut days: Vec<(NaiveDate, DayKind)> = from
            .iter_days()
            .take(length as usize + 1)
            .map(|d| (d, DayKind::Off))
            .collect();
        for text in &self.work_days {
            let d = date::parse("workDays", "调休上班日期", text)?;
            if days.iter().any(|(x, _)| *x == d) {
                return Err(CoreError::invalid(
                    "workDays",
                    format!("{}已是放假日，不能同时调休上班", date::chinese(d)),
                ));
            }
            days.push((d, DayKind::Work));
        }
        Ok(CheckedHoliday { name, days })
    }
}

/// The holiday a day (`YYYY-MM-DD`) is listed under, when the calendar lists it.
pub(crate) fn holiday_on(conn: &Connection, day: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT name FROM calendar_day WHERE day = ?1 AND deleted_at IS NULL",
            [day],
            |r| r.get(0),
        )
        .optional()?)
}

/// Writes a holiday's days; a day the calendar already lists is refused by its date.
pub(crate) fn insert_holiday(tx: &Tx, h: &CheckedHoliday) -> Result<()> {
    for (day, kind) in &h.days {
        let iso = date::iso(*day);
        if let Some(other) = holiday_on(tx, &iso)? {
            return Err(CoreError::conflict(
                "offFrom",
                format!("{}已在日历中（{other}），请先删除原有安排", date::chinese(*day)),
            ));
        }
        tx.insert::<CalendarDay>(|c| {
            c.execute(
                "INSERT INTO calendar_day (day, kind, name) VALUES (?1, ?2, ?3)",
                params![iso, kind, h.name],
            )?;
            Ok(c.last_insert_rowid())
        })?;
    }
    Ok(())
}

fn year_days(conn: &Connection, year: i32) -> Result<Vec<CalendarDay>> {
    let mut stmt =
        conn.prepare("SELECT * FROM calendar_day WHERE deleted_at IS NULL AND substr(day, 1, 4) = ?1 ORDER BY day")?;
    let rows = stmt.query_map([year.to_string()], CalendarDay::from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The days grouped by holiday, in the order of each holiday's first day.
fn holidays(days: &[CalendarDay]) -> Vec<HolidayRow> {
    let mut by_name: BTreeMap<String, HolidayRow> = BTreeMap::new();
    for d in days {
        let row = by_name.entry(d.name.clone()).or_insert_with(|| HolidayRow {
            name: d.name.clone(),
            off_days: Vec::new(),
            work_days: Vec::new(),
            ids: Vec::new(),
        });
        match d.kind {
            DayKind::Off => row.off_days.push(d.day.clone()),
            DayKind::Work => row.work_days.push(d.day.clone()),
        }
        row.ids.push(d.id);
    }
    let mut rows: Vec<HolidayRow> = by_name.into_values().collect();
    let first = |r: &HolidayRow| r.off_days.first().or(r.work_days.first()).cloned().unwrap_or_default();
    rows.sort_by_key(first);
    rows
}

/// A time limit in working days the office may give: one to a year's worth.
pub(crate) fn check_working_days(days: u32) -> Result<()> {
    if (1..=365).contains(&days) {
        Ok(())
    } else {
        Err(CoreError::invalid("workingDays", "工作日时限应为1至365个工作日"))
    }
}

impl Desk {
    pub fn calendar_year(&self, year: i32) -> Result<CalendarYear> {
        if !(2000..=2100).contains(&year) {
            return Err(CoreError::invalid("year", "请选择正确的年份"));
        }
        let days = year_days(self.conn(), year)?;
        let preset = preset::arrangement(year)
            .filter(|a| a.holidays.iter().any(|h| !days.iter().any(|d| d.day == h.off_from)))
            .map(|a| a.source.to_owned());
        Ok(CalendarYear {
            year,
            holidays: holidays(&days),
            days,
            preset,
        })
    }

    pub fn add_holiday(&mut self, input: &HolidayInput) -> Result<CalendarYear> {
        let holiday = input.checked()?;
        let year = holiday.days.first().map_or(self.today().year(), |(d, _)| d.year());
        self.write(|tx| insert_holiday(tx, &holiday))?;
        self.calendar_year(year)
    }

    /// Removes a holiday's days (to the recycle bin) in one change.
    pub fn delete_holiday(&mut self, ids: &[i64]) -> Result<()> {
        if ids.is_empty() {
            return Err(CoreError::invalid("ids", "请选择要删除的安排"));
        }
        self.write(|tx| {
            for id in ids {
                live::<CalendarDay>(tx, *id)?;
                tx.soft_delete::<CalendarDay>(*id)?;
            }
            Ok(())
        })
    }

    /// Takes in the shipped notice for `year`: every holiday not yet in the calendar, in one
    /// change. A holiday the office already entered (by its first day off) is left as it is.
    pub fn load_calendar_preset(&mut self, year: i32) -> Result<CalendarYear> {
        let arrangement = preset::arrangement(year).ok_or_else(|| {
            CoreError::invalid(
                "year",
                format!("本程序没有{year}年的节假日安排，请按国务院通知录入或导入"),
            )
        })?;
        let checked: Vec<CheckedHoliday> = arrangement
            .holidays
            .iter()
            .map(|h| {
                HolidayInput {
                    name: h.name.into(),
                    off_from: h.off_from.into(),
                    off_to: h.off_to.into(),
                    work_days: h.work_days.iter().map(|d| (*d).to_owned()).collect(),
                }
                .checked()
            })
            .collect::<Result<_>>()?;
        let listed: Vec<String> = year_days(self.conn(), year)?.into_iter().map(|d| d.day).collect();
        self.write(|tx| {
            for h in &checked {
                let first = h.days.first().map(|(d, _)| date::iso(*d)).unwrap_or_default();
                if !listed.contains(&first) {
                    insert_holiday(tx, h)?;
                }
            }
            Ok(())
        })?;
        self.calendar_year(year)
    }

    pub fn work_calendar(&self) -> Result<WorkCalendar> {
        WorkCalendar::load(self.conn())
    }

    /// The deadline of a time limit of `days` working days given today.
    pub fn working_day_deadline(&self, days: u32) -> Result<String> {
        check_working_days(days)?;
        let deadline = self
            .work_calendar()?
            .working_days_after(self.today(), days)
            .ok_or_else(|| CoreError::invalid("workingDays", "工作日时限过长"))?;
        Ok(date::iso(deadline))
    }
}
