use committee_core::{Liaison, LiaisonInput, LiaisonRow};
use tauri::State;

use super::Answer;
use crate::state::DeskState;

#[tauri::command]
pub fn list_liaisons(desk: State<'_, DeskState>) -> Answer<Vec<LiaisonRow>> {
    desk.with(|d| d.list_liaisons())
}

#[tauri::command]
pub fn liaison_history(desk: State<'_, DeskState>, unit_id: i64) -> Answer<Vec<Liaison>> {
    desk.with(|d| d.liaison_history(unit_id))
}

#[tauri::command]
pub fn set_liaison(desk: State<'_, DeskState>, input: LiaisonInput) -> Answer<Liaison> {
    desk.with(|d| d.set_liaison(&input))
}

#[tauri::command]
pub fn change_liaison(desk: State<'_, DeskState>, input: LiaisonInput) -> Answer<Liaison> {
    desk.with(|d| d.change_liaison(&input))
}

#[tauri::command]
pub fn edit_liaison(desk: State<'_, DeskState>, id: i64, input: LiaisonInput) -> Answer<Liaison> {
    desk.with(|d| d.edit_liaison(id, &input))
}

#[tauri::command]
pub fn delete_liaison(desk: State<'_, DeskState>, id: i64) -> Answer<()> {
    desk.with(|d| d.delete_liaison(id))
}
