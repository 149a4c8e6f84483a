//! 专项行动工作组: the working groups and their lead units, as the presets carry them.
//! Editing groups (C3) builds on this table.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::Serialize;
use ts_rs::TS;

use crate::db::{Record, Tx};
use crate::desk::Desk;
use crate::error::Result;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActionGroup {
    pub id: i64,
    pub name: String,
    pub sort_order: i64,
    pub lead_unit_id: Option<i64>,
    pub deleted_at: Option<String>,
}

impl ActionGroup {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Self {
            id: r.get("id")?,
            name: r.get("name")?,
            sort_order: r.get("sort_order")?,
            lead_unit_id: r.get("lead_unit_id")?,
            deleted_at: r.get("deleted_at")?,
        })
    }
}

impl Record for ActionGroup {
    const ENTITY: &'static str = "action_group";
    const LABEL: &'static str = "专项行动工作组";

    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>> {
        Ok(conn
            .query_row("SELECT * FROM action_group WHERE id = ?1", [id], Self::from_row)
            .optional()?)
    }
}

pub(crate) fn insert(tx: &Tx, name: &str, sort_order: i64, lead_unit_id: Option<i64>) -> Result<ActionGroup> {
    tx.insert::<ActionGroup>(|c| {
        c.execute(
            "INSERT INTO action_group (name, sort_order, lead_unit_id) VALUES (?1, ?2, ?3)",
            params![name, sort_order, lead_unit_id],
        )?;
        Ok(c.last_insert_rowid())
    })
}

impl Desk {
    pub fn action_groups(&self) -> Result<Vec<ActionGroup>> {
        let mut stmt = self
            .conn()
            .prepare("SELECT * FROM action_group WHERE deleted_at IS NULL ORDER BY sort_order, id")?;
        let rows = stmt.query_map([], ActionGroup::from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
