//! The progress of long work: 取消.

use tauri::Manager;

use crate::work::Work;

commands! {
    /// Stops the running long work before its next file.
    pub fn cancel_work(app: App) -> () {
        app.state::<Work>().cancel();
        Ok(())
    }
}
