//! 参会人员 and 出席情况: who was asked to a meeting and whether they came. 云南 rules asks that no one
//! stay away: leave (请假) is asked for with a reason and a stand-in (代会人员) is sent.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::common::error::{CoreError, Result};
use crate::common::validate::{optional, required};
use crate::desk::Desk;
use crate::store::{live, Record, SoftDeleted, Tx};

crate::coded_enum! {
    pub enum Attendance: "出席情况" {
        Present = "present" / "出席",
        Leave = "leave" / "请假",
        Absent = "absent" / "缺席",
        Observer = "observer" / "列席",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Invitee {
    pub id: i64,
    pub meeting_id: i64,
    /// The roster seat it was picked from; none for an observer from outside.
    pub member_id: Option<i64>,
    pub unit_name: String,
    pub name: String,
    pub post: String,
    pub sort_order: i64,
    /// None until recorded.
    pub attendance: Option<Attendance>,
    pub leave_reason: String,
    pub stand_in_name: String,
    pub stand_in_post: String,
    pub deleted_at: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AttendanceInput {
    pub attendance: Option<Attendance>,
    pub leave_reason: String,
    pub stand_in_name: String,
    pub stand_in_post: String,
}

/// 列席人员 from outside the roster.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ObserverInput {
    pub unit_name: String,
    pub name: String,
    pub post: String,
}

impl Invitee {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Self {
            id: r.get("id")?,
            meeting_id: r.get("meeting_id")?,
            member_id: r.get("member_id")?,
            unit_name: r.get("unit_name")?,
            name: r.get("name")?,
            post: r.get("post")?,
            sort_order: r.get("sort_order")?,
            attendance: r.get("attendance")?,
            leave_reason: r.get("leave_reason")?,
            stand_in_name: r.get("stand_in_name")?,
            stand_in_post: r.get("stand_in_post")?,
            deleted_at: r.get("deleted_at")?,
        })
    }
}

impl Record for Invitee {
    const ENTITY: &'static str = "invitee";
    const LABEL: &'static str = "参会人员";

    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>> {
        Ok(conn
            .query_row("SELECT * FROM invitee WHERE id = ?1", [id], Self::from_row)
            .optional()?)
    }
}

impl AttendanceInput {
    /// A leave needs its reason and the stand-in's name (云南 rules 第四章: 请假并指派相关人员参会).
    fn validated(&self) -> Result<AttendanceInput> {
        let leave = self.attendance == Some(Attendance::Leave);
        let reason = optional("leaveReason", "请假事由", &self.leave_reason, 60)?;
        let stand_in = optional("standInName", "代会人员姓名", &self.stand_in_name, 20)?;
        if leave && reason.is_empty() {
            return Err(CoreError::invalid("leaveReason", "请假须写明事由"));
        }
        if leave && stand_in.is_empty() {
            return Err(CoreError::invalid(
                "standInName",
                "请假须指派代会人员，请填写代会人员姓名",
            ));
        }
        let keep = |t: String| if leave { t } else { String::new() };
        Ok(AttendanceInput {
            attendance: self.attendance,
            leave_reason: keep(reason),
            stand_in_name: keep(stand_in),
            stand_in_post: keep(optional("standInPost", "代会人员职务", &self.stand_in_post, 30)?),
        })
    }
}

fn next_order(conn: &Connection, meeting_id: i64) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT COALESCE(MAX(sort_order), 0) + 1 FROM invitee WHERE meeting_id = ?1 AND deleted_at IS NULL",
        [meeting_id],
        |r| r.get(0),
    )?)
}

fn insert(
    tx: &Tx,
    meeting_id: i64,
    member_id: Option<i64>,
    who: &ObserverInput,
    attendance: Option<&str>,
) -> Result<Invitee> {
    let order = next_order(tx, meeting_id)?;
    tx.insert::<Invitee>(|c| {
        c.execute(
            "INSERT INTO invitee (meeting_id, member_id, unit_name, name, post, sort_order, attendance)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                meeting_id,
                member_id,
                who.unit_name,
                who.name,
                who.post,
                order,
                attendance
            ],
        )?;
        Ok(c.last_insert_rowid())
    })
}

impl SoftDeleted for Invitee {
    fn deleted_at(&self) -> Option<&str> {
        self.deleted_at.as_deref()
    }

    fn gone() -> CoreError {
        CoreError::not_found("这位参会人员已被移除")
    }
}

impl Desk {
    pub fn invitees(&self, meeting_id: i64) -> Result<Vec<Invitee>> {
        let mut stmt = self
            .conn()
            .prepare("SELECT * FROM invitee WHERE meeting_id = ?1 AND deleted_at IS NULL ORDER BY sort_order, id")?;
        let rows = stmt.query_map([meeting_id], Invitee::from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Invites roster seats (picked by role, unit or by hand in the window). Someone already
    /// invited is skipped; answers how many were added.
    pub fn invite_members(&mut self, meeting_id: i64, member_ids: &[i64]) -> Result<usize> {
        let roster = self.roster(None)?;
        self.write(|tx| {
            live::<super::Meeting>(tx, meeting_id)?;
            let mut added = 0;
            for id in member_ids {
                let Some(seat) = roster.iter().find(|r| r.member.id == *id) else {
                    return Err(CoreError::invalid("memberIds", "所选人员不在当前组成人员名单中"));
                };
                let invited: bool = tx.query_row(
                    "SELECT EXISTS (SELECT 1 FROM invitee WHERE meeting_id = ?1 AND member_id = ?2 AND deleted_at IS NULL)",
                    params![meeting_id, id],
                    |r| r.get(0),
                )?;
                if invited {
                    continue;
                }
                let who = ObserverInput {
                    unit_name: seat.unit_name.clone().unwrap_or_default(),
                    name: seat.member.person_name.clone(),
                    post: seat.member.post.clone(),
                };
                insert(tx, meeting_id, Some(*id), &who, None)?;
                added += 1;
            }
            Ok(added)
        })
    }

    /// Adds a 列席 person from outside the roster.
    pub fn add_observer(&mut self, meeting_id: i64, input: &ObserverInput) -> Result<Invitee> {
        let who = ObserverInput {
            unit_name: required("unitName", "单位", &input.unit_name, 40)?,
            name: required("name", "姓名", &input.name, 20)?,
            post: optional("post", "职务", &input.post, 30)?,
        };
        self.write(|tx| {
            live::<super::Meeting>(tx, meeting_id)?;
            insert(tx, meeting_id, None, &who, Some(Attendance::Observer.code()))
        })
    }

    pub fn set_attendance(&mut self, invitee_id: i64, input: &AttendanceInput) -> Result<Invitee> {
        let a = input.validated()?;
        self.write(|tx| {
            live::<Invitee>(tx, invitee_id)?;
            tx.update::<Invitee>(invitee_id, |c| {
                c.execute(
                    "UPDATE invitee SET attendance = ?1, leave_reason = ?2, stand_in_name = ?3, stand_in_post = ?4
                     WHERE id = ?5",
                    params![
                        a.attendance.map(Attendance::code),
                        a.leave_reason,
                        a.stand_in_name,
                        a.stand_in_post,
                        invitee_id
                    ],
                )?;
                Ok(())
            })
        })
    }

    pub fn remove_invitee(&mut self, invitee_id: i64) -> Result<()> {
        self.write(|tx| {
            live::<Invitee>(tx, invitee_id)?;
            tx.soft_delete::<Invitee>(invitee_id)
        })
    }
}
