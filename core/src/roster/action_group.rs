//! 专项行动工作组: the working groups and their lead units, as the presets carry them.
//! Editing groups (C3) builds on this table.

use std::collections::{BTreeSet, HashMap};

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::Serialize;
use ts_rs::TS;

use crate::common::error::Result;
use crate::desk::Desk;
use crate::store::{Record, Tx};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActionGroup {
    pub id: i64,
    pub name: String,
    pub sort_order: i64,
    pub lead_unit_id: Option<i64>,
    pub deleted_at: Option<String>,
}

/// A working group and the member units working in it, for inviting a group to a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GroupUnits {
    pub group_id: i64,
    pub name: String,
    /// Its lead unit, and the units leading or cooperating (配合) on its tasks in the 目标任务分解.
    pub unit_ids: Vec<i64>,
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

    pub fn action_group_units(&self) -> Result<Vec<GroupUnits>> {
        let by_name: HashMap<String, i64> = self
            .conn()
            .prepare("SELECT name, id FROM unit WHERE deleted_at IS NULL")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut working: HashMap<String, BTreeSet<i64>> = HashMap::new();
        let mut stmt = self.conn().prepare(
            "SELECT action_name, lead_unit_id, cooperating FROM task WHERE deleted_at IS NULL AND active = 1",
        )?;
        let tasks = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<i64>>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        for task in tasks {
            let (action, lead, cooperating) = task?;
            let units = working.entry(action).or_default();
            units.extend(lead);
            // 配合科室（单位） is written as names separated by 、 or ，; names not on the roll are skipped.
            units.extend(
                cooperating
                    .split(['、', '，', ','])
                    .filter_map(|n| by_name.get(n.trim())),
            );
        }
        Ok(self
            .action_groups()?
            .into_iter()
            .map(|g| {
                let mut units = working.remove(&g.name).unwrap_or_default();
                units.extend(g.lead_unit_id);
                GroupUnits {
                    group_id: g.id,
                    name: g.name,
                    unit_ids: units.into_iter().collect(),
                }
            })
            .collect())
    }
}
