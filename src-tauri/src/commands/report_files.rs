//! Files around the monthly returns: attachments, the blank forms sent out, the filled forms
//! taken back, and the unit form and summary as PDF or Excel.

use std::path::PathBuf;

use committee_core::{CoreError, ExportFormat, ReportForm, ReturnCheck, ReturnImportResult, SentOut};
use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;

use super::exports::{open_pdf, render, save};

/// COMMITTEE_DESK_PICK_FILE (paths separated by `;`) answers instead of the native dialog,
/// which the end-to-end tests cannot reach.
fn picked_by_test() -> Option<Vec<PathBuf>> {
    std::env::var_os("COMMITTEE_DESK_PICK_FILE").map(|v| v.to_string_lossy().split(';').map(PathBuf::from).collect())
}

async fn pick_files<R: Runtime>(app: &AppHandle<R>, title: &str, filter: (&str, &[&str])) -> Vec<PathBuf> {
    if let Some(files) = picked_by_test() {
        return files;
    }
    let dialog = app.dialog().file().set_title(title).add_filter(filter.0, filter.1);
    let picked = tauri::async_runtime::spawn_blocking(move || dialog.blocking_pick_files()).await;
    picked
        .ok()
        .flatten()
        .unwrap_or_default()
        .into_iter()
        .filter_map(|p| p.into_path().ok())
        .collect()
}
/// Asks for the folder to write the blank forms into; COMMITTEE_DESK_SAVE_DIR answers in tests.
async fn pick_folder<R: Runtime>(app: &AppHandle<R>) -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("COMMITTEE_DESK_SAVE_DIR") {
        return Some(PathBuf::from(dir));
    }
    let dialog = app.dialog().file().set_title("选择存放下发表格的文件夹");
    let picked = tauri::async_runtime::spawn_blocking(move || dialog.blocking_pick_folder()).await;
    picked.ok().flatten().and_then(|p| p.into_path().ok())
}

commands! {
    async fn pick_return_files(app: App) -> Vec<String> {
        let files = pick_files(
            &app,
            "选择各单位报回的信息收集汇总表",
            ("Excel 表格", &["xlsx", "xls", "ods"]),
        )
        .await;
        Ok(files.iter().map(|p| p.display().to_string()).collect())
    }

    pub fn check_returns(desk: Desk, period_id: i64, paths: Vec<String>) -> ReturnCheck {
        let paths: Vec<PathBuf> = paths.into_iter().map(PathBuf::from).collect();
        desk.with(|d| d.check_returns(period_id, &paths))
    }

    pub fn import_returns(desk: Desk, period_id: i64, paths: Vec<String>, received_on: Option<String>) -> ReturnImportResult {
        let paths: Vec<PathBuf> = paths.into_iter().map(PathBuf::from).collect();
        desk.with(|d| d.import_returns(period_id, &paths, received_on.as_deref()))
    }

    async fn add_report_attachments(app: App, desk: Desk, period_id: i64, unit_id: i64) -> Option<ReportForm> {
        let kinds: &[&str] = &[
            "pdf", "ofd", "doc", "docx", "wps", "xls", "xlsx", "et", "jpg", "jpeg", "png", "gif", "bmp", "tif", "zip",
        ];
        let files = pick_files(&app, "选择附件（文字材料、图片）", ("文档和图片", kinds)).await;
        let mut form = None;
        for file in files {
            form = Some(desk.with(|d| d.add_report_attachment(period_id, unit_id, &file))?);
        }
        Ok(form)
    }

    pub fn remove_report_attachment(desk: Desk, id: i64) -> () {
        desk.with(|d| d.remove_report_attachment(id))
    }

    pub fn open_report_attachment(app: App, desk: Desk, id: i64) -> () {
        let path = desk.with(|d| d.report_attachment_path(id))?;
        app.opener()
            .open_path(path.display().to_string(), None::<&str>)
            .map_err(|e| CoreError::storage(format!("无法打开附件：{e}")))
    }

    async fn send_out_forms(app: App, desk: Desk, period_id: i64, unit_ids: Vec<i64>) -> Option<SentOut> {
        let Some(folder) = pick_folder(&app).await else {
            return Ok(None);
        };
        desk.with(|d| d.send_out_forms(period_id, &unit_ids, &folder)).map(Some)
    }

    /// Answers the saved file's path, or null when the office cancelled the save dialog.
    async fn export_report_form(app: App, period_id: i64, unit_id: i64, name: String, format: ExportFormat) -> Option<String> {
        let bytes = render(&app, move |d| d.report_form_file(period_id, unit_id, format)).await?;
        save(&app, format!("{name}.{}", format.extension()), format, bytes).await
    }

    /// Answers the saved file's path, or null when the office cancelled the save dialog.
    async fn export_report_summary(app: App, period_id: i64, name: String, format: ExportFormat) -> Option<String> {
        let bytes = render(&app, move |d| d.report_summary_file(period_id, format)).await?;
        save(&app, format!("{name}.{}", format.extension()), format, bytes).await
    }

    /// Opens the PDF in the system's viewer, from which the office prints; answers its path.
    async fn print_report_summary(app: App, period_id: i64, name: String) -> String {
        let bytes = render(&app, move |d| d.report_summary_file(period_id, ExportFormat::Pdf)).await?;
        open_pdf(&app, &format!("{name}.pdf"), bytes).await
    }
}
