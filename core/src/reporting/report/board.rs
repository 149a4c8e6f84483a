//! 报送情况: every unit that owes a return for a period, what state its return is in, and
//! whom to phone about the ones still missing.

use chrono::NaiveDate;
use rusqlite::{Connection, Row};
use serde::Serialize;
use ts_rs::TS;

use super::{status_of, ReportStatus};
use crate::common::date::from_iso;
use crate::common::error::Result;
use crate::desk::Desk;
use crate::reporting::period::{self, weekday_name, Period, PeriodSummary};

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BoardRow {
    pub unit_id: i64,
    pub unit_name: String,
    pub status: ReportStatus,
    /// Tasks the unit leads: rows of its return.
    pub task_count: i64,
    pub filled_by: String,
    pub submitted_on: Option<String>,
    /// Days past the deadline: when it came in, or so far when it has not.
    pub days_late: Option<i64>,
    pub liaison_name: String,
    /// The liaison's mobile, else office phone.
    pub liaison_phone: String,
    pub attachments: i64,
    /// 催报 given this period, and the last one's time (RFC 3339, UTC).
    pub reminders: i64,
    pub last_reminded_at: Option<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportBoard {
    pub period: PeriodSummary,
    pub rows: Vec<BoardRow>,
}

impl BoardRow {
    fn from_row(r: &Row, deadline: &str, today: NaiveDate) -> rusqlite::Result<Self> {
        let submitted_on: Option<String> = r.get("submitted_on")?;
        let status = status_of(r.get("submitted")?, submitted_on.as_deref(), deadline);
        let due = from_iso(deadline).unwrap_or(NaiveDate::MAX);
        let until = match status {
            ReportStatus::Late => submitted_on.as_deref().and_then(from_iso),
            ReportStatus::NotFiled | ReportStatus::Draft => Some(today),
            ReportStatus::Submitted => None,
        };
        let days_late = until.map(|d| (d - due).num_days()).filter(|d| *d > 0);
        let mobile: String = r.get("mobile")?;
        let office: String = r.get("office_phone")?;
        Ok(Self {
            unit_id: r.get("unit_id")?,
            unit_name: r.get("unit_name")?,
            status,
            task_count: r.get("task_count")?,
            filled_by: r.get("filled_by")?,
            submitted_on,
            days_late,
            liaison_name: r.get("liaison_name")?,
            liaison_phone: if mobile.is_empty() { office } else { mobile },
            attachments: r.get("attachments")?,
            reminders: r.get("reminders")?,
            last_reminded_at: r.get("last_reminded_at")?,
        })
    }
}

/// Units that lead an active task, and any unit that already has a return in the period.
pub(crate) fn board_rows(conn: &Connection, period: &Period, today: NaiveDate) -> Result<Vec<BoardRow>> {
    let mut stmt = conn.prepare(
        "SELECT * FROM (
           SELECT u.id AS unit_id, u.name AS unit_name, u.sort_order,
             r.submitted, r.submitted_on, COALESCE(r.filled_by, '') AS filled_by,
             (SELECT COUNT(*) FROM task t WHERE t.lead_unit_id = u.id AND t.active AND t.deleted_at IS NULL)
               AS task_count,
             (SELECT COUNT(*) FROM report_attachment a WHERE a.report_id = r.id AND a.deleted_at IS NULL)
               AS attachments,
             COALESCE(l.name, '') AS liaison_name, COALESCE(l.mobile, '') AS mobile,
             COALESCE(l.office_phone, '') AS office_phone, r.id AS report_id,
             (SELECT COUNT(*) FROM reminder m WHERE m.period_id = ?1 AND m.unit_id = u.id AND m.deleted_at IS NULL)
               AS reminders,
             (SELECT MAX(m.given_at) FROM reminder m WHERE m.period_id = ?1 AND m.unit_id = u.id
                AND m.deleted_at IS NULL) AS last_reminded_at
           FROM unit u
           LEFT JOIN report r ON r.unit_id = u.id AND r.period_id = ?1
           LEFT JOIN liaison l ON l.unit_id = u.id AND l.end_on IS NULL AND l.deleted_at IS NULL
           WHERE u.deleted_at IS NULL)
         WHERE task_count > 0 OR report_id IS NOT NULL
         ORDER BY sort_order, unit_id",
    )?;
    let rows = stmt.query_map([period.id], |r| BoardRow::from_row(r, &period.deadline, today))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Desk {
    pub fn report_board(&self, period_id: i64) -> Result<ReportBoard> {
        let period = period::get(self.conn(), period_id)?;
        let rows = board_rows(self.conn(), &period, self.today())?;
        Ok(ReportBoard {
            period: self.summary_of(period, &rows),
            rows,
        })
    }
}

/// The periods with their counts: a period is summed up from its board.
impl Desk {
    /// Newest first.
    /// The two counts come from one query over all periods, not a board per period: the units
    /// owing a return are those leading an active task now, plus any other unit that has a
    /// return in that period (as `board_rows` lists them).
    pub fn list_periods(&self) -> Result<Vec<PeriodSummary>> {
        let mut stmt = self.conn().prepare(
            "WITH leading AS (
               SELECT DISTINCT t.lead_unit_id AS unit_id FROM task t JOIN unit u ON u.id = t.lead_unit_id
               WHERE t.active AND t.deleted_at IS NULL AND u.deleted_at IS NULL)
             SELECT p.*,
               (SELECT COUNT(*) FROM leading)
                 + (SELECT COUNT(*) FROM report r JOIN unit u ON u.id = r.unit_id
                    WHERE r.period_id = p.id AND u.deleted_at IS NULL
                      AND r.unit_id NOT IN (SELECT unit_id FROM leading)) AS expected,
               (SELECT COUNT(*) FROM report r JOIN unit u ON u.id = r.unit_id
                WHERE r.period_id = p.id AND r.submitted AND u.deleted_at IS NULL) AS submitted
             FROM period p ORDER BY p.year DESC, p.month DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((Period::from_row(r)?, r.get("expected")?, r.get("submitted")?))
        })?;
        rows.map(|row| {
            let (period, expected, submitted) = row?;
            Ok(self.summary_counted(period, expected, submitted))
        })
        .collect()
    }

    pub(crate) fn period_summary(&self, period: Period) -> Result<PeriodSummary> {
        let board = board_rows(self.conn(), &period, self.today())?;
        Ok(self.summary_of(period, &board))
    }

    /// The summary of a period whose board rows are already at hand.
    pub(crate) fn summary_of(&self, period: Period, board: &[BoardRow]) -> PeriodSummary {
        let submitted = board.iter().filter(|r| r.status.is_submitted()).count() as i64;
        self.summary_counted(period, board.len() as i64, submitted)
    }

    fn summary_counted(&self, period: Period, expected: i64, submitted: i64) -> PeriodSummary {
        let deadline = period.deadline_date();
        PeriodSummary {
            label: period.label(),
            deadline_weekday: weekday_name(deadline).to_owned(),
            days_left: (deadline - self.today()).num_days(),
            expected,
            submitted,
            period,
        }
    }
}
