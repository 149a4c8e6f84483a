use committee_core::{Task, TaskImportCheck, TaskInput, TaskRow};
use tauri::State;

use super::Answer;
use crate::state::DeskState;

#[tauri::command]
pub fn list_tasks(desk: State<'_, DeskState>) -> Answer<Vec<TaskRow>> {
    desk.with(|d| d.list_tasks())
}

#[tauri::command]
pub fn add_task(desk: State<'_, DeskState>, input: TaskInput) -> Answer<Task> {
    desk.with(|d| d.add_task(&input))
}

#[tauri::command]
pub fn update_task(desk: State<'_, DeskState>, id: i64, input: TaskInput) -> Answer<Task> {
    desk.with(|d| d.update_task(id, &input))
}

#[tauri::command]
pub fn delete_task(desk: State<'_, DeskState>, id: i64) -> Answer<()> {
    desk.with(|d| d.delete_task(id))
}

#[tauri::command]
pub fn check_task_import(desk: State<'_, DeskState>, path: String) -> Answer<TaskImportCheck> {
    desk.with(|d| d.check_task_import(&path))
}

#[tauri::command]
pub fn import_tasks(desk: State<'_, DeskState>, path: String) -> Answer<usize> {
    desk.with(|d| d.import_tasks(&path))
}
