//! One return as the screen shows it: the stored text, or blank rows prefilled from the
//! breakdown when the unit has not written anything yet.

use rusqlite::OptionalExtension;
use serde::Serialize;
use ts_rs::TS;

use super::{expected_lines, find, ReportAttachment, ReportLine, ReportStatus};
use crate::common::error::Result;
use crate::desk::Desk;
use crate::reporting::period::{self, Period};
use crate::store::Record;

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportForm {
    pub period_id: i64,
    /// 2026年11月
    pub period_label: String,
    pub deadline: String,
    pub unit_id: i64,
    pub unit_name: String,
    pub status: ReportStatus,
    pub filled_department: String,
    pub filled_on: Option<String>,
    pub filled_by: String,
    pub submitted_on: Option<String>,
    /// The returned workbook kept with this return, relative to the data folder.
    pub source_file: Option<String>,
    pub rows: Vec<ReportLine>,
    pub attachments: Vec<ReportAttachment>,
    /// An earlier period holds a return from this unit to copy text from.
    pub can_copy_previous: bool,
}

impl Desk {
    pub fn report_form(&self, period_id: i64, unit_id: i64) -> Result<ReportForm> {
        let period = period::get(self.conn(), period_id)?;
        let unit = crate::store::live::<crate::roster::unit::Unit>(self.conn(), unit_id)?;
        let report = find(self.conn(), period_id, unit_id)?;
        let rows = expected_lines(self.conn(), period_id, report.as_ref(), unit_id)?;
        let can_copy_previous = self.previous_report(&period, unit_id)?.is_some();
        let mut form = ReportForm {
            period_id,
            period_label: period.label(),
            deadline: period.deadline.clone(),
            unit_id,
            unit_name: unit.name.clone(),
            status: ReportStatus::NotFiled,
            filled_department: unit.name,
            filled_on: None,
            filled_by: String::new(),
            submitted_on: None,
            source_file: None,
            rows,
            attachments: Vec::new(),
            can_copy_previous,
        };
        if let Some(r) = report {
            form.status = r.status(&period.deadline);
            form.filled_department = r.filled_department;
            form.filled_on = r.filled_on;
            form.filled_by = r.filled_by;
            form.submitted_on = r.submitted_on;
            form.source_file = r.source_file;
            form.attachments = super::attachment::list(self.conn(), r.id)?;
        }
        Ok(form)
    }

    /// The unit's return in the latest earlier period that has one.
    pub(crate) fn previous_report(&self, period: &Period, unit_id: i64) -> Result<Option<super::Report>> {
        let id: Option<i64> = self
            .conn()
            .query_row(
                "SELECT r.id FROM report r JOIN period p ON p.id = r.period_id
                 WHERE r.unit_id = ?1 AND p.year * 12 + p.month < ?2
                 ORDER BY p.year DESC, p.month DESC LIMIT 1",
                rusqlite::params![unit_id, period.year * 12 + period.month as i32],
                |r| r.get(0),
            )
            .optional()?;
        id.map_or(Ok(None), |id| super::Report::fetch(self.conn(), id))
    }
}
