//! Files the office keeps with its records (attachments, returned workbooks): copied into the
//! data folder so they survive when the original on a USB stick or in Downloads is gone.

use std::path::{Path, PathBuf};

use crate::common::error::{CoreError, Result};
use crate::desk::Desk;

/// Attachments the units sent with their returns.
pub const ATTACHMENTS_FOLDER: &str = "报送附件";
/// The returned workbooks as the units sent them.
pub const ORIGINALS_FOLDER: &str = "报送原件";
/// 公文登记: the issued files of the register.
pub const DOCUMENTS_FOLDER: &str = "公文";
/// Every folder of kept files: what a backup carries besides the database.
pub const KEPT_FOLDERS: &[&str] = &[ATTACHMENTS_FOLDER, ORIGINALS_FOLDER, DOCUMENTS_FOLDER];

/// Writes the file next to its final name first, so a failed export never leaves half a file
/// where the office expects the old one.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    let fail = |e: std::io::Error| CoreError::storage(format!("无法保存到“{}”：{e}", path.display()));
    let tmp = path.with_extension("part");
    std::fs::write(&tmp, bytes).map_err(fail)?;
    std::fs::rename(&tmp, path).map_err(fail)
}

/// Characters Windows does not allow in a file name.
pub fn safe_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if r#"\/:*?"<>|"#.contains(c) || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    cleaned.trim().trim_end_matches('.').to_owned()
}

impl Desk {
    /// Copies `source` into `folder` (relative to the data folder) under `name`, adding
    /// （2）, （3）… when that name is taken. Returns the path relative to the data folder.
    pub(crate) fn keep_file(&self, folder: &str, name: &str, bytes: &[u8]) -> Result<String> {
        let root = self
            .files_dir()
            .ok_or_else(|| CoreError::storage("没有可用的数据文件夹，无法保存文件"))?;
        let dir = root.join(folder);
        std::fs::create_dir_all(&dir)
            .map_err(|e| CoreError::storage(format!("无法创建文件夹“{}”：{e}", dir.display())))?;
        let target = free_name(&dir, &safe_name(name));
        write_file(&target, bytes)?;
        let relative = target.strip_prefix(root).unwrap_or(&target);
        Ok(relative.to_string_lossy().replace('\\', "/"))
    }

    /// Full path of a kept file.
    pub fn kept_file_path(&self, relative: &str) -> Result<PathBuf> {
        let root = self
            .files_dir()
            .ok_or_else(|| CoreError::storage("没有可用的数据文件夹"))?;
        let path = root.join(relative);
        if !path.is_file() {
            return Err(CoreError::not_found(format!("文件“{relative}”已不在数据文件夹中")));
        }
        Ok(path)
    }
}

fn free_name(dir: &Path, name: &str) -> PathBuf {
    let first = dir.join(name);
    if !first.exists() {
        return first;
    }
    let (stem, ext) = match name.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() => (s, format!(".{e}")),
        _ => (name, String::new()),
    };
    (2..)
        .map(|n| dir.join(format!("{stem}（{n}）{ext}")))
        .find(|p| !p.exists())
        .expect("some numbered name is free")
}

/// Reads a file the user picked, naming it in the error.
pub fn read_picked(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| CoreError::storage(format!("无法读取“{}”：{e}", path.display())))
}

/// The file name of a picked path, for display and for keeping.
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}
