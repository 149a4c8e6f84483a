//! 备案: the record that a change was filed with the office — date, reason, by whom.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::Serialize;
use ts_rs::TS;

use crate::common::date;
use crate::common::error::Result;
use crate::store::{Record, Tx};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Filing {
    pub id: i64,
    pub unit_id: Option<i64>,
    /// `member` or `liaison`: what changed.
    pub entity: String,
    /// The seat or liaison the filing is about (the new one for a replacement).
    pub entity_id: i64,
    pub filed_on: String,
    pub reason: String,
    pub filed_by: String,
}

impl Filing {
    pub(crate) fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Self {
            id: r.get("id")?,
            unit_id: r.get("unit_id")?,
            entity: r.get("entity")?,
            entity_id: r.get("entity_id")?,
            filed_on: r.get("filed_on")?,
            reason: r.get("reason")?,
            filed_by: r.get("filed_by")?,
        })
    }
}

impl Record for Filing {
    const ENTITY: &'static str = "filing";
    const LABEL: &'static str = "备案记录";

    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>> {
        Ok(conn
            .query_row("SELECT * FROM filing WHERE id = ?1", [id], Self::from_row)
            .optional()?)
    }
}

pub(crate) fn record(
    tx: &Tx,
    unit_id: Option<i64>,
    entity: &str,
    entity_id: i64,
    filed_on: NaiveDate,
    reason: &str,
) -> Result<Filing> {
    let by = tx.actor().to_owned();
    tx.insert::<Filing>(|c| {
        c.execute(
            "INSERT INTO filing (unit_id, entity, entity_id, filed_on, reason, filed_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![unit_id, entity, entity_id, date::iso(filed_on), reason, by],
        )?;
        Ok(c.last_insert_rowid())
    })
}

pub(crate) fn for_unit(conn: &Connection, unit_id: i64) -> Result<Vec<Filing>> {
    let mut stmt = conn.prepare("SELECT * FROM filing WHERE unit_id = ?1 ORDER BY filed_on, id")?;
    let rows = stmt.query_map([unit_id], Filing::from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
