//! The prints of one meeting: notice, sign-in sheet, attendance and minutes.

use committee_core::{ExportFormat, MeetingPrint};
use tauri::{AppHandle, Runtime};

use super::exports::{open_pdf, render, save};
use super::Answer;

#[tauri::command]
pub async fn export_meeting_print<R: Runtime>(
    app: AppHandle<R>,
    meeting_id: i64,
    what: MeetingPrint,
    name: String,
    format: ExportFormat,
) -> Answer<Option<String>> {
    let bytes = render(&app, move |d| d.meeting_print(meeting_id, what, format)).await?;
    save(&app, format!("{name}.{}", format.extension()), format, bytes).await
}

#[tauri::command]
pub async fn print_meeting<R: Runtime>(
    app: AppHandle<R>,
    meeting_id: i64,
    what: MeetingPrint,
    name: String,
) -> Answer<String> {
    let bytes = render(&app, move |d| d.meeting_print(meeting_id, what, ExportFormat::Pdf)).await?;
    open_pdf(&app, &format!("{name}.pdf"), bytes).await
}
