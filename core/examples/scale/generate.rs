//! A body ten times a real county's, built through the public `Desk` API as the office would
//! build it over ten years: 200 units, 800 seats and 232 replacements, 400 tasks, 120 monthly
//! periods with their returns, about 5,000 meetings (300 with 40 invitees), 3,000 follow-up
//! items. Deterministic: the same file every time.

use std::path::Path;
use std::sync::Arc;

use chrono::{Datelike, Duration, NaiveDate};
use committee_core::clock::FixedClock;
use committee_core::{
    BodySettings, Desk, FollowUpInput, FollowUpSource, LiaisonInput, MeetingInput, MemberInput, MinutesInput,
    ProgressInput, ReplaceMemberInput, ReportInput, ReportLineInput, Result, Role, SetupInput, TaskInput, UnitInput,
};

pub const UNITS: usize = 200;
const SEATS_PER_UNIT: usize = 4;
const REPLACEMENTS: usize = 232;
const TASKS_PER_UNIT: usize = 2;
const YEARS: i32 = 10;
const MEETINGS: usize = 5_000;
const CROWDED_MEETINGS: usize = 300;
const INVITEES: usize = 40;
const FOLLOW_UPS: usize = 3_000;

/// The day the large body is looked at.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).expect("valid date")
}

pub fn clock() -> Arc<FixedClock> {
    Arc::new(FixedClock::on(today()))
}

/// A small deterministic generator: the body is the same on every machine.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % below as u64) as usize
    }
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN: &str = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国文辉玉兰红梅鹏飞宇浩然";

fn person(rng: &mut Lcg) -> String {
    let s: Vec<char> = SURNAMES.chars().collect();
    let g: Vec<char> = GIVEN.chars().collect();
    let mut name = String::from(s[rng.next(s.len())]);
    for _ in 0..1 + rng.next(2) {
        name.push(g[rng.next(g.len())]);
    }
    name
}

/// Builds the large body in a new database at `path`.
pub fn build(path: &Path) -> Result<()> {
    let mut desk = Desk::open(path, clock())?;
    let mut rng = Lcg(20261125);
    let settings = BodySettings {
        body_name: "健康示范行动推进委员会".into(),
        office_name: "健康示范行动推进委员会办公室".into(),
        ..BodySettings::default()
    };
    desk.complete_setup(&SetupInput { settings, preset: None })?;
    let units = units(&mut desk)?;
    let seats = seats(&mut desk, &units, &mut rng)?;
    let tasks = tasks(&mut desk, &units)?;
    returns(&mut desk, &units, &tasks, &mut rng)?;
    meetings(&mut desk, &seats, &mut rng)?;
    follow_ups(&mut desk, &mut rng)?;
    Ok(())
}

fn units(desk: &mut Desk) -> Result<Vec<i64>> {
    let mut ids = Vec::with_capacity(UNITS);
    for u in 0..UNITS {
        let unit = desk.add_unit(&UnitInput {
            name: format!("示范市第{}成员单位", u + 1),
            ..UnitInput::default()
        })?;
        desk.set_liaison(&LiaisonInput {
            unit_id: unit.id,
            name: format!("联络员{}", u + 1),
            department: "办公室".into(),
            post: "科长".into(),
            office_phone: format!("0375-81{:05}", u),
            mobile: format!("138375{:05}", u),
            filed_on: "2016-12-01".into(),
            ..LiaisonInput::default()
        })?;
        ids.push(unit.id);
    }
    Ok(ids)
}

/// Four seats a unit from 2016, then 232 of them handed to a new person over the years.
fn seats(desk: &mut Desk, units: &[i64], rng: &mut Lcg) -> Result<Vec<i64>> {
    let mut seats = Vec::new();
    for &unit in units {
        for s in 0..SEATS_PER_UNIT {
            let seat = desk.add_member(&MemberInput {
                role: Role::Member,
                person_name: person(rng),
                unit_id: Some(unit),
                post: ["局长", "副局长", "主任", "副主任"][s].into(),
                sort_order: None,
                term_from: "2016-12-01".into(),
                term_to: None,
                phone: String::new(),
                note: String::new(),
            })?;
            seats.push(seat.id);
        }
    }
    for r in 0..REPLACEMENTS {
        let i = (r * 7) % seats.len();
        let on = NaiveDate::from_ymd_opt(2018 + (r % 8) as i32, 1 + (r % 12) as u32, 10).expect("valid");
        let new = desk.replace_member(&ReplaceMemberInput {
            member_id: seats[i],
            on: iso(on),
            person_name: person(rng),
            post: "副局长".into(),
            phone: String::new(),
            note: String::new(),
            reason: "工作调动".into(),
        })?;
        seats[i] = new.id;
    }
    Ok(seats)
}

fn tasks(desk: &mut Desk, units: &[i64]) -> Result<Vec<Vec<i64>>> {
    let mut by_unit = Vec::with_capacity(units.len());
    for (u, &unit) in units.iter().enumerate() {
        let mut ids = Vec::new();
        for t in 0..TASKS_PER_UNIT {
            let task = desk.add_task(&TaskInput {
                action_name: format!("第{}项专项行动", (u * TASKS_PER_UNIT + t) % 15 + 1),
                content: format!(
                    "落实第{}项重点任务，完善工作机制，开展监测评估和宣传解读。",
                    u * TASKS_PER_UNIT + t + 1
                ),
                lead_unit_id: Some(unit),
                active: true,
                ..TaskInput::default()
            })?;
            ids.push(task.id);
        }
        by_unit.push(ids);
    }
    Ok(by_unit)
}

/// A period a month for ten years; almost every unit reports, a few never do.
fn returns(desk: &mut Desk, units: &[i64], tasks: &[Vec<i64>], rng: &mut Lcg) -> Result<()> {
    let mut month = NaiveDate::from_ymd_opt(2026 - YEARS, 12, 1).expect("valid");
    while month <= today() {
        let period = desk.open_period(month.year(), month.month())?;
        for (u, &unit) in units.iter().enumerate() {
            if rng.next(1000) < 14 {
                continue;
            }
            let rows = tasks[u]
                .iter()
                .map(|&task_id| ReportLineInput {
                    task_id,
                    progress: "本月召开推进会1次，开展宣传活动12场，覆盖群众约4600人次；重点指标达标率92.5%。".into(),
                    reasons_next: "个别乡镇数据报送滞后；下月建立周调度机制。".into(),
                    difficulties: String::new(),
                })
                .collect();
            let input = ReportInput {
                filled_department: format!("示范市第{}成员单位", u + 1),
                filled_on: Some(iso(month + Duration::days(18))),
                filled_by: "张敏".into(),
                rows,
            };
            // A draft first, as office staff save one while they check it, then the sent return.
            let mut draft = input.clone();
            draft.rows.iter_mut().for_each(|r| r.reasons_next.clear());
            desk.save_report(period.id, unit, &draft)?;
            let received = month + Duration::days(19 + rng.next(10) as i64);
            desk.submit_report(period.id, unit, &input, &iso(received.min(today())))?;
        }
        month = (month + chrono::Months::new(1)).with_day(1).expect("first day");
    }
    Ok(())
}

/// About ten meetings a week over ten years; 300 of them with 40 invitees and minutes.
fn meetings(desk: &mut Desk, seats: &[i64], rng: &mut Lcg) -> Result<()> {
    let kinds: Vec<i64> = desk.meeting_kinds()?.iter().map(|k| k.id).collect();
    let first = NaiveDate::from_ymd_opt(2016, 12, 1).expect("valid");
    let days = (today() - first).num_days() as usize;
    for m in 0..MEETINGS {
        let on = first + Duration::days((m * days / MEETINGS) as i64);
        let hour = 8 + rng.next(9);
        let saved = desk.add_meeting(&MeetingInput {
            kind_id: kinds[m % kinds.len()],
            title: format!("第{}次工作会议", m + 1),
            meeting_on: iso(on),
            starts_at: format!("{hour:02}:00"),
            ends_at: format!("{hour:02}:45"),
            place: "市卫健委三楼会议室".into(),
            ..MeetingInput::default()
        })?;
        if m % (MEETINGS / CROWDED_MEETINGS) == 0 {
            let id = saved.meeting.meeting.id;
            let start = rng.next(seats.len() - INVITEES);
            desk.invite_members(id, &seats[start..start + INVITEES])?;
            desk.save_minutes(
                id,
                &MinutesInput {
                    title: "健康示范行动推进委员会办公室会议纪要".into(),
                    body: "一、总体进展\n各专项行动牵头单位按照年度目标任务分解，扎实推进各项工作。".into(),
                    issued_to: "各成员单位".into(),
                    copied_to: String::new(),
                    signer: "王建伟".into(),
                    issued_on: iso(on),
                    decisions: Vec::new(),
                },
            )?;
        }
    }
    Ok(())
}

fn follow_ups(desk: &mut Desk, rng: &mut Lcg) -> Result<()> {
    for f in 0..FOLLOW_UPS {
        let deadline = today() - Duration::days(rng.next(3650) as i64) + Duration::days(60);
        let item = desk.add_follow_up(&FollowUpInput {
            source: if f % 2 == 0 {
                FollowUpSource::Instruction
            } else {
                FollowUpSource::Assigned
            },
            source_note: String::new(),
            content: format!("落实第{}项督办事项", f + 1),
            units: format!("示范市第{}成员单位", f % UNITS + 1),
            deadline: Some(iso(deadline)),
            working_days: None,
        })?;
        if f % 3 == 0 {
            desk.add_progress(
                item.item.id,
                &ProgressInput {
                    on_date: iso((deadline - Duration::days(20)).min(today())),
                    text: "已制定方案，正在推进。".into(),
                },
            )?;
        }
    }
    Ok(())
}
