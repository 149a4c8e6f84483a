//! A demonstration 办公室会议 on 20 November 2026: the leaders and the first units invited,
//! one leave with a stand-in, one absence, an observer; minutes with three decisions, and a
//! leader's instruction followed up alongside them.

use committee_core::{
    Attendance, AttendanceInput, DecisionInput, Desk, FollowUpInput, FollowUpSource, MeetingInput, ObserverInput,
    ProgressInput, Result, Role,
};

fn decision(content: &str, units: &str, deadline: &str) -> DecisionInput {
    DecisionInput {
        id: None,
        content: content.into(),
        units: units.into(),
        deadline: Some(deadline.into()),
    }
}

fn mark(desk: &mut Desk, id: i64, attendance: Attendance) -> Result<()> {
    desk.set_attendance(
        id,
        &AttendanceInput {
            attendance: Some(attendance),
            ..AttendanceInput::default()
        },
    )?;
    Ok(())
}

/// The meeting with its attendance and minutes; answers its id.
pub fn demo_meeting(desk: &mut Desk) -> Result<i64> {
    let kind = desk
        .meeting_kinds()?
        .into_iter()
        .find(|k| k.name == "办公室会议")
        .expect("default kind");
    let m = desk
        .add_meeting(&MeetingInput {
            kind_id: kind.id,
            title: "健康舞钢行动推进委员会办公室会议".into(),
            meeting_on: "2026-11-20".into(),
            starts_at: "09:00".into(),
            ends_at: "11:30".into(),
            place: "市卫健委三楼会议室".into(),
            convener: "姬冠华".into(),
            chair: "姬冠华".into(),
            agenda: vec![
                "听取各专项行动牵头单位10月份工作推进情况汇报".into(),
                "研究部署第四季度重点工作和年度考核准备".into(),
                "通报信息收集汇总表报送情况".into(),
            ],
            contact: "市卫健委规划发展科 0375-8123456".into(),
            notice_on: Some("2026-11-16".into()),
        })?
        .meeting
        .meeting
        .id;
    let seats: Vec<i64> = desk
        .roster(None)?
        .into_iter()
        .filter(|r| r.member.role != Role::Director)
        .take(12)
        .map(|r| r.member.id)
        .collect();
    desk.invite_members(m, &seats)?;
    let people = desk.invitees(m)?;
    for p in &people[2..] {
        mark(desk, p.id, Attendance::Present)?;
    }
    desk.set_attendance(
        people[0].id,
        &AttendanceInput {
            attendance: Some(Attendance::Leave),
            leave_reason: "赴省参加全省健康城市建设推进会".into(),
            stand_in_name: "李明".into(),
            stand_in_post: "市政府办公室副主任".into(),
        },
    )?;
    mark(desk, people[1].id, Attendance::Absent)?;
    desk.add_observer(
        m,
        &ObserverInput {
            unit_name: "市融媒体中心".into(),
            name: "赵敏".into(),
            post: "新闻部主任".into(),
        },
    )?;
    let mut minutes = desk.minutes(m)?.input;
    minutes.body = [
        "2026年11月20日上午，健康舞钢行动推进委员会办公室在市卫健委三楼会议室召开会议，听取各专项行动牵头单位10月份工作推进情况汇报，研究部署第四季度重点工作。纪要如下：",
        "一、总体进展",
        "各专项行动牵头单位按照年度目标任务分解，扎实推进各项工作，健康知识普及、合理膳食、全民健身等行动进展顺利，信息收集汇总表按时报送率较上月有所提高。",
        "二、存在问题",
        "（一）部分单位报送材料内容简单，缺少数据支撑。",
        "（二）个别专项行动配合单位参与不够，工作合力有待加强。",
    ]
    .join("\n");
    minutes.decisions = vec![
        decision(
            "各牵头单位于11月底前完成第四季度重点任务梳理，报推进委员会办公室备案",
            "各专项行动牵头单位",
            "2026-11-30",
        ),
        decision(
            "开展中小学健康促进专项督导，形成督导报告",
            "市教体局、市卫健委",
            "2026-11-22",
        ),
        decision(
            "筹备2027年度推进委员会全体会议，起草年度工作要点",
            "市卫健委",
            "2026-12-31",
        ),
    ];
    desk.save_minutes(m, &minutes)?;
    Ok(m)
}

/// A leader's instruction beside the decisions, with progress, so the circular has every status.
pub fn demo_follow_up(desk: &mut Desk) -> Result<()> {
    let item = desk.add_follow_up(&FollowUpInput {
        source: FollowUpSource::Instruction,
        source_note: "市政府主要领导11月10日批示".into(),
        content: "加强城区病媒生物防制，做好冬季爱国卫生运动".into(),
        units: "市爱卫办、市城市管理局".into(),
        deadline: Some("2026-12-15".into()),
        working_days: None,
    })?;
    desk.add_progress(
        item.item.id,
        &ProgressInput {
            on_date: "2026-11-18".into(),
            text: "已制定冬季爱国卫生运动方案，组织开展城区环境卫生集中整治2次。".into(),
        },
    )?;
    Ok(())
}
