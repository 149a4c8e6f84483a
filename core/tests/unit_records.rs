//! 成员单位履职情况 (C8+): a year's returns, meetings and 督办 items per unit, with the month
//! each figure comes from, and the 通报 table read back.

mod common;

use committee_core::*;
use common::*;

fn record<'a>(year: &'a UnitRecordYear, name: &str) -> &'a UnitRecord {
    year.units.iter().find(|u| u.unit_name == name).unwrap()
}

/// The first three units owing a return, by name.
fn owing_units(desk: &Desk, period: i64) -> Vec<(i64, String)> {
    let board = desk.report_board(period).unwrap();
    board
        .rows
        .iter()
        .take(3)
        .map(|r| (r.unit_id, r.unit_name.clone()))
        .collect()
}

fn submit(desk: &mut Desk, period: i64, unit: i64, on: &str) {
    let form = desk.report_form(period, unit).unwrap();
    let input = ReportInput {
        filled_department: form.unit_name.clone(),
        filled_on: Some(on.into()),
        filled_by: "王芳".into(),
        rows: form
            .rows
            .iter()
            .map(|l| ReportLineInput {
                task_id: l.task_id,
                progress: "按计划推进".into(),
                reasons_next: "无".into(),
                difficulties: String::new(),
            })
            .collect(),
    };
    desk.submit_report(period, unit, &input, on).unwrap();
}

#[test]
fn returns_count_on_time_late_and_missing_once_the_deadline_has_passed() {
    let mut desk = wugang_desk();
    let october = desk.open_period(2026, 10).unwrap().id;
    desk.open_period(2026, 11).unwrap();
    let units = owing_units(&desk, october);
    submit(&mut desk, october, units[0].0, "2026-10-20");
    submit(&mut desk, october, units[1].0, "2026-10-28");
    for _ in 0..2 {
        desk.record_reminders(&ReminderInput {
            period_id: october,
            unit_ids: vec![units[2].0],
            channel: ReminderChannel::Phone,
            note: String::new(),
        })
        .unwrap();
    }

    let year = desk.unit_records(2026).unwrap();
    assert_eq!(year.as_of, "2026-11-25");
    let [on_time, late, missing] = [0, 1, 2].map(|i| record(&year, &units[i].1));
    let tally = |due, on_time, late, missing| ReturnTally {
        due,
        on_time,
        late,
        missing,
    };
    // November's deadline is today: not yet counted.
    assert_eq!(on_time.returns, tally(1, 1, 0, 0));
    assert_eq!(late.returns, tally(1, 0, 1, 0));
    assert_eq!(missing.returns, tally(1, 0, 0, 1));
    assert_eq!(missing.reminders, 2);
    assert_eq!(missing.months[9].return_status, Some(MonthReturn::Missing));
    assert_eq!(missing.months[9].reminders, 2);
    assert_eq!(missing.months[10].return_status, Some(MonthReturn::Pending));
    assert_eq!(missing.months[8].return_status, None, "no period in September");
}

#[test]
fn meetings_count_each_invitation_of_a_meeting_held_by_how_it_was_answered() {
    let mut desk = wugang_desk();
    let kind = desk.meeting_kinds().unwrap()[0].id;
    let meeting = |on: &str| MeetingInput {
        kind_id: kind,
        title: "全体会议".into(),
        meeting_on: on.into(),
        starts_at: "09:00".into(),
        ends_at: "11:00".into(),
        place: "会议室".into(),
        ..MeetingInput::default()
    };
    let held = desk.add_meeting(&meeting("2026-11-10")).unwrap().meeting.meeting.id;
    let coming = desk.add_meeting(&meeting("2026-12-10")).unwrap().meeting.meeting.id;
    let seats: Vec<RosterRow> = desk
        .roster(None)
        .unwrap()
        .into_iter()
        .filter(|r| r.member.unit_id.is_some() && !r.member.role.is_office())
        .take(4)
        .collect();
    let ids: Vec<i64> = seats.iter().map(|r| r.member.id).collect();
    desk.invite_members(held, &ids).unwrap();
    desk.invite_members(coming, &ids).unwrap();
    let invitees = desk.invitees(held).unwrap();
    let answers = [
        AttendanceInput {
            attendance: Some(Attendance::Present),
            ..AttendanceInput::default()
        },
        AttendanceInput {
            attendance: Some(Attendance::Leave),
            leave_reason: "外出培训".into(),
            stand_in_name: "李明".into(),
            stand_in_post: "副局长".into(),
        },
        AttendanceInput {
            attendance: Some(Attendance::Absent),
            ..AttendanceInput::default()
        },
    ];
    for (invitee, answer) in invitees.iter().zip(&answers) {
        desk.set_attendance(invitee.id, answer).unwrap();
    }
    desk.add_observer(
        held,
        &ObserverInput {
            unit_name: seats[0].unit_name.clone().unwrap(),
            name: "赵敏".into(),
            post: "科员".into(),
        },
    )
    .unwrap();

    let year = desk.unit_records(2026).unwrap();
    let total: AttendanceTally = year.units.iter().map(|u| &u.meetings).sum();
    // Four invited to the meeting held; the one in December and the 列席 do not count.
    assert_eq!(
        total,
        AttendanceTally {
            invited: 4,
            present: 1,
            stand_in: 1,
            leave: 0,
            absent: 1,
        }
    );
    let first = record(&year, seats[0].unit_name.as_deref().unwrap());
    assert!(first.meetings.present >= 1);
    assert!(first.months[10].meetings.invited >= 1);
}

fn item(units: &str, deadline: Option<&str>) -> FollowUpInput {
    FollowUpInput {
        source: FollowUpSource::Assigned,
        source_note: String::new(),
        content: format!("{units}的工作"),
        units: units.into(),
        deadline: deadline.map(Into::into),
        working_days: None,
    }
}

#[test]
fn follow_ups_count_for_every_unit_their_text_names() {
    let mut desk = wugang_desk();
    let shared = desk
        .add_follow_up(&item("市卫健委牵头，市教体局配合", Some("2026-11-20")))
        .unwrap();
    let done = desk.set_follow_up_status(shared.item.id, FollowUpStatus::Done).unwrap();
    assert_eq!(done.item.done_on.as_deref(), Some(TODAY));
    desk.add_follow_up(&item("市卫健委", Some("2026-12-31"))).unwrap();
    desk.add_follow_up(&item("市教体局", Some("2026-11-01"))).unwrap();
    desk.add_follow_up(&item("各成员单位", Some("2026-11-30"))).unwrap();
    desk.add_follow_up(&item("市卫健委", Some("2027-01-10"))).unwrap();

    let year = desk.unit_records(2026).unwrap();
    let health = &record(&year, "市卫健委").follow_ups;
    let education = &record(&year, "市教体局").follow_ups;
    assert_eq!((health.assigned, health.done_late, health.open), (2, 1, 1));
    assert_eq!((education.assigned, education.done_late, education.overdue), (2, 1, 1));
    assert_eq!(record(&year, "市教体局").months[10].follow_ups.assigned, 2);
    let all: FollowUpTally = year.units.iter().map(|u| &u.follow_ups).sum();
    assert_eq!(all.assigned, 4, "各成员单位 is nobody's item in particular");
}

/// The desk on `path` as its clock reads on `day`.
fn desk_on(path: &std::path::Path, day_text: &str) -> Desk {
    Desk::open(
        path,
        std::sync::Arc::new(committee_core::clock::FixedClock::on(day(day_text))),
    )
    .unwrap()
}

#[test]
fn an_item_keeps_the_day_it_was_done_and_the_office_can_correct_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("committee-desk.db");
    let mut desk = desk_on(&path, "2026-11-20");
    let settings = preset(&desk, "wugang").settings;
    desk.complete_setup(&SetupInput {
        settings,
        preset: Some("wugang".into()),
    })
    .unwrap();
    let id = desk
        .add_follow_up(&item("市卫健委", Some("2026-11-21")))
        .unwrap()
        .item
        .id;
    let wrong = desk.set_follow_up_done_on(id, "2026-11-20").unwrap_err();
    assert_eq!(wrong.field.as_deref(), Some("doneOn"), "not done yet");
    desk.set_follow_up_status(id, FollowUpStatus::Done).unwrap();
    drop(desk);

    // Marked done again days later, it keeps the day it was first marked.
    let mut desk = desk_on(&path, "2026-11-25");
    let again = desk.set_follow_up_status(id, FollowUpStatus::Done).unwrap();
    assert_eq!(again.item.done_on.as_deref(), Some("2026-11-20"));
    // Taken back out of done it loses its day, and done again it takes today's: 逾期完成.
    let reopened = desk.set_follow_up_status(id, FollowUpStatus::InProgress).unwrap();
    assert_eq!(reopened.item.done_on, None);
    desk.set_follow_up_status(id, FollowUpStatus::Done).unwrap();
    assert_eq!(
        desk.unit_records(2026)
            .unwrap()
            .units
            .iter()
            .map(|u| u.follow_ups.done_late)
            .sum::<i64>(),
        1
    );
    // The office says it was finished on the 21st: 按期完成.
    let corrected = desk.set_follow_up_done_on(id, "2026-11-21").unwrap();
    assert_eq!(corrected.item.done_on.as_deref(), Some("2026-11-21"));
    let record = desk.unit_records(2026).unwrap();
    assert_eq!(record.units.iter().map(|u| u.follow_ups.done_on_time).sum::<i64>(), 1);
    for bad in ["2026-11-26", "2026-11-19", "十一月"] {
        assert_eq!(
            desk.set_follow_up_done_on(id, bad).unwrap_err().field.as_deref(),
            Some("doneOn"),
            "{bad}"
        );
    }
}

#[test]
fn a_year_not_yet_reached_or_long_past_is_refused_or_counted_to_its_end() {
    let desk = wugang_desk();
    assert_eq!(desk.unit_records(1999).unwrap_err().field.as_deref(), Some("year"));
    let past = desk.unit_records(2025).unwrap();
    assert_eq!(past.as_of, "2025-12-31");
    assert_eq!(past.rules.len(), 4);
    assert!(past
        .units
        .iter()
        .all(|u| u.returns.due == 0 && u.follow_ups.assigned == 0));
}

#[test]
fn the_circular_table_prints_every_unit_and_the_rules_and_the_workbook_adds_the_months() {
    let mut desk = wugang_desk();
    let october = desk.open_period(2026, 10).unwrap().id;
    let units = owing_units(&desk, october);
    submit(&mut desk, october, units[0].0, "2026-10-28");
    let dir = tempfile::tempdir().unwrap();
    let what = Printable::UnitRecord { year: 2026 };
    let pdf = desk.output_file(&what, ExportFormat::Pdf).unwrap();
    assert_eq!(pdf.name, "2026年度成员单位履职情况.pdf");
    let path = dir.path().join(&pdf.name);
    std::fs::write(&path, &pdf.bytes).unwrap();
    let text = unspaced(&pdf_text(&path));
    for expected in [
        "2026年度成员单位履职情况",
        "统计截至2026年11月25日",
        "逾期未完成",
        "说明：",
        &units[0].1,
    ] {
        assert!(text.contains(&unspaced(expected)), "{expected} missing from the PDF");
    }
    assert_fonts_subset(&path);

    let xlsx_file = desk.output_file(&what, ExportFormat::Xlsx).unwrap();
    let mut book = xlsx(&xlsx_file.bytes);
    use calamine::Reader;
    assert_eq!(book.sheet_names(), ["年度汇总", "逐月明细"]);
    let months = book.worksheet_range("逐月明细").unwrap();
    let late_row = months
        .rows()
        .find(|r| r[0].to_string() == units[0].1 && r[1] == calamine::Data::Float(10.0))
        .expect("the unit's October");
    assert_eq!(late_row[2].to_string(), "逾期");
    // Counts are numbers, to sum and sort in Excel: row 4 is the first unit (title, group
    // headings, headers above it), column C its 应报.
    let summary = book.worksheet_range("年度汇总").unwrap();
    assert_eq!(
        summary.get((1, 2)),
        Some(&calamine::Data::String("信息报送（月）".into()))
    );
    assert!(
        matches!(summary.get((3, 2)), Some(calamine::Data::Float(_))),
        "{:?}",
        summary.get((3, 2))
    );
    assert!(matches!(late_row[3], calamine::Data::Float(_)));
}

#[test]
fn a_name_inside_a_longer_one_is_not_counted_for_it() {
    let mut desk = wugang_desk();
    desk.add_unit(&unit("市公安局交警大队")).unwrap();
    desk.add_follow_up(&item("市公安局交警大队", Some("2026-12-20")))
        .unwrap();
    desk.add_follow_up(&item("市公安局 牵头", Some("2026-12-20"))).unwrap();
    let year = desk.unit_records(2026).unwrap();
    assert_eq!(record(&year, "市公安局交警大队").follow_ups.assigned, 1);
    assert_eq!(record(&year, "市公安局").follow_ups.assigned, 1);
}

#[test]
fn a_month_before_a_unit_joined_is_not_counted_against_it() {
    let mut desk = wugang_desk();
    let october = desk.open_period(2026, 10).unwrap().id;
    let (id, name) = owing_units(&desk, october)[0].clone();
    let mut input = UnitInput {
        active_from: Some("2026-11-01".into()),
        ..unit(&name)
    };
    let current = desk
        .list_units()
        .unwrap()
        .into_iter()
        .find(|u| u.unit.id == id)
        .unwrap()
        .unit;
    input.category = current.category;
    input.sort_order = Some(current.sort_order);
    desk.update_unit(id, &input).unwrap();
    let year = desk.unit_records(2026).unwrap();
    let joined = record(&year, &name);
    assert_eq!(joined.returns.due, 0);
    assert_eq!(joined.months[9].return_status, None);
}
