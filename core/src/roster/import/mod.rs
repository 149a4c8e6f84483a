//! 从 Excel 导入组成人员: read a workbook the office already has (.xlsx, .xls, .ods), guess
//! which column is which, check every row, and import all of it in one transaction or nothing.

mod check;
mod mapping;

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use check::{ImportCheck, ImportLine, ImportProblem};
pub use mapping::ImportMapping;

use crate::common::date;
use crate::common::error::{CoreError, Result};
use crate::roster::{member, unit};
use crate::sheet::grid;
use crate::{Desk, MemberInput, UnitInput};

/// One worksheet of the chosen file, with the columns guessed for it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportSheet {
    pub name: String,
    /// “C 姓名”: each column's letter and header text, for the column pickers.
    pub columns: Vec<String>,
    pub guess: ImportMapping,
    pub rows: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportRequest {
    pub path: String,
    pub mapping: ImportMapping,
    /// 任职起始 for every imported seat.
    pub term_from: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportResult {
    pub seats_added: u32,
    pub units_added: u32,
}

fn sheet_info(path: &Path, name: String) -> Result<ImportSheet> {
    let g = grid::read(path, &name)?;
    let guess = mapping::guess(&name, &g.rows);
    let header = g.rows.get(guess.header_row as usize - 1).cloned().unwrap_or_default();
    let width = g.rows.iter().map(Vec::len).max().unwrap_or(0);
    let columns = (0..width)
        .map(|c| {
            format!(
                "{} {}",
                grid::column_name(c as u32),
                header.get(c).map(String::as_str).unwrap_or("")
            )
        })
        .map(|s| s.trim_end().to_owned())
        .collect();
    Ok(ImportSheet {
        name,
        columns,
        guess,
        rows: g.rows.len() as u32,
    })
}

impl Desk {
    /// The sheets of the file, each with a guess at its columns.
    pub fn import_sheets(&self, path: &str) -> Result<Vec<ImportSheet>> {
        let path = Path::new(path);
        grid::sheet_names(path)?
            .into_iter()
            .map(|name| sheet_info(path, name))
            .collect()
    }

    /// Every row checked, nothing saved.
    pub fn check_roster_import(&self, req: &ImportRequest) -> Result<ImportCheck> {
        Ok(self.checked(req)?.0)
    }

    /// The check, with the ids of the units the roster already has (the import needs both).
    fn checked(&self, req: &ImportRequest) -> Result<(ImportCheck, HashMap<String, i64>)> {
        crate::body::settings::require(self.conn())?;
        date::parse("termFrom", "任职起始日期", &req.term_from)?;
        let g = grid::read(Path::new(&req.path), &req.mapping.sheet)?;
        let settings = self.settings()?;
        let unit_ids: HashMap<String, i64> = self
            .list_units()?
            .into_iter()
            .map(|u| (u.unit.name, u.unit.id))
            .collect();
        let seats = self
            .roster(None)?
            .into_iter()
            .map(|r| (r.member.person_name, r.unit_name.unwrap_or_default()))
            .collect();
        let known = check::Known {
            settings: &settings,
            units: unit_ids.keys().cloned().collect(),
            seats,
        };
        Ok((check::check(&g, &req.mapping, &known), unit_ids))
    }

    /// Imports every row, or nothing when any row has a problem.
    pub fn import_roster(&mut self, req: &ImportRequest) -> Result<ImportResult> {
        let (checked, mut unit_ids) = self.checked(req)?;
        if checked.blocking() > 0 {
            let msg = format!(
                "表格中有 {} 处问题，没有导入任何内容。请修改表格后重新导入。",
                checked.blocking()
            );
            return Err(CoreError::invalid("file", msg));
        }
        let today = date::iso(self.today());
        self.write(|tx| {
            for name in &checked.new_units {
                let input = UnitInput {
                    name: name.clone(),
                    ..UnitInput::default()
                };
                unit_ids.insert(name.clone(), unit::insert(tx, &input, &today)?.id);
            }
            for line in &checked.lines {
                let input = MemberInput {
                    role: line.role,
                    person_name: line.person_name.clone(),
                    unit_id: unit_ids.get(&line.unit_name).copied(),
                    post: line.post.clone(),
                    sort_order: None,
                    term_from: req.term_from.clone(),
                    term_to: None,
                    phone: line.phone.clone(),
                    note: line.note.clone(),
                };
                member::insert(tx, &input)
                    .map_err(|e| CoreError::invalid("file", format!("第{}行：{}", line.row, e.message)))?;
            }
            Ok(ImportResult {
                seats_added: checked.lines.len() as u32,
                units_added: checked.new_units.len() as u32,
            })
        })
    }
}
