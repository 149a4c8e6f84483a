//! The meetings side of a unit's record: each invitation of one of its people to a meeting held,
//! and how it was answered. An invitee from the roster belongs to its seat's unit; one typed in
//! belongs to the unit whose full or short name it gives.

use std::iter::Sum;

use chrono::{Datelike, NaiveDate};
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::Ledger;
use crate::common::date;
use crate::common::error::Result;

/// 人次, not meetings: a unit with two seats at one meeting counts twice.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AttendanceTally {
    pub invited: i64,
    pub present: i64,
    /// 请假 with someone sent in their place.
    pub stand_in: i64,
    /// 请假 with no one sent.
    pub leave: i64,
    pub absent: i64,
}

impl<'a> Sum<&'a AttendanceTally> for AttendanceTally {
    fn sum<I: Iterator<Item = &'a AttendanceTally>>(iter: I) -> Self {
        iter.fold(Self::default(), |a, b| Self {
            invited: a.invited + b.invited,
            present: a.present + b.present,
            stand_in: a.stand_in + b.stand_in,
            leave: a.leave + b.leave,
            absent: a.absent + b.absent,
        })
    }
}

impl AttendanceTally {
    fn add(&mut self, attendance: Option<&str>, stand_in: bool) {
        self.invited += 1;
        match attendance {
            Some("present") => self.present += 1,
            Some("leave") if stand_in => self.stand_in += 1,
            Some("leave") => self.leave += 1,
            Some("absent") => self.absent += 1,
            _ => {}
        }
    }
}

struct Invitation {
    on: NaiveDate,
    seat_unit: Option<i64>,
    unit_name: String,
    attendance: Option<String>,
    stand_in: bool,
}

pub(super) fn count(conn: &Connection, year: i32, as_of: NaiveDate, ledger: &mut Ledger) -> Result<()> {
    let mut stmt = conn.prepare(
        "SELECT m.meeting_on, s.unit_id, i.unit_name, i.attendance, i.stand_in_name <> '' AS stand_in
         FROM invitee i
         JOIN meeting m ON m.id = i.meeting_id
         LEFT JOIN member s ON s.id = i.member_id
         WHERE i.deleted_at IS NULL AND m.deleted_at IS NULL
           AND m.meeting_on BETWEEN ?1 AND ?2
           AND (i.attendance IS NULL OR i.attendance <> 'observer')",
    )?;
    let rows = stmt.query_map([format!("{year}-01-01"), date::iso(as_of)], |r| {
        let on: String = r.get(0)?;
        Ok(Invitation {
            on: date::from_iso(&on).unwrap_or(as_of),
            seat_unit: r.get(1)?,
            unit_name: r.get(2)?,
            attendance: r.get(3)?,
            stand_in: r.get(4)?,
        })
    })?;
    for row in rows {
        let row = row?;
        let unit_id = row.seat_unit.or_else(|| ledger.named(&row.unit_name));
        if let Some(unit) = unit_id.and_then(|id| ledger.unit(id)) {
            unit.month(row.on.month())
                .meetings
                .add(row.attendance.as_deref(), row.stand_in);
        }
    }
    Ok(())
}
