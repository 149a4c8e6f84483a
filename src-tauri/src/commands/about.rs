//! 设置 → 关于: the version and the data folder, which the office can open to back it up.

use committee_core::{About, CoreError};

use super::exports::open_in_system;

commands! {
    pub fn about(desk: Desk) -> About {
        desk.with(|d| Ok(d.about()))
    }

    /// Opens the data folder in Explorer (the file manager on Linux).
    pub fn open_data_folder(app: App, desk: Desk) -> String {
        let folder = desk
            .with(|d| Ok(d.about().data_folder))?
            .ok_or_else(|| CoreError::storage("数据没有保存在文件夹中"))?;
        open_in_system(&app, &folder, &format!("无法打开文件夹“{folder}”"))?;
        Ok(folder)
    }
}
