//! 恢复: a backup replaces the data folder's database and kept files. The whole backup is read
//! and checked before anything changes, the current data is backed up first, and the swap is
//! all or nothing (`store::swap`), even if the program is killed in the middle of it.

use std::path::Path;

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use ts_rs::TS;

use crate::common::error::{CoreError, Result};
use crate::common::location::DATABASE_FILE;
use crate::desk::Desk;
use crate::safety::backup::{backup_folder_of, backups_in, BackupInfo, BackupKind, BACKUP_FOLDER};
use crate::safety::backup_file::BackupFile;
use crate::store::lock::FolderLock;
use crate::store::{self, swap};

/// What a backup holds, read and checked through; nothing is changed.
pub fn preview(file: &Path) -> Result<BackupInfo> {
    let mut backup = BackupFile::open(file)?;
    backup.verify()?;
    Ok(BackupInfo::new(file, backup.manifest))
}

impl Desk {
    /// 恢复: answers the backup of the current data taken before it was replaced.
    pub fn restore_backup(&mut self, file: &Path) -> Result<BackupInfo> {
        let mut backup = BackupFile::open(file)?;
        let db = self.database_file()?;
        let safety = self.back_up(&self.backup_folder()?, BackupKind::BeforeRestore)?;
        stage(&mut backup, &db)?;
        self.with_closed(commit)?;
        Ok(safety)
    }
}

/// For the recovery screen, when no desk could open: the backup is restored and everything it
/// replaces — the damaged database and the kept files as they were — is kept in
/// `备份/损坏的数据_<time>/`, never deleted.
pub fn recover(db: &Path, file: &Path, now: DateTime<Utc>) -> Result<()> {
    let _lock = FolderLock::take(db)?;
    let mut backup = BackupFile::open(file)?;
    stage(&mut backup, db)?;
    let stamp = (now + Duration::hours(8)).format("%Y-%m-%d_%H%M%S");
    let aside = format!("{BACKUP_FOLDER}/损坏的数据_{stamp}");
    swap::commit(data_dir(db), &db_name(db), Some(&aside))
}

/// Unpacks and checks the backup into the staging folder; its database is checked and brought
/// up to this program's schema there, so the swap moves in a database ready to open.
fn stage(backup: &mut BackupFile, db: &Path) -> Result<()> {
    let data_dir = data_dir(db);
    let staging = swap::fresh_staging(data_dir)?;
    let staged =
        (|| {
            backup.extract(&staging)?;
            let name = db_name(db);
            if name != DATABASE_FILE {
                std::fs::rename(staging.join(DATABASE_FILE), staging.join(&name))?;
            }
            drop(store::open_plain(&staging.join(&name)).map_err(|e| {
                CoreError::new(e.code, format!("备份中的数据库无法使用：{}", e.message)).with_cause_of(e)
            })?);
            Ok(())
        })();
    if staged.is_err() {
        let _ = swap::finish(data_dir);
    }
    staged
}

fn commit(db: &Path) -> Result<()> {
    swap::commit(data_dir(db), &db_name(db), None)
}

fn data_dir(db: &Path) -> &Path {
    db.parent().unwrap_or(Path::new("."))
}

fn db_name(db: &Path) -> String {
    db.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| DATABASE_FILE.into())
}

/// Why the database could not be opened, with what the recovery screen offers.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StartProblem {
    pub error: CoreError,
    /// The backups in `备份/`, newest first: the recovery screen offers the newest.
    pub backups: Vec<BackupInfo>,
    pub data_folder: String,
}

impl StartProblem {
    pub fn new(db: Option<&Path>, error: CoreError) -> Self {
        Self {
            error,
            backups: db.map(|db| backups_in(&backup_folder_of(db))).unwrap_or_default(),
            data_folder: db.map(|db| data_dir(db).display().to_string()).unwrap_or_default(),
        }
    }
}
