//! 收回报表: read the forms units send back (one file or many), match each to its unit, its
//! month and its rows to the unit's tasks, list every problem, and import only what the office
//! confirms. The original file is kept with the return.

use std::path::{Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

use super::layout::{DEPARTMENT_LABEL, FILLED_BY_LABEL, FILLED_ON_LABEL, MONTH_LABEL};
use super::{expected_lines, find, upsert, ReportHead, ReportInput, ReportLine, ReportLineInput, ReportStatus};
use crate::common::error::{CoreError, Result};
use crate::desk::Desk;
use crate::reporting::period::{self, month_label, Period};
use crate::sheet::grid::{self, norm, spread_merged, Grid};
use crate::sheet::import::{ImportPreview, ImportProblem};
use crate::store::files::{file_name, read_picked};

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

const HEADERS: [&str; 5] = [
    "工作内容",
    "牵头领导",
    "工作推进情况",
    "未完成原因及下一步打算",
    "困难问题",
];

/// A file's findings so far: problems and the parsed return.
struct Reading {
    problems: Vec<ImportProblem>,
    lines: Vec<(u32, ReportLine)>,
}

impl Reading {
    fn problem(&mut self, row: u32, col: Option<usize>, blocking: bool, message: String) {
        let problem = ImportProblem::blocking(row, col.map(|c| c as u32), message);
        self.problems.push(ImportProblem { blocking, ..problem });
    }
}

fn header_columns(row: &[String]) -> Option<[usize; 5]> {
    let cells: Vec<String> = row.iter().map(|c| norm(c)).collect();
    let mut found = [0; 5];
    for (i, h) in HEADERS.iter().enumerate() {
        found[i] = cells.iter().position(|c| c == h)?;
    }
    Some(found)
}

/// The first sheet with the form's header row, with that row's index and columns.
fn form_sheet(path: &Path) -> std::result::Result<(Grid, usize, [usize; 5]), String> {
    let names = grid::sheet_names(path).map_err(|e| e.message)?;
    for name in names {
        let Ok(mut g) = grid::read(path, &name) else { continue };
        spread_merged(&mut g);
        for (i, row) in g.rows.iter().enumerate().take(15) {
            if let Some(cols) = header_columns(row) {
                return Ok((g, i, cols));
            }
        }
    }
    Err("这不是信息收集汇总表：找不到“工作内容”“工作推进情况”等表头。请选择从本程序下发的表格".to_owned())
}

/// The text after `label` in the rows above the table: in the label's own cell after the
/// colon, or in the next filled cell to its right.
fn labelled(rows: &[Vec<String>], label: &str) -> Option<String> {
    let key = norm(label.trim_end_matches('：'));
    for row in rows {
        for (c, cell) in row.iter().enumerate() {
            if !norm(cell).starts_with(&key) {
                continue;
            }
            let rest = after_label(cell, key.chars().count());
            if !rest.is_empty() {
                return Some(rest);
            }
            let next = row[c + 1..].iter().find(|t| !t.trim().is_empty());
            return Some(next.filter(|t| !norm(t).contains('：')).cloned().unwrap_or_default());
        }
    }
    None
}

/// `cell` without its first `label_chars` non-space characters and the colon after them.
fn after_label(cell: &str, label_chars: usize) -> String {
    let mut seen = 0;
    let mut rest = "";
    for (i, c) in cell.char_indices() {
        if seen == label_chars {
            rest = &cell[i..];
            break;
        }
        if !c.is_whitespace() {
            seen += 1;
        }
    }
    rest.trim_start_matches([':', '：', ' ', '\u{3000}']).trim().to_owned()
}

fn numbers(text: &str) -> Vec<u32> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .filter_map(|s| s.parse().ok())
        .collect()
}

/// 2026年11月, 2026-11, 2026.11 → (2026, 11).
fn parse_month(text: &str) -> Option<(i32, u32)> {
    match numbers(text).as_slice() {
        [y, m, ..] if (2000..=2100).contains(y) && (1..=12).contains(m) => Some((*y as i32, *m)),
        _ => None,
    }
}

/// 2026年11月20日, 2026-11-20, 2026/11/20, 2026.11.20; 11月20日 takes the period's year.
fn parse_day(text: &str, year: i32) -> Option<chrono::NaiveDate> {
    let n = numbers(text);
    let (y, m, d) = match n.as_slice() {
        [y, m, d] if *y >= 2000 => (*y as i32, *m, *d),
        [m, d] => (year, *m, *d),
        _ => return None,
    };
    chrono::NaiveDate::from_ymd_opt(y, m, d)
}

impl Desk {
    /// Reads each file and says what importing it would do; nothing is written.
    pub fn check_returns(&self, period_id: i64, paths: &[PathBuf]) -> Result<ReturnCheck> {
        let period = period::get(self.conn(), period_id)?;
        Ok(ReturnCheck {
            period_label: period.label(),
            files: self.read_returns(&period, paths)?.into_iter().map(|(c, _)| c).collect(),
        })
    }

    /// Every file read and checked, a unit's second file in the batch refused.
    fn read_returns(&self, period: &Period, paths: &[PathBuf]) -> Result<Vec<(ReturnFileCheck, ReportInput)>> {
        let mut files: Vec<(ReturnFileCheck, ReportInput)> = Vec::new();
        for path in paths {
            let (mut check, input) = self.read_return(period, path)?;
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

    /// Imports the files the office confirmed, all or none, keeping each original. With
    /// `received_on` the returns count as sent (报送) on that day; without, they are drafts.
    pub fn import_returns(
        &mut self,
        period_id: i64,
        paths: &[PathBuf],
        received_on: Option<&str>,
    ) -> Result<ReturnImportResult> {
        let received =
            crate::common::date::parse_opt("receivedOn", "收到日期", received_on)?.map(crate::common::date::iso);
        let period = period::get(self.conn(), period_id)?;
        let mut ready = Vec::new();
        for (file, input) in self.read_returns(&period, paths)? {
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
                let lines = super::entry::merged_lines(expected_lines(tx, old.as_ref(), *unit)?, input)?;
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
        let folder = format!("报送原件/{}", period.label());
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

    /// 填报科室（单位）, 填报人 and 填报日期 from above the table; answers the unit they name.
    fn read_head(
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
        let filled_on = labelled(above, FILLED_ON_LABEL).unwrap_or_default();
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
    fn read_body(
        &self,
        period: &Period,
        (unit_id, unit_name): (i64, String),
        (grid, header, cols): (&Grid, usize, [usize; 5]),
        check: &mut ReturnFileCheck,
        r: &mut Reading,
    ) -> Result<()> {
        let old = find(self.conn(), period.id, unit_id)?;
        let expected = expected_lines(self.conn(), old.as_ref(), unit_id)?;
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

    fn check_month(&self, period: &Period, above: &[Vec<String>], file: &str, r: &mut Reading) {
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

fn line_input(l: &ReportLine) -> ReportLineInput {
    ReportLineInput {
        task_id: l.task_id,
        progress: l.progress.clone(),
        reasons_next: l.reasons_next.clone(),
        difficulties: l.difficulties.clone(),
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
