//! The recovery screen: when the database could not be opened, why, and the ways out — the
//! newest good backup, another backup file, or trying again once another copy is closed.

use std::path::Path;

use committee_core::safety::restore::{self, StartProblem};
use tauri::Manager;

use super::blocking;
use crate::state::DeskState;

commands! {
    /// Why the data could not be opened; nothing when it is open.
    pub fn start_problem(desk: Desk) -> Option<StartProblem> {
        Ok(desk.problem().map(|e| StartProblem::new(desk.path(), e)))
    }

    /// Sets the damaged files aside, restores the backup at `path` and opens the data.
    async fn recover_from_backup(app: App, path: String) -> () {
        blocking(move || {
            let state = app.state::<DeskState>();
            let now = state.clock().now();
            state.recover(|db| restore::recover(db, Path::new(&path), now))
        })
        .await
    }

    /// Tries to open the data again (after another copy of the program was closed).
    pub fn retry_open(desk: Desk) -> () {
        desk.recover(|_| Ok(()))
    }
}
