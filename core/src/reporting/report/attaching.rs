//! Adding, removing and opening the attachments of a unit's return; each change answers the
//! return as it now stands.

use std::path::{Path, PathBuf};

use rusqlite::params;

use super::attachment::{check_kind, ReportAttachment};
use super::{expected_lines, find, upsert, ReportForm, ReportHead};
use crate::common::error::Result;
use crate::desk::Desk;
use crate::store::files::{file_name, read_picked};
use crate::store::live;

impl Desk {
    /// Keeps a copy of `source` with the unit's return, starting a draft if there is none.
    pub fn add_report_attachment(&mut self, period_id: i64, unit_id: i64, source: &Path) -> Result<ReportForm> {
        check_kind(source)?;
        let period = crate::reporting::period::get(self.conn(), period_id)?;
        let unit = crate::store::live::<crate::roster::unit::Unit>(self.conn(), unit_id)?;
        let bytes = read_picked(source)?;
        let folder = format!(
            "{}/{}/{}",
            crate::store::files::ATTACHMENTS_FOLDER,
            period.label(),
            crate::store::files::safe_name(&unit.name)
        );
        let name = file_name(source);
        let stored = self.keep_file(&folder, &name, &bytes)?;
        let result = self.write(|tx| {
            let report = match find(tx, period_id, unit_id)? {
                Some(r) => r,
                None => {
                    let lines = expected_lines(tx, period_id, None, unit_id)?;
                    let head = ReportHead {
                        filled_department: &unit.name,
                        filled_on: None,
                        filled_by: "",
                        submitted_on: None,
                        source_file: None,
                    };
                    upsert(tx, period_id, unit_id, &head, &lines)?
                }
            };
            tx.insert::<ReportAttachment>(|c| {
                c.execute(
                    "INSERT INTO report_attachment (report_id, file_name, stored_path, size) VALUES (?1, ?2, ?3, ?4)",
                    params![report.id, name, stored, bytes.len() as i64],
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
        result?;
        self.report_form(period_id, unit_id)
    }

    /// Takes an attachment off the return; the kept copy stays in the data folder.
    pub fn remove_report_attachment(&mut self, id: i64) -> Result<()> {
        self.write(|tx| {
            live::<ReportAttachment>(tx, id)?;
            tx.soft_delete::<ReportAttachment>(id)
        })
    }

    /// Where the kept copy is, to open it.
    pub fn report_attachment_path(&self, id: i64) -> Result<PathBuf> {
        let a = live::<ReportAttachment>(self.conn(), id)?;
        self.kept_file_path(&a.stored_path)
    }
}
