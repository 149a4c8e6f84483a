//! The change history that `Tx` writes with every change: one record's history and the count.
//! The 操作记录 page that lists every change is `safety::history_page`.

use serde::Serialize;
use ts_rs::TS;

use crate::common::error::Result;
use crate::desk::Desk;

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HistoryEntry {
    pub id: i64,
    /// RFC 3339, UTC.
    pub at: String,
    pub actor: String,
    pub entity: String,
    pub entity_id: i64,
    /// insert, update, delete, restore (from the recycle bin) or purge (removed for good)
    pub action: String,
    /// The record as JSON before the change (none for an insert).
    pub before: Option<String>,
    /// The record as JSON after the change (none for a delete).
    pub after: Option<String>,
}

impl Desk {
    /// The history of one record, oldest first.
    pub fn history_of(&self, entity: &str, entity_id: i64) -> Result<Vec<HistoryEntry>> {
        let mut stmt = self
            .conn()
            .prepare("SELECT * FROM history WHERE entity = ?1 AND entity_id = ?2 ORDER BY id")?;
        let rows = stmt.query_map(rusqlite::params![entity, entity_id], |r| {
            Ok(HistoryEntry {
                id: r.get("id")?,
                at: r.get("at")?,
                actor: r.get("actor")?,
                entity: r.get("entity")?,
                entity_id: r.get("entity_id")?,
                action: r.get("action")?,
                before: r.get("before_json")?,
                after: r.get("after_json")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn history_count(&self) -> Result<i64> {
        Ok(self
            .conn()
            .query_row("SELECT COUNT(*) FROM history", [], |r| r.get(0))?)
    }
}
