//! Writing a return: save a draft at any point, send it (报送) once every row has its text,
//! take it back to draft, or start from last month's text.

use super::{expected_lines, find, upsert, ReportForm, ReportHead, ReportInput, ReportLine};
use crate::common::date::{iso, parse, parse_opt};
use crate::common::error::{CoreError, Result};
use crate::common::validate::optional;
use crate::desk::Desk;

const TEXT_MAX: usize = 2000;

/// The unit's expected rows with the input's text put in; a row the input leaves out keeps
/// what it had.
pub(crate) fn merged_lines(mut lines: Vec<ReportLine>, input: &ReportInput) -> Result<Vec<ReportLine>> {
    for (i, given) in input.rows.iter().enumerate() {
        let Some(line) = lines.iter_mut().find(|l| l.task_id == given.task_id) else {
            return Err(CoreError::invalid(
                &format!("rows.{i}"),
                "表中有一行不属于该单位牵头的目标任务，请刷新后重新填写",
            ));
        };
        let label = |name: &str| format!("第{}行“{name}”", i + 1);
        line.progress = optional(
            &format!("rows.{i}.progress"),
            &label("工作推进情况"),
            &given.progress,
            TEXT_MAX,
        )?;
        line.reasons_next = optional(
            &format!("rows.{i}.reasonsNext"),
            &label("未完成原因及下一步打算"),
            &given.reasons_next,
            TEXT_MAX,
        )?;
        line.difficulties = optional(
            &format!("rows.{i}.difficulties"),
            &label("困难问题"),
            &given.difficulties,
            TEXT_MAX,
        )?;
    }
    Ok(lines)
}

/// A return is sent only when whoever reads it can tell who wrote it, when, and what was done.
fn check_complete(input: &ReportInput, lines: &[ReportLine]) -> Result<()> {
    if input.filled_by.trim().is_empty() {
        return Err(CoreError::invalid("filledBy", "报送前请填写“填报人”"));
    }
    if input.filled_on.as_deref().is_none_or(|d| d.trim().is_empty()) {
        return Err(CoreError::invalid("filledOn", "报送前请填写“填报日期”"));
    }
    if let Some(i) = lines.iter().position(|l| l.progress.trim().is_empty()) {
        return Err(CoreError::invalid(
            &format!("rows.{i}.progress"),
            format!("报送前请填写第{}行的“工作推进情况”（没有进展也请写明）", i + 1),
        ));
    }
    Ok(())
}

impl Desk {
    /// Saves as typed; a return already sent stays sent.
    pub fn save_report(&mut self, period_id: i64, unit_id: i64, input: &ReportInput) -> Result<ReportForm> {
        let old = find(self.conn(), period_id, unit_id)?;
        let submitted_on = old
            .as_ref()
            .filter(|r| r.submitted)
            .and_then(|r| r.submitted_on.clone());
        self.write_report(period_id, unit_id, input, submitted_on.as_deref())
    }

    /// 报送: the office received the return on `received_on`.
    pub fn submit_report(
        &mut self,
        period_id: i64,
        unit_id: i64,
        input: &ReportInput,
        received_on: &str,
    ) -> Result<ReportForm> {
        let received = iso(parse("submittedOn", "报送日期", received_on)?);
        self.write_report(period_id, unit_id, input, Some(&received))
    }

    /// Takes a sent return back to draft, e.g. when the unit sends a correction.
    pub fn reopen_report(&mut self, period_id: i64, unit_id: i64) -> Result<ReportForm> {
        let Some(old) = find(self.conn(), period_id, unit_id)?.filter(|r| r.submitted) else {
            return Err(CoreError::conflict("status", "这份信息收集汇总表还没有报送，无需退回"));
        };
        let input = ReportInput {
            filled_department: old.filled_department.clone(),
            filled_on: old.filled_on.clone(),
            filled_by: old.filled_by.clone(),
            rows: Vec::new(),
        };
        self.write_report(period_id, unit_id, &input, None)
    }

    /// Starts (or overwrites) a draft with the text of the unit's latest earlier return.
    pub fn copy_previous_report(&mut self, period_id: i64, unit_id: i64) -> Result<ReportForm> {
        let current = find(self.conn(), period_id, unit_id)?;
        if current.as_ref().is_some_and(|r| r.submitted) {
            return Err(CoreError::conflict(
                "status",
                "本月已报送，不能再复制上月内容；如需修改请先退回为草稿",
            ));
        }
        let period = crate::reporting::period::get(self.conn(), period_id)?;
        let Some(prev) = self.previous_report(&period, unit_id)? else {
            return Err(CoreError::not_found("该单位以前没有填报过，没有可复制的内容"));
        };
        let lines = expected_lines(self.conn(), period_id, current.as_ref(), unit_id)?;
        let rows = lines
            .iter()
            .filter_map(|l| prev.rows.iter().find(|p| p.task_id == l.task_id))
            .map(|p| super::ReportLineInput {
                task_id: p.task_id,
                progress: p.progress.clone(),
                reasons_next: p.reasons_next.clone(),
                difficulties: p.difficulties.clone(),
            })
            .collect();
        let input = ReportInput {
            filled_department: prev.filled_department.clone(),
            filled_on: None,
            filled_by: prev.filled_by.clone(),
            rows,
        };
        self.write_report(period_id, unit_id, &input, None)
    }

    fn write_report(
        &mut self,
        period_id: i64,
        unit_id: i64,
        input: &ReportInput,
        submitted_on: Option<&str>,
    ) -> Result<ReportForm> {
        crate::reporting::period::get(self.conn(), period_id)?;
        crate::store::live::<crate::roster::unit::Unit>(self.conn(), unit_id)?;
        let old = find(self.conn(), period_id, unit_id)?;
        let lines = merged_lines(expected_lines(self.conn(), period_id, old.as_ref(), unit_id)?, input)?;
        if lines.is_empty() {
            return Err(CoreError::invalid("unitId", "该单位没有牵头的目标任务，无需填报"));
        }
        if submitted_on.is_some() {
            check_complete(input, &lines)?;
        }
        let filled_on = parse_opt("filledOn", "填报日期", input.filled_on.as_deref())?.map(iso);
        let department = optional("filledDepartment", "填报科室（单位）", &input.filled_department, 60)?;
        let filled_by = optional("filledBy", "填报人", &input.filled_by, 20)?;
        let head = ReportHead {
            filled_department: &department,
            filled_on: filled_on.as_deref(),
            filled_by: &filled_by,
            submitted_on,
            source_file: None,
        };
        self.write(|tx| upsert(tx, period_id, unit_id, &head, &lines))?;
        self.report_form(period_id, unit_id)
    }
}
