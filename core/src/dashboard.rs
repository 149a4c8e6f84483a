//! 工作台 (C8): what the office sees on opening the app. This slice shows the roster and
//! liaison figures; later capabilities add their own.

use serde::Serialize;
use ts_rs::TS;

use crate::body;
use crate::date;
use crate::desk::Desk;
use crate::error::Result;
use crate::unit::Unit;

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
        })
    }
}
