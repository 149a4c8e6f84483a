mod common;

use std::sync::Arc;

use committee_core::clock::FixedClock;
use committee_core::*;
use common::*;

#[test]
fn a_new_database_asks_for_setup() {
    let desk = blank_desk();
    let state = desk.setup_state().unwrap();
    assert!(!state.configured);
    assert_eq!(state.today, TODAY);
    let ids: Vec<_> = state.presets.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["wugang", "yunnan", "luzhou"]);
    assert_eq!(desk.list_units().unwrap_err().code, ErrorCode::NotConfigured);
    assert_eq!(desk.roster(None).unwrap_err().code, ErrorCode::NotConfigured);
}

#[test]
fn wugang_preset_brings_the_full_roster_of_the_wugang_opinion() {
    let desk = wugang_desk();
    let roster = desk.roster(None).unwrap();
    assert_eq!(roster.len(), 40);
    let first = &roster[0];
    assert_eq!(
        (first.role_label.as_str(), first.member.person_name.as_str()),
        ("主任", "王海彦")
    );
    assert_eq!(first.member.post, "市三级调研员");
    let deputies: Vec<_> = roster
        .iter()
        .filter(|r| r.role_label == "副主任")
        .map(|r| r.member.person_name.as_str())
        .collect();
    assert_eq!(deputies, ["卜蕴杰", "魏红涛", "姬冠华"]);
    // Names padded with a space in the document are stored as written by their owners.
    assert!(roster
        .iter()
        .any(|r| r.member.person_name == "冻军" && r.unit_name.as_deref() == Some("市司法局")));
    let office: Vec<_> = roster
        .iter()
        .filter(|r| r.member.role.is_office())
        .map(|r| (r.role_label.as_str(), r.member.person_name.as_str()))
        .collect();
    assert_eq!(office, [("办公室主任", "姬冠华"), ("办公室副主任", "陈文超")]);
    let groups = desk.action_groups().unwrap();
    assert_eq!(groups.len(), 16);
    let units = desk.list_units().unwrap();
    let lead = |g: &ActionGroup| {
        units
            .iter()
            .find(|u| Some(u.unit.id) == g.lead_unit_id)
            .unwrap()
            .unit
            .name
            .clone()
    };
    assert_eq!(lead(&groups[2]), "市体育运动发展中心");
    assert_eq!(lead(&groups[0]), "市卫健委");
    let summary = desk.dashboard().unwrap();
    assert_eq!(
        (summary.seat_count, summary.office_seat_count, summary.group_count),
        (38, 2, 16)
    );
    assert_eq!(summary.units_without_liaison.len(), summary.unit_count);
}

#[test]
fn yunnan_preset_is_a_leading_group_of_29_units() {
    assert_eq!(preset(&blank_desk(), "yunnan").settings.kind, BodyKind::LeadingGroup);
    let desk = preset_desk("yunnan");
    assert_eq!(desk.list_units().unwrap().len(), 29);
    assert_eq!(desk.action_groups().unwrap().len(), 7);
    let titles = desk.role_titles().unwrap();
    assert_eq!(titles[0].label, "组长");
    assert_eq!(titles[1].label, "副组长");
    assert!(desk.settings().unwrap().weekly_report);
}

#[test]
fn luzhou_preset_brings_the_leading_group_and_its_six_line_breakdown() {
    let p = preset(&blank_desk(), "luzhou");
    assert_eq!((p.units, p.seats), (29, 34));
    let mut desk = preset_desk("luzhou");
    let roster = desk.roster(None).unwrap();
    assert_eq!(roster[0].member.person_name, "任英");
    assert_eq!(roster[0].member.post, "委党组书记、主任");
    assert!(
        roster.iter().any(|r| r.member.person_name == "税昌海"),
        "稅 written as 税"
    );
    let tasks = desk.list_tasks().unwrap();
    assert_eq!(tasks.len(), 6);
    assert_eq!(tasks[0].task.content, "病媒生物防治；农村卫生厕所普及。");
    assert_eq!(tasks[0].lead_unit_name.as_deref(), Some("爱卫办综合科"));
    assert_eq!(tasks[3].task.lead_leader, "周正国");
    assert_eq!(tasks[5].lead_unit_name.as_deref(), Some("指挥部办公室"));
    let period = desk.open_period(2026, 11).unwrap();
    assert_eq!(
        desk.report_board(period.id).unwrap().rows.len(),
        5,
        "five lead units report"
    );
}

#[test]
fn setup_validates_and_runs_once() {
    let mut desk = blank_desk();
    let mut bad = settings();
    bad.body_name = "  ".into();
    let e = desk
        .complete_setup(&SetupInput {
            settings: bad,
            preset: None,
        })
        .unwrap_err();
    assert_eq!((e.code, e.field.as_deref()), (ErrorCode::Invalid, Some("bodyName")));
    let mut bad = settings();
    bad.monthly_deadline_day = 0;
    let e = desk
        .complete_setup(&SetupInput {
            settings: bad,
            preset: None,
        })
        .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("monthlyDeadlineDay"));
    let e = desk
        .complete_setup(&SetupInput {
            settings: settings(),
            preset: Some("nowhere".into()),
        })
        .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("preset"));
    assert!(!desk.setup_state().unwrap().configured, "a refused setup saves nothing");

    desk.complete_setup(&SetupInput {
        settings: settings(),
        preset: None,
    })
    .unwrap();
    let again = desk
        .complete_setup(&SetupInput {
            settings: settings(),
            preset: None,
        })
        .unwrap_err();
    assert_eq!(again.code, ErrorCode::Conflict);
}

#[test]
fn settings_stay_editable() {
    let mut desk = empty_desk();
    let mut s = desk.settings().unwrap();
    s.kind = BodyKind::LeadingGroup;
    s.weekly_deadline_time = "5点".into();
    assert_eq!(
        desk.update_settings(&s).unwrap_err().field.as_deref(),
        Some("weeklyDeadlineTime")
    );
    s.weekly_deadline_time = "16:30".into();
    s.body_name = " 健康三门峡行动领导小组 ".into();
    let saved = desk.update_settings(&s).unwrap();
    assert_eq!(saved.body_name, "健康三门峡行动领导小组");
    assert_eq!(desk.role_titles().unwrap()[0].label, "组长");
    assert_eq!(desk.history_of("body_settings", 1).unwrap().len(), 2);
}

#[test]
fn data_survives_reopening_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested").join("committee-desk.db");
    let clock = || Arc::new(FixedClock::on(day(TODAY)));
    {
        let mut desk = Desk::open(&path, clock()).unwrap();
        desk.complete_setup(&SetupInput {
            settings: settings(),
            preset: Some("wugang".into()),
        })
        .unwrap();
    }
    let desk = Desk::open(&path, clock()).unwrap();
    assert!(desk.setup_state().unwrap().configured);
    assert_eq!(desk.roster(None).unwrap().len(), 40);
}
