//! One running program per data folder: a second copy (an installed one beside a portable one,
//! or a second user session) would otherwise write the same database behind the first one's back.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::Path;

use crate::common::error::{CoreError, ErrorCode, Result};

/// Held while the database is open; the operating system lets go of it when the program ends,
/// however it ends.
#[derive(Debug)]
pub struct FolderLock(#[allow(dead_code)] File);

impl FolderLock {
    /// Takes the lock file beside the database `db`.
    pub fn take(db: &Path) -> Result<Self> {
        let path = db.with_extension("lock");
        if let Some(dir) = db.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| CoreError::storage(format!("无法创建数据文件夹“{}”：{e}", dir.display())).caused_by(e))?;
        }
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| CoreError::storage(format!("无法打开数据文件夹“{}”：{e}", display_dir(db))).caused_by(e))?;
        match file.try_lock() {
            Ok(()) => Ok(Self(file)),
            Err(TryLockError::WouldBlock) => Err(CoreError::new(
                ErrorCode::Locked,
                format!(
                    "数据文件夹“{}”正由另一个正在运行的工作台使用。请先关闭那个窗口（也可能在另一位用户的登录中），再打开本程序。",
                    display_dir(db)
                ),
            )),
            Err(TryLockError::Error(e)) => {
                Err(CoreError::storage(format!("无法锁定数据文件夹“{}”：{e}", display_dir(db))).caused_by(e))
            }
        }
    }
}

fn display_dir(db: &Path) -> String {
    db.parent().map(|d| d.display().to_string()).unwrap_or_default()
}
