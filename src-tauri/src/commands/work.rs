//! The progress of long work: 取消.

use tauri::Manager;

use crate::work::Work;

commands! {
    /// Stops the running long work before its next file. Off the window's thread, so that it
    /// gets through whatever else the window has asked meanwhile.
    async fn cancel_work(app: App) -> () {
        app.state::<Work>().cancel();
        Ok(())
    }
}
