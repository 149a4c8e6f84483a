//! 从 Excel 导入组成人员: read a workbook the office already has (.xlsx, .xls, .ods), guess
//! which column is which, check every row, and import all of it in one transaction or nothing.

mod check;
mod mapping;

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use check::{RosterImportCheck, RosterImportLine};
pub use mapping::RosterImportMapping;

use crate::common::date;
use crate::common::error::Result;
use crate::roster::{member, unit};
use crate::sheet::grid;
use crate::sheet::import::{row_failed, ImportPreview};
use crate::{Desk, MemberInput, UnitInput};

/// One worksheet of the chosen file, with the columns guessed for it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RosterImportSheet {
    pub name: String,
    /// “C 姓名”: each column's letter and header text, for the column pickers.
    pub columns: Vec<String>,
    pub guess: RosterImportMapping,
    pub rows: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RosterImportRequest {
    pub path: String,
    pub mapping: RosterImportMapping,
    /// 任职起始 for every imported seat.
    pub term_from: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RosterImportResult {
    pub seats_added: u32,
    pub units_added: u32,
}

fn sheet_info(path: &Path, name: String) -> Result<RosterImportSheet> {
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
    Ok(RosterImportSheet {
        name,
        columns,
        guess,
        rows: g.rows.len() as u32,
    })
}

impl Desk {
    /// The sheets of the file, each with a guess at its columns.
    pub fn import_sheets(&self, path: &str) -> Result<Vec<RosterImportSheet>> {
        let path = Path::new(path);
        grid::sheet_names(path)?
            .into_iter()
            .map(|name| sheet_info(path, name))
            .collect()
    }

    /// Every row checked, nothing saved.
    pub fn check_roster_import(&self, req: &RosterImportRequest) -> Result<RosterImportCheck> {
        Ok(self.checked(req)?.0)
    }

    /// The check, with the ids of the units the roster already has (the import needs both).
    fn checked(&self, req: &RosterImportRequest) -> Result<(RosterImportCheck, HashMap<String, i64>)> {
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
    pub fn import_roster(&mut self, req: &RosterImportRequest) -> Result<RosterImportResult> {
        let (checked, mut unit_ids) = self.checked(req)?;
        checked.refuse_blocked("表格", "组成人员")?;
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
                member::insert(tx, &input).map_err(|e| row_failed(line.row, "组成人员", e))?;
            }
            Ok(RosterImportResult {
                seats_added: checked.lines.len() as u32,
                units_added: checked.new_units.len() as u32,
            })
        })
    }
}
