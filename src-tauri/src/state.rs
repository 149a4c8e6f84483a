//! The open database, shared by all commands. If it could not be opened, every command answers
//! with the reason, so the window can say what went wrong and offer a way out (a backup, or
//! trying again once another copy of the program is closed) instead of crashing.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use committee_core::clock::Clock;
use committee_core::print::FontDirs;
use committee_core::store::integrity;
use committee_core::{CoreError, Desk, ErrorCode};

pub struct DeskState {
    opened: Mutex<Result<Desk, CoreError>>,
    /// Where the database is (or should be); none when not even the data folder was found.
    path: Option<PathBuf>,
    clock: Arc<dyn Clock>,
    font_dirs: Vec<PathBuf>,
}

impl DeskState {
    /// Opens the database at `path` (or records why there is none).
    pub fn open(path: Result<PathBuf, CoreError>, clock: Arc<dyn Clock>, font_dirs: Vec<PathBuf>) -> Self {
        let (opened, path) = match path {
            Ok(path) => (open_desk(&path, clock.clone(), &font_dirs, true), Some(path)),
            Err(e) => (Err(e), None),
        };
        Self {
            opened: Mutex::new(opened),
            path,
            clock,
            font_dirs,
        }
    }

    /// An already open desk (the command tests' in-memory one).
    pub fn new(desk: Desk) -> Self {
        Self {
            path: desk.path().map(Path::to_path_buf),
            clock: desk.clock(),
            opened: Mutex::new(Ok(desk)),
            font_dirs: Vec::new(),
        }
    }

    /// Runs `work` with the desk; commands run one at a time against the one connection.
    pub fn with<T>(&self, work: impl FnOnce(&mut Desk) -> Result<T, CoreError>) -> Result<T, CoreError> {
        let mut guard = self.opened.lock().map_err(|_| poisoned())?;
        let answer = match &mut *guard {
            Ok(desk) => match desk.unusable() {
                Some(e) => Err(e.clone()),
                None => work(desk),
            },
            Err(e) => Err(e.clone()),
        };
        let was_open = guard.is_ok();
        drop(guard);
        // Damage met while working (a backup being restored can be the damaged file, too): the
        // data's own file is checked, without holding up other commands.
        if let (Err(e), true) = (&answer, was_open) {
            if e.code == ErrorCode::Damaged {
                let _ = self.check_pages();
            }
        }
        answer
    }

    /// Checks every page of the data's own file, off the desk's connection. A damaged file
    /// closes the desk: every command answers with the damage from then on, as if the database
    /// had not opened, and the recovery screen takes over.
    pub fn check_pages(&self) -> Result<(), CoreError> {
        let Some(path) = &self.path else { return Ok(()) };
        let checked = integrity::verify_file(path);
        if let Some(damage) = checked.as_ref().err().filter(|e| e.code == ErrorCode::Damaged) {
            let mut guard = self.opened.lock().unwrap_or_else(|p| p.into_inner());
            *guard = Err(damage.clone());
        }
        checked
    }

    /// Why the database could not be opened, if it could not.
    pub fn problem(&self) -> Option<CoreError> {
        match &*self.opened.lock().ok()? {
            Ok(_) => None,
            Err(e) => Some(e.clone()),
        }
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn clock(&self) -> Arc<dyn Clock> {
        self.clock.clone()
    }

    /// While the database could not be opened: runs `work` on its path (a recovery), then tries
    /// to open it again.
    pub fn recover(&self, work: impl FnOnce(&Path) -> Result<(), CoreError>) -> Result<(), CoreError> {
        let mut guard = self.opened.lock().map_err(|_| poisoned())?;
        if guard.is_ok() {
            return Err(CoreError::storage("数据已经打开，无需恢复"));
        }
        let path = self
            .path
            .clone()
            .ok_or_else(|| CoreError::storage("找不到用于保存数据的文件夹"))?;
        work(&path)?;
        *guard = open_desk(&path, self.clock.clone(), &self.font_dirs, false);
        guard.as_ref().map(drop).map_err(Clone::clone)
    }
}

/// At the start the pages are checked beside the window (`startup::check_then_back_up`); a
/// recovery's reopening checks them first, as the office waits for it anyway.
fn open_desk(path: &Path, clock: Arc<dyn Clock>, font_dirs: &[PathBuf], at_start: bool) -> Result<Desk, CoreError> {
    let mut desk = if at_start {
        Desk::open_at_start(path, clock)?
    } else {
        Desk::open(path, clock)?
    };
    desk.set_font_dirs(FontDirs::standard(font_dirs));
    Ok(desk)
}

fn poisoned() -> CoreError {
    CoreError::storage("程序内部错误：上一次操作异常中断，请重新启动程序")
}
