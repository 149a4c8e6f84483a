//! The returns side of a unit's record: for each month's period, whether the unit's return came
//! in by the deadline, late or not at all, by the same rule as the period's board. A month the
//! unit was not yet (or no longer) a member is not counted.

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::Ledger;
use crate::common::error::Result;
use crate::reporting::period::Period;
use crate::reporting::report::{board_rows, ReportStatus};

crate::coded_enum! {
    pub enum MonthReturn: "报送情况" {
        OnTime = "on_time" / "按时",
        Late = "late" / "逾期",
        Missing = "missing" / "未报",
        /// Not in yet, and the deadline has not passed.
        Pending = "pending" / "未到截止日",
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReturnTally {
    /// Months whose deadline has passed, or whose return is in.
    pub due: i64,
    pub on_time: i64,
    pub late: i64,
    pub missing: i64,
}

impl ReturnTally {
    pub(super) fn of(months: impl Iterator<Item = MonthReturn>) -> Self {
        let mut t = Self::default();
        for m in months {
            match m {
                MonthReturn::OnTime => t.on_time += 1,
                MonthReturn::Late => t.late += 1,
                MonthReturn::Missing => t.missing += 1,
                MonthReturn::Pending => continue,
            }
            t.due += 1;
        }
        t
    }
}

fn month_return(status: ReportStatus, deadline: NaiveDate, today: NaiveDate) -> MonthReturn {
    match status {
        ReportStatus::Submitted => MonthReturn::OnTime,
        ReportStatus::Late => MonthReturn::Late,
        ReportStatus::NotFiled | ReportStatus::Draft if deadline < today => MonthReturn::Missing,
        ReportStatus::NotFiled | ReportStatus::Draft => MonthReturn::Pending,
    }
}

pub(super) fn count(conn: &Connection, year: i32, today: NaiveDate, ledger: &mut Ledger) -> Result<()> {
    let mut stmt = conn.prepare("SELECT * FROM period WHERE year = ?1 ORDER BY month")?;
    let periods: Vec<Period> = stmt
        .query_map([year], Period::from_row)?
        .collect::<rusqlite::Result<_>>()?;
    for period in &periods {
        let deadline = period.deadline_date();
        for row in board_rows(conn, period, today)? {
            if !ledger.member_on(row.unit_id, &period.deadline) {
                continue;
            }
            if let Some(unit) = ledger.unit(row.unit_id) {
                let month = unit.month(period.month);
                month.return_status = Some(month_return(row.status, deadline, today));
                month.reminders = row.reminders;
            }
        }
    }
    Ok(())
}
