//! 落实情况反馈: dated progress on one 督办 item. The first entry moves an item that had not
//! started to 推进中; marking it 已完成 stays the office's decision.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{set_status, FollowUp, FollowUpRow, FollowUpStatus};
use crate::common::date;
use crate::common::error::{CoreError, Result};
use crate::common::validate::required;
use crate::desk::Desk;
use crate::store::{live, Record};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProgressEntry {
    pub id: i64,
    pub follow_up_id: i64,
    pub on_date: String,
    pub text: String,
    pub deleted_at: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProgressInput {
    pub on_date: String,
    pub text: String,
}

impl ProgressEntry {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Self {
            id: r.get("id")?,
            follow_up_id: r.get("follow_up_id")?,
            on_date: r.get("on_date")?,
            text: r.get("text")?,
            deleted_at: r.get("deleted_at")?,
        })
    }
}

impl Record for ProgressEntry {
    const ENTITY: &'static str = "follow_up_progress";
    const LABEL: &'static str = "落实情况";

    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>> {
        Ok(conn
            .query_row("SELECT * FROM follow_up_progress WHERE id = ?1", [id], Self::from_row)
            .optional()?)
    }
}

/// Every item's progress in one query, newest first per item, keyed by item.
pub(crate) fn by_item(conn: &Connection) -> Result<HashMap<i64, Vec<ProgressEntry>>> {
    let mut stmt = conn.prepare(
        "SELECT * FROM follow_up_progress WHERE deleted_at IS NULL ORDER BY follow_up_id, on_date DESC, id DESC",
    )?;
    let mut map: HashMap<i64, Vec<ProgressEntry>> = HashMap::new();
    for entry in stmt.query_map([], ProgressEntry::from_row)? {
        let entry = entry?;
        map.entry(entry.follow_up_id).or_default().push(entry);
    }
    Ok(map)
}

pub(super) fn fetch(conn: &Connection, id: i64) -> Result<ProgressEntry> {
    ProgressEntry::fetch(conn, id)?.ok_or_else(|| CoreError::not_found("找不到这条落实情况"))
}

impl Desk {
    /// An item's progress, newest first.
    pub fn follow_up_progress(&self, follow_up_id: i64) -> Result<Vec<ProgressEntry>> {
        let mut stmt = self.conn().prepare(
            "SELECT * FROM follow_up_progress WHERE follow_up_id = ?1 AND deleted_at IS NULL
             ORDER BY on_date DESC, id DESC",
        )?;
        let rows = stmt.query_map([follow_up_id], ProgressEntry::from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn add_progress(&mut self, follow_up_id: i64, input: &ProgressInput) -> Result<FollowUpRow> {
        let on = date::iso(date::parse("onDate", "反馈日期", &input.on_date)?);
        let text = required("text", "落实情况", &input.text, 1000)?;
        let today = self.today();
        self.write(|tx| {
            let item = live::<FollowUp>(tx, follow_up_id)?;
            tx.insert::<ProgressEntry>(|c| {
                c.execute(
                    "INSERT INTO follow_up_progress (follow_up_id, on_date, text) VALUES (?1, ?2, ?3)",
                    params![follow_up_id, on, text],
                )?;
                Ok(c.last_insert_rowid())
            })?;
            if item.status == FollowUpStatus::NotStarted {
                set_status(tx, follow_up_id, FollowUpStatus::InProgress, today)?;
            }
            Ok(())
        })?;
        self.follow_up(follow_up_id)
    }

    pub fn delete_progress(&mut self, id: i64) -> Result<()> {
        self.write(|tx| {
            fetch(tx, id)?;
            tx.soft_delete::<ProgressEntry>(id)
        })
    }
}
