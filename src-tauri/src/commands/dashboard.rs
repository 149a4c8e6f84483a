use committee_core::DashboardSummary;

commands! {
    pub fn dashboard(desk: Desk) -> DashboardSummary {
        desk.with(|d| d.dashboard())
    }
}
