//! 成员单位履职情况 (C8+): for one year, each member unit's returns, meeting attendance, 督办
//! items and the 催报 it needed, with the month-by-month detail behind every figure. The rule
//! behind each figure travels with the figures (`FigureRule`) so the screen and the printed
//! 通报 table say the same thing.

mod attendance;
mod follow_ups;
mod returns;

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

use crate::common::date;
use crate::common::error::{CoreError, Result};
use crate::desk::Desk;
use crate::sheet::grid::norm;

pub use attendance::AttendanceTally;
pub use follow_ups::FollowUpTally;
pub use returns::{MonthReturn, ReturnTally};

/// One unit's figures for the year, with the twelve months they add up from.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UnitRecord {
    pub unit_id: i64,
    pub unit_name: String,
    pub returns: ReturnTally,
    /// 催报 the office recorded for the unit in the year's periods.
    pub reminders: i64,
    pub meetings: AttendanceTally,
    pub follow_ups: FollowUpTally,
    /// January to December.
    pub months: Vec<UnitMonth>,
}

#[derive(Debug, Clone, Default, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UnitMonth {
    pub month: u32,
    /// None when the month has no period or the unit owed no return in it.
    pub return_status: Option<MonthReturn>,
    pub reminders: i64,
    pub meetings: AttendanceTally,
    pub follow_ups: FollowUpTally,
}

/// What a group of figures counts, in words.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FigureRule {
    /// `returns`, `reminders`, `meetings` or `followUps`: the figures it explains.
    pub key: String,
    pub label: String,
    pub rule: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UnitRecordYear {
    pub year: i32,
    /// The day the figures are counted to: today, or the year's last day for a past year.
    pub as_of: String,
    pub units: Vec<UnitRecord>,
    pub rules: Vec<FigureRule>,
}

fn rules() -> Vec<FigureRule> {
    let rule = |key: &str, label: &str, rule: &str| FigureRule {
        key: key.to_owned(),
        label: label.to_owned(),
        rule: rule.to_owned(),
    };
    vec![
        rule(
            "returns",
            "信息报送",
            "应报：当年已开启的报送期中该单位应报的月数（牵头目标任务或已有填报的单位）；按时：截止日当天及以前报送；逾期：截止日以后报送；未报：截止日已过仍未报送。截止日未到且尚未报送的月份不计。",
        ),
        rule("reminders", "催报次数", "当年各月报送期中办公室记录的催报次数。"),
        rule(
            "meetings",
            "参加会议",
            "按人次计。应参会：当年会议日期不晚于统计日的会议邀请该单位人员的人次，列席人员不计；出席：本人出席；代会：请假并派人代会；请假：请假未派人代会；缺席：出席情况为缺席。尚未登记出席情况的只计入应参会。",
        ),
        rule(
            "followUps",
            "督办事项",
            "承办：责任单位中写明该单位全称或简称的督办事项（写“各成员单位”的不计入单个单位），按完成时限所在月份计入（无时限的按登记日期）。按期完成：完成日期不晚于时限（无时限或完成日期未记录的计为按期）；逾期完成：完成日期晚于时限；逾期未完成：时限已过仍未完成；未到期：尚未完成且时限未到或无时限。",
        ),
    ]
}

impl UnitRecord {
    fn new(unit_id: i64, unit_name: String) -> Self {
        Self {
            unit_id,
            unit_name,
            returns: ReturnTally::default(),
            reminders: 0,
            meetings: AttendanceTally::default(),
            follow_ups: FollowUpTally::default(),
            months: (1..=12)
                .map(|month| UnitMonth {
                    month,
                    ..UnitMonth::default()
                })
                .collect(),
        }
    }

    fn month(&mut self, month: u32) -> &mut UnitMonth {
        &mut self.months[(month.clamp(1, 12) - 1) as usize]
    }

    /// The year's figures as the sum of its months.
    fn total(&mut self) {
        self.returns = ReturnTally::of(self.months.iter().filter_map(|m| m.return_status));
        self.reminders = self.months.iter().map(|m| m.reminders).sum();
        self.meetings = self.months.iter().map(|m| &m.meetings).sum();
        self.follow_ups = self.months.iter().map(|m| &m.follow_ups).sum();
    }
}

/// The units a year's record lists, by id, in the roster's order: every unit a member at some
/// time in the year.
pub(crate) struct Ledger {
    order: Vec<i64>,
    records: HashMap<i64, UnitRecord>,
    /// A unit's full and short names without spaces (`norm`), for what names a unit in text.
    names: Vec<(i64, String, String)>,
    /// Every name of three characters or more, longest first, for finding names inside text.
    pub(super) long_names: Vec<(i64, String)>,
    /// A unit's 加入 and 退出 days.
    active: HashMap<i64, (Option<String>, Option<String>)>,
}

impl Ledger {
    fn load(desk: &Desk, year: i32) -> Result<Self> {
        let (first, last) = (format!("{year}-01-01"), format!("{year}-12-31"));
        let mut stmt = desk.conn().prepare(
            "SELECT id, name, short_name, active_from, active_to FROM unit WHERE deleted_at IS NULL
               AND (active_from IS NULL OR active_from <= ?2) AND (active_to IS NULL OR active_to >= ?1)
             ORDER BY sort_order, id",
        )?;
        type Row = (i64, String, String, Option<String>, Option<String>);
        let rows: Vec<Row> = stmt
            .query_map([&first, &last], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let active = rows
            .iter()
            .map(|(id, _, _, f, t)| (*id, (f.clone(), t.clone())))
            .collect();
        let names: Vec<(i64, String, String)> = rows.iter().map(|(id, n, s, ..)| (*id, norm(n), norm(s))).collect();
        let mut long_names: Vec<(i64, String)> = names
            .iter()
            .flat_map(|(id, full, short)| [(*id, full.clone()), (*id, short.clone())])
            .filter(|(_, n)| n.chars().count() >= 3)
            .collect();
        long_names.sort_by_key(|(_, n)| std::cmp::Reverse(n.chars().count()));
        Ok(Self {
            active,
            order: names.iter().map(|(id, ..)| *id).collect(),
            records: rows
                .into_iter()
                .map(|(id, name, ..)| (id, UnitRecord::new(id, name)))
                .collect(),
            names,
            long_names,
        })
    }

    fn unit(&mut self, id: i64) -> Option<&mut UnitRecord> {
        self.records.get_mut(&id)
    }

    /// The unit whose full or short name is `name`, spaces and bracket widths aside.
    fn named(&self, name: &str) -> Option<i64> {
        let name = norm(name);
        (!name.is_empty())
            .then(|| {
                self.names
                    .iter()
                    .find(|(_, full, short)| *full == name || *short == name)
            })
            .flatten()
            .map(|(id, ..)| *id)
    }

    /// Whether the unit was a member on `day` (a month it was not is not counted against it).
    fn member_on(&self, id: i64, day: &str) -> bool {
        self.active.get(&id).is_some_and(|(from, to)| {
            from.as_deref().is_none_or(|f| f <= day) && to.as_deref().is_none_or(|t| t >= day)
        })
    }

    fn into_units(mut self) -> Vec<UnitRecord> {
        self.order
            .iter()
            .filter_map(|id| self.records.remove(id))
            .map(|mut r| {
                r.total();
                r
            })
            .collect()
    }
}

impl Desk {
    /// 成员单位履职情况 for `year`, counted to today (or to the year's end once it is over).
    pub fn unit_records(&self, year: i32) -> Result<UnitRecordYear> {
        crate::body::settings::require(self.conn())?;
        let today = self.today();
        if !(2000..=today.year() + 1).contains(&year) {
            return Err(CoreError::invalid("year", "请选择正确的年份"));
        }
        let year_end = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(today);
        let as_of = today.min(year_end);
        let mut ledger = Ledger::load(self, year)?;
        returns::count(self.conn(), year, today, &mut ledger)?;
        attendance::count(self.conn(), year, as_of, &mut ledger)?;
        follow_ups::count(self.conn(), year, today, &mut ledger)?;
        Ok(UnitRecordYear {
            year,
            as_of: date::iso(as_of),
            units: ledger.into_units(),
            rules: rules(),
        })
    }
}
