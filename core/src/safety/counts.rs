//! How much a database holds, area by area: shown with each backup and before a restore, so the
//! office can see at a glance that a backup is the one it means.

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::common::error::Result;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AreaCounts {
    pub units: i64,
    pub seats: i64,
    pub liaisons: i64,
    pub tasks: i64,
    pub returns: i64,
    pub meetings: i64,
    pub minutes: i64,
    pub follow_ups: i64,
    /// Attachments and returned originals kept in the data folder.
    pub kept_files: i64,
}

impl AreaCounts {
    /// Counts what the office sees today: member units and seats in office, current liaisons,
    /// and the records not in the recycle bin. A table an older schema lacks counts 0, so a
    /// backup of any version can be counted.
    pub fn of(conn: &Connection) -> Result<Self> {
        Ok(Self {
            units: rows(
                conn,
                "unit",
                &format!("deleted_at IS NULL AND (active_to IS NULL OR active_to >= {TODAY})"),
            )?,
            seats: rows(
                conn,
                "member",
                &format!("deleted_at IS NULL AND (term_to IS NULL OR term_to >= {TODAY})"),
            )?,
            liaisons: rows(conn, "liaison", "deleted_at IS NULL AND end_on IS NULL")?,
            tasks: live(conn, "task")?,
            returns: rows(conn, "report", "submitted = 1")?,
            meetings: live(conn, "meeting")?,
            minutes: rows(conn, "minutes", "1")?,
            follow_ups: live(conn, "follow_up")?,
            kept_files: 0,
        })
    }
}

/// The office's date (UTC+8) in SQL.
const TODAY: &str = "date('now', '+8 hours')";

fn live(conn: &Connection, table: &str) -> Result<i64> {
    rows(conn, table, "deleted_at IS NULL")
}

fn rows(conn: &Connection, table: &str, filter: &str) -> Result<i64> {
    let exists = conn
        .query_row(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1",
            [table],
            |_| Ok(()),
        )
        .optional()?
        .is_some();
    if !exists {
        return Ok(0);
    }
    Ok(
        conn.query_row(&format!("SELECT COUNT(*) FROM {table} WHERE {filter}"), [], |r| {
            r.get(0)
        })?,
    )
}
