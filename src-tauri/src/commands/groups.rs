use committee_core::{ActionGroup, ActionGroupInput, ActionGroupPage};

commands! {
    pub fn action_group_page(desk: Desk) -> ActionGroupPage {
        desk.with(|d| d.action_group_page())
    }

    pub fn add_action_group(desk: Desk, input: ActionGroupInput) -> ActionGroup {
        desk.with(|d| d.add_action_group(&input))
    }

    pub fn update_action_group(desk: Desk, id: i64, input: ActionGroupInput) -> ActionGroup {
        desk.with(|d| d.update_action_group(id, &input))
    }

    pub fn reorder_action_groups(desk: Desk, ids: Vec<i64>) -> Vec<ActionGroup> {
        desk.with(|d| d.reorder_action_groups(&ids))
    }

    pub fn retire_action_group(desk: Desk, id: i64, on: String) -> ActionGroup {
        desk.with(|d| d.retire_action_group(id, &on))
    }

    pub fn reinstate_action_group(desk: Desk, id: i64) -> ActionGroup {
        desk.with(|d| d.reinstate_action_group(id))
    }
}
