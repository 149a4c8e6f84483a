//! 督办 (C5): agreed items from minutes, leaders' instructions (领导批示) and assigned work (交办),
//! each followed until done. 逾期 is never stored: it follows from the deadline and today.

mod progress;

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::common::date;
use crate::common::error::{CoreError, Result};
use crate::common::validate::{optional, required};
use crate::desk::Desk;
use crate::store::{live, Columns, Record, SoftDeleted, Tx};

pub(crate) use progress::by_item as progress_by_item;
pub use progress::{ProgressEntry, ProgressInput};

/// Due within this many days counts as 即将到期.
pub const DUE_SOON_DAYS: i64 = 7;

crate::coded_enum! {
    pub enum FollowUpSource: "督办事项来源" {
        Decision = "decision" / "会议议定",
        Instruction = "instruction" / "领导批示",
        Assigned = "assigned" / "交办事项",
    }
}

crate::coded_enum! {
    pub enum FollowUpStatus: "督办状态" {
        NotStarted = "not_started" / "未开始",
        InProgress = "in_progress" / "推进中",
        Done = "done" / "已完成",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FollowUp {
    pub id: i64,
    pub source: FollowUpSource,
    /// The 议定事项 it comes from; its content, units and deadline are edited in the minutes.
    pub decision_id: Option<i64>,
    /// Where it comes from in words: the minutes and item number, or who gave the instruction.
    pub source_note: String,
    pub content: String,
    /// 责任单位, separated by 、
    pub units: String,
    pub deadline: Option<String>,
    pub status: FollowUpStatus,
    pub created_on: String,
    /// The day it was marked 已完成; none while open, and for items done before this was kept.
    pub done_on: Option<String>,
    /// A time limit given in working days; the deadline was worked out from it.
    pub working_days: Option<u32>,
    pub deleted_at: Option<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FollowUpRow {
    #[serde(flatten)]
    #[ts(flatten)]
    pub item: FollowUp,
    /// Not done and past its deadline.
    pub overdue: bool,
    /// Not done and due today or within the next 7 days.
    pub due_soon: bool,
    /// Days until the deadline (negative when past); none without a deadline or when done.
    pub days_left: Option<i64>,
    pub progress_count: i64,
    pub latest_progress: Option<ProgressEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FollowUpInput {
    /// 领导批示 or 交办事项; items from minutes are made by saving the minutes.
    pub source: FollowUpSource,
    pub source_note: String,
    pub content: String,
    pub units: String,
    pub deadline: Option<String>,
    /// A time limit in working days (“10个工作日”), counted from the day the item was given;
    /// when set, it gives the deadline.
    #[serde(default)]
    pub working_days: Option<u32>,
}

/// The dashboard's figures.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FollowUpCounts {
    /// Not yet done.
    pub open: i64,
    pub overdue: i64,
    /// Due today or within the next 7 days, not overdue.
    pub due_soon: i64,
}

impl FollowUp {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Self {
            id: r.get("id")?,
            source: r.get("source")?,
            decision_id: r.get("decision_id")?,
            source_note: r.get("source_note")?,
            content: r.get("content")?,
            units: r.get("units")?,
            deadline: r.get("deadline")?,
            status: r.get("status")?,
            created_on: r.get("created_on")?,
            done_on: r.get("done_on")?,
            working_days: r.get("working_days")?,
            deleted_at: r.get("deleted_at")?,
        })
    }

    /// Days from `today` to the deadline while the item is open.
    pub fn days_left(&self, today: NaiveDate) -> Option<i64> {
        if self.status == FollowUpStatus::Done {
            return None;
        }
        let deadline = date::from_iso(self.deadline.as_deref()?)?;
        Some((deadline - today).num_days())
    }
}

impl Record for FollowUp {
    const ENTITY: &'static str = "follow_up";
    const LABEL: &'static str = "督办事项";

    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>> {
        Ok(conn
            .query_row("SELECT * FROM follow_up WHERE id = ?1", [id], Self::from_row)
            .optional()?)
    }
}

/// The text of an item, checked: the same rules for manual items and for 议定事项.
pub(crate) struct ItemText {
    pub content: String,
    pub units: String,
    pub deadline: Option<String>,
    /// Set on a manual item whose time limit is counted in working days.
    pub working_days: Option<u32>,
}

impl ItemText {
    /// The edited columns of an item with its 来源说明, shared by its INSERT and its UPDATEs.
    fn columns(&self, note: &str) -> Columns {
        Columns::new()
            .set("source_note", note.to_owned())
            .set("content", self.content.clone())
            .set("units", self.units.clone())
            .set("deadline", self.deadline.clone())
            .set("working_days", self.working_days)
    }

    pub(crate) fn checked(
        field_prefix: &str,
        label_prefix: &str,
        content: &str,
        units: &str,
        deadline: Option<&str>,
    ) -> Result<Self> {
        let f = |name: &str| format!("{field_prefix}{name}");
        Ok(Self {
            content: required(&f("content"), &format!("{label_prefix}内容"), content, 500)?,
            units: optional(&f("units"), &format!("{label_prefix}责任单位"), units, 200)?,
            deadline: date::parse_opt(&f("deadline"), &format!("{label_prefix}完成时限"), deadline)?.map(date::iso),
            working_days: None,
        })
    }
}

impl SoftDeleted for FollowUp {
    fn deleted_at(&self) -> Option<&str> {
        self.deleted_at.as_deref()
    }

    fn gone() -> CoreError {
        CoreError::not_found("这项督办事项不存在或已删除")
    }
}

/// A new item: from a 议定事项 (`decision_id` set) when the minutes are saved, or entered by hand.
pub(crate) fn insert(
    tx: &Tx,
    source: FollowUpSource,
    decision_id: Option<i64>,
    note: &str,
    t: &ItemText,
    today: &str,
) -> Result<FollowUp> {
    let columns = t
        .columns(note)
        .set("source", source)
        .set("decision_id", decision_id)
        .set("created_on", today.to_owned());
    tx.insert_columns::<FollowUp>(&columns)
}

/// Sets the status; an item marked done keeps `today` as its 完成日期 (an item already done
/// keeps its day), and one taken back out of done loses it.
pub(crate) fn set_status(tx: &Tx, id: i64, status: FollowUpStatus, today: NaiveDate) -> Result<FollowUp> {
    let done_on = (status == FollowUpStatus::Done).then(|| date::iso(today));
    tx.update::<FollowUp>(id, |c| {
        c.execute(
            "UPDATE follow_up SET status = ?1,
               done_on = CASE WHEN status = ?1 AND done_on IS NOT NULL THEN done_on ELSE ?2 END
             WHERE id = ?3",
            params![status.code(), done_on, id],
        )?;
        Ok(())
    })
}

/// Keeps a decision's item in step with the minutes.
pub(crate) fn update_for_decision(tx: &Tx, decision_id: i64, note: &str, t: &ItemText) -> Result<()> {
    let id: Option<i64> = tx
        .query_row(
            "SELECT id FROM follow_up WHERE decision_id = ?1 AND deleted_at IS NULL",
            [decision_id],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = id {
        tx.update_columns::<FollowUp>(id, &t.columns(note))?;
    }
    Ok(())
}

/// Removes a decision's item, unless progress was already reported on it.
pub(crate) fn remove_for_decision(tx: &Tx, decision_id: i64, seq: i64) -> Result<()> {
    let item: Option<(i64, i64)> = tx
        .query_row(
            "SELECT f.id, (SELECT COUNT(*) FROM follow_up_progress p WHERE p.follow_up_id = f.id AND p.deleted_at IS NULL)
             FROM follow_up f WHERE f.decision_id = ?1 AND f.deleted_at IS NULL",
            [decision_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match item {
        Some((_, n)) if n > 0 => Err(CoreError::conflict(
            "decisions",
            format!("原第{seq}项议定事项已有落实情况反馈，不能删除；可在督办事项中标为已完成"),
        )),
        Some((id, _)) => {
            tx.soft_delete::<FollowUp>(id)?;
            // The decision row goes; the withdrawn item keeps its text and source note.
            tx.execute("UPDATE follow_up SET decision_id = NULL WHERE id = ?1", [id])?;
            Ok(())
        }
        None => Ok(()),
    }
}

const ROW_SELECT: &str = "
    SELECT f.*,
        (SELECT COUNT(*) FROM follow_up_progress p WHERE p.follow_up_id = f.id AND p.deleted_at IS NULL) AS progress_count,
        lp.id AS latest_id, lp.on_date AS latest_on, lp.text AS latest_text
    FROM follow_up f
    LEFT JOIN follow_up_progress lp ON lp.id = (
        SELECT p.id FROM follow_up_progress p WHERE p.follow_up_id = f.id AND p.deleted_at IS NULL
        ORDER BY p.on_date DESC, p.id DESC LIMIT 1)
    WHERE f.deleted_at IS NULL";

fn follow_up_row(r: &Row, today: NaiveDate) -> rusqlite::Result<FollowUpRow> {
    let item = FollowUp::from_row(r)?;
    let latest_id: Option<i64> = r.get("latest_id")?;
    let latest_progress = match latest_id {
        Some(id) => Some(ProgressEntry {
            id,
            follow_up_id: item.id,
            on_date: r.get("latest_on")?,
            text: r.get("latest_text")?,
            deleted_at: None,
        }),
        None => None,
    };
    let days_left = item.days_left(today);
    Ok(FollowUpRow {
        overdue: days_left.is_some_and(|d| d < 0),
        due_soon: days_left.is_some_and(|d| (0..=DUE_SOON_DAYS).contains(&d)),
        days_left,
        progress_count: r.get("progress_count")?,
        latest_progress,
        item,
    })
}

impl Desk {
    /// The items `filter` selects (SQL over the alias `f`), soonest deadline first.
    fn follow_up_rows(&self, filter: &str, args: impl rusqlite::Params) -> Result<Vec<FollowUpRow>> {
        let today = self.today();
        let sql = format!("{ROW_SELECT} AND ({filter}) ORDER BY f.deadline IS NULL, f.deadline, f.id");
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt.query_map(args, |r| follow_up_row(r, today))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every item, soonest deadline first (items without one last).
    pub fn list_follow_ups(&self) -> Result<Vec<FollowUpRow>> {
        self.follow_up_rows("1", [])
    }

    pub fn follow_up(&self, id: i64) -> Result<FollowUpRow> {
        self.follow_up_rows("f.id = ?1", [id])?
            .pop()
            .ok_or_else(|| CoreError::not_found("这项督办事项不存在或已删除"))
    }

    /// Counted in SQL by the rule `days_left` applies (a deadline before today is 逾期, one in
    /// the next `DUE_SOON_DAYS` days 即将到期), without building a row per item.
    pub fn follow_up_counts(&self) -> Result<FollowUpCounts> {
        let today = self.today();
        let soon = today + chrono::Days::new(DUE_SOON_DAYS as u64);
        Ok(self.conn().query_row(
            "SELECT COUNT(*),
                COALESCE(SUM(deadline < ?2), 0),
                COALESCE(SUM(deadline BETWEEN ?2 AND ?3), 0)
             FROM follow_up WHERE deleted_at IS NULL AND status <> ?1",
            params![FollowUpStatus::Done, date::iso(today), date::iso(soon)],
            |r| {
                Ok(FollowUpCounts {
                    open: r.get(0)?,
                    overdue: r.get(1)?,
                    due_soon: r.get(2)?,
                })
            },
        )?)
    }

    /// A 领导批示 or 交办事项 entered by hand.
    pub fn add_follow_up(&mut self, input: &FollowUpInput) -> Result<FollowUpRow> {
        crate::body::settings::require(self.conn())?;
        if input.source == FollowUpSource::Decision {
            return Err(CoreError::invalid("source", "会议议定事项请在会议纪要中填写"));
        }
        let today = self.today();
        let t = self.manual_text(input, today)?;
        let note = optional("sourceNote", "来源说明", &input.source_note, 100)?;
        let saved = self.write(|tx| insert(tx, input.source, None, &note, &t, &date::iso(today)))?;
        self.follow_up(saved.id)
    }

    /// Edits an item entered by hand; an item from minutes is edited in its minutes.
    pub fn update_follow_up(&mut self, id: i64, input: &FollowUpInput) -> Result<FollowUpRow> {
        let note = optional("sourceNote", "来源说明", &input.source_note, 100)?;
        let before = live::<FollowUp>(self.conn(), id)?;
        let given_on = date::from_iso(&before.created_on).unwrap_or(self.today());
        let mut t = self.manual_text(input, given_on)?;
        if t.working_days.is_some() && t.working_days == before.working_days {
            // The same limit keeps the deadline it gave, whatever the calendar says since.
            t.deadline = before.deadline;
        }
        self.write(|tx| {
            let old = live::<FollowUp>(tx, id)?;
            if old.source == FollowUpSource::Decision || input.source == FollowUpSource::Decision {
                return Err(CoreError::conflict(
                    "",
                    "会议议定事项的内容、责任单位和时限请在会议纪要中修改",
                ));
            }
            tx.update_columns::<FollowUp>(id, &t.columns(&note).set("source", input.source))
        })?;
        self.follow_up(id)
    }

    /// A manual item's text, its deadline worked out from the calendar when its time limit is
    /// given in working days from `given_on`.
    fn manual_text(&self, input: &FollowUpInput, given_on: NaiveDate) -> Result<ItemText> {
        let mut t = ItemText::checked("", "督办事项", &input.content, &input.units, input.deadline.as_deref())?;
        if let Some(n) = input.working_days {
            crate::calendar::check_working_days(n)?;
            let deadline = self.work_calendar()?.working_days_after(given_on, n);
            t.deadline = deadline.map(date::iso);
            t.working_days = Some(n);
        }
        Ok(t)
    }

    pub fn set_follow_up_status(&mut self, id: i64, status: FollowUpStatus) -> Result<FollowUpRow> {
        let today = self.today();
        self.write(|tx| {
            live::<FollowUp>(tx, id)?;
            set_status(tx, id, status, today)
        })?;
        self.follow_up(id)
    }

    /// Corrects the day a done item was finished: marking it done keeps the day it was marked,
    /// which may be later than the work was.
    pub fn set_follow_up_done_on(&mut self, id: i64, done_on: &str) -> Result<FollowUpRow> {
        let day = date::parse("doneOn", "完成日期", done_on)?;
        if day > self.today() {
            return Err(CoreError::invalid("doneOn", "完成日期不能晚于今天"));
        }
        self.write(|tx| {
            let item = live::<FollowUp>(tx, id)?;
            if item.status != FollowUpStatus::Done {
                return Err(CoreError::conflict("doneOn", "这项督办事项尚未完成，请先标为已完成"));
            }
            if date::iso(day) < item.created_on {
                return Err(CoreError::invalid("doneOn", "完成日期不能早于登记日期"));
            }
            tx.update_columns::<FollowUp>(id, &Columns::new().set("done_on", date::iso(day)))
        })?;
        self.follow_up(id)
    }

    /// Deletes an item entered by hand (to the recycle bin).
    pub fn delete_follow_up(&mut self, id: i64) -> Result<()> {
        self.write(|tx| {
            if live::<FollowUp>(tx, id)?.source == FollowUpSource::Decision {
                return Err(CoreError::conflict("", "会议议定事项请在会议纪要中删除"));
            }
            tx.soft_delete::<FollowUp>(id)
        })
    }
}
