//! Importing the returned forms the office confirmed: all of them in one transaction, each
//! original kept in the data folder, or none of them.

use std::path::PathBuf;

use super::ReturnImportResult;
use crate::common::error::{CoreError, Result};
use crate::common::progress::Progress;
use crate::desk::Desk;
use crate::reporting::period::{self, Period};
use crate::reporting::report::{expected_lines, find, upsert, ReportHead};
use crate::sheet::import::ImportPreview;
use crate::store::files::{file_name, read_picked};

impl Desk {
    /// Imports the files the office confirmed, all or none, keeping each original. With
    /// `received_on` the returns count as sent (报送) on that day; without, they are drafts.
    pub fn import_returns(
        &mut self,
        period_id: i64,
        paths: &[PathBuf],
        received_on: Option<&str>,
    ) -> Result<ReturnImportResult> {
        self.import_returns_with(period_id, paths, received_on, &Progress::silent())
    }

    /// As [`Desk::import_returns`], telling `progress` of each file read; cancelled while it
    /// reads, nothing is imported.
    pub fn import_returns_with(
        &mut self,
        period_id: i64,
        paths: &[PathBuf],
        received_on: Option<&str>,
        progress: &Progress,
    ) -> Result<ReturnImportResult> {
        let received =
            crate::common::date::parse_opt("receivedOn", "收到日期", received_on)?.map(crate::common::date::iso);
        let period = period::get(self.conn(), period_id)?;
        let mut ready = Vec::new();
        for (file, input) in self.read_returns(&period, paths, progress)? {
            file.refuse_blocked(&format!("“{}”", file.file_name), "文件")?;
            match file.unit_id.filter(|_| file.ok) {
                Some(unit) => ready.push((unit, file, input)),
                None => {
                    let message = format!("“{}”还有问题没有解决，本次没有导入任何文件", file.file_name);
                    return Err(CoreError::invalid("files", message));
                }
            }
        }
        let kept = self.keep_originals(&period, paths)?;
        let written = self.write(|tx| {
            for ((unit, _, input), stored) in ready.iter().zip(&kept) {
                let old = find(tx, period_id, *unit)?;
                let lines = crate::reporting::report::entry::merged_lines(
                    expected_lines(tx, period_id, old.as_ref(), *unit)?,
                    input,
                )?;
                let head = ReportHead {
                    filled_department: &input.filled_department,
                    filled_on: input.filled_on.as_deref(),
                    filled_by: &input.filled_by,
                    submitted_on: received.as_deref(),
                    source_file: Some(stored),
                };
                upsert(tx, period_id, *unit, &head, &lines)?;
            }
            Ok(())
        });
        if let Err(e) = written {
            self.forget_kept(&kept);
            return Err(e);
        }
        Ok(ReturnImportResult {
            imported: ready.into_iter().map(|(_, f, _)| f.unit_name).collect(),
        })
    }

    /// Copies each returned file into the data folder; on failure none stays behind.
    fn keep_originals(&self, period: &Period, paths: &[PathBuf]) -> Result<Vec<String>> {
        let folder = format!("{}/{}", crate::store::files::ORIGINALS_FOLDER, period.label());
        let mut kept = Vec::new();
        for path in paths {
            match read_picked(path).and_then(|bytes| self.keep_file(&folder, &file_name(path), &bytes)) {
                Ok(stored) => kept.push(stored),
                Err(e) => {
                    self.forget_kept(&kept);
                    return Err(e);
                }
            }
        }
        Ok(kept)
    }

    fn forget_kept(&self, kept: &[String]) {
        for k in kept {
            if let Ok(p) = self.kept_file_path(k) {
                let _ = std::fs::remove_file(p);
            }
        }
    }
}
