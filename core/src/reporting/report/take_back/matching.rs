//! Matching what a returned form says to the office's records: its month to the period, its
//! 填报科室（单位） to a member unit, each row to one of the unit's tasks, and what the rows
//! change in the return the unit already has.

use super::reading::{labelled, lone_date, parse_day, parse_month};
use super::{Reading, ReturnChange, ReturnFileCheck};
use crate::common::error::Result;
use crate::desk::Desk;
use crate::reporting::period::{month_label, Period};
use crate::reporting::report::layout::{DEPARTMENT_LABEL, FILLED_BY_LABEL, FILLED_ON_LABEL, MONTH_LABEL};
use crate::reporting::report::{expected_lines, find, ReportInput, ReportLine};
use crate::sheet::grid::{norm, Grid};

impl Desk {
    /// 填报科室（单位）, 填报人 and 填报日期 from above the table; answers the unit they name.
    pub(super) fn read_head(
        &self,
        period: &Period,
        above: &[Vec<String>],
        file: &str,
        input: &mut ReportInput,
        r: &mut Reading,
    ) -> Result<Option<(i64, String)>> {
        let department = labelled(above, DEPARTMENT_LABEL).unwrap_or_default();
        let unit = self.match_unit(&department, file, r)?;
        input.filled_department = match (&unit, department.is_empty()) {
            (Some((_, name)), true) => name.clone(),
            _ => department,
        };
        input.filled_by = labelled(above, FILLED_BY_LABEL).unwrap_or_default();
        if input.filled_by.is_empty() {
            r.problem(0, None, true, "表头的“填报人”没有填写".to_owned());
        }
        // A unit that typed a real date over the label cell leaves the date alone in its cell.
        let filled_on = labelled(above, FILLED_ON_LABEL)
            .filter(|t| !t.is_empty())
            .or_else(|| lone_date(above))
            .unwrap_or_default();
        if !filled_on.is_empty() {
            match parse_day(&filled_on, period.year) {
                Some(d) => input.filled_on = Some(crate::common::date::iso(d)),
                None => {
                    let message = format!("填报日期“{filled_on}”无法识别，请写成“2026年11月20日”");
                    r.problem(0, None, true, message);
                }
            }
        }
        Ok(unit)
    }

    /// The table's rows matched to the unit's tasks, and what they change in its return.
    pub(super) fn read_body(
        &self,
        period: &Period,
        (unit_id, unit_name): (i64, String),
        (grid, header, cols): (&Grid, usize, [usize; 5]),
        check: &mut ReturnFileCheck,
        r: &mut Reading,
    ) -> Result<()> {
        let old = find(self.conn(), period.id, unit_id)?;
        let expected = expected_lines(self.conn(), period.id, old.as_ref(), unit_id)?;
        if expected.is_empty() {
            r.problem(0, None, true, format!("“{unit_name}”没有牵头的目标任务，不需要报送"));
        }
        read_rows(grid, header, cols, &expected, r);
        if let Some(old) = &old {
            check.replaces = Some(old.status(&period.deadline));
            check.changes = changes(&old.rows, &r.lines);
        }
        check.unit_id = Some(unit_id);
        check.unit_name = unit_name;
        Ok(())
    }

    pub(super) fn check_month(&self, period: &Period, above: &[Vec<String>], file: &str, r: &mut Reading) {
        let in_sheet = labelled(above, MONTH_LABEL).and_then(|t| parse_month(&t));
        let in_name = file.split('_').next().and_then(parse_month);
        match in_sheet.or(in_name) {
            Some((y, m)) if (y, m) != (period.year, period.month) => r.problem(
                0,
                None,
                true,
                format!("这是{}的报表，与当前报送期{}不一致", month_label(y, m), period.label()),
            ),
            Some(_) => {}
            None => r.problem(
                0,
                None,
                false,
                format!("表中没有注明所属月份，将按{}导入", period.label()),
            ),
        }
    }

    /// The unit named under 填报科室（单位）, else the one in the file name.
    fn match_unit(&self, department: &str, file: &str, r: &mut Reading) -> Result<Option<(i64, String)>> {
        let units = self.list_units()?;
        let by_name = |text: &str| {
            let key = norm(text);
            units
                .iter()
                .find(|u| {
                    norm(&u.unit.name) == key || (!u.unit.short_name.is_empty() && norm(&u.unit.short_name) == key)
                })
                .map(|u| (u.unit.id, u.unit.name.clone()))
        };
        let found = by_name(department).or_else(|| file.split('_').find_map(by_name));
        if found.is_none() {
            let shown = if department.is_empty() { file } else { department };
            r.problem(
                0,
                None,
                true,
                format!("找不到单位“{shown}”：请核对“填报科室（单位）”一栏，或先在成员单位中添加该单位"),
            );
        }
        Ok(found)
    }
}

/// The table rows, each matched to one of the unit's tasks by its 工作内容.
fn read_rows(grid: &Grid, header: usize, cols: [usize; 5], expected: &[ReportLine], r: &mut Reading) {
    let cell = |row: &Vec<String>, i: usize| row.get(cols[i]).cloned().unwrap_or_default();
    for (i, row) in grid.rows.iter().enumerate().skip(header + 1) {
        let n = i as u32 + 1;
        let first = row
            .iter()
            .find(|c| !c.trim().is_empty())
            .map(|c| norm(c))
            .unwrap_or_default();
        if first.starts_with("备注") {
            break;
        }
        let texts: Vec<String> = (0..5).map(|k| cell(row, k)).collect();
        if texts.iter().all(|t| t.trim().is_empty()) {
            continue;
        }
        let Some(task) = expected.iter().find(|l| norm(&l.content) == norm(&texts[0])) else {
            r.problem(
                n,
                Some(cols[0]),
                true,
                format!("第{n}行：工作内容与任务分解不一致，请勿修改灰色格"),
            );
            continue;
        };
        if let Some((m, _)) = r.lines.iter().find(|(_, l)| l.task_id == task.task_id) {
            r.problem(n, Some(cols[0]), true, format!("第{n}行：与第{m}行是同一项工作内容"));
            continue;
        }
        if norm(&texts[1]) != norm(&task.lead_leader) {
            let message = format!(
                "第{n}行：牵头领导与任务分解不一致（任务分解为“{}”，表中为“{}”），以任务分解为准",
                task.lead_leader, texts[1]
            );
            r.problem(n, Some(cols[1]), false, message);
        }
        if texts[2].trim().is_empty() {
            r.problem(
                n,
                Some(cols[2]),
                true,
                format!("第{n}行：“工作推进情况”没有填写（没有进展也请写明）"),
            );
        }
        let line = ReportLine {
            progress: texts[2].trim().to_owned(),
            reasons_next: texts[3].trim().to_owned(),
            difficulties: texts[4].trim().to_owned(),
            ..task.clone()
        };
        r.lines.push((n, line));
    }
    // A changed 工作内容 already explains a missing row.
    if r.problems.iter().any(|p| p.blocking && p.row > 0) {
        return;
    }
    let missing: Vec<&ReportLine> = expected
        .iter()
        .filter(|e| !r.lines.iter().any(|(_, l)| l.task_id == e.task_id))
        .collect();
    for missing in missing {
        let short: String = missing.content.chars().take(20).collect();
        r.problem(
            0,
            None,
            true,
            format!("表中缺少工作内容为“{short}…”的一行，请勿删除预填的行"),
        );
    }
}

fn changes(old: &[ReportLine], new: &[(u32, ReportLine)]) -> Vec<ReturnChange> {
    let mut out = Vec::new();
    for (row, line) in new {
        let before = old
            .iter()
            .find(|o| o.task_id == line.task_id)
            .cloned()
            .unwrap_or_default();
        let fields = [
            ("工作推进情况", &before.progress, &line.progress),
            ("未完成原因及下一步打算", &before.reasons_next, &line.reasons_next),
            ("困难问题", &before.difficulties, &line.difficulties),
        ];
        for (field, b, a) in fields {
            if b != a {
                out.push(ReturnChange {
                    row: *row,
                    content: line.content.clone(),
                    field: field.to_owned(),
                    before: b.clone(),
                    after: a.clone(),
                });
            }
        }
    }
    out
}
