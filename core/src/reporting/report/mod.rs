//! 信息收集汇总表 returns (泸州 notice 附件3): what each lead unit reports for a month, task by task.
//! `form` is one return as the screen shows it and `entry` edits it, `board` shows a period at
//! a glance, `attachment` keeps the documents and images that come with a return, and
//! `send_out` / `take_back` move blank and filled forms between the office and the units.

mod attaching;
mod attachment;
mod board;
mod entry;
mod form;
pub(crate) mod layout;
mod send_out;
mod take_back;

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use attachment::ReportAttachment;
pub(crate) use board::board_rows;
pub use board::{BoardRow, ReportBoard};
pub use form::ReportForm;
pub use send_out::SentOut;
pub use take_back::{ReturnChange, ReturnCheck, ReturnFileCheck, ReturnImportResult};

use crate::common::error::Result;
use crate::store::{Record, Tx};

crate::coded_enum! {
    pub enum ReportStatus: "报送状态" {
        NotFiled = "not_filed" / "未填报",
        Draft = "draft" / "草稿",
        Submitted = "submitted" / "已报送",
        Late = "late" / "逾期报送",
    }
}

impl ReportStatus {
    pub fn is_submitted(self) -> bool {
        matches!(self, ReportStatus::Submitted | ReportStatus::Late)
    }
}

/// One row of a return: a task the unit leads and what the unit wrote about it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportLine {
    pub task_id: i64,
    /// 专项行动名称 (from the breakdown, for grouping on screen).
    pub action_name: String,
    /// 工作内容
    pub content: String,
    /// 牵头领导
    pub lead_leader: String,
    /// 工作推进情况
    pub progress: String,
    /// 未完成原因及下一步打算
    pub reasons_next: String,
    /// 困难问题
    pub difficulties: String,
}

/// A return as stored: one unit, one period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    pub id: i64,
    pub period_id: i64,
    pub unit_id: i64,
    pub submitted: bool,
    pub filled_department: String,
    pub filled_on: Option<String>,
    pub filled_by: String,
    pub submitted_on: Option<String>,
    pub source_file: Option<String>,
    pub rows: Vec<ReportLine>,
}

/// What the office (or an imported file) writes into a return.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportInput {
    /// 填报科室（单位）
    pub filled_department: String,
    /// 填报日期, `YYYY-MM-DD`
    pub filled_on: Option<String>,
    /// 填报人
    pub filled_by: String,
    pub rows: Vec<ReportLineInput>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportLineInput {
    pub task_id: i64,
    pub progress: String,
    pub reasons_next: String,
    pub difficulties: String,
}

impl Report {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Self {
            id: r.get("id")?,
            period_id: r.get("period_id")?,
            unit_id: r.get("unit_id")?,
            submitted: r.get("submitted")?,
            filled_department: r.get("filled_department")?,
            filled_on: r.get("filled_on")?,
            filled_by: r.get("filled_by")?,
            submitted_on: r.get("submitted_on")?,
            source_file: r.get("source_file")?,
            rows: Vec::new(),
        })
    }

    /// 已报送 or 逾期报送 by the day the office received it; 草稿 otherwise.
    pub fn status(&self, deadline: &str) -> ReportStatus {
        status_of(Some(self.submitted), self.submitted_on.as_deref(), deadline)
    }
}

/// `submitted` is `None` when the unit has no return at all.
pub(crate) fn status_of(submitted: Option<bool>, submitted_on: Option<&str>, deadline: &str) -> ReportStatus {
    match submitted {
        None => ReportStatus::NotFiled,
        Some(false) => ReportStatus::Draft,
        Some(true) if submitted_on.is_some_and(|on| on > deadline) => ReportStatus::Late,
        Some(true) => ReportStatus::Submitted,
    }
}

impl Record for Report {
    const ENTITY: &'static str = "report";
    const LABEL: &'static str = "信息收集汇总表";

    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>> {
        let report = conn
            .query_row("SELECT * FROM report WHERE id = ?1", [id], Self::from_row)
            .optional()?;
        match report {
            Some(mut r) => {
                r.rows = stored_lines(conn, r.id)?;
                Ok(Some(r))
            }
            None => Ok(None),
        }
    }
}

fn line_from_row(r: &Row) -> rusqlite::Result<ReportLine> {
    Ok(ReportLine {
        task_id: r.get("task_id")?,
        action_name: r.get("action_name")?,
        content: r.get("content")?,
        lead_leader: r.get("lead_leader")?,
        progress: r.get("progress")?,
        reasons_next: r.get("reasons_next")?,
        difficulties: r.get("difficulties")?,
    })
}

/// 牵头领导 as the task breakdown names it, or else the person in the lead unit's seat on the
/// roster on `$as_of` (the period's deadline: the presets name no leaders). `$given` is the
/// breakdown's own value.
macro_rules! leader_sql {
    ($given:literal, $as_of:literal) => {
        concat!(
            "CASE WHEN ",
            $given,
            " <> '' THEN ",
            $given,
            " ELSE COALESCE((SELECT m.person_name FROM member m
                 WHERE m.unit_id = t.lead_unit_id AND m.deleted_at IS NULL
                   AND m.term_from <= ",
            $as_of,
            " AND (m.term_to IS NULL OR m.term_to >= ",
            $as_of,
            ") ORDER BY m.sort_order, m.id LIMIT 1), '') END"
        )
    };
}

/// A return's rows. A return sent keeps the 牵头领导 it was sent with; a draft with none shows
/// who held the lead unit's seat in its month.
fn stored_lines(conn: &Connection, report_id: i64) -> Result<Vec<ReportLine>> {
    let mut stmt = conn.prepare(concat!(
        "SELECT r.id, r.report_id, r.task_id, r.content, r.progress, r.reasons_next, r.difficulties,
           CASE WHEN rep.submitted THEN r.lead_leader ELSE ",
        leader_sql!("r.lead_leader", "p.deadline"),
        " END AS lead_leader, t.action_name
         FROM report_row r JOIN task t ON t.id = r.task_id
           JOIN report rep ON rep.id = r.report_id JOIN period p ON p.id = rep.period_id
         WHERE r.report_id = ?1 ORDER BY t.seq, t.id"
    ))?;
    let rows = stmt.query_map([report_id], line_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Blank rows for every active task the unit leads, 工作内容 and 牵头领导 prefilled as of the
/// period's deadline.
pub(crate) fn task_lines(conn: &Connection, period_id: i64, unit_id: i64) -> Result<Vec<ReportLine>> {
    let mut stmt = conn.prepare(concat!(
        "SELECT t.id AS task_id, t.action_name, t.content, ",
        leader_sql!("t.lead_leader", "p.deadline"),
        " AS lead_leader, '' AS progress, '' AS reasons_next, '' AS difficulties
         FROM task t JOIN period p ON p.id = ?2
         WHERE t.lead_unit_id = ?1 AND t.active AND t.deleted_at IS NULL ORDER BY t.seq, t.id"
    ))?;
    let rows = stmt.query_map(params![unit_id, period_id], line_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn find(conn: &Connection, period_id: i64, unit_id: i64) -> Result<Option<Report>> {
    let id: Option<i64> = conn
        .query_row(
            "SELECT id FROM report WHERE period_id = ?1 AND unit_id = ?2",
            params![period_id, unit_id],
            |r| r.get(0),
        )
        .optional()?;
    match id {
        Some(id) => Report::fetch(conn, id),
        None => Ok(None),
    }
}

/// The rows a return has: its stored rows, plus (while not yet submitted) any task the unit
/// has taken on since, so a draft never misses a line of the current breakdown.
pub(crate) fn expected_lines(
    conn: &Connection,
    period_id: i64,
    report: Option<&Report>,
    unit_id: i64,
) -> Result<Vec<ReportLine>> {
    let Some(report) = report else {
        return task_lines(conn, period_id, unit_id);
    };
    let mut lines = report.rows.clone();
    if !report.submitted {
        for task in task_lines(conn, period_id, unit_id)? {
            if !lines.iter().any(|l| l.task_id == task.task_id) {
                lines.push(task);
            }
        }
    }
    Ok(lines)
}

/// Everything a write puts into the `report` row.
pub(crate) struct ReportHead<'a> {
    pub filled_department: &'a str,
    pub filled_on: Option<&'a str>,
    pub filled_by: &'a str,
    pub submitted_on: Option<&'a str>,
    pub source_file: Option<&'a str>,
}

/// Inserts or replaces the return of `unit_id` for `period_id`, rows included, in one step.
pub(crate) fn upsert(tx: &Tx, period_id: i64, unit_id: i64, head: &ReportHead, lines: &[ReportLine]) -> Result<Report> {
    let write_rows = |c: &Connection, id: i64| -> Result<()> {
        c.execute("DELETE FROM report_row WHERE report_id = ?1", [id])?;
        let mut stmt = c.prepare(
            "INSERT INTO report_row (report_id, task_id, content, lead_leader, progress, reasons_next, difficulties)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for l in lines {
            stmt.execute(params![
                id,
                l.task_id,
                l.content,
                l.lead_leader,
                l.progress,
                l.reasons_next,
                l.difficulties
            ])?;
        }
        Ok(())
    };
    let values = params![
        head.submitted_on.is_some(),
        head.filled_department,
        head.filled_on,
        head.filled_by,
        head.submitted_on,
        head.source_file,
        period_id,
        unit_id
    ];
    match find(tx, period_id, unit_id)? {
        Some(old) => tx.update::<Report>(old.id, |c| {
            c.execute(
                "UPDATE report SET submitted = ?1, filled_department = ?2, filled_on = ?3, filled_by = ?4,
                    submitted_on = ?5, source_file = COALESCE(?6, source_file)
                 WHERE period_id = ?7 AND unit_id = ?8",
                values,
            )?;
            write_rows(c, old.id)
        }),
        None => tx.insert::<Report>(|c| {
            c.execute(
                "INSERT INTO report (submitted, filled_department, filled_on, filled_by, submitted_on, source_file,
                    period_id, unit_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                values,
            )?;
            let id = c.last_insert_rowid();
            write_rows(c, id)?;
            Ok(id)
        }),
    }
}
