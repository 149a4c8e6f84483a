//! Long work that goes file by file (sending out forms, reading returns taken back) says how far
//! it has gone after each file, and stops at the next file when the office cancels it.

use serde::Serialize;
use ts_rs::TS;

use crate::common::error::{CoreError, ErrorCode, Result};

/// How far a piece of long work has gone, as the window's progress shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkStep {
    /// What the work is, e.g. 下发空表.
    pub title: String,
    pub done: u32,
    pub total: u32,
    /// The file just finished.
    pub item: String,
    /// The work has ended (done, failed or cancelled): the progress closes.
    pub finished: bool,
}

/// Told of each finished file; answers whether to go on.
pub struct Progress<'a> {
    title: &'a str,
    report: &'a (dyn Fn(&WorkStep) -> bool + Sync),
}

impl<'a> Progress<'a> {
    pub fn new(title: &'a str, report: &'a (dyn Fn(&WorkStep) -> bool + Sync)) -> Self {
        Self { title, report }
    }

    /// Work nobody watches (tests, the benchmarks).
    pub fn silent() -> Progress<'static> {
        Progress {
            title: "",
            report: &|_| true,
        }
    }

    /// After file `done` of `total`: an error saying the work was cancelled when the office
    /// asked for it.
    pub fn step(&self, done: usize, total: usize, item: &str) -> Result<()> {
        let step = WorkStep {
            title: self.title.to_owned(),
            done: done as u32,
            total: total as u32,
            item: item.to_owned(),
            finished: false,
        };
        if (self.report)(&step) {
            Ok(())
        } else {
            Err(cancelled())
        }
    }
}

/// The error long work ends with when the office cancels it.
pub fn cancelled() -> CoreError {
    CoreError::new(ErrorCode::Cancelled, "已取消")
}

impl CoreError {
    pub fn is_cancelled(&self) -> bool {
        self.code == ErrorCode::Cancelled
    }
}
