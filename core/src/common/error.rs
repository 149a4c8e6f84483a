//! The one error type of the core. Every message is Chinese and meant for office staff;
//! `field` names the input field (camelCase, as in the IPC types) or a sheet cell.

use std::sync::Arc;

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
    /// The database file is damaged, or is not the program's database.
    Damaged,
    /// Another running copy of the program holds the data folder.
    Locked,
    /// The database or backup was written by a newer version of the program.
    TooNew,
    /// The office cancelled long work before it finished.
    Cancelled,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, thiserror::Error)]
#[error("{message}")]
pub struct CoreError {
    pub code: ErrorCode,
    pub message: String,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// The library error behind a storage failure, for the log file: the message says in
    /// Chinese what failed, the cause keeps why.
    #[serde(skip)]
    #[ts(skip)]
    #[source]
    pub cause: Option<Cause>,
}

/// An underlying error, shared so the error stays cheap to clone. Two errors with the same
/// code, message and field are equal whatever their causes.
#[derive(Debug, Clone)]
pub struct Cause(pub Arc<dyn std::error::Error + Send + Sync>);

impl PartialEq for Cause {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for Cause {}

impl std::fmt::Display for Cause {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Cause {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.0.source()
    }
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
        Self::with_field(ErrorCode::NotFound, "", message)
    }

    pub fn storage(message: impl Into<String>) -> Self {
        Self::with_field(ErrorCode::Storage, "", message)
    }

    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self::with_field(code, "", message)
    }

    fn with_field(code: ErrorCode, field: &str, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            field: (!field.is_empty()).then(|| field.to_owned()),
            cause: None,
        }
    }

    /// Keeps `cause` behind this error.
    pub fn caused_by(mut self, cause: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.cause = Some(Cause(Arc::new(cause)));
        self
    }

    /// Keeps the cause of `other` behind this error.
    pub fn with_cause_of(mut self, other: CoreError) -> Self {
        self.cause = other.cause;
        self
    }

    /// The message with every cause beneath it, one per line: what the log file records.
    pub fn report(&self) -> String {
        let mut text = self.message.clone();
        let mut next: Option<&(dyn std::error::Error + 'static)> = self.cause.as_ref().map(|c| &*c.0 as _);
        while let Some(e) = next {
            text.push_str(&format!("\n  原因：{e}"));
            next = e.source();
        }
        text
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
        // Damage found while reading (the start leaves the check of every page until after the
        // window opens) is named as damage, so the window offers the recovery screen.
        if matches!(
            e.sqlite_error_code(),
            Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
        ) {
            return Self::new(ErrorCode::Damaged, "数据文件已损坏（读取数据时发现）。").caused_by(e);
        }
        Self::storage(format!("数据库操作失败：{e}")).caused_by(e)
    }
}

impl From<rusqlite_migration::Error> for CoreError {
    fn from(e: rusqlite_migration::Error) -> Self {
        Self::storage(format!("数据库升级失败：{e}")).caused_by(e)
    }
}

impl From<serde_json::Error> for CoreError {
    fn from(e: serde_json::Error) -> Self {
        Self::storage(format!("数据格式错误：{e}")).caused_by(e)
    }
}

impl From<std::io::Error> for CoreError {
    fn from(e: std::io::Error) -> Self {
        Self::storage(format!("文件读写失败：{e}")).caused_by(e)
    }
}
