use committee_core::{BodySettings, RoleTitle};
use tauri::State;

use super::Answer;
use crate::state::DeskState;

#[tauri::command]
pub fn settings(desk: State<'_, DeskState>) -> Answer<BodySettings> {
    desk.with(|d| d.settings())
}

#[tauri::command]
pub fn update_settings(desk: State<'_, DeskState>, input: BodySettings) -> Answer<BodySettings> {
    desk.with(|d| d.update_settings(&input))
}

#[tauri::command]
pub fn role_titles(desk: State<'_, DeskState>) -> Answer<Vec<RoleTitle>> {
    desk.with(|d| d.role_titles())
}
