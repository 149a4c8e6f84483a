//! 工作台 (C8): what the office sees on opening the app: the roster and liaison figures and
//! this month's reporting; later capabilities add their own. The charts come separately
//! (`charts`), so the figures show before the twelve months behind the charts are counted.

mod charts;

pub use charts::{DashboardCharts, FollowUpStatusCounts, MeetingAttendance, OverdueMonth, ReportingMonth};

use serde::Serialize;
use ts_rs::TS;

use crate::body::settings as body;
use crate::common::date;
use crate::common::error::Result;
use crate::desk::Desk;
use crate::groups::expert::ExpertRow;
use crate::meetings::follow_up::FollowUpCounts;
use crate::meetings::meeting::MeetingRow;
use crate::reporting::period::{self, PeriodSummary};
use crate::roster::unit::Unit;

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DashboardSummary {
    pub body_name: String,
    pub office_name: String,
    pub today: String,
    /// Member units active today.
    pub unit_count: usize,
    /// 组成人员 in office today (office roles not counted).
    pub seat_count: usize,
    /// 办公室主任/副主任 in office today.
    pub office_seat_count: usize,
    pub group_count: usize,
    pub units_without_liaison: Vec<Unit>,
    /// This month's 信息收集汇总 period, when the office has opened it.
    pub this_month: Option<PeriodSummary>,
    /// 督办: open, overdue and due within 7 days.
    pub follow_ups: FollowUpCounts,
    /// Meetings from today over the next 14 days.
    pub upcoming_meetings: Vec<MeetingRow>,
    /// Experts whose term ends within 60 days, soonest first.
    pub expiring_experts: Vec<ExpertRow>,
}

impl Desk {
    pub fn dashboard(&self) -> Result<DashboardSummary> {
        let settings = body::require(self.conn())?;
        let roster = self.roster(None)?;
        let office = roster.iter().filter(|r| r.member.role.is_office()).count();
        Ok(DashboardSummary {
            body_name: settings.body_name,
            office_name: settings.office_name,
            today: date::iso(self.today()),
            unit_count: self.list_units()?.iter().filter(|u| u.active).count(),
            seat_count: roster.len() - office,
            office_seat_count: office,
            group_count: self.action_groups()?.len(),
            units_without_liaison: self.units_without_liaison()?,
            this_month: self.this_months_period()?,
            follow_ups: self.follow_up_counts()?,
            upcoming_meetings: self.upcoming_meetings(14)?,
            expiring_experts: self.expiring_experts()?,
        })
    }

    fn this_months_period(&self) -> Result<Option<PeriodSummary>> {
        use chrono::Datelike;
        let today = self.today();
        period::find(self.conn(), today.year(), today.month())?
            .map(|p| self.period_summary(p))
            .transpose()
    }
}
