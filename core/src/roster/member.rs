//! 组成人员 (C1): seats held by a person for a term. The roster at any date is derived from
//! the terms; a replacement (人事变动) ends one seat and starts another, never overwriting.

use chrono::{Duration, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::body::role::Role;
use crate::body::settings as body;
use crate::common::date;
use crate::common::error::{CoreError, Result};
use crate::common::validate::{optional, required};
use crate::desk::Desk;
use crate::roster::phone;
use crate::store::{live, Columns, Record, SoftDeleted, Tx};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Member {
    pub id: i64,
    pub role: Role,
    pub person_name: String,
    pub unit_id: Option<i64>,
    /// 单位职务, printed in brackets after the name: 王海彦（市三级调研员）.
    pub post: String,
    pub sort_order: i64,
    pub term_from: String,
    pub term_to: Option<String>,
    pub phone: String,
    pub note: String,
    /// The seat that took over from this one.
    pub replaced_by: Option<i64>,
    pub deleted_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MemberInput {
    pub role: Role,
    pub person_name: String,
    pub unit_id: Option<i64>,
    pub post: String,
    /// Omitted: after the last seat of the same role.
    pub sort_order: Option<i64>,
    pub term_from: String,
    pub term_to: Option<String>,
    pub phone: String,
    pub note: String,
}

/// 人事变动: the person in seat `member_id` is replaced from `on`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReplaceMemberInput {
    pub member_id: i64,
    /// First day of the new person; the old term ends the day before.
    pub on: String,
    pub person_name: String,
    pub post: String,
    pub phone: String,
    pub note: String,
    /// 备案 reason, e.g. 工作调动.
    pub reason: String,
}

/// 离任: the seat ends on `on` (its last day) with no successor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EndMemberInput {
    pub member_id: i64,
    pub on: String,
    pub reason: String,
}

/// One line of the roster as the views show it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RosterRow {
    #[serde(flatten)]
    #[ts(flatten)]
    pub member: Member,
    pub role_label: String,
    pub unit_name: Option<String>,
}

impl Member {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Self {
            id: r.get("id")?,
            role: r.get("role")?,
            person_name: r.get("person_name")?,
            unit_id: r.get("unit_id")?,
            post: r.get("post")?,
            sort_order: r.get("sort_order")?,
            term_from: r.get("term_from")?,
            term_to: r.get("term_to")?,
            phone: r.get("phone")?,
            note: r.get("note")?,
            replaced_by: r.get("replaced_by")?,
            deleted_at: r.get("deleted_at")?,
        })
    }
}

impl Record for Member {
    const ENTITY: &'static str = "member";
    const LABEL: &'static str = "组成人员";

    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>> {
        Ok(conn
            .query_row("SELECT * FROM member WHERE id = ?1", [id], Self::from_row)
            .optional()?)
    }
}

struct CleanMember {
    role: Role,
    person_name: String,
    unit_id: Option<i64>,
    post: String,
    sort_order: Option<i64>,
    term_from: NaiveDate,
    term_to: Option<NaiveDate>,
    phone: String,
    note: String,
}

impl MemberInput {
    fn validated(&self, conn: &Connection) -> Result<CleanMember> {
        let term_from = date::parse("termFrom", "任职起始日期", &self.term_from)?;
        let term_to = date::parse_opt("termTo", "任职截止日期", self.term_to.as_deref())?;
        if term_to.is_some_and(|t| t < term_from) {
            return Err(CoreError::invalid("termTo", "任职截止日期不能早于任职起始日期"));
        }
        if let Some(unit) = self.unit_id {
            crate::store::live::<crate::roster::unit::Unit>(conn, unit)
                .map_err(|_| CoreError::invalid("unitId", "所选成员单位不存在或已删除"))?;
        }
        Ok(CleanMember {
            role: self.role,
            person_name: required("personName", "姓名", &self.person_name, 20)?,
            unit_id: self.unit_id,
            post: optional("post", "单位职务", &self.post, 60)?,
            sort_order: self.sort_order,
            term_from,
            term_to,
            phone: phone::any("phone", "联系电话", &self.phone)?,
            note: optional("note", "备注", &self.note, 200)?,
        })
    }
}

fn next_sort_order(conn: &Connection, role: Role) -> Result<i64> {
    let max: Option<i64> = conn.query_row(
        "SELECT MAX(sort_order) FROM member WHERE role = ?1 AND deleted_at IS NULL",
        [role.code()],
        |r| r.get(0),
    )?;
    Ok(max.unwrap_or(0) + 10)
}

fn insert_clean(tx: &Tx, m: &CleanMember) -> Result<Member> {
    let sort = match m.sort_order {
        Some(s) => s,
        None => next_sort_order(tx, m.role)?,
    };
    tx.insert_columns::<Member>(&m.columns(sort))
}

impl CleanMember {
    /// The edited columns of a seat, shared by its INSERT and its UPDATE.
    fn columns(&self, sort_order: i64) -> Columns {
        Columns::new()
            .set("role", self.role)
            .set("person_name", self.person_name.clone())
            .set("unit_id", self.unit_id)
            .set("post", self.post.clone())
            .set("sort_order", sort_order)
            .set("term_from", date::iso(self.term_from))
            .set("term_to", self.term_to.map(date::iso))
            .set("phone", self.phone.clone())
            .set("note", self.note.clone())
    }
}

pub(crate) fn insert(tx: &Tx, input: &MemberInput) -> Result<Member> {
    let m = input.validated(tx)?;
    insert_clean(tx, &m)
}

impl SoftDeleted for Member {
    fn deleted_at(&self) -> Option<&str> {
        self.deleted_at.as_deref()
    }

    fn gone() -> CoreError {
        CoreError::not_found("找不到该组成人员，可能已被删除")
    }
}

/// Ends seat `id` on `on` (its last day) and files the change.
pub(crate) fn end_seat(tx: &Tx, id: i64, on: NaiveDate, reason: &str) -> Result<Member> {
    let m = live::<Member>(tx, id)?;
    let from = date::parse("termFrom", "任职起始日期", &m.term_from)?;
    if on < from {
        return Err(CoreError::invalid(
            "on",
            format!(
                "{}的任职从{}开始，离任日期不能早于该日",
                m.person_name,
                date::chinese(from)
            ),
        ));
    }
    let ended = tx.update::<Member>(id, |c| {
        c.execute(
            "UPDATE member SET term_to = ?1 WHERE id = ?2",
            params![date::iso(on), id],
        )?;
        Ok(())
    })?;
    crate::roster::filing::record(tx, m.unit_id, Member::ENTITY, id, on, reason)?;
    Ok(ended)
}

fn roster_rows(desk: &Desk, sql_filter: &str, p: &[&dyn rusqlite::ToSql]) -> Result<Vec<RosterRow>> {
    let settings = body::require(desk.conn())?;
    let sql = format!(
        "SELECT m.*, u.name AS unit_name FROM member m LEFT JOIN unit u ON u.id = m.unit_id
         WHERE m.deleted_at IS NULL AND {sql_filter}
         ORDER BY CASE m.role {} END, m.sort_order, m.id",
        Role::ALL
            .iter()
            .map(|r| format!("WHEN '{}' THEN {}", r.code(), r.rank()))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let mut stmt = desk.conn().prepare(&sql)?;
    let rows = stmt.query_map(p, |r| {
        let member = Member::from_row(r)?;
        Ok(RosterRow {
            role_label: settings.role_label(member.role),
            unit_name: r.get("unit_name")?,
            member,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Desk {
    /// The roster as it stood on `as_of` (today when omitted).
    pub fn roster(&self, as_of: Option<&str>) -> Result<Vec<RosterRow>> {
        let day = match date::parse_opt("asOf", "查询日期", as_of)? {
            Some(d) => d,
            None => self.today(),
        };
        let day = date::iso(day);
        roster_rows(
            self,
            "m.term_from <= ?1 AND (m.term_to IS NULL OR m.term_to >= ?1)",
            &[&day],
        )
    }

    /// Every seat the unit has had, current and past.
    pub fn unit_seats(&self, unit_id: i64) -> Result<Vec<RosterRow>> {
        roster_rows(self, "m.unit_id = ?1", &[&unit_id])
    }

    pub fn add_member(&mut self, input: &MemberInput) -> Result<Member> {
        body::require(self.conn())?;
        self.write(|tx| insert(tx, input))
    }

    /// Corrects a seat's details (a typo, a new phone). A change of person is `replace_member`.
    pub fn update_member(&mut self, id: i64, input: &MemberInput) -> Result<Member> {
        self.write(|tx| {
            let old = live::<Member>(tx, id)?;
            let m = input.validated(tx)?;
            let sort = m.sort_order.unwrap_or(old.sort_order);
            tx.update_columns::<Member>(id, &m.columns(sort))
        })
    }

    pub fn end_member(&mut self, input: &EndMemberInput) -> Result<Member> {
        let on = date::parse("on", "离任日期", &input.on)?;
        let reason = optional("reason", "变动原因", &input.reason, 100)?;
        self.write(|tx| {
            let m = live::<Member>(tx, input.member_id)?;
            if let Some(to) = &m.term_to {
                return Err(CoreError::conflict("on", format!("{}已于{}离任", m.person_name, to)));
            }
            end_seat(tx, m.id, on, &reason)
        })
    }

    /// Ends the seat the day before `on` and starts the same seat for the new person on `on`.
    pub fn replace_member(&mut self, input: &ReplaceMemberInput) -> Result<Member> {
        let on = date::parse("on", "更换日期", &input.on)?;
        let reason = optional("reason", "变动原因", &input.reason, 100)?;
        self.write(|tx| {
            let old = live::<Member>(tx, input.member_id)?;
            let old_from = date::parse("termFrom", "任职起始日期", &old.term_from)?;
            if on <= old_from {
                return Err(CoreError::invalid(
                    "on",
                    format!(
                        "更换日期应晚于{}的任职起始日期（{}）",
                        old.person_name,
                        date::chinese(old_from)
                    ),
                ));
            }
            if old.term_to.is_some() {
                return Err(CoreError::conflict(
                    "on",
                    format!("{}已离任，不能再办理更换", old.person_name),
                ));
            }
            let successor = MemberInput {
                role: old.role,
                person_name: input.person_name.clone(),
                unit_id: old.unit_id,
                post: input.post.clone(),
                sort_order: Some(old.sort_order),
                term_from: date::iso(on),
                term_to: None,
                phone: input.phone.clone(),
                note: input.note.clone(),
            }
            .validated(tx)?;
            let new = insert_clean(tx, &successor)?;
            tx.update::<Member>(old.id, |c| {
                c.execute(
                    "UPDATE member SET term_to = ?1, replaced_by = ?2 WHERE id = ?3",
                    params![date::iso(on - Duration::days(1)), new.id, old.id],
                )?;
                Ok(())
            })?;
            crate::roster::filing::record(tx, old.unit_id, Member::ENTITY, new.id, on, &reason)?;
            Ok(new)
        })
    }

    /// Moves a seat entered by mistake to the recycle bin. Ending a term is `end_member`.
    pub fn delete_member(&mut self, id: i64) -> Result<()> {
        self.write(|tx| tx.soft_delete::<Member>(id))
    }
}
