use committee_core::{BodySettings, SetupInput, SetupState};
use tauri::State;

use super::Answer;
use crate::state::DeskState;

#[tauri::command]
pub fn setup_state(desk: State<'_, DeskState>) -> Answer<SetupState> {
    desk.with(|d| d.setup_state())
}

#[tauri::command]
pub fn complete_setup(desk: State<'_, DeskState>, input: SetupInput) -> Answer<BodySettings> {
    desk.with(|d| d.complete_setup(&input))
}
