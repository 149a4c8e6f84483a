//! Exports and printing. The file is rendered off the window's thread, so a long roster never
//! freezes the window; then the office picks where to save it (or the system viewer opens it).

use std::path::PathBuf;

use committee_core::print::FontRole;
use committee_core::store::files::write_file;
use committee_core::{CoreError, Desk, ExportFormat, PrintFontSetting, RosterLayout};
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;

use super::Answer;
use crate::state::DeskState;

/// Renders with the desk on a worker thread.
pub(crate) async fn render<R: Runtime>(
    app: &AppHandle<R>,
    work: impl FnOnce(&Desk) -> Result<Vec<u8>, CoreError> + Send + 'static,
) -> Answer<Vec<u8>> {
    let app = app.clone();
    super::blocking(move || app.state::<DeskState>().with(|d| work(d))).await
}

/// Asks where to save. COMMITTEE_DESK_SAVE_DIR skips the dialog: the end-to-end tests cannot
/// drive a native dialog, so they name a folder instead.
async fn choose_path<R: Runtime>(app: &AppHandle<R>, name: &str, format: ExportFormat) -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("COMMITTEE_DESK_SAVE_DIR") {
        return Some(PathBuf::from(dir).join(name));
    }
    let (label, ext) = match format {
        ExportFormat::Pdf => ("PDF 文件", "pdf"),
        ExportFormat::Xlsx => ("Excel 工作簿", "xlsx"),
        ExportFormat::Docx => ("Word 文档", "docx"),
    };
    let dialog = app
        .dialog()
        .file()
        .set_title("保存")
        .set_file_name(name)
        .add_filter(label, &[ext]);
    let chosen = tauri::async_runtime::spawn_blocking(move || dialog.blocking_save_file()).await;
    chosen.ok().flatten().and_then(|p| p.into_path().ok())
}

/// Saves `bytes`; answers the saved path, or nothing when the office cancelled.
pub(crate) async fn save<R: Runtime>(
    app: &AppHandle<R>,
    name: String,
    format: ExportFormat,
    bytes: Vec<u8>,
) -> Answer<Option<String>> {
    let Some(path) = choose_path(app, &name, format).await else {
        return Ok(None);
    };
    write_file(&path, &bytes)?;
    Ok(Some(path.display().to_string()))
}

fn roster_name(layout: RosterLayout, format: ExportFormat) -> String {
    let suffix = if layout == RosterLayout::Table {
        "（表格）"
    } else {
        ""
    };
    format!("组成人员名单{suffix}.{}", format.extension())
}
/// Writes the PDF into the app's cache folder and opens it in the system's PDF viewer, from
/// which the office prints.
pub(crate) async fn open_pdf<R: Runtime>(app: &AppHandle<R>, name: &str, bytes: Vec<u8>) -> Answer<String> {
    let dir = app
        .path()
        .app_cache_dir()
        .map_err(|e| CoreError::storage(format!("找不到临时文件夹：{e}")))?;
    let dir = dir.join("print");
    std::fs::create_dir_all(&dir).map_err(|e| CoreError::storage(format!("无法创建临时文件夹：{e}")))?;
    let path = dir.join(name);
    write_file(&path, &bytes)?;
    let path = path.display().to_string();
    open_in_system(app, &path, "无法打开 PDF 阅读器")?;
    Ok(path)
}

/// Opens a file or folder with the system's program for it; `failure` starts the message when
/// that fails. COMMITTEE_DESK_SAVE_DIR (the end-to-end tests) skips it: no viewer runs there.
pub(crate) fn open_in_system<R: Runtime>(app: &AppHandle<R>, path: &str, failure: &str) -> Answer<()> {
    if std::env::var_os("COMMITTEE_DESK_SAVE_DIR").is_some() {
        return Ok(());
    }
    app.opener()
        .open_path(path, None::<&str>)
        .map_err(|e| CoreError::storage(format!("{failure}：{e}")))
}

commands! {
    /// 全部导出: every area in one workbook, for handing over or archiving.
    async fn export_everything(app: App) -> Option<String> {
        let bytes = render(&app, |d| d.everything_xlsx()).await?;
        let today = app.state::<DeskState>().with(|d| Ok(d.today()))?;
        let name = format!("全部数据（{}导出）.xlsx", today.format("%Y年%m月%d日"));
        save(&app, name, ExportFormat::Xlsx, bytes).await
    }

    /// Answers the saved file's path, or null when the office cancelled the save dialog.
    async fn export_roster(app: App, layout: RosterLayout, format: ExportFormat, as_of: Option<String>) -> Option<String> {
        let bytes = render(&app, move |d| d.roster_file(layout, format, as_of.as_deref())).await?;
        save(&app, roster_name(layout, format), format, bytes).await
    }

    /// Answers the saved file's path, or null when the office cancelled the save dialog.
    async fn export_liaison_directory(app: App, format: ExportFormat) -> Option<String> {
        let bytes = render(&app, move |d| d.liaison_directory_file(format)).await?;
        save(&app, format!("联络员名单.{}", format.extension()), format, bytes).await
    }

    /// Opens the PDF in the system's viewer, from which the office prints; answers its path.
    async fn print_roster(app: App, layout: RosterLayout, as_of: Option<String>) -> String {
        let bytes = render(&app, move |d| {
            d.roster_file(layout, ExportFormat::Pdf, as_of.as_deref())
        })
        .await?;
        open_pdf(&app, &roster_name(layout, ExportFormat::Pdf), bytes).await
    }

    /// Opens the PDF in the system's viewer, from which the office prints; answers its path.
    async fn print_liaison_directory(app: App) -> String {
        let bytes = render(&app, |d| d.liaison_directory_file(ExportFormat::Pdf)).await?;
        open_pdf(&app, "联络员名单.pdf", bytes).await
    }

    pub fn print_fonts(desk: Desk) -> Vec<PrintFontSetting> {
        desk.with(|d| d.print_fonts())
    }

    pub fn set_print_font(desk: Desk, role: FontRole, font_key: Option<String>) -> Vec<PrintFontSetting> {
        desk.with(|d| d.set_print_font(role, font_key.as_deref()))
    }
}
