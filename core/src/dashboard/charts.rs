//! The 工作台's charts: how reporting, 督办 and meeting attendance went over the last twelve
//! months, counted by the same rules as the pages each chart opens.

use chrono::{Datelike, Months, NaiveDate};
use rusqlite::params;
use serde::Serialize;
use ts_rs::TS;

use crate::common::date;
use crate::common::error::Result;
use crate::desk::Desk;
use crate::meetings::follow_up::FollowUpStatus;
use crate::reporting::period::{month_label, Period};
use crate::reporting::report::{board_rows, ReportStatus};

/// One month's returns, as that period's board counts them.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportingMonth {
    pub period_id: i64,
    /// 2026年11月
    pub label: String,
    pub expected: i64,
    pub on_time: i64,
    pub late: i64,
    /// Not in, and the deadline has passed.
    pub missing: i64,
    /// Not in, and the deadline is still ahead.
    pub pending: i64,
}

/// How many items were 逾期 at the end of a month (today, for this month).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OverdueMonth {
    pub label: String,
    pub overdue: i64,
}

/// Items by status; of the open ones, how many are past their deadline (part of their status's
/// count, drawn as its red top).
#[derive(Debug, Clone, Default, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FollowUpStatusCounts {
    pub not_started: i64,
    pub in_progress: i64,
    pub done: i64,
    pub not_started_overdue: i64,
    pub in_progress_overdue: i64,
}

/// One meeting held, by how its invitees answered (列席 not counted).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeetingAttendance {
    pub meeting_id: i64,
    pub title: String,
    pub meeting_on: String,
    pub invited: i64,
    pub present: i64,
    pub stand_in: i64,
    pub leave: i64,
    pub absent: i64,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DashboardCharts {
    /// The periods of the last twelve months, oldest first.
    pub reporting: Vec<ReportingMonth>,
    pub follow_up_status: FollowUpStatusCounts,
    /// The last twelve months, oldest first.
    pub overdue_trend: Vec<OverdueMonth>,
    /// The last twelve meetings held, oldest first.
    pub attendance: Vec<MeetingAttendance>,
}

/// The first day of each of the twelve months ending with `today`'s, oldest first.
fn last_twelve_months(today: NaiveDate) -> Vec<NaiveDate> {
    let this_month = today.with_day(1).unwrap_or(today);
    (0..12u32)
        .rev()
        .filter_map(|back| this_month.checked_sub_months(Months::new(back)))
        .collect()
}

fn month_end(first: NaiveDate, today: NaiveDate) -> NaiveDate {
    first
        .checked_add_months(Months::new(1))
        .and_then(|d| d.pred_opt())
        .unwrap_or(today)
        .min(today)
}

impl Desk {
    pub fn dashboard_charts(&self) -> Result<DashboardCharts> {
        let months = last_twelve_months(self.today());
        Ok(DashboardCharts {
            reporting: self.reporting_months(&months)?,
            follow_up_status: self.follow_up_status_counts()?,
            overdue_trend: self.overdue_trend(&months)?,
            attendance: self.recent_attendance()?,
        })
    }

    fn reporting_months(&self, months: &[NaiveDate]) -> Result<Vec<ReportingMonth>> {
        let today = self.today();
        let mut out = Vec::new();
        for first in months {
            let Some(period) = crate::reporting::period::find(self.conn(), first.year(), first.month())? else {
                continue;
            };
            out.push(self.reporting_month(&period, today)?);
        }
        Ok(out)
    }

    fn reporting_month(&self, period: &Period, today: NaiveDate) -> Result<ReportingMonth> {
        let rows = board_rows(self.conn(), period, today)?;
        let passed = period.deadline_date() < today;
        let count = |f: &dyn Fn(ReportStatus) -> bool| rows.iter().filter(|r| f(r.status)).count() as i64;
        let owing = count(&|s| !s.is_submitted());
        Ok(ReportingMonth {
            period_id: period.id,
            label: period.label(),
            expected: rows.len() as i64,
            on_time: count(&|s| s == ReportStatus::Submitted),
            late: count(&|s| s == ReportStatus::Late),
            missing: if passed { owing } else { 0 },
            pending: if passed { 0 } else { owing },
        })
    }

    fn follow_up_status_counts(&self) -> Result<FollowUpStatusCounts> {
        let today = date::iso(self.today());
        Ok(self.conn().query_row(
            "SELECT COALESCE(SUM(status = ?1), 0), COALESCE(SUM(status = ?2), 0), COALESCE(SUM(status = ?3), 0),
                COALESCE(SUM(status = ?1 AND deadline < ?4), 0), COALESCE(SUM(status = ?2 AND deadline < ?4), 0)
             FROM follow_up WHERE deleted_at IS NULL",
            params![
                FollowUpStatus::NotStarted,
                FollowUpStatus::InProgress,
                FollowUpStatus::Done,
                today
            ],
            |r| {
                Ok(FollowUpStatusCounts {
                    not_started: r.get(0)?,
                    in_progress: r.get(1)?,
                    done: r.get(2)?,
                    not_started_overdue: r.get(3)?,
                    in_progress_overdue: r.get(4)?,
                })
            },
        )?)
    }

    /// Items entered by a month's end, due before it and not done by it. An item done before
    /// its 完成日期 was kept counts as done all along. The items are read once and counted for
    /// each month here, not queried twelve times.
    fn overdue_trend(&self, months: &[NaiveDate]) -> Result<Vec<OverdueMonth>> {
        let today = self.today();
        let mut stmt = self.conn().prepare(
            "SELECT created_on, deadline, CASE WHEN status = 'done' THEN COALESCE(done_on, '') END
             FROM follow_up WHERE deleted_at IS NULL AND deadline IS NOT NULL",
        )?;
        // (entered, due, done): `done` is '' for an item done on a day not kept.
        let items: Vec<(String, String, Option<String>)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(months
            .iter()
            .map(|first| {
                let end = date::iso(month_end(*first, today));
                let overdue = items
                    .iter()
                    .filter(|(entered, due, done)| {
                        *entered <= end && *due < end && done.as_ref().is_none_or(|d| !d.is_empty() && *d > end)
                    })
                    .count() as i64;
                OverdueMonth {
                    label: month_label(first.year(), first.month()),
                    overdue,
                }
            })
            .collect())
    }

    fn recent_attendance(&self) -> Result<Vec<MeetingAttendance>> {
        // The twelve meetings are found first, newest back along the meetings' day index, so
        // a body with years of meetings counts only their invitees.
        let mut stmt = self.conn().prepare(
            "WITH recent AS (
               SELECT m.id FROM meeting m
               WHERE m.deleted_at IS NULL AND m.meeting_on <= ?1
                 AND EXISTS (SELECT 1 FROM invitee i WHERE i.meeting_id = m.id AND i.deleted_at IS NULL
                             AND (i.attendance IS NULL OR i.attendance <> 'observer'))
               ORDER BY m.meeting_on DESC, m.starts_at DESC LIMIT 12)
             SELECT m.id, m.title, m.meeting_on, m.starts_at, COUNT(i.id) AS invited,
               COALESCE(SUM(i.attendance = 'present'), 0) AS present,
               COALESCE(SUM(i.attendance = 'leave' AND i.stand_in_name <> ''), 0) AS stand_in,
               COALESCE(SUM(i.attendance = 'leave' AND i.stand_in_name = ''), 0) AS on_leave,
               COALESCE(SUM(i.attendance = 'absent'), 0) AS absent
             FROM meeting m JOIN invitee i ON i.meeting_id = m.id
             WHERE m.id IN (SELECT id FROM recent) AND i.deleted_at IS NULL
               AND (i.attendance IS NULL OR i.attendance <> 'observer')
             GROUP BY m.id ORDER BY m.meeting_on, m.starts_at",
        )?;
        let rows = stmt.query_map([date::iso(self.today())], |r| {
            Ok(MeetingAttendance {
                meeting_id: r.get("id")?,
                title: r.get("title")?,
                meeting_on: r.get("meeting_on")?,
                invited: r.get("invited")?,
                present: r.get("present")?,
                stand_in: r.get("stand_in")?,
                leave: r.get("on_leave")?,
                absent: r.get("absent")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
