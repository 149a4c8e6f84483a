//! The months before the demonstration month, so the 工作台's charts and the 履职 record have a
//! year to show: returns for May to September (most on time, some late, a few never sent) and
//! two 全体会议 with their attendance.

use committee_core::{Attendance, AttendanceInput, Desk, MeetingInput, ReportInput, ReportLineInput, Result, Role};

/// Whether a unit's return came in on time, late or not at all: a fixed mix that differs by
/// unit and month, the same on every run.
enum Came {
    OnTime,
    Late,
    Never,
}

fn came(unit: usize, month: u32) -> Came {
    match (unit * 7 + month as usize * 3) % 11 {
        0 | 1 => Came::Late,
        2 => Came::Never,
        _ => Came::OnTime,
    }
}

fn short_input(desk: &Desk, period: i64, unit: i64, on: &str) -> Result<ReportInput> {
    let form = desk.report_form(period, unit)?;
    Ok(ReportInput {
        filled_department: form.unit_name,
        filled_on: Some(on.into()),
        filled_by: "联络员".into(),
        rows: form
            .rows
            .iter()
            .map(|l| ReportLineInput {
                task_id: l.task_id,
                progress: "按年度目标任务分解推进，本月工作按计划完成。".into(),
                reasons_next: "无".into(),
                difficulties: "无".into(),
            })
            .collect(),
    })
}

/// Opens May to September and files each owing unit's return as `came` says.
pub fn demo_earlier_months(desk: &mut Desk) -> Result<()> {
    for month in 5..=9 {
        let period = desk.open_period(2026, month)?.id;
        let owing: Vec<i64> = desk.report_board(period)?.rows.iter().map(|r| r.unit_id).collect();
        for (i, unit) in owing.into_iter().enumerate() {
            let day = match came(i, month) {
                Came::OnTime => 20 + (i % 5),
                Came::Late => 27 + (i % 3),
                Came::Never => continue,
            };
            let on = format!("2026-{month:02}-{day:02}");
            let input = short_input(desk, period, unit, &on)?;
            desk.submit_report(period, unit, &input, &on)?;
        }
    }
    Ok(())
}

fn answer(i: usize) -> AttendanceInput {
    let attendance = match i % 9 {
        4 => Attendance::Leave,
        7 => Attendance::Absent,
        _ => Attendance::Present,
    };
    let on_leave = attendance == Attendance::Leave;
    AttendanceInput {
        attendance: Some(attendance),
        leave_reason: if on_leave { "公务外出".into() } else { String::new() },
        stand_in_name: if on_leave { "代会同志".into() } else { String::new() },
        stand_in_post: if on_leave { "副职".into() } else { String::new() },
    }
}

/// The year's two 全体会议 so far, every seat invited, most present.
pub fn demo_plenaries(desk: &mut Desk) -> Result<()> {
    let kind = desk
        .meeting_kinds()?
        .into_iter()
        .find(|k| k.name == "全体会议")
        .expect("default kind");
    let seats: Vec<i64> = desk
        .roster(None)?
        .into_iter()
        .filter(|r| !r.member.role.is_office() && r.member.role != Role::Director)
        .map(|r| r.member.id)
        .collect();
    for (on, title) in [
        ("2026-03-12", "健康舞钢行动推进委员会2026年第一次全体会议"),
        ("2026-07-09", "健康舞钢行动推进委员会2026年第二次全体会议"),
    ] {
        let m = desk
            .add_meeting(&MeetingInput {
                kind_id: kind.id,
                title: title.into(),
                meeting_on: on.into(),
                starts_at: "15:00".into(),
                ends_at: "17:00".into(),
                place: "市政府第一会议室".into(),
                ..MeetingInput::default()
            })?
            .meeting
            .meeting
            .id;
        desk.invite_members(m, &seats)?;
        let shift = if on.starts_with("2026-03") { 0 } else { 3 };
        for (i, p) in desk.invitees(m)?.into_iter().enumerate() {
            desk.set_attendance(p.id, &answer(i + shift))?;
        }
    }
    Ok(())
}
