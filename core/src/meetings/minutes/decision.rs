//! 议定事项: the numbered items a meeting agreed, each with its responsible units and deadline.
//! Saving the minutes keeps each decision's 督办 item in step: new items are created, changed
//! ones updated, removed ones withdrawn (unless progress was already reported on them).

use rusqlite::{params, Connection, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Minutes;
use crate::common::error::{CoreError, Result};
use crate::meetings::follow_up::{self, FollowUpSource, ItemText};
use crate::store::Tx;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Decision {
    pub id: i64,
    pub minutes_id: i64,
    pub seq: i64,
    pub content: String,
    /// 责任单位, separated by 、
    pub units: String,
    pub deadline: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DecisionInput {
    /// None for a new item.
    pub id: Option<i64>,
    pub content: String,
    pub units: String,
    pub deadline: Option<String>,
}

impl From<Decision> for DecisionInput {
    fn from(d: Decision) -> Self {
        Self {
            id: Some(d.id),
            content: d.content,
            units: d.units,
            deadline: d.deadline,
        }
    }
}

impl Decision {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Self {
            id: r.get("id")?,
            minutes_id: r.get("minutes_id")?,
            seq: r.get("seq")?,
            content: r.get("content")?,
            units: r.get("units")?,
            deadline: r.get("deadline")?,
        })
    }
}

pub(crate) fn of_minutes(conn: &Connection, minutes_id: i64) -> Result<Vec<Decision>> {
    let mut stmt = conn.prepare("SELECT * FROM decision WHERE minutes_id = ?1 ORDER BY seq")?;
    let rows = stmt.query_map([minutes_id], Decision::from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(super) struct CheckedDecision {
    id: Option<i64>,
    text: ItemText,
}

/// Each item checked; an error names the item (field `decisions.2.content` for the third).
pub(super) fn checked(items: &[DecisionInput]) -> Result<Vec<CheckedDecision>> {
    items
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let text = ItemText::checked(
                &format!("decisions.{i}."),
                &format!("第{}项议定事项的", i + 1),
                &d.content,
                &d.units,
                d.deadline.as_deref(),
            )?;
            Ok(CheckedDecision { id: d.id, text })
        })
        .collect()
}

/// Writes the decisions in the order given (renumbered 1, 2, 3 …) with their 督办 items.
pub(super) fn sync(tx: &Tx, m: &Minutes, number: &str, items: &[CheckedDecision], today: &str) -> Result<()> {
    let old = of_minutes(tx, m.id)?;
    for gone in old.iter().filter(|o| !items.iter().any(|d| d.id == Some(o.id))) {
        follow_up::remove_for_decision(tx, gone.id, gone.seq)?;
        tx.execute("DELETE FROM decision WHERE id = ?1", [gone.id])?;
    }
    for (i, d) in items.iter().enumerate() {
        let seq = i as i64 + 1;
        let note = format!("{}（{}）第{}项", m.title, number, seq);
        let t = &d.text;
        match d.id {
            Some(id) if old.iter().any(|o| o.id == id) => {
                tx.execute(
                    "UPDATE decision SET seq = ?1, content = ?2, units = ?3, deadline = ?4 WHERE id = ?5",
                    params![seq, t.content, t.units, t.deadline, id],
                )?;
                follow_up::update_for_decision(tx, id, &note, t)?;
            }
            Some(_) => return Err(CoreError::conflict("decisions", "议定事项已被修改，请重新打开纪要")),
            None => {
                tx.execute(
                    "INSERT INTO decision (minutes_id, seq, content, units, deadline) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![m.id, seq, t.content, t.units, t.deadline],
                )?;
                let decision_id = tx.last_insert_rowid();
                follow_up::insert(tx, FollowUpSource::Decision, Some(decision_id), &note, t, today)?;
            }
        }
    }
    Ok(())
}
