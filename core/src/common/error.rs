//! The one error type of the core. Every message is Chinese and meant for office staff;
//! `field` names the input field (camelCase, as in the IPC types) or a sheet cell.

use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The input is wrong; `field` says where.
    Invalid,
    /// The input contradicts saved data (duplicate name, an existing liaison …).
    Conflict,
    /// The record asked for does not exist (or was deleted).
    NotFound,
    /// The first-start setup has not been done yet.
    NotConfigured,
    /// The database or the file system failed.
    Storage,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, thiserror::Error)]
#[error("{message}")]
pub struct CoreError {
    pub code: ErrorCode,
    pub message: String,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

pub type Result<T, E = CoreError> = std::result::Result<T, E>;

impl CoreError {
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        Self::with_field(ErrorCode::Invalid, field, message)
    }

    pub fn conflict(field: &str, message: impl Into<String>) -> Self {
        Self::with_field(ErrorCode::Conflict, field, message)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self {
            code: ErrorCode::NotFound,
            message: message.into(),
            field: None,
        }
    }

    pub fn storage(message: impl Into<String>) -> Self {
        Self {
            code: ErrorCode::Storage,
            message: message.into(),
            field: None,
        }
    }

    fn with_field(code: ErrorCode, field: &str, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            field: (!field.is_empty()).then(|| field.to_owned()),
        }
    }
}

impl From<rusqlite::Error> for CoreError {
    fn from(e: rusqlite::Error) -> Self {
        // A stored value the program refused while reading a row already says why in Chinese.
        if let rusqlite::Error::FromSqlConversionFailure(_, _, inner) = &e {
            if let Some(ours) = inner.downcast_ref::<CoreError>() {
                return ours.clone();
            }
        }
        Self::storage(format!("数据库操作失败：{e}"))
    }
}

impl From<rusqlite_migration::Error> for CoreError {
    fn from(e: rusqlite_migration::Error) -> Self {
        Self::storage(format!("数据库升级失败：{e}"))
    }
}

impl From<serde_json::Error> for CoreError {
    fn from(e: serde_json::Error) -> Self {
        Self::storage(format!("数据格式错误：{e}"))
    }
}

impl From<std::io::Error> for CoreError {
    fn from(e: std::io::Error) -> Self {
        Self::storage(format!("文件读写失败：{e}"))
    }
}
