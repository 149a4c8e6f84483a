//! 回收站: every deleted unit, seat, liaison, task, meeting, follow-up item, expert and calendar day, with who deleted
//! it and when. Restoring one also undoes what the same deletion did to other records (the
//! seats and the liaison a unit's removal ended), unless those were changed again since.
//! Removing one for good needs nothing else to point at it.

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use serde_json::{Map, Value};
use ts_rs::TS;

use super::history_page::describe_entity;
use crate::calendar::{holiday_on, CalendarDay};
use crate::common::error::{CoreError, Result};
use crate::desk::Desk;
use crate::groups::expert::Expert;
use crate::meetings::follow_up::{FollowUp, ProgressEntry};
use crate::meetings::meeting::{Invitee, Meeting};
use crate::reporting::task::Task;
use crate::roster::liaison::Liaison;
use crate::roster::member::Member;
use crate::roster::unit::Unit;
use crate::store::history_diff::NAME_KEYS;
use crate::store::{Record, SoftDeleted, Tx};

crate::coded_enum! {
    /// What the recycle bin holds; the code is the record's table, as history names it.
    pub enum BinKind: "回收站记录类别" {
        Unit = "unit" / "成员单位",
        Member = "member" / "组成人员",
        Liaison = "liaison" / "联络员",
        Task = "task" / "目标任务",
        Meeting = "meeting" / "会议",
        FollowUp = "follow_up" / "督办事项",
        Expert = "expert" / "专家",
        CalendarDay = "calendar_day" / "工作日历",
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BinItem {
    pub kind: BinKind,
    pub id: i64,
    /// What it is: the unit's name, the person, the task's content …
    pub title: String,
    /// Where it belonged: the unit of a seat or liaison, the date of a meeting.
    pub detail: String,
    /// RFC 3339, UTC.
    pub deleted_at: String,
    pub deleted_by: String,
    /// What the same deletion changed in other records and a restore puts back, e.g. “组成人员 3 条”.
    pub together: Vec<String>,
}

/// The title and detail of each kind's deleted rows.
fn listing_sql(kind: BinKind) -> &'static str {
    match kind {
        BinKind::Unit => "SELECT id, name, '', deleted_at FROM unit WHERE deleted_at IS NOT NULL",
        BinKind::Member => {
            "SELECT m.id, m.person_name || CASE WHEN m.post = '' THEN '' ELSE '（' || m.post || '）' END,
                    COALESCE(u.name, ''), m.deleted_at
             FROM member m LEFT JOIN unit u ON u.id = m.unit_id WHERE m.deleted_at IS NOT NULL"
        }
        BinKind::Liaison => {
            "SELECT l.id, l.name, u.name, l.deleted_at
             FROM liaison l JOIN unit u ON u.id = l.unit_id WHERE l.deleted_at IS NOT NULL"
        }
        BinKind::Task => {
            "SELECT id, content, action_name || ' 第' || seq || '项', deleted_at FROM task WHERE deleted_at IS NOT NULL"
        }
        BinKind::Meeting => "SELECT id, title, meeting_on, deleted_at FROM meeting WHERE deleted_at IS NOT NULL",
        BinKind::FollowUp => "SELECT id, content, units, deleted_at FROM follow_up WHERE deleted_at IS NOT NULL",
        BinKind::Expert => "SELECT id, name, employer, deleted_at FROM expert WHERE deleted_at IS NOT NULL",
        BinKind::CalendarDay => {
            "SELECT id, day || CASE kind WHEN 'off' THEN ' 放假' ELSE ' 调休上班' END, name, deleted_at
             FROM calendar_day WHERE deleted_at IS NOT NULL"
        }
    }
}

/// The history row of the record's deletion: who, when, and the change it was part of.
struct Deletion {
    actor: String,
    change_id: Option<i64>,
    history_id: i64,
}

fn deletion(conn: &Connection, kind: BinKind, id: i64) -> Result<Option<Deletion>> {
    Ok(conn
        .query_row(
            "SELECT actor, change_id, id FROM history
             WHERE entity = ?1 AND entity_id = ?2 AND action = 'delete' ORDER BY id DESC LIMIT 1",
            params![kind.code(), id],
            |r| {
                Ok(Deletion {
                    actor: r.get(0)?,
                    change_id: r.get(1)?,
                    history_id: r.get(2)?,
                })
            },
        )
        .optional()?)
}

/// The other records the deletion's change wrote: (entity, id, history row, before, after).
type Companion = (String, i64, i64, Option<String>, Option<String>);

fn companions(conn: &Connection, d: &Deletion) -> Result<Vec<Companion>> {
    let Some(change) = d.change_id else {
        return Ok(Vec::new());
    };
    let mut stmt = conn.prepare(
        "SELECT entity, entity_id, id, before_json, after_json FROM history
         WHERE change_id = ?1 AND id <> ?2 AND action = 'update' ORDER BY id",
    )?;
    let rows = stmt.query_map(params![change, d.history_id], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A holiday's days leave and come back together: the calendar days the same change deleted
/// that are still in the bin, this one included, first day first. Any other record is alone.
fn holiday_days(conn: &Connection, kind: BinKind, id: i64, d: Option<&Deletion>) -> Result<Vec<i64>> {
    let change = match (kind, d) {
        (BinKind::CalendarDay, Some(Deletion { change_id: Some(c), .. })) => *c,
        _ => return Ok(vec![id]),
    };
    let mut stmt = conn.prepare(
        "SELECT c.id FROM history h JOIN calendar_day c ON c.id = h.entity_id
         WHERE h.change_id = ?1 AND h.entity = 'calendar_day' AND h.action = 'delete'
           AND c.deleted_at IS NOT NULL
         ORDER BY c.day, c.id",
    )?;
    let days: Vec<i64> = stmt
        .query_map([change], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(if days.contains(&id) { days } else { vec![id] })
}

fn describe(companions: &[Companion]) -> Vec<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for (entity, ..) in companions {
        let label = describe_entity(entity).1;
        match counts.iter_mut().find(|(l, _)| *l == label) {
            Some((_, n)) => *n += 1,
            None => counts.push((label, 1)),
        }
    }
    counts.into_iter().map(|(l, n)| format!("{l} {n} 条")).collect()
}

impl Desk {
    /// Everything in the recycle bin, most recently deleted first.
    pub fn recycle_bin(&self) -> Result<Vec<BinItem>> {
        let mut items = Vec::new();
        for &kind in BinKind::ALL {
            let mut stmt = self.conn().prepare(listing_sql(kind))?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
            for row in rows {
                let (id, title, detail, deleted_at): (i64, String, String, String) = row?;
                let d = deletion(self.conn(), kind, id)?;
                let mut together = match &d {
                    Some(d) => describe(&companions(self.conn(), d)?),
                    None => Vec::new(),
                };
                // A holiday is listed once, by its first day, with the rest of its days.
                let days = holiday_days(self.conn(), kind, id, d.as_ref())?;
                if days.first() != Some(&id) {
                    continue;
                }
                if days.len() > 1 {
                    together.push(format!("同一节日的其余 {} 天", days.len() - 1));
                }
                items.push(BinItem {
                    kind,
                    id,
                    title,
                    detail,
                    deleted_at,
                    deleted_by: d.map(|d| d.actor).unwrap_or_default(),
                    together,
                });
            }
        }
        items.sort_by(|a, b| b.deleted_at.cmp(&a.deleted_at).then(b.id.cmp(&a.id)));
        Ok(items)
    }

    /// Takes a record out of the recycle bin with what its deletion changed elsewhere. Answers
    /// the records left as they are because they were changed again since, e.g. “组成人员“张三””.
    pub fn restore_from_bin(&mut self, kind: BinKind, id: i64) -> Result<Vec<String>> {
        self.write(|tx| {
            let d = deletion(tx, kind, id)?;
            for day in holiday_days(tx, kind, id, d.as_ref())? {
                check_restorable(tx, kind, day)?;
                restore_one(tx, kind, day)?;
            }
            let mut left = Vec::new();
            if let Some(d) = d {
                for companion in companions(tx, &d)? {
                    if let Some(name) = put_back(tx, &companion)? {
                        left.push(name);
                    }
                }
            }
            Ok(left)
        })
    }

    /// Removes a record in the recycle bin for good. Its history stays in 操作记录.
    pub fn purge_from_bin(&mut self, kind: BinKind, id: i64) -> Result<()> {
        self.write(|tx| {
            let outcome = match kind {
                BinKind::Unit => tx.purge::<Unit>(id),
                BinKind::Member => tx.purge::<Member>(id),
                BinKind::Liaison => tx.purge::<Liaison>(id),
                BinKind::Task => tx.purge::<Task>(id),
                BinKind::Meeting => {
                    for part in ids(tx, "SELECT id FROM invitee WHERE meeting_id = ?1", id)? {
                        tx.purge_part::<Invitee>(part)?;
                    }
                    tx.purge::<Meeting>(id)
                }
                BinKind::FollowUp => {
                    for part in ids(tx, "SELECT id FROM follow_up_progress WHERE follow_up_id = ?1", id)? {
                        tx.purge_part::<ProgressEntry>(part)?;
                    }
                    tx.purge::<FollowUp>(id)
                }
                BinKind::Expert => tx.purge::<Expert>(id),
                BinKind::CalendarDay => holiday_days(tx, kind, id, deletion(tx, kind, id)?.as_ref())?
                    .into_iter()
                    .try_for_each(|day| tx.purge::<CalendarDay>(day)),
            };
            outcome.map_err(|e| still_used(kind, e))
        })
    }
}

fn ids(conn: &Connection, sql: &str, of: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map([of], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Refuses a restore that would clash with what the office has entered since.
fn check_restorable(tx: &Tx, kind: BinKind, id: i64) -> Result<()> {
    match kind {
        BinKind::Unit => {
            let unit = in_bin::<Unit>(tx, id)?;
            let taken: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM unit WHERE name = ?1 AND deleted_at IS NULL)",
                [&unit.name],
                |r| r.get(0),
            )?;
            if taken {
                return Err(CoreError::conflict(
                    "",
                    format!(
                        "现有成员单位中已有“{}”，不能再恢复一个同名单位。可先把现有单位改名，再恢复。",
                        unit.name
                    ),
                ));
            }
        }
        BinKind::Member => {
            if let Some(unit) = in_bin::<Member>(tx, id)?.unit_id {
                unit_alive(tx, unit, "这位组成人员")?;
            }
        }
        BinKind::Liaison => {
            let l = in_bin::<Liaison>(tx, id)?;
            unit_alive(tx, l.unit_id, "这位联络员")?;
            if l.end_on.is_none() {
                let current: Option<String> = tx
                    .query_row(
                        "SELECT name FROM liaison WHERE unit_id = ?1 AND end_on IS NULL AND deleted_at IS NULL",
                        [l.unit_id],
                        |r| r.get(0),
                    )
                    .optional()?;
                if let Some(name) = current {
                    return Err(CoreError::conflict(
                        "",
                        format!("该单位现任联络员是“{name}”，不能再恢复一位现任联络员“{}”。如需更换，请在联络员页办理变更。", l.name),
                    ));
                }
            }
        }
        BinKind::Task => {
            if let Some(unit) = in_bin::<Task>(tx, id)?.lead_unit_id {
                unit_alive(tx, unit, "这项任务的牵头单位")?;
            }
        }
        BinKind::Meeting => drop(in_bin::<Meeting>(tx, id)?),
        BinKind::FollowUp => drop(in_bin::<FollowUp>(tx, id)?),
        BinKind::Expert => drop(in_bin::<Expert>(tx, id)?),
        BinKind::CalendarDay => {
            let day = in_bin::<CalendarDay>(tx, id)?;
            if let Some(name) = holiday_on(tx, &day.day)? {
                return Err(CoreError::conflict(
                    "",
                    format!("{}在日历中已有安排（{name}），不能再恢复这一天。", day.day),
                ));
            }
        }
    }
    Ok(())
}

fn in_bin<R: SoftDeleted>(tx: &Tx, id: i64) -> Result<R> {
    match R::fetch(tx, id)? {
        Some(r) if r.deleted_at().is_some() => Ok(r),
        _ => Err(CoreError::not_found(format!("回收站中没有这个{}", R::LABEL))),
    }
}

fn unit_alive(tx: &Tx, unit_id: i64, who: &str) -> Result<()> {
    let unit = Unit::fetch(tx, unit_id)?.ok_or_else(|| CoreError::not_found("找不到所属的成员单位"))?;
    if unit.deleted_at.is_some() {
        return Err(CoreError::conflict(
            "",
            format!("{who}所属的成员单位“{}”也在回收站中，请先恢复该单位。", unit.name),
        ));
    }
    Ok(())
}

fn restore_one(tx: &Tx, kind: BinKind, id: i64) -> Result<()> {
    match kind {
        BinKind::Unit => tx.restore::<Unit>(id).map(drop),
        BinKind::Member => tx.restore::<Member>(id).map(drop),
        BinKind::Liaison => tx.restore::<Liaison>(id).map(drop),
        BinKind::Task => tx.restore::<Task>(id).map(drop),
        BinKind::Meeting => tx.restore::<Meeting>(id).map(drop),
        BinKind::FollowUp => tx.restore::<FollowUp>(id).map(drop),
        BinKind::Expert => tx.restore::<Expert>(id).map(drop),
        BinKind::CalendarDay => tx.restore::<CalendarDay>(id).map(drop),
    }
}

/// Puts back the columns a companion update changed, when that update is still the record's
/// latest change; otherwise leaves the record and answers its name.
fn put_back(tx: &Tx, (entity, id, history_id, before, after): &Companion) -> Result<Option<String>> {
    let latest: i64 = tx.query_row(
        "SELECT MAX(id) FROM history WHERE entity = ?1 AND entity_id = ?2",
        params![entity, id],
        |r| r.get(0),
    )?;
    let (Some(before), Some(after)) = (parse(before), parse(after)) else {
        return Ok(None);
    };
    if latest != *history_id {
        let label = describe_entity(entity).1;
        let name = NAME_KEYS
            .iter()
            .find_map(|k| after.get(*k).and_then(Value::as_str))
            .unwrap_or_default();
        return Ok(Some(format!("{label}“{name}”")));
    }
    let columns = table_columns(tx, entity)?;
    let mut restored = after.clone();
    for (key, old) in &before {
        let column = snake(key);
        if after.get(key) != Some(old) && columns.contains(&column) {
            let sql = format!("UPDATE {entity} SET {column} = ?1 WHERE id = ?2");
            tx.execute(&sql, params![sql_value(old), id])?;
            restored.insert(key.clone(), old.clone());
        }
    }
    tx.log(entity, *id, "update", Some(&after), Some(&restored))?;
    Ok(None)
}

fn parse(json: &Option<String>) -> Option<Map<String, Value>> {
    json.as_deref().and_then(|j| serde_json::from_str(j).ok())
}

fn table_columns(conn: &Connection, table: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT name FROM pragma_table_info(?1)")?;
    let rows = stmt.query_map([table], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// `termTo` → `term_to`: the records' JSON names are their columns' names in camelCase.
fn snake(key: &str) -> String {
    let mut out = String::new();
    for c in key.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn sql_value(v: &Value) -> rusqlite::types::Value {
    use rusqlite::types::Value as Sql;
    match v {
        Value::Null => Sql::Null,
        Value::Bool(b) => Sql::Integer(i64::from(*b)),
        Value::Number(n) => n
            .as_i64()
            .map(Sql::Integer)
            .unwrap_or_else(|| Sql::Real(n.as_f64().unwrap_or(0.0))),
        Value::String(s) => Sql::Text(s.clone()),
        other => Sql::Text(other.to_string()),
    }
}

/// A record others still point at (a unit with past seats or returns) stays in the bin.
fn still_used(kind: BinKind, e: CoreError) -> CoreError {
    let fk = e
        .cause
        .as_ref()
        .and_then(|c| c.0.downcast_ref::<rusqlite::Error>())
        .and_then(rusqlite::Error::sqlite_error)
        .is_some_and(|s| s.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY);
    if !fk {
        return e;
    }
    CoreError::conflict(
        "",
        format!(
            "这个{}仍被其他记录引用（例如历届组成人员、信息收集表或会议记录），不能彻底删除；它可以一直留在回收站中，不会出现在各页面里。",
            kind.label()
        ),
    )
}
