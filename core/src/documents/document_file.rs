//! The issued file of a registered document, and anything sent with it: copied into the data
//! folder under 公文/年份/文号 so the register holds what went out, and backed up with it.

use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::Serialize;
use ts_rs::TS;

use super::register::{get, Document};
use crate::common::error::{CoreError, Result};
use crate::desk::Desk;
use crate::store::files::{file_name, read_picked, safe_name, DOCUMENTS_FOLDER};
use crate::store::{live, Record, SoftDeleted};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentFile {
    pub id: i64,
    pub document_id: i64,
    pub file_name: String,
    /// Relative to the data folder.
    pub stored_path: String,
    pub size: i64,
    pub deleted_at: Option<String>,
}

impl DocumentFile {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Self {
            id: r.get("id")?,
            document_id: r.get("document_id")?,
            file_name: r.get("file_name")?,
            stored_path: r.get("stored_path")?,
            size: r.get("size")?,
            deleted_at: r.get("deleted_at")?,
        })
    }
}

impl Record for DocumentFile {
    const ENTITY: &'static str = "document_file";
    const LABEL: &'static str = "公文文件";

    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>> {
        Ok(conn
            .query_row("SELECT * FROM document_file WHERE id = ?1", [id], Self::from_row)
            .optional()?)
    }
}

impl SoftDeleted for DocumentFile {
    fn deleted_at(&self) -> Option<&str> {
        self.deleted_at.as_deref()
    }
}

/// The files of every document, by document.
pub(crate) fn all(conn: &Connection) -> Result<Vec<DocumentFile>> {
    let mut stmt = conn.prepare("SELECT * FROM document_file WHERE deleted_at IS NULL ORDER BY document_id, id")?;
    let rows = stmt.query_map([], DocumentFile::from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Desk {
    /// Keeps a copy of `source` with the document.
    pub fn add_document_file(&mut self, document_id: i64, source: &Path) -> Result<DocumentFile> {
        let doc: Document = get(self.conn(), document_id)?;
        if doc.voided_on.is_some() {
            return Err(CoreError::invalid("", "已作废的文号不能再附文件"));
        }
        let bytes = read_picked(source)?;
        let folder = format!("{DOCUMENTS_FOLDER}/{}/{}", doc.year, safe_name(&doc.doc_number));
        let name = file_name(source);
        let stored = self.keep_file(&folder, &name, &bytes)?;
        let result = self.write(|tx| {
            tx.insert::<DocumentFile>(|c| {
                c.execute(
                    "INSERT INTO document_file (document_id, file_name, stored_path, size) VALUES (?1, ?2, ?3, ?4)",
                    params![document_id, name, stored, bytes.len() as i64],
                )?;
                Ok(c.last_insert_rowid())
            })
        });
        if result.is_err() {
            // Nothing refers to the copy: do not leave it behind.
            if let Ok(path) = self.kept_file_path(&stored) {
                let _ = std::fs::remove_file(path);
            }
        }
        result
    }

    /// Takes a file off the document; the kept copy stays in the data folder.
    pub fn remove_document_file(&mut self, id: i64) -> Result<()> {
        self.write(|tx| {
            live::<DocumentFile>(tx, id)?;
            tx.soft_delete::<DocumentFile>(id)
        })
    }

    /// Where the kept copy is, to open it.
    pub fn document_file_path(&self, id: i64) -> Result<PathBuf> {
        let f = live::<DocumentFile>(self.conn(), id)?;
        self.kept_file_path(&f.stored_path)
    }
}
