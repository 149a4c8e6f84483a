//! 设置 → 关于: which program this is and where it keeps the office's data, so that office
//! staff (or whoever helps them on the phone) can find the folder to back up.

use serde::Serialize;
use ts_rs::TS;

use crate::common::location::PORTABLE_DATA_DIR;
use crate::Desk;

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct About {
    pub version: String,
    /// The folder holding the database and the kept files; none for a database in memory.
    pub data_folder: Option<String>,
    /// True when the data lives beside the program (the `portable` marker).
    pub portable: bool,
}

impl Desk {
    pub fn about(&self) -> About {
        let folder = self.files_dir();
        About {
            version: env!("CARGO_PKG_VERSION").into(),
            data_folder: folder.map(|d| d.display().to_string()),
            portable: folder.is_some_and(|d| d.ends_with(PORTABLE_DATA_DIR)),
        }
    }
}
