use committee_core::{DismissExpertInput, Expert, ExpertInput, ExpertRow};

commands! {
    pub fn list_experts(desk: Desk) -> Vec<ExpertRow> {
        desk.with(|d| d.list_experts())
    }

    /// 三门峡 rules 四(二) departures of the serving panel, as warnings.
    pub fn expert_panel_warnings(desk: Desk) -> Vec<String> {
        desk.with(|d| d.expert_panel_warnings())
    }

    pub fn add_expert(desk: Desk, input: ExpertInput) -> Expert {
        desk.with(|d| d.add_expert(&input))
    }

    pub fn update_expert(desk: Desk, id: i64, input: ExpertInput) -> Expert {
        desk.with(|d| d.update_expert(id, &input))
    }

    pub fn dismiss_expert(desk: Desk, id: i64, input: DismissExpertInput) -> Expert {
        desk.with(|d| d.dismiss_expert(id, &input))
    }

    pub fn undo_expert_dismissal(desk: Desk, id: i64) -> Expert {
        desk.with(|d| d.undo_expert_dismissal(id))
    }

    pub fn delete_expert(desk: Desk, id: i64) -> () {
        desk.with(|d| d.delete_expert(id))
    }
}
