use committee_core::{ExportFormat, FollowUpInput, FollowUpRow, FollowUpStatus, ProgressEntry, ProgressInput};
use tauri::{AppHandle, Runtime, State};

use super::exports::{open_pdf, render, save};
use super::Answer;
use crate::state::DeskState;

#[tauri::command]
pub fn list_follow_ups(desk: State<'_, DeskState>) -> Answer<Vec<FollowUpRow>> {
    desk.with(|d| d.list_follow_ups())
}

#[tauri::command]
pub fn add_follow_up(desk: State<'_, DeskState>, input: FollowUpInput) -> Answer<FollowUpRow> {
    desk.with(|d| d.add_follow_up(&input))
}

#[tauri::command]
pub fn update_follow_up(desk: State<'_, DeskState>, id: i64, input: FollowUpInput) -> Answer<FollowUpRow> {
    desk.with(|d| d.update_follow_up(id, &input))
}

#[tauri::command]
pub fn set_follow_up_status(desk: State<'_, DeskState>, id: i64, status: FollowUpStatus) -> Answer<FollowUpRow> {
    desk.with(|d| d.set_follow_up_status(id, status))
}

#[tauri::command]
pub fn delete_follow_up(desk: State<'_, DeskState>, id: i64) -> Answer<()> {
    desk.with(|d| d.delete_follow_up(id))
}

#[tauri::command]
pub fn follow_up_progress(desk: State<'_, DeskState>, id: i64) -> Answer<Vec<ProgressEntry>> {
    desk.with(|d| d.follow_up_progress(id))
}

#[tauri::command]
pub fn add_progress(desk: State<'_, DeskState>, id: i64, input: ProgressInput) -> Answer<FollowUpRow> {
    desk.with(|d| d.add_progress(id, &input))
}

#[tauri::command]
pub fn delete_progress(desk: State<'_, DeskState>, id: i64) -> Answer<()> {
    desk.with(|d| d.delete_progress(id))
}

fn circular_name(year: i32, month: u32, format: ExportFormat) -> String {
    format!("督办事项落实情况通报（{year}年{month}月）.{}", format.extension())
}

#[tauri::command]
pub async fn export_circular<R: Runtime>(
    app: AppHandle<R>,
    year: i32,
    month: u32,
    format: ExportFormat,
) -> Answer<Option<String>> {
    let bytes = render(&app, move |d| d.circular_file(year, month, format)).await?;
    save(&app, circular_name(year, month, format), format, bytes).await
}

#[tauri::command]
pub async fn print_circular<R: Runtime>(app: AppHandle<R>, year: i32, month: u32) -> Answer<String> {
    let bytes = render(&app, move |d| d.circular_file(year, month, ExportFormat::Pdf)).await?;
    open_pdf(&app, &circular_name(year, month, ExportFormat::Pdf), bytes).await
}
