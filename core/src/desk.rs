//! `Desk` is the one surface the desktop shell calls: an open database plus a clock.
//! Each domain module adds its operations in its own `impl Desk` block.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use rusqlite::Connection;

use crate::common::clock::{timestamp, Clock};
use crate::common::error::Result;
use crate::print::FontDirs;
use crate::store::lock::FolderLock;
use crate::store::{self, PageCheck, Tx};

pub struct Desk {
    conn: Connection,
    clock: Arc<dyn Clock>,
    font_dirs: FontDirs,
    /// The data folder: attachments and returned workbooks are kept under it.
    files_dir: Option<PathBuf>,
    /// The database file; none in memory.
    path: Option<PathBuf>,
    _lock: Option<FolderLock>,
    /// Set when the database could not be opened again after a restore: the desk must not be
    /// used until the program starts again (and finishes the restore).
    unusable: Option<crate::common::error::CoreError>,
}

impl Desk {
    /// Opens the office's database: one program per data folder, a restore cut off by a crash
    /// finished first, and the file checked before anything reads it.
    pub fn open(path: &Path, clock: Arc<dyn Clock>) -> Result<Self> {
        Self::open_checking(path, clock, PageCheck::Now)
    }

    /// Opens the database as [`Desk::open`] does but leaves the check of every page to the
    /// caller ([`crate::store::integrity::verify_file`], off the window's thread): the start.
    pub fn open_at_start(path: &Path, clock: Arc<dyn Clock>) -> Result<Self> {
        Self::open_checking(path, clock, PageCheck::Later)
    }

    fn open_checking(path: &Path, clock: Arc<dyn Clock>, pages: PageCheck) -> Result<Self> {
        let lock = FolderLock::take(path)?;
        if let Some(dir) = path.parent() {
            store::swap::finish(dir)?;
        }
        let mut desk = Self {
            conn: store::open_file(path, pages)?,
            clock,
            font_dirs: FontDirs::standard(&[]),
            files_dir: path.parent().map(Path::to_path_buf),
            path: Some(path.to_path_buf()),
            _lock: Some(lock),
            unusable: None,
        };
        desk.seed_defaults_on_opening()?;
        Ok(desk)
    }

    pub fn in_memory(clock: Arc<dyn Clock>) -> Result<Self> {
        Ok(Self {
            conn: store::open_memory()?,
            clock,
            font_dirs: FontDirs::standard(&[]),
            files_dir: None,
            path: None,
            _lock: None,
            unusable: None,
        })
    }

    /// The database file, for a desk that has one.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn clock(&self) -> Arc<dyn Clock> {
        self.clock.clone()
    }

    /// Closes the database file, runs `work` on the closed folder (the lock still held), and opens
    /// it again: how a restore replaces the files under an open desk.
    pub(crate) fn with_closed<T>(&mut self, work: impl FnOnce(&Path) -> Result<T>) -> Result<T> {
        let path = self
            .path
            .clone()
            .ok_or_else(|| crate::common::error::CoreError::storage("没有数据文件"))?;
        drop(std::mem::replace(&mut self.conn, Connection::open_in_memory()?));
        let outcome = work(&path);
        let reopened = path
            .parent()
            .map_or(Ok(()), store::swap::finish)
            .and_then(|()| store::open_file(&path, PageCheck::Now));
        match reopened {
            Ok(conn) => self.conn = conn,
            Err(e) => {
                let message = format!(
                    "恢复没有完成：{}请关闭其他程序后重新启动工作台，恢复会自动完成。",
                    e.message
                );
                let e = crate::common::error::CoreError::storage(message).with_cause_of(e);
                self.unusable = Some(e.clone());
                return Err(e);
            }
        }
        self.seed_defaults_on_opening()?;
        outcome
    }

    /// Why this desk must not be used any more, when a restore left it closed.
    pub fn unusable(&self) -> Option<&crate::common::error::CoreError> {
        self.unusable.as_ref()
    }

    pub fn today(&self) -> NaiveDate {
        self.clock.today()
    }

    /// Where printed outputs look for fonts; the shell adds the fonts it ships with.
    pub fn set_font_dirs(&mut self, dirs: FontDirs) {
        self.font_dirs = dirs;
    }

    /// Where kept files go; an in-memory desk has none until one is set.
    pub fn set_files_dir(&mut self, dir: PathBuf) {
        self.files_dir = Some(dir);
    }

    pub(crate) fn files_dir(&self) -> Option<&Path> {
        self.files_dir.as_deref()
    }

    pub(crate) fn font_dirs(&self) -> &FontDirs {
        &self.font_dirs
    }

    /// The connection itself, for the test that traces the statements a page runs.
    #[cfg(test)]
    pub(crate) fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Runs `work` as one transaction; history rows carry the configured operator.
    pub(crate) fn write<T>(&mut self, work: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        let actor = store::operator(&self.conn)?;
        let now = timestamp(self.clock.now());
        store::write(&mut self.conn, &actor, now, work)
    }
}
