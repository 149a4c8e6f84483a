//! 附件: documents and images a unit sends with its return (泸州 notice 附件3 备注2: 必要时可附文字
//! 材料及影像资料). Each is copied into the data folder and listed with the return.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, Row};
use serde::Serialize;
use ts_rs::TS;

use crate::common::error::{CoreError, Result};
use crate::store::files::file_name;
use crate::store::{Record, SoftDeleted};

const KINDS: &[&str] = &[
    "pdf", "ofd", "doc", "docx", "wps", "xls", "xlsx", "et", "ppt", "pptx", "txt", "jpg", "jpeg", "png", "gif", "bmp",
    "tif", "tiff", "webp", "zip", "rar", "7z",
];
const MAX_BYTES: u64 = 200 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportAttachment {
    pub id: i64,
    pub report_id: i64,
    pub file_name: String,
    /// Relative to the data folder.
    pub stored_path: String,
    pub size: i64,
    pub deleted_at: Option<String>,
}

impl ReportAttachment {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Self {
            id: r.get("id")?,
            report_id: r.get("report_id")?,
            file_name: r.get("file_name")?,
            stored_path: r.get("stored_path")?,
            size: r.get("size")?,
            deleted_at: r.get("deleted_at")?,
        })
    }
}

impl Record for ReportAttachment {
    const ENTITY: &'static str = "report_attachment";
    const LABEL: &'static str = "附件";

    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>> {
        Ok(conn
            .query_row("SELECT * FROM report_attachment WHERE id = ?1", [id], Self::from_row)
            .optional()?)
    }
}

pub(crate) fn list(conn: &Connection, report_id: i64) -> Result<Vec<ReportAttachment>> {
    let mut stmt =
        conn.prepare("SELECT * FROM report_attachment WHERE report_id = ?1 AND deleted_at IS NULL ORDER BY id")?;
    let rows = stmt.query_map([report_id], ReportAttachment::from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(super) fn check_kind(path: &Path) -> Result<()> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if !KINDS.contains(&ext.as_str()) {
        return Err(CoreError::invalid(
            "file",
            format!(
                "“{}”不是文档或图片，附件只收 PDF、Word、WPS、Excel、图片和压缩包",
                file_name(path)
            ),
        ));
    }
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    if size > MAX_BYTES {
        return Err(CoreError::invalid(
            "file",
            format!("“{}”超过 200 MB，请压缩后再添加", file_name(path)),
        ));
    }
    Ok(())
}

impl SoftDeleted for ReportAttachment {
    fn deleted_at(&self) -> Option<&str> {
        self.deleted_at.as_deref()
    }

    fn gone() -> CoreError {
        CoreError::not_found("这个附件不存在或已删除")
    }
}
