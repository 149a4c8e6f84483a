//! 收回报表: read the forms units send back (one file or many), match each to its unit, its
//! month and its rows to the unit's tasks, list every problem, and import only what the office
//! confirms. The original file is kept with the return.
//!
//! `reading` finds the form in a workbook and the values above its table, knowing nothing of
//! the database; `matching` ties what was read to the period, the unit and its tasks;
//! `importing` saves the confirmed files in one transaction.

mod importing;
mod matching;
mod reading;

use std::path::{Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

use super::{ReportInput, ReportLine, ReportLineInput, ReportStatus};
use crate::common::error::Result;
use crate::common::progress::Progress;
use crate::desk::Desk;
use crate::reporting::period::{self, Period};
use crate::sheet::import::{ImportPreview, ImportProblem};
use crate::store::files::file_name;
use reading::form_sheet;

/// What an import would change in a return the unit already has.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReturnChange {
    /// Row in the file (1-based).
    pub row: u32,
    pub content: String,
    /// 工作推进情况 / 未完成原因及下一步打算 / 困难问题
    pub field: String,
    pub before: String,
    pub after: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReturnFileCheck {
    pub path: String,
    pub file_name: String,
    pub unit_id: Option<i64>,
    pub unit_name: String,
    pub filled_by: String,
    pub filled_on: Option<String>,
    /// Rows read from the table.
    pub rows: u32,
    pub problems: Vec<ImportProblem>,
    /// The unit already has a return this period; importing replaces it.
    pub replaces: Option<ReportStatus>,
    pub changes: Vec<ReturnChange>,
    /// No blocking problem: the file can be imported.
    pub ok: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReturnCheck {
    pub period_label: String,
    pub files: Vec<ReturnFileCheck>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReturnImportResult {
    /// Units whose return was written, in file order.
    pub imported: Vec<String>,
}

impl ImportPreview for ReturnFileCheck {
    fn problems(&self) -> &[ImportProblem] {
        &self.problems
    }
}

impl ReturnFileCheck {
    fn empty(path: &Path) -> Self {
        Self {
            path: path.to_string_lossy().into_owned(),
            file_name: file_name(path),
            unit_id: None,
            unit_name: String::new(),
            filled_by: String::new(),
            filled_on: None,
            rows: 0,
            problems: Vec::new(),
            replaces: None,
            changes: Vec::new(),
            ok: false,
        }
    }
}

/// A file's findings so far: problems and the parsed return.
pub(super) struct Reading {
    pub problems: Vec<ImportProblem>,
    pub lines: Vec<(u32, ReportLine)>,
}

impl Reading {
    pub fn problem(&mut self, row: u32, col: Option<usize>, blocking: bool, message: String) {
        self.problems
            .push(ImportProblem::new(row, col.map(|c| c as u32), message, blocking));
    }
}

impl Desk {
    /// Reads each file and says what importing it would do; nothing is written.
    pub fn check_returns(&self, period_id: i64, paths: &[PathBuf]) -> Result<ReturnCheck> {
        self.check_returns_with(period_id, paths, &Progress::silent())
    }

    /// As [`Desk::check_returns`], telling `progress` of each file read; cancelled, it answers
    /// the cancellation.
    pub fn check_returns_with(&self, period_id: i64, paths: &[PathBuf], progress: &Progress) -> Result<ReturnCheck> {
        let period = period::get(self.conn(), period_id)?;
        Ok(ReturnCheck {
            period_label: period.label(),
            files: self
                .read_returns(&period, paths, progress)?
                .into_iter()
                .map(|(c, _)| c)
                .collect(),
        })
    }

    /// Every file read and checked, a unit's second file in the batch refused.
    fn read_returns(
        &self,
        period: &Period,
        paths: &[PathBuf],
        progress: &Progress,
    ) -> Result<Vec<(ReturnFileCheck, ReportInput)>> {
        let mut files: Vec<(ReturnFileCheck, ReportInput)> = Vec::new();
        progress.step(0, paths.len(), "")?;
        for (i, path) in paths.iter().enumerate() {
            let (mut check, input) = self.read_return(period, path)?;
            // As with sending out, a cancel after the last file changes nothing.
            let step = progress.step(i + 1, paths.len(), &check.file_name);
            if i + 1 < paths.len() {
                step?;
            }
            let earlier = files
                .iter()
                .find(|(f, _)| f.ok && f.unit_id.is_some() && f.unit_id == check.unit_id);
            if let Some((earlier, _)) = earlier {
                check.problems.push(ImportProblem::blocking(
                    0,
                    None,
                    format!("与“{}”是同一单位的报表，一次只能导入其中一份", earlier.file_name),
                ));
                check.ok = false;
            }
            files.push((check, input));
        }
        Ok(files)
    }

    /// One file: its check for the preview and the return it holds.
    fn read_return(&self, period: &Period, path: &Path) -> Result<(ReturnFileCheck, ReportInput)> {
        let mut check = ReturnFileCheck::empty(path);
        let mut r = Reading {
            problems: Vec::new(),
            lines: Vec::new(),
        };
        let mut input = ReportInput::default();
        match form_sheet(path) {
            Ok((grid, header, cols)) => {
                let above = &grid.rows[..header];
                self.check_month(period, above, &check.file_name, &mut r);
                let unit = self.read_head(period, above, &check.file_name, &mut input, &mut r)?;
                if let Some((unit_id, unit_name)) = unit {
                    self.read_body(period, (unit_id, unit_name), (&grid, header, cols), &mut check, &mut r)?;
                }
            }
            Err(message) => r.problem(0, None, true, message),
        }
        input.rows = r.lines.iter().map(|(_, l)| line_input(l)).collect();
        check.rows = r.lines.len() as u32;
        check.filled_by.clone_from(&input.filled_by);
        check.filled_on.clone_from(&input.filled_on);
        check.ok = !r.problems.iter().any(|p| p.blocking);
        check.problems = r.problems;
        Ok((check, input))
    }
}

fn line_input(l: &ReportLine) -> ReportLineInput {
    ReportLineInput {
        task_id: l.task_id,
        progress: l.progress.clone(),
        reasons_next: l.reasons_next.clone(),
        difficulties: l.difficulties.clone(),
    }
}
