//! 联络员 (C2, 云南 rules 第八条): one per member unit. A change is filed (备案) with a date; the
//! previous liaison keeps an end date and stays in the history.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::common::date;
use crate::common::error::{CoreError, Result};
use crate::common::validate::{optional, required};
use crate::desk::Desk;
use crate::roster::phone;
use crate::roster::unit::Unit;
use crate::store::{live, Columns, Record, SoftDeleted, Tx};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Liaison {
    pub id: i64,
    pub unit_id: i64,
    pub name: String,
    /// 处室/科室
    pub department: String,
    pub post: String,
    pub office_phone: String,
    pub mobile: String,
    /// 邮箱或传真
    pub email: String,
    pub start_on: String,
    pub end_on: Option<String>,
    pub deleted_at: Option<String>,
}

/// The liaison form: used to set the first liaison, to file a change, and to correct details.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LiaisonInput {
    pub unit_id: i64,
    pub name: String,
    pub department: String,
    pub post: String,
    pub office_phone: String,
    pub mobile: String,
    pub email: String,
    /// 备案日期: the new liaison serves from this day. Ignored when correcting details.
    pub filed_on: String,
    /// 变更原因. Ignored when correcting details.
    pub reason: String,
}

/// A member unit with its current liaison, if any.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LiaisonRow {
    pub unit_id: i64,
    pub unit_name: String,
    pub liaison: Option<Liaison>,
}

impl Liaison {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Self {
            id: r.get("id")?,
            unit_id: r.get("unit_id")?,
            name: r.get("name")?,
            department: r.get("department")?,
            post: r.get("post")?,
            office_phone: r.get("office_phone")?,
            mobile: r.get("mobile")?,
            email: r.get("email")?,
            start_on: r.get("start_on")?,
            end_on: r.get("end_on")?,
            deleted_at: r.get("deleted_at")?,
        })
    }
}

impl Record for Liaison {
    const ENTITY: &'static str = "liaison";
    const LABEL: &'static str = "联络员";

    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>> {
        Ok(conn
            .query_row("SELECT * FROM liaison WHERE id = ?1", [id], Self::from_row)
            .optional()?)
    }
}

struct Details {
    name: String,
    department: String,
    post: String,
    office_phone: String,
    mobile: String,
    email: String,
}

impl Details {
    /// The edited columns of a liaison, shared by its INSERT and its UPDATE.
    fn columns(&self) -> Columns {
        Columns::new()
            .set("name", self.name.clone())
            .set("department", self.department.clone())
            .set("post", self.post.clone())
            .set("office_phone", self.office_phone.clone())
            .set("mobile", self.mobile.clone())
            .set("email", self.email.clone())
    }
}

impl SoftDeleted for Liaison {
    fn deleted_at(&self) -> Option<&str> {
        self.deleted_at.as_deref()
    }

    fn gone() -> CoreError {
        CoreError::not_found("找不到该联络员，可能已被删除")
    }
}

impl LiaisonInput {
    fn details(&self) -> Result<Details> {
        Ok(Details {
            name: required("name", "联络员姓名", &self.name, 20)?,
            department: optional("department", "处室（科室）", &self.department, 40)?,
            post: optional("post", "职务", &self.post, 30)?,
            office_phone: phone::any("officePhone", "办公电话", &self.office_phone)?,
            mobile: phone::mobile("mobile", "手机", &self.mobile)?,
            email: optional("email", "邮箱（传真）", &self.email, 60)?,
        })
    }

    fn filing(&self) -> Result<(NaiveDate, String)> {
        Ok((
            date::parse("filedOn", "备案日期", &self.filed_on)?,
            optional("reason", "变更原因", &self.reason, 100)?,
        ))
    }
}

fn current(conn: &Connection, unit_id: i64) -> Result<Option<Liaison>> {
    Ok(conn
        .query_row(
            "SELECT * FROM liaison WHERE unit_id = ?1 AND end_on IS NULL AND deleted_at IS NULL",
            [unit_id],
            Liaison::from_row,
        )
        .optional()?)
}

fn insert(tx: &Tx, unit_id: i64, d: &Details, start: NaiveDate, reason: &str) -> Result<Liaison> {
    let columns = d.columns().set("unit_id", unit_id).set("start_on", date::iso(start));
    let new = tx.insert_columns::<Liaison>(&columns)?;
    crate::roster::filing::record(tx, Some(unit_id), Liaison::ENTITY, new.id, start, reason)?;
    Ok(new)
}

fn end(tx: &Tx, old: &Liaison, on: NaiveDate) -> Result<()> {
    tx.update::<Liaison>(old.id, |c| {
        c.execute(
            "UPDATE liaison SET end_on = ?1 WHERE id = ?2",
            params![date::iso(on), old.id],
        )?;
        Ok(())
    })?;
    Ok(())
}

/// Ends the unit's current liaison on `on`, if it has one (used when a unit leaves).
pub(crate) fn end_current(tx: &Tx, unit_id: i64, on: NaiveDate) -> Result<()> {
    match current(tx, unit_id)? {
        Some(old) => end(tx, &old, on),
        None => Ok(()),
    }
}

impl Desk {
    /// Every member unit (active today) with its current liaison, in unit order.
    pub fn list_liaisons(&self) -> Result<Vec<LiaisonRow>> {
        let today = date::iso(self.today());
        let mut stmt = self.conn().prepare(
            "SELECT u.id AS uid, u.name AS uname, l.* FROM unit u
             LEFT JOIN liaison l ON l.unit_id = u.id AND l.end_on IS NULL AND l.deleted_at IS NULL
             WHERE u.deleted_at IS NULL AND (u.active_to IS NULL OR u.active_to >= ?1)
             ORDER BY u.sort_order, u.id",
        )?;
        let rows = stmt.query_map([today], |r| {
            let liaison = match r.get::<_, Option<i64>>("id")? {
                Some(_) => Some(Liaison::from_row(r)?),
                None => None,
            };
            Ok(LiaisonRow {
                unit_id: r.get("uid")?,
                unit_name: r.get("uname")?,
                liaison,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn units_without_liaison(&self) -> Result<Vec<Unit>> {
        let without: Vec<i64> = self
            .list_liaisons()?
            .into_iter()
            .filter(|r| r.liaison.is_none())
            .map(|r| r.unit_id)
            .collect();
        without
            .into_iter()
            .map(|id| crate::store::live::<crate::roster::unit::Unit>(self.conn(), id))
            .collect()
    }

    /// All liaisons the unit has had, newest first.
    pub fn liaison_history(&self, unit_id: i64) -> Result<Vec<Liaison>> {
        let mut stmt = self.conn().prepare(
            "SELECT * FROM liaison WHERE unit_id = ?1 AND deleted_at IS NULL ORDER BY start_on DESC, id DESC",
        )?;
        let rows = stmt.query_map([unit_id], Liaison::from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Sets the first liaison of a unit that has none.
    pub fn set_liaison(&mut self, input: &LiaisonInput) -> Result<Liaison> {
        let d = input.details()?;
        let (on, reason) = input.filing()?;
        self.write(|tx| {
            let unit = crate::store::live::<crate::roster::unit::Unit>(tx, input.unit_id)?;
            if let Some(existing) = current(tx, unit.id)? {
                return Err(CoreError::conflict(
                    "unitId",
                    format!("“{}”已有联络员{}，请使用“变更联络员”办理备案", unit.name, existing.name),
                ));
            }
            let reason = if reason.is_empty() {
                "确定联络员".to_owned()
            } else {
                reason
            };
            insert(tx, unit.id, &d, on, &reason)
        })
    }

    /// Files a change of liaison: the current one ends on `filed_on`, the new one starts then.
    pub fn change_liaison(&mut self, input: &LiaisonInput) -> Result<Liaison> {
        let d = input.details()?;
        let (on, reason) = input.filing()?;
        self.write(|tx| {
            let unit = crate::store::live::<crate::roster::unit::Unit>(tx, input.unit_id)?;
            let Some(old) = current(tx, unit.id)? else {
                return Err(CoreError::conflict(
                    "unitId",
                    format!("“{}”尚未设置联络员，请直接设置", unit.name),
                ));
            };
            let old_start = date::parse("filedOn", "备案日期", &old.start_on)?;
            if on < old_start {
                return Err(CoreError::invalid(
                    "filedOn",
                    format!(
                        "备案日期不能早于现任联络员{}的起始日期（{}）",
                        old.name,
                        date::chinese(old_start)
                    ),
                ));
            }
            end(tx, &old, on)?;
            insert(tx, unit.id, &d, on, &reason)
        })
    }

    /// Corrects the current liaison's details without filing a change of person.
    pub fn edit_liaison(&mut self, id: i64, input: &LiaisonInput) -> Result<Liaison> {
        let d = input.details()?;
        self.write(|tx| {
            live::<Liaison>(tx, id)?;
            tx.update_columns::<Liaison>(id, &d.columns())
        })
    }

    pub fn delete_liaison(&mut self, id: i64) -> Result<()> {
        self.write(|tx| tx.soft_delete::<Liaison>(id))
    }
}
