//! 会议 (C4): kinds, the year plan, ordinals, overlaps and attendance.

mod common;

use committee_core::*;
use common::*;

fn kind(desk: &Desk, name: &str) -> MeetingKind {
    desk.meeting_kinds()
        .unwrap()
        .into_iter()
        .find(|k| k.name == name)
        .unwrap()
}

pub fn meeting(kind_id: i64, on: &str, from: &str, to: &str) -> MeetingInput {
    MeetingInput {
        kind_id,
        title: "办公室会议".into(),
        meeting_on: on.into(),
        starts_at: from.into(),
        ends_at: to.into(),
        place: "市卫健委三楼会议室".into(),
        ..MeetingInput::default()
    }
}

fn plan(kind_id: i64, year: i32) -> PlanInput {
    PlanInput {
        kind_id,
        year,
        weekday: 4,
        day: 31,
        month: 2,
        starts_at: "09:00".into(),
        ends_at: "11:00".into(),
        place: "会议室".into(),
    }
}

#[test]
fn each_body_gets_the_kinds_its_rules_name() {
    let wugang = wugang_desk();
    let names: Vec<String> = wugang.meeting_kinds().unwrap().into_iter().map(|k| k.name).collect();
    assert_eq!(names, ["全体会议", "主任办公会议", "办公室会议", "专题会议"]);
    assert_eq!(kind(&wugang, "全体会议").cadence, Cadence::Yearly);
    assert_eq!(kind(&wugang, "全体会议").convener_role, Some(Role::Director));

    let yunnan = preset_desk("yunnan");
    assert_eq!(kind(&yunnan, "领导小组会议").cadence, Cadence::Monthly);
    assert_eq!(kind(&yunnan, "办公室会议").cadence, Cadence::Weekly);
    assert_eq!(kind(&yunnan, "办公室会议").convener_role, Some(Role::OfficeDirector));
}

#[test]
fn the_office_renames_adds_and_retires_kinds() {
    let mut desk = wugang_desk();
    let topic = kind(&desk, "专题会议");
    let input = MeetingKindInput {
        name: "专项行动推进会".into(),
        convener_role: None,
        cadence: Cadence::Monthly,
        retired: false,
    };
    desk.update_meeting_kind(topic.id, &input).unwrap();
    let e = desk.add_meeting_kind(&input).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("name"));
    assert!(e.message.contains("已有名为“专项行动推进会”"));
    let added = desk
        .add_meeting_kind(&MeetingKindInput {
            name: "联络员会议".into(),
            ..input.clone()
        })
        .unwrap();
    let retired = desk
        .update_meeting_kind(
            added.id,
            &MeetingKindInput {
                name: "联络员会议".into(),
                retired: true,
                ..input
            },
        )
        .unwrap();
    assert!(retired.retired);
    assert_eq!(desk.meeting_kinds().unwrap().len(), 5);
}

#[test]
fn weekly_plans_run_from_the_first_to_the_last_day_of_the_year() {
    let desk = preset_desk("yunnan");
    let office = kind(&desk, "办公室会议");
    // 2026 begins and ends on a Thursday: 53 meetings.
    let thursdays = desk.preview_plan(&plan(office.id, 2026)).unwrap();
    assert_eq!(thursdays.len(), 53);
    assert_eq!(thursdays[0].meeting_on, "2026-01-01");
    assert_eq!(thursdays[52].meeting_on, "2026-12-31");
    let mondays = desk
        .preview_plan(&PlanInput {
            weekday: 1,
            ..plan(office.id, 2027)
        })
        .unwrap();
    assert_eq!(mondays.len(), 52);
    assert_eq!(mondays[0].meeting_on, "2027-01-04");
    assert_eq!(mondays[51].meeting_on, "2027-12-27");
}

#[test]
fn monthly_and_yearly_plans_say_when_a_day_does_not_exist() {
    let mut desk = preset_desk("yunnan");
    let monthly = kind(&desk, "领导小组会议");
    let leap = desk.preview_plan(&plan(monthly.id, 2028)).unwrap();
    assert_eq!(leap.len(), 12);
    assert_eq!(leap[1].meeting_on, "2028-02-29");
    assert_eq!(leap[1].note.as_deref(), Some("2月没有31日，安排在2月29日"));
    assert_eq!(leap[3].meeting_on, "2028-04-30");
    assert!(leap[0].note.is_none());
    assert_eq!(leap.iter().filter(|p| p.note.is_some()).count(), 5);

    let yearly = desk
        .add_meeting_kind(&MeetingKindInput {
            name: "全体会议".into(),
            convener_role: Some(Role::Director),
            cadence: Cadence::Yearly,
            retired: false,
        })
        .unwrap();
    let feb29 = PlanInput {
        day: 29,
        ..plan(yearly.id, 2027)
    };
    let one = desk.preview_plan(&feb29).unwrap();
    assert_eq!(one.len(), 1);
    assert_eq!(one[0].meeting_on, "2027-02-28");
    assert!(one[0].note.as_deref().unwrap().contains("2月没有29日"));

    // An existing meeting that day is listed, not silently dropped.
    desk.add_meeting(&meeting(monthly.id, "2028-03-31", "14:00", "16:00"))
        .unwrap();
    let again = desk.preview_plan(&plan(monthly.id, 2028)).unwrap();
    assert!(!again[2].create);
    assert!(again[2].note.as_deref().unwrap().contains("已有领导小组会议"));
    assert_eq!(desk.create_plan(&plan(monthly.id, 2028)).unwrap(), 11);
    assert_eq!(desk.list_meetings(2028, Some(monthly.id)).unwrap().len(), 12);

    let topic = kind(&desk, "专题会议");
    let e = desk.preview_plan(&plan(topic.id, 2028)).unwrap_err();
    assert!(e.message.contains("不定期"));
}

#[test]
fn ordinals_count_per_kind_and_year_in_date_order() {
    let mut desk = wugang_desk();
    let office = kind(&desk, "办公室会议").id;
    let plenary = kind(&desk, "全体会议").id;
    let late = desk
        .add_meeting(&meeting(office, "2026-11-20", "09:00", "10:00"))
        .unwrap();
    let early = desk
        .add_meeting(&meeting(office, "2026-03-02", "09:00", "10:00"))
        .unwrap();
    let middle = desk
        .add_meeting(&meeting(office, "2026-06-10", "09:00", "10:00"))
        .unwrap();
    desk.add_meeting(&meeting(plenary, "2026-01-15", "09:00", "10:00"))
        .unwrap();
    desk.add_meeting(&meeting(office, "2027-01-05", "09:00", "10:00"))
        .unwrap();
    let ordinal = |d: &Desk, id: i64| d.meeting(id).unwrap().ordinal;
    assert_eq!(ordinal(&desk, early.meeting.meeting.id), 1);
    assert_eq!(ordinal(&desk, middle.meeting.meeting.id), 2);
    assert_eq!(ordinal(&desk, late.meeting.meeting.id), 3);
    assert_eq!(desk.list_meetings(2027, Some(office)).unwrap()[0].ordinal, 1);
    assert_eq!(desk.list_meetings(2026, Some(plenary)).unwrap()[0].ordinal, 1);
    desk.delete_meeting(middle.meeting.meeting.id).unwrap();
    assert_eq!(ordinal(&desk, late.meeting.meeting.id), 2);
}

#[test]
fn overlapping_meetings_save_with_a_warning() {
    let mut desk = wugang_desk();
    let office = kind(&desk, "办公室会议").id;
    let first = desk
        .add_meeting(&meeting(office, "2026-12-02", "09:00", "11:00"))
        .unwrap();
    assert!(first.conflicts.is_empty());
    let touching = desk
        .add_meeting(&meeting(office, "2026-12-02", "11:00", "12:00"))
        .unwrap();
    assert!(touching.conflicts.is_empty(), "back to back is no overlap");
    let clash = desk
        .add_meeting(&meeting(office, "2026-12-02", "10:30", "11:30"))
        .unwrap();
    assert_eq!(clash.conflicts.len(), 2);
    assert!(clash.conflicts[0].contains("09:00–11:00"), "{:?}", clash.conflicts);

    let e = desk
        .add_meeting(&meeting(office, "2026-12-02", "10:00", "09:00"))
        .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("endsAt"));
    let e = desk
        .add_meeting(&meeting(office, "2026-13-02", "09:00", "10:00"))
        .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("meetingOn"));
}

#[test]
fn leave_needs_a_reason_and_a_stand_in() {
    let mut desk = wugang_desk();
    let office = kind(&desk, "办公室会议").id;
    let m = desk
        .add_meeting(&meeting(office, "2026-12-02", "09:00", "11:00"))
        .unwrap()
        .meeting
        .meeting
        .id;
    let leaders: Vec<i64> = desk
        .roster(None)
        .unwrap()
        .into_iter()
        .filter(|r| matches!(r.member.role, Role::Director | Role::DeputyDirector))
        .map(|r| r.member.id)
        .collect();
    assert_eq!(desk.invite_members(m, &leaders).unwrap(), 4);
    assert_eq!(desk.invite_members(m, &leaders).unwrap(), 0, "already invited");
    let first = desk.invitees(m).unwrap()[0].clone();

    let mut leave = AttendanceInput {
        attendance: Some(Attendance::Leave),
        ..AttendanceInput::default()
    };
    let e = desk.set_attendance(first.id, &leave).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("leaveReason"));
    assert_eq!(e.message, "请假须写明事由");
    leave.leave_reason = "赴省参加培训".into();
    let e = desk.set_attendance(first.id, &leave).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("standInName"));
    assert!(e.message.contains("代会人员"));
    leave.stand_in_name = "李明".into();
    leave.stand_in_post = "市政府办公室副主任".into();
    let saved = desk.set_attendance(first.id, &leave).unwrap();
    assert_eq!(saved.stand_in_name, "李明");

    let present = AttendanceInput {
        attendance: Some(Attendance::Present),
        leave_reason: "旧的事由".into(),
        ..AttendanceInput::default()
    };
    let saved = desk.set_attendance(first.id, &present).unwrap();
    assert_eq!(saved.leave_reason, "", "a present invitee keeps no leave details");

    let observer = desk
        .add_observer(
            m,
            &ObserverInput {
                unit_name: "市融媒体中心".into(),
                name: "赵敏".into(),
                post: "记者".into(),
            },
        )
        .unwrap();
    assert_eq!(observer.attendance, Some(Attendance::Observer));
    let e = desk.add_observer(m, &ObserverInput::default()).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("unitName"));
}

#[test]
fn a_working_group_is_its_lead_unit_and_the_units_on_its_tasks() {
    let mut desk = wugang_desk();
    let (health, education, sport) = (
        unit_id(&desk, "市卫健委"),
        unit_id(&desk, "市教体局"),
        unit_id(&desk, "市体育运动发展中心"),
    );
    desk.add_task(&TaskInput {
        action_name: "健康知识普及行动".into(),
        content: "开展健康科普进校园活动".into(),
        lead_unit_id: Some(sport),
        // A name not on the roll (a department inside a unit) is left out, not an error.
        cooperating: "市教体局、各乡镇卫生院".into(),
        active: true,
        ..TaskInput::default()
    })
    .unwrap();
    let groups = desk.action_group_units().unwrap();
    let group = groups.iter().find(|g| g.name == "健康知识普及行动").unwrap();
    let mut expected = vec![health, education, sport];
    expected.sort();
    assert_eq!(group.unit_ids, expected);
    let fitness = groups.iter().find(|g| g.name == "全民健身行动").unwrap();
    assert_eq!(fitness.unit_ids, vec![sport]);
}
