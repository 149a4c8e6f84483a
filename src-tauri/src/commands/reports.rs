//! 信息收集汇总: periods, the status board, and one unit's return.

use committee_core::{Period, PeriodSummary, ReportBoard, ReportForm, ReportInput};
use tauri::State;

use super::Answer;
use crate::state::DeskState;

#[tauri::command]
pub fn list_periods(desk: State<'_, DeskState>) -> Answer<Vec<PeriodSummary>> {
    desk.with(|d| d.list_periods())
}

#[tauri::command]
pub fn open_period(desk: State<'_, DeskState>, year: i32, month: u32) -> Answer<Period> {
    desk.with(|d| d.open_period(year, month))
}

#[tauri::command]
pub fn set_period_deadline(desk: State<'_, DeskState>, id: i64, deadline: String) -> Answer<Period> {
    desk.with(|d| d.set_period_deadline(id, &deadline))
}

#[tauri::command]
pub fn report_board(desk: State<'_, DeskState>, period_id: i64) -> Answer<ReportBoard> {
    desk.with(|d| d.report_board(period_id))
}

#[tauri::command]
pub fn report_form(desk: State<'_, DeskState>, period_id: i64, unit_id: i64) -> Answer<ReportForm> {
    desk.with(|d| d.report_form(period_id, unit_id))
}

#[tauri::command]
pub fn save_report(desk: State<'_, DeskState>, period_id: i64, unit_id: i64, input: ReportInput) -> Answer<ReportForm> {
    desk.with(|d| d.save_report(period_id, unit_id, &input))
}

#[tauri::command]
pub fn submit_report(
    desk: State<'_, DeskState>,
    period_id: i64,
    unit_id: i64,
    input: ReportInput,
    received_on: String,
) -> Answer<ReportForm> {
    desk.with(|d| d.submit_report(period_id, unit_id, &input, &received_on))
}

#[tauri::command]
pub fn reopen_report(desk: State<'_, DeskState>, period_id: i64, unit_id: i64) -> Answer<ReportForm> {
    desk.with(|d| d.reopen_report(period_id, unit_id))
}

#[tauri::command]
pub fn copy_previous_report(desk: State<'_, DeskState>, period_id: i64, unit_id: i64) -> Answer<ReportForm> {
    desk.with(|d| d.copy_previous_report(period_id, unit_id))
}
