//! Exports and printing, one path for every file: the core renders what the window names (off
//! the window's thread, so a long roster never freezes it) and gives its name; then the office
//! picks where to save it, or the system viewer opens it to print.

use committee_core::print::FontRole;
use committee_core::store::files::write_file;
use committee_core::{CoreError, ExportFormat, OutputFile, PrintFontSetting, Printable};
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_opener::OpenerExt;

use super::pickers::save_path;
use super::Answer;
use crate::state::DeskState;

/// Renders with the desk on a worker thread.
async fn render<R: Runtime>(app: &AppHandle<R>, what: Printable, format: ExportFormat) -> Answer<OutputFile> {
    let app = app.clone();
    super::blocking(move || app.state::<DeskState>().with(|d| d.output_file(&what, format))).await
}

/// Saves the file where the office picks; answers the saved path, or nothing when cancelled.
async fn save<R: Runtime>(app: &AppHandle<R>, file: OutputFile, format: ExportFormat) -> Answer<Option<String>> {
    let Some(path) = save_path(app, &file.name, format).await else {
        return Ok(None);
    };
    write_file(&path, &file.bytes)?;
    Ok(Some(path.display().to_string()))
}

/// Writes the PDF into the app's cache folder and opens it in the system's PDF viewer, from
/// which the office prints.
async fn open_pdf<R: Runtime>(app: &AppHandle<R>, file: OutputFile) -> Answer<String> {
    let dir = app
        .path()
        .app_cache_dir()
        .map_err(|e| CoreError::storage(format!("找不到临时文件夹：{e}")))?;
    let dir = dir.join("print");
    std::fs::create_dir_all(&dir).map_err(|e| CoreError::storage(format!("无法创建临时文件夹：{e}")))?;
    let path = dir.join(&file.name);
    write_file(&path, &file.bytes)?;
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
    /// Saves what the window names in `format`; answers the saved file's path, or null when the
    /// office cancelled the save dialog.
    async fn export_output(app: App, what: Printable, format: ExportFormat) -> Option<String> {
        let file = render(&app, what, format).await?;
        save(&app, file, format).await
    }

    /// Opens the PDF in the system's viewer, from which the office prints; answers its path.
    async fn print_output(app: App, what: Printable) -> String {
        let file = render(&app, what, ExportFormat::Pdf).await?;
        open_pdf(&app, file).await
    }

    pub fn print_fonts(desk: Desk) -> Vec<PrintFontSetting> {
        desk.with(|d| d.print_fonts())
    }

    pub fn set_print_font(desk: Desk, role: FontRole, font_key: Option<String>) -> Vec<PrintFontSetting> {
        desk.with(|d| d.set_print_font(role, font_key.as_deref()))
    }
}
