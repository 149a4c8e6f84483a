use committee_core::{DashboardCharts, DashboardSummary, UnitRecordYear};

commands! {
    pub fn dashboard(desk: Desk) -> DashboardSummary {
        desk.with(|d| d.dashboard())
    }

    /// The twelve months behind the 工作台's charts.
    pub fn dashboard_charts(desk: Desk) -> DashboardCharts {
        desk.with(|d| d.dashboard_charts())
    }

    /// 成员单位履职情况 of a year.
    pub fn unit_records(desk: Desk, year: i32) -> UnitRecordYear {
        desk.with(|d| d.unit_records(year))
    }
}
