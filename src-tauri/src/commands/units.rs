use committee_core::{Unit, UnitChange, UnitInput, UnitRow};
use tauri::State;

use super::Answer;
use crate::state::DeskState;

#[tauri::command]
pub fn list_units(desk: State<'_, DeskState>) -> Answer<Vec<UnitRow>> {
    desk.with(|d| d.list_units())
}

#[tauri::command]
pub fn unit_categories(desk: State<'_, DeskState>) -> Answer<Vec<String>> {
    desk.with(|d| d.unit_categories())
}

#[tauri::command]
pub fn add_unit(desk: State<'_, DeskState>, input: UnitInput) -> Answer<Unit> {
    desk.with(|d| d.add_unit(&input))
}

#[tauri::command]
pub fn update_unit(desk: State<'_, DeskState>, id: i64, input: UnitInput) -> Answer<Unit> {
    desk.with(|d| d.update_unit(id, &input))
}

#[tauri::command]
pub fn delete_unit(desk: State<'_, DeskState>, id: i64, end_seats_on: Option<String>) -> Answer<()> {
    desk.with(|d| d.delete_unit(id, end_seats_on.as_deref()))
}

#[tauri::command]
pub fn unit_change_log(desk: State<'_, DeskState>, id: i64) -> Answer<Vec<UnitChange>> {
    desk.with(|d| d.unit_change_log(id))
}
