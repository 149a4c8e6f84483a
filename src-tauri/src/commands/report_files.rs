//! Files around the monthly returns: attachments, the blank forms sent out, the filled forms
//! taken back, and the unit form and summary as PDF or Excel.

use std::path::PathBuf;

use committee_core::{CoreError, ReportForm, ReturnCheck, ReturnImportResult, SentOut};
use tauri_plugin_opener::OpenerExt;

use super::pickers::{pick_files, pick_folder};
use crate::work::on_desk;

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

    /// Reads every file off the window's thread, with the progress and 取消.
    async fn check_returns(app: App, period_id: i64, paths: Vec<String>) -> ReturnCheck {
        let paths: Vec<PathBuf> = paths.into_iter().map(PathBuf::from).collect();
        on_desk(app, "读取报回的表格", move |d, p| d.check_returns_with(period_id, &paths, p)).await
    }

    async fn import_returns(app: App, period_id: i64, paths: Vec<String>, received_on: Option<String>) -> ReturnImportResult {
        let paths: Vec<PathBuf> = paths.into_iter().map(PathBuf::from).collect();
        on_desk(app, "导入报回的表格", move |d, p| {
            d.import_returns_with(period_id, &paths, received_on.as_deref(), p)
        })
        .await
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

    /// Writes the forms off the window's thread, with the progress and 取消.
    async fn send_out_forms(app: App, period_id: i64, unit_ids: Vec<i64>) -> Option<SentOut> {
        let Some(folder) = pick_folder(&app, "选择存放下发表格的文件夹").await else {
            return Ok(None);
        };
        on_desk(app, "下发空表", move |d, p| d.send_out_forms_with(period_id, &unit_ids, &folder, p))
            .await
            .map(Some)
    }
}
