//! 报送期: one per month. Returns are due by the configured day (泸州 notice 五: 每月25日前). A
//! deadline on a weekend or a holiday stays where it is unless the office chose, in 设置, to move
//! it to the last working day before (as the 工作日历 counts them).

use chrono::{Datelike, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::Serialize;
use ts_rs::TS;

use crate::body::settings::DeadlineOnDayOff;
use crate::common::date::{chinese, iso};
use crate::common::error::{CoreError, Result};
use crate::desk::Desk;
use crate::store::Record;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Period {
    pub id: i64,
    pub year: i32,
    pub month: u32,
    /// `YYYY-MM-DD`, the last day a return is on time.
    pub deadline: String,
}

/// A period as the list shows it: how far the deadline is and how many units have reported.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PeriodSummary {
    #[serde(flatten)]
    #[ts(flatten)]
    pub period: Period,
    /// 2026年11月
    pub label: String,
    /// 星期三
    pub deadline_weekday: String,
    /// Days from today to the deadline; negative once it has passed.
    pub days_left: i64,
    pub expected: i64,
    pub submitted: i64,
}

impl Period {
    pub(crate) fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Self {
            id: r.get("id")?,
            year: r.get("year")?,
            month: r.get("month")?,
            deadline: r.get("deadline")?,
        })
    }

    pub fn label(&self) -> String {
        month_label(self.year, self.month)
    }

    pub fn deadline_date(&self) -> NaiveDate {
        crate::common::date::from_iso(&self.deadline).unwrap_or(NaiveDate::MAX)
    }
}

impl Record for Period {
    const ENTITY: &'static str = "period";
    const LABEL: &'static str = "报送期";

    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>> {
        Ok(conn
            .query_row("SELECT * FROM period WHERE id = ?1", [id], Self::from_row)
            .optional()?)
    }
}

pub fn month_label(year: i32, month: u32) -> String {
    format!("{year}年{month}月")
}

/// The deadline for a month: `day`, or the month's last day when the month is shorter.
pub fn monthly_deadline(year: i32, month: u32, day: u8) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let last = first.checked_add_months(chrono::Months::new(1))?.pred_opt()?;
    Some(first.with_day(u32::from(day).min(last.day()))?.min(last))
}

pub fn weekday_name(d: NaiveDate) -> &'static str {
    ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"][d.weekday().num_days_from_monday() as usize]
}

pub(crate) fn get(conn: &Connection, id: i64) -> Result<Period> {
    Period::fetch(conn, id)?.ok_or_else(|| CoreError::not_found("这个报送期不存在"))
}

pub(crate) fn find(conn: &Connection, year: i32, month: u32) -> Result<Option<Period>> {
    Ok(conn
        .query_row(
            "SELECT * FROM period WHERE year = ?1 AND month = ?2",
            params![year, month],
            Period::from_row,
        )
        .optional()?)
}

/// The deadline a month's period gets when it is opened, as the dialog shows it beforehand.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PeriodDeadline {
    pub deadline: String,
    /// 星期五
    pub weekday: String,
    /// The configured day, when it fell on a day off and the deadline moved before it.
    pub moved_from: Option<String>,
}

impl Desk {
    /// The configured day of `month`, moved to the working day before when it falls on a day
    /// off and the office chose so; and the configured day itself.
    fn deadline_for(&self, year: i32, month: u32) -> Result<(NaiveDate, NaiveDate)> {
        let settings = self.settings()?;
        let day = monthly_deadline(year, month, settings.monthly_deadline_day)
            .filter(|_| (2000..=2100).contains(&year))
            .ok_or_else(|| CoreError::invalid("month", "请选择正确的年份和月份"))?;
        let deadline = match settings.deadline_on_day_off {
            DeadlineOnDayOff::Keep => day,
            DeadlineOnDayOff::Earlier => self.work_calendar()?.working_day_on_or_before(day),
        };
        Ok((deadline, day))
    }

    pub fn period_deadline(&self, year: i32, month: u32) -> Result<PeriodDeadline> {
        let (deadline, day) = self.deadline_for(year, month)?;
        Ok(PeriodDeadline {
            deadline: iso(deadline),
            weekday: weekday_name(deadline).to_owned(),
            moved_from: (deadline != day).then(|| iso(day)),
        })
    }

    /// Opens the month's period with the configured deadline day.
    pub fn open_period(&mut self, year: i32, month: u32) -> Result<Period> {
        let deadline = self.deadline_for(year, month)?.0;
        if find(self.conn(), year, month)?.is_some() {
            let label = month_label(year, month);
            return Err(CoreError::conflict("month", format!("{label}的报送期已经开启")));
        }
        self.write(|tx| {
            tx.insert::<Period>(|c| {
                c.execute(
                    "INSERT INTO period (year, month, deadline) VALUES (?1, ?2, ?3)",
                    params![year, month, iso(deadline)],
                )?;
                Ok(c.last_insert_rowid())
            })
        })
    }

    /// Moves one period's deadline (e.g. the office grants a few more days).
    pub fn set_period_deadline(&mut self, id: i64, deadline: &str) -> Result<Period> {
        let d = crate::common::date::parse("deadline", "截止日期", deadline)?;
        self.write(|tx| {
            get(tx, id)?;
            tx.update::<Period>(id, |c| {
                c.execute("UPDATE period SET deadline = ?1 WHERE id = ?2", params![iso(d), id])?;
                Ok(())
            })
        })
    }
}

/// Shown in messages: 2026年11月25日（星期三）.
pub fn deadline_text(d: NaiveDate) -> String {
    format!("{}（{}）", chinese(d), weekday_name(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn deadline_is_the_day_given_or_the_month_end() {
        assert_eq!(monthly_deadline(2026, 11, 25), Some(d(2026, 11, 25)));
        assert_eq!(monthly_deadline(2026, 2, 31), Some(d(2026, 2, 28)));
        assert_eq!(monthly_deadline(2028, 2, 30), Some(d(2028, 2, 29)));
        assert_eq!(monthly_deadline(2026, 4, 31), Some(d(2026, 4, 30)));
        assert_eq!(monthly_deadline(2026, 12, 31), Some(d(2026, 12, 31)));
        assert_eq!(monthly_deadline(2026, 13, 25), None);
    }

    #[test]
    fn a_weekend_deadline_is_kept_and_shown_as_such() {
        // 2026-10-25 is a Sunday: the date stays, the weekday tells the office.
        let sunday = monthly_deadline(2026, 10, 25).unwrap();
        assert_eq!(sunday, d(2026, 10, 25));
        assert_eq!(deadline_text(sunday), "2026年10月25日（星期日）");
    }
}
