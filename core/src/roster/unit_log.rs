//! The change log of one member unit (C1): who took up and left its seats and who served
//! as its liaison, derived from the terms themselves and the filings that explain them.

use serde::Serialize;
use ts_rs::TS;

use crate::common::error::Result;
use crate::desk::Desk;
use crate::roster::filing::{self, Filing};

crate::coded_enum! {
    /// What happened in a unit's record.
    pub enum UnitChangeKind: "变更类型" {
        SeatStarted = "seat_started" / "任职",
        SeatEnded = "seat_ended" / "离任",
        LiaisonStarted = "liaison_started" / "联络员备案",
        LiaisonEnded = "liaison_ended" / "联络员卸任",
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UnitChange {
    pub date: String,
    pub kind: UnitChangeKind,
    /// e.g. “成员 张三（市卫健委副主任）”
    pub text: String,
    /// The filed reason, when the change was filed.
    pub reason: String,
    pub filed_by: String,
}

fn filed<'a>(filings: &'a [Filing], entity: &str, id: i64, on: &str) -> Option<&'a Filing> {
    filings
        .iter()
        .find(|f| f.entity == entity && f.entity_id == id && f.filed_on == on)
}

fn change(date: &str, kind: UnitChangeKind, text: String, filing: Option<&Filing>) -> UnitChange {
    UnitChange {
        date: date.to_owned(),
        kind,
        text,
        reason: filing.map(|f| f.reason.clone()).unwrap_or_default(),
        filed_by: filing.map(|f| f.filed_by.clone()).unwrap_or_default(),
    }
}

impl Desk {
    /// Newest first.
    pub fn unit_change_log(&self, unit_id: i64) -> Result<Vec<UnitChange>> {
        let filings = filing::for_unit(self.conn(), unit_id)?;
        let mut log = Vec::new();
        for seat in self.unit_seats(unit_id)? {
            let m = &seat.member;
            let who = if m.post.is_empty() {
                format!("{} {}", seat.role_label, m.person_name)
            } else {
                format!("{} {}（{}）", seat.role_label, m.person_name, m.post)
            };
            let start_filing = filed(&filings, "member", m.id, &m.term_from);
            log.push(change(
                &m.term_from,
                UnitChangeKind::SeatStarted,
                who.clone(),
                start_filing,
            ));
            if let Some(to) = &m.term_to {
                // A replaced seat is explained by its successor's filing; an ended one by its own.
                log.push(change(
                    to,
                    UnitChangeKind::SeatEnded,
                    who,
                    filed(&filings, "member", m.id, to),
                ));
            }
        }
        for l in self.liaison_history(unit_id)? {
            let who = [l.name.as_str(), l.department.as_str(), l.post.as_str()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
            log.push(change(
                &l.start_on,
                UnitChangeKind::LiaisonStarted,
                who.clone(),
                filed(&filings, "liaison", l.id, &l.start_on),
            ));
            if let Some(end) = &l.end_on {
                log.push(change(end, UnitChangeKind::LiaisonEnded, who, None));
            }
        }
        log.sort_by(|a, b| b.date.cmp(&a.date));
        Ok(log)
    }
}
