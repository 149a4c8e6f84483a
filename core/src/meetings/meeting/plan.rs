//! 年度会议计划: a year of meetings generated from a kind's cadence. Every date the rule gives
//! is either planned or listed with the reason it was moved or left out — nothing is skipped
//! without saying so.

use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::kind::{self, Cadence, MeetingKind};
use super::{insert_clean, MeetingInput};
use crate::common::date;
use crate::common::error::{CoreError, Result};
use crate::desk::Desk;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanInput {
    pub kind_id: i64,
    pub year: i32,
    /// Weekly: 1 = 星期一 … 7 = 星期日.
    pub weekday: u8,
    /// Monthly and yearly: the day of the month.
    pub day: u8,
    /// Yearly: the month.
    pub month: u8,
    pub starts_at: String,
    pub ends_at: String,
    pub place: String,
}

/// One date of the plan: `create` false when it is left out; `note` says why it moved or was left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlannedMeeting {
    pub meeting_on: String,
    pub create: bool,
    pub note: Option<String>,
}

/// The day `day` of a month, or its last day when the month is shorter (with a note).
fn day_in_month(year: i32, month: u32, day: u32) -> (NaiveDate, Option<String>) {
    let first = NaiveDate::from_ymd_opt(year, month, 1).expect("month 1..=12");
    let last = (first + chrono::Months::new(1)).pred_opt().expect("a day before");
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(d) => (d, None),
        None => (
            last,
            Some(format!("{month}月没有{day}日，安排在{month}月{}日", last.day())),
        ),
    }
}

/// The dates a cadence gives in a year, each with a note when it had to move.
pub fn cadence_dates(cadence: Cadence, input: &PlanInput) -> Result<Vec<(NaiveDate, Option<String>)>> {
    let year = input.year;
    if !(2000..=2100).contains(&year) {
        return Err(CoreError::invalid("year", "年份应在2000年至2100年之间"));
    }
    let day = u32::from(input.day);
    match cadence {
        Cadence::AdHoc => Err(CoreError::invalid(
            "kindId",
            "该类会议不定期召开，无法按频次生成年度计划",
        )),
        Cadence::Weekly => {
            let weekday = match input.weekday {
                1..=7 => Weekday::try_from(input.weekday - 1).expect("0..=6"),
                _ => return Err(CoreError::invalid("weekday", "请选择星期一至星期日中的一天")),
            };
            let first = NaiveDate::from_weekday_of_month_opt(year, 1, weekday, 1).expect("every month has one");
            Ok(first
                .iter_weeks()
                .take_while(|d| d.year() == year)
                .map(|d| (d, None))
                .collect())
        }
        _ if !(1..=31).contains(&day) => Err(CoreError::invalid("day", "日期应在1日至31日之间")),
        Cadence::Monthly => Ok((1..=12).map(|m| day_in_month(year, m, day)).collect()),
        Cadence::Yearly => {
            if !(1..=12).contains(&input.month) {
                return Err(CoreError::invalid("month", "月份应在1月至12月之间"));
            }
            Ok(vec![day_in_month(year, u32::from(input.month), day)])
        }
    }
}

impl Desk {
    /// What `create_plan` would do, date by date.
    pub fn preview_plan(&self, input: &PlanInput) -> Result<Vec<PlannedMeeting>> {
        self.plan(
            &crate::store::live::<kind::MeetingKind>(self.conn(), input.kind_id)?,
            input,
        )
    }

    fn plan(&self, kind: &MeetingKind, input: &PlanInput) -> Result<Vec<PlannedMeeting>> {
        let mut taken = self.conn().prepare(
            "SELECT EXISTS (SELECT 1 FROM meeting WHERE kind_id = ?1 AND meeting_on = ?2 AND deleted_at IS NULL)",
        )?;
        let mut plan = Vec::new();
        for (d, note) in cadence_dates(kind.cadence, input)? {
            let on = date::iso(d);
            let exists: bool = taken.query_row(rusqlite::params![kind.id, on], |r| r.get(0))?;
            plan.push(if exists {
                PlannedMeeting {
                    meeting_on: on,
                    create: false,
                    note: Some(format!("当天已有{}，不再生成", kind.name)),
                }
            } else {
                PlannedMeeting {
                    meeting_on: on,
                    create: true,
                    note,
                }
            });
        }
        Ok(plan)
    }

    /// Creates the planned meetings in one transaction; answers how many.
    pub fn create_plan(&mut self, input: &PlanInput) -> Result<usize> {
        let kind = crate::store::live::<kind::MeetingKind>(self.conn(), input.kind_id)?;
        let plan = self.plan(&kind, input)?;
        let convener = self.convener_for(&kind)?;
        self.write(|tx| {
            let mut created = 0;
            for p in plan.iter().filter(|p| p.create) {
                let m = MeetingInput {
                    kind_id: kind.id,
                    title: kind.name.clone(),
                    meeting_on: p.meeting_on.clone(),
                    starts_at: input.starts_at.clone(),
                    ends_at: input.ends_at.clone(),
                    place: input.place.clone(),
                    convener: convener.clone(),
                    chair: convener.clone(),
                    ..MeetingInput::default()
                };
                insert_clean(tx, &m.validated(tx)?)?;
                created += 1;
            }
            Ok(created)
        })
    }
}
