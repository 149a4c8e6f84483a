#![allow(dead_code)]

use std::sync::Arc;

use chrono::NaiveDate;
use committee_core::clock::FixedClock;
use committee_core::*;

pub const TODAY: &str = "2026-11-25";

pub fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

pub fn blank_desk() -> Desk {
    Desk::in_memory(Arc::new(FixedClock::on(day(TODAY)))).unwrap()
}

pub fn settings() -> BodySettings {
    BodySettings {
        body_name: "健康三门峡行动推进委员会".into(),
        office_name: "健康三门峡行动推进委员会办公室".into(),
        host_unit: "市卫生健康委".into(),
        doc_prefix_body: "三健委".into(),
        member_title: "委员".into(),
        operator: "办公室小李".into(),
        ..BodySettings::default()
    }
}

/// A configured desk with no units: the empty start.
pub fn empty_desk() -> Desk {
    let mut desk = blank_desk();
    desk.complete_setup(&SetupInput {
        settings: settings(),
        preset: None,
    })
    .unwrap();
    desk
}

pub fn wugang_desk() -> Desk {
    let mut desk = blank_desk();
    let preset = desk
        .setup_state()
        .unwrap()
        .presets
        .into_iter()
        .find(|p| p.id == "wugang")
        .unwrap();
    desk.complete_setup(&SetupInput {
        settings: preset.settings,
        preset: Some("wugang".into()),
    })
    .unwrap();
    desk
}

pub fn unit(name: &str) -> UnitInput {
    UnitInput {
        name: name.into(),
        category: "政府部门".into(),
        ..UnitInput::default()
    }
}

pub fn seat(role: Role, name: &str, unit_id: Option<i64>, from: &str) -> MemberInput {
    MemberInput {
        role,
        person_name: name.into(),
        unit_id,
        post: String::new(),
        sort_order: None,
        term_from: from.into(),
        term_to: None,
        phone: String::new(),
        note: String::new(),
    }
}

pub fn liaison(unit_id: i64, name: &str, on: &str) -> LiaisonInput {
    LiaisonInput {
        unit_id,
        name: name.into(),
        department: "疾控科".into(),
        post: "科长".into(),
        office_phone: "0375-8123456".into(),
        mobile: "13800000000".into(),
        email: String::new(),
        filed_on: on.into(),
        reason: String::new(),
    }
}

pub fn names(rows: &[RosterRow]) -> Vec<String> {
    rows.iter().map(|r| r.member.person_name.clone()).collect()
}
