use committee_core::DashboardSummary;
use tauri::State;

use super::Answer;
use crate::state::DeskState;

#[tauri::command]
pub fn dashboard(desk: State<'_, DeskState>) -> Answer<DashboardSummary> {
    desk.with(|d| d.dashboard())
}
