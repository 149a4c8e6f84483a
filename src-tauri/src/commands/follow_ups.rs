use committee_core::{FollowUpInput, FollowUpRow, FollowUpStatus, ProgressEntry, ProgressInput};

commands! {
    pub fn list_follow_ups(desk: Desk) -> Vec<FollowUpRow> {
        desk.with(|d| d.list_follow_ups())
    }

    pub fn add_follow_up(desk: Desk, input: FollowUpInput) -> FollowUpRow {
        desk.with(|d| d.add_follow_up(&input))
    }

    pub fn update_follow_up(desk: Desk, id: i64, input: FollowUpInput) -> FollowUpRow {
        desk.with(|d| d.update_follow_up(id, &input))
    }

    pub fn set_follow_up_status(desk: Desk, id: i64, status: FollowUpStatus) -> FollowUpRow {
        desk.with(|d| d.set_follow_up_status(id, status))
    }

    /// Corrects the day a done item was finished.
    pub fn set_follow_up_done_on(desk: Desk, id: i64, done_on: String) -> FollowUpRow {
        desk.with(|d| d.set_follow_up_done_on(id, &done_on))
    }

    pub fn delete_follow_up(desk: Desk, id: i64) -> () {
        desk.with(|d| d.delete_follow_up(id))
    }

    pub fn follow_up_progress(desk: Desk, id: i64) -> Vec<ProgressEntry> {
        desk.with(|d| d.follow_up_progress(id))
    }

    pub fn add_progress(desk: Desk, id: i64, input: ProgressInput) -> FollowUpRow {
        desk.with(|d| d.add_progress(id, &input))
    }

    pub fn delete_progress(desk: Desk, id: i64) -> () {
        desk.with(|d| d.delete_progress(id))
    }
}
