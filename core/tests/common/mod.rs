#![allow(dead_code)]

use std::io::{Cursor, Read};
use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use calamine::{open_workbook_from_rs, Xlsx};

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

pub fn preset(desk: &Desk, id: &str) -> PresetInfo {
    desk.setup_state()
        .unwrap()
        .presets
        .into_iter()
        .find(|p| p.id == id)
        .unwrap()
}

/// A desk set up from the preset `id` with the preset's own settings.
pub fn preset_desk(id: &str) -> Desk {
    let mut desk = blank_desk();
    let settings = preset(&desk, id).settings;
    desk.complete_setup(&SetupInput {
        settings,
        preset: Some(id.into()),
    })
    .unwrap();
    desk
}

pub fn wugang_desk() -> Desk {
    preset_desk("wugang")
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

/// The id of the unit with this name.
pub fn unit_id(desk: &Desk, name: &str) -> i64 {
    desk.list_units()
        .unwrap()
        .into_iter()
        .find(|u| u.unit.name == name)
        .unwrap()
        .unit
        .id
}

pub fn names(rows: &[RosterRow]) -> Vec<String> {
    rows.iter().map(|r| r.member.person_name.clone()).collect()
}

// Reading outputs back as a user's software would.

pub fn poppler(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} is missing (poppler-utils; scripts/setup.sh installs it): {e}"));
    assert!(
        out.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

pub fn pdf_text(path: &Path) -> String {
    poppler("pdftotext", &["-layout", path.to_str().unwrap(), "-"])
}

pub fn page_count(path: &Path) -> usize {
    let info = poppler("pdfinfo", &[path.to_str().unwrap()]);
    let line = info.lines().find(|l| l.starts_with("Pages:")).unwrap();
    line.split_whitespace().last().unwrap().parse().unwrap()
}

/// Every font of the PDF embedded and subset: “emb sub” both “yes”.
pub fn assert_fonts_subset(path: &Path) {
    let fonts = poppler("pdffonts", &[path.to_str().unwrap()]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "no fonts in {}", path.display());
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert_eq!(
            &cols[n - 5..n - 2],
            ["yes", "yes", "yes"],
            "not embedded+subset+unicode: {row}"
        );
    }
}

pub fn unspaced(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

pub fn xlsx(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap()
}

pub fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut text).unwrap();
    text
}

/// The text of a Word part (`<w:t>` runs), each paragraph on its own line.
pub fn word_text(xml: &str) -> String {
    xml.split("</w:p>")
        .map(|p| {
            p.split("<w:t")
                .skip(1)
                .filter_map(|t| t.split_once('>').and_then(|(_, rest)| rest.split_once("</w:t>")))
                .map(|(text, _)| text)
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}
