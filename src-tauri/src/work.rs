//! Long work the window watches (sending out forms, reading the returns taken back): each file
//! done goes to the window as a `work-progress` event, and 取消 sets the flag the next step
//! reads. One piece of long work runs at a time: the window's progress dialog is modal.

use std::sync::atomic::{AtomicBool, Ordering};

use committee_core::{CoreError, Desk, Progress, WorkStep};
use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::state::DeskState;

/// The event each step is sent as.
pub const WORK_EVENT: &str = "work-progress";

#[derive(Default)]
pub struct Work {
    cancel: AtomicBool,
}

impl Work {
    /// Asks the running work to stop before its next file.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::SeqCst);
    }
}

/// Runs `job` with a progress that reports to the window; the window is told when it ends,
/// whatever the outcome.
fn watched<R: Runtime, T>(
    app: &AppHandle<R>,
    title: &str,
    job: impl FnOnce(&Progress) -> Result<T, CoreError>,
) -> Result<T, CoreError> {
    let work = app.state::<Work>();
    work.cancel.store(false, Ordering::SeqCst);
    let report = |step: &WorkStep| {
        let _ = app.emit(WORK_EVENT, step);
        !work.cancel.load(Ordering::SeqCst)
    };
    let answer = job(&Progress::new(title, &report));
    let end = WorkStep {
        title: title.to_owned(),
        done: 0,
        total: 0,
        item: String::new(),
        finished: true,
    };
    let _ = app.emit(WORK_EVENT, &end);
    answer
}

/// Runs `job` on the desk off the window's thread, inside [`watched`]: how the commands that go
/// file by file run.
pub async fn on_desk<R: Runtime, T: Send + 'static>(
    app: AppHandle<R>,
    title: &'static str,
    job: impl FnOnce(&mut Desk, &Progress) -> Result<T, CoreError> + Send + 'static,
) -> Result<T, CoreError> {
    crate::commands::blocking(move || watched(&app, title, |p| app.state::<DeskState>().with(|d| job(d, p)))).await
}
