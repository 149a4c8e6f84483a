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
    /// Counts the records not in the recycle bin. A table an older schema lacks counts 0, so a
    /// backup of any version can be counted.
    pub fn of(conn: &Connection) -> Result<Self> {
        Ok(Self {
            units: live(conn, "unit")?,
            seats: live(conn, "member")?,
            liaisons: live(conn, "liaison")?,
            tasks: live(conn, "task")?,
            returns: rows(conn, "report", "submitted = 1")?,
            meetings: live(conn, "meeting")?,
            minutes: rows(conn, "minutes", "1")?,
            follow_ups: live(conn, "follow_up")?,
            kept_files: 0,
        })
    }

    /// 成员单位 40 个、组成人员 52 人 …: the counts as the window and messages show them.
    pub fn describe(&self) -> String {
        [
            ("成员单位", self.units, "个"),
            ("组成人员", self.seats, "人"),
            ("联络员", self.liaisons, "人"),
            ("目标任务", self.tasks, "项"),
            ("已报送的信息收集表", self.returns, "份"),
            ("会议", self.meetings, "次"),
            ("纪要", self.minutes, "份"),
            ("督办事项", self.follow_ups, "项"),
        ]
        .iter()
        .map(|(label, n, unit)| format!("{label}{n}{unit}"))
        .collect::<Vec<_>>()
        .join("、")
    }
}

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
