//! The native file dialogs, each in one place. The end-to-end tests cannot drive a native
//! dialog, so each reads an environment variable instead when it is set:
//! COMMITTEE_DESK_SAVE_DIR names the folder to save into, COMMITTEE_DESK_PICK_FILE the files to
//! open (separated by `;`), COMMITTEE_DESK_PICK_BACKUP the backup to restore.

use std::path::PathBuf;

use committee_core::ExportFormat;
use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::{DialogExt, FileDialogBuilder};

/// A file filter: its label and its extensions.
pub(crate) type Filter<'a> = (&'a str, &'a [&'a str]);

fn test_answer(var: &str) -> Option<Vec<PathBuf>> {
    std::env::var_os(var).map(|v| v.to_string_lossy().split(';').map(PathBuf::from).collect())
}

fn dialog<R: Runtime>(app: &AppHandle<R>, title: &str, filter: Option<Filter>) -> FileDialogBuilder<R> {
    let dialog = app.dialog().file().set_title(title);
    match filter {
        Some((label, extensions)) => dialog.add_filter(label, extensions),
        None => dialog,
    }
}

/// Where to save a file called `name`; nothing when the office cancels.
pub(crate) async fn save_path<R: Runtime>(app: &AppHandle<R>, name: &str, format: ExportFormat) -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("COMMITTEE_DESK_SAVE_DIR") {
        return Some(PathBuf::from(dir).join(name));
    }
    let filter = match format {
        ExportFormat::Pdf => ("PDF 文件", &["pdf"][..]),
        ExportFormat::Xlsx => ("Excel 工作簿", &["xlsx"][..]),
        ExportFormat::Docx => ("Word 文档", &["docx"][..]),
    };
    let dialog = dialog(app, "保存", Some(filter)).set_file_name(name);
    let chosen = tauri::async_runtime::spawn_blocking(move || dialog.blocking_save_file()).await;
    chosen.ok().flatten().and_then(|p| p.into_path().ok())
}

/// Files to open; none when the office cancels.
pub(crate) async fn pick_files<R: Runtime>(app: &AppHandle<R>, title: &str, filter: Filter<'_>) -> Vec<PathBuf> {
    if let Some(files) = test_answer("COMMITTEE_DESK_PICK_FILE") {
        return files;
    }
    let dialog = dialog(app, title, Some(filter));
    let picked = tauri::async_runtime::spawn_blocking(move || dialog.blocking_pick_files()).await;
    let picked = picked.ok().flatten().unwrap_or_default();
    picked.into_iter().filter_map(|p| p.into_path().ok()).collect()
}

/// One file to open; nothing when the office cancels. `test_var` names the tests' stand-in.
pub(crate) async fn pick_file<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    filter: Filter<'_>,
    test_var: &str,
) -> Option<PathBuf> {
    if let Some(files) = test_answer(test_var) {
        return files.into_iter().next();
    }
    let dialog = dialog(app, title, Some(filter));
    let picked = tauri::async_runtime::spawn_blocking(move || dialog.blocking_pick_file()).await;
    picked.ok().flatten().and_then(|p| p.into_path().ok())
}

/// A folder to write into; nothing when the office cancels.
pub(crate) async fn pick_folder<R: Runtime>(app: &AppHandle<R>, title: &str) -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("COMMITTEE_DESK_SAVE_DIR") {
        let dir = PathBuf::from(dir);
        std::fs::create_dir_all(&dir).ok()?;
        return Some(dir);
    }
    let dialog = dialog(app, title, None);
    let picked = tauri::async_runtime::spawn_blocking(move || dialog.blocking_pick_folder()).await;
    picked.ok().flatten().and_then(|p| p.into_path().ok())
}
