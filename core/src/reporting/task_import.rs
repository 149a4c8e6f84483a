//! 从 Excel 导入目标任务分解: a table laid out like 泸州 notice 附件2 (专项行动名称 merged over its
//! rows, 序号, 工作内容, 牵头领导, 牵头科室, 配合科室（单位）). Every row is checked against the
//! units and the current breakdown; all rows are added, or none.

use std::path::Path;

use serde::Serialize;
use ts_rs::TS;

use crate::common::error::{CoreError, Result};
use crate::desk::Desk;
use crate::reporting::task::TaskInput;
use crate::sheet::grid::{self, norm, spread_merged, Grid};
use crate::sheet::import::{row_failed, ImportPreview, ImportProblem};

/// One task as it will be added.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TaskImportLine {
    /// Row in the sheet (1-based).
    pub row: u32,
    pub action_name: String,
    pub content: String,
    pub lead_leader: String,
    pub lead_unit_name: String,
    pub cooperating: String,
    #[serde(skip)]
    #[ts(skip)]
    lead_unit_id: Option<i64>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TaskImportCheck {
    pub file_name: String,
    pub sheet: String,
    pub lines: Vec<TaskImportLine>,
    pub problems: Vec<ImportProblem>,
    /// No blocking problem and at least one task.
    pub ok: bool,
}

impl ImportPreview for TaskImportCheck {
    fn problems(&self) -> &[ImportProblem] {
        &self.problems
    }
}

/// Header words for each field, the exact 附件2 header first.
const ACTION: &[&str] = &["专项行动名称", "专项行动", "行动名称", "工程名称"];
const CONTENT: &[&str] = &["工作内容", "任务内容", "目标任务"];
const LEADER: &[&str] = &["牵头领导", "分管领导"];
const LEAD_UNIT: &[&str] = &["牵头科室", "牵头科室（单位）", "牵头单位", "责任单位", "责任科室"];
const COOPERATING: &[&str] = &["配合科室（单位）", "配合科室", "配合单位", "协办单位"];

struct Columns {
    action: Option<usize>,
    content: usize,
    leader: Option<usize>,
    lead_unit: Option<usize>,
    cooperating: Option<usize>,
}

fn find(headers: &[String], words: &[&str]) -> Option<usize> {
    let exact = headers.iter().position(|h| words.iter().any(|w| norm(w) == *h));
    exact.or_else(|| {
        headers
            .iter()
            .position(|h| words.iter().any(|w| h.starts_with(&norm(w))))
    })
}

fn header(grid: &Grid) -> Option<(usize, Columns)> {
    grid.rows.iter().enumerate().take(15).find_map(|(i, row)| {
        let headers: Vec<String> = row.iter().map(|c| norm(c)).collect();
        let content = find(&headers, CONTENT)?;
        Some((
            i,
            Columns {
                action: find(&headers, ACTION),
                content,
                leader: find(&headers, LEADER),
                lead_unit: find(&headers, LEAD_UNIT),
                cooperating: find(&headers, COOPERATING),
            },
        ))
    })
}

/// The first sheet with a 工作内容 header.
fn task_sheet(path: &Path) -> Result<(String, Grid, usize, Columns)> {
    for name in grid::sheet_names(path)? {
        let Some(mut g) = grid::read_for_search(path, &name)? else {
            continue;
        };
        spread_merged(&mut g);
        if let Some((row, cols)) = header(&g) {
            return Ok((name, g, row, cols));
        }
    }
    Err(CoreError::invalid(
        "file",
        "这个文件里找不到“工作内容”表头。请选择目标任务分解表（列：专项行动名称、序号、工作内容、牵头领导、牵头科室、配合科室（单位））",
    ))
}

impl Desk {
    /// Reads the file and says what importing it would add; nothing is written.
    pub fn check_task_import(&self, path: &str) -> Result<TaskImportCheck> {
        let path = Path::new(path);
        let (sheet, grid, head, cols) = task_sheet(path)?;
        let units = self.list_units()?;
        let existing: Vec<String> = self.list_tasks()?.iter().map(|t| norm(&t.task.content)).collect();
        let mut problems = Vec::new();
        let mut lines: Vec<TaskImportLine> = Vec::new();
        let mut problem = |row: usize, col: Option<usize>, message: String| {
            problems.push(ImportProblem::blocking(row as u32 + 1, col.map(|c| c as u32), message))
        };
        for (i, row) in grid.rows.iter().enumerate().skip(head + 1) {
            let cell = |c: Option<usize>| {
                c.and_then(|c| row.get(c))
                    .map(|t| t.trim().to_owned())
                    .unwrap_or_default()
            };
            let content = cell(Some(cols.content));
            if content.is_empty() {
                continue; // blank rows and the rows of a merged 专项行动 cell without text
            }
            let n = i + 1;
            let action = cell(cols.action);
            if action.is_empty() {
                problem(i, cols.action, format!("第{n}行：没有专项行动名称"));
            }
            if content.chars().count() > 500 {
                problem(i, Some(cols.content), format!("第{n}行：工作内容超过500字"));
            }
            if existing.contains(&norm(&content)) {
                problem(
                    i,
                    Some(cols.content),
                    format!("第{n}行：目标任务分解中已有这项工作内容"),
                );
            }
            if let Some(first) = lines.iter().find(|l| norm(&l.content) == norm(&content)) {
                problem(
                    i,
                    Some(cols.content),
                    format!("第{n}行：与第{}行的工作内容相同", first.row),
                );
            }
            let lead_unit_name = cell(cols.lead_unit);
            let lead_unit_id = if lead_unit_name.is_empty() {
                None
            } else {
                let key = norm(&lead_unit_name);
                let found = units
                    .iter()
                    .find(|u| norm(&u.unit.name) == key || norm(&u.unit.short_name) == key);
                if found.is_none() {
                    problem(
                        i,
                        cols.lead_unit,
                        format!(
                            "第{n}行：牵头科室“{lead_unit_name}”不在成员单位中，请先添加该单位或改成已有单位的名称"
                        ),
                    );
                }
                found.map(|u| u.unit.id)
            };
            lines.push(TaskImportLine {
                row: n as u32,
                action_name: action,
                content,
                lead_leader: cell(cols.leader),
                lead_unit_name,
                cooperating: cell(cols.cooperating),
                lead_unit_id,
            });
        }
        if lines.is_empty() {
            problem(head, None, "“工作内容”下面没有任务".to_owned());
        }
        let ok = problems.is_empty();
        Ok(TaskImportCheck {
            file_name: crate::store::files::file_name(path),
            sheet,
            lines,
            problems,
            ok,
        })
    }

    /// Adds every task of the file after the current ones, or none when any row has a problem.
    pub fn import_tasks(&mut self, path: &str) -> Result<usize> {
        let check = self.check_task_import(path)?;
        check.refuse_blocked("表格", "任务")?;
        self.write(|tx| {
            for line in &check.lines {
                let input = TaskInput {
                    action_name: line.action_name.clone(),
                    seq: None,
                    content: line.content.clone(),
                    lead_leader: line.lead_leader.clone(),
                    lead_unit_id: line.lead_unit_id,
                    cooperating: line.cooperating.clone(),
                    active: true,
                };
                crate::reporting::task::insert(tx, &input).map_err(|e| row_failed(line.row, "任务", e))?;
            }
            Ok(check.lines.len())
        })
    }
}
