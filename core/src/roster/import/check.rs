//! Every row checked before anything is saved; each problem names its row and column as Excel
//! shows them: “第5行 第C列：姓名不能为空”.

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use ts_rs::TS;

use super::mapping::{clean, RosterImportMapping};
use crate::common::error::CoreError;
use crate::common::validate::{optional, required};
use crate::roster::phone;
use crate::sheet::grid::{column_name, Grid};
use crate::sheet::import::{ImportPreview, ImportProblem};
use crate::{BodySettings, Role};

/// One seat as it will be saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RosterImportLine {
    pub row: u32,
    pub role: Role,
    pub role_label: String,
    pub person_name: String,
    pub unit_name: String,
    pub post: String,
    pub phone: String,
    pub note: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RosterImportCheck {
    pub lines: Vec<RosterImportLine>,
    /// Units the file names that the roster does not have yet; the import adds them.
    pub new_units: Vec<String>,
    pub problems: Vec<ImportProblem>,
}

impl ImportPreview for RosterImportCheck {
    fn problems(&self) -> &[ImportProblem] {
        &self.problems
    }
}

/// What the existing roster and settings tell the check.
pub struct Known<'a> {
    pub settings: &'a BodySettings,
    pub units: HashSet<String>,
    /// (name, unit) of current seats.
    pub seats: HashSet<(String, String)>,
}

fn role_of(text: &str, settings: &BodySettings) -> Option<Role> {
    // “主　任：” as 名单 print it reads as 主任.
    let t = clean(text).replace(['：', ':'], "");
    if t.is_empty() {
        return Some(Role::Member);
    }
    let by_label = Role::ALL.iter().copied().find(|r| settings.role_label(*r) == t);
    by_label.or(match t.as_str() {
        "主任" | "组长" => Some(Role::Director),
        "副主任" | "副组长" => Some(Role::DeputyDirector),
        "秘书长" => Some(Role::SecretaryGeneral),
        "成员" | "委员" => Some(Role::Member),
        "办公室主任" => Some(Role::OfficeDirector),
        "办公室副主任" => Some(Role::OfficeDeputyDirector),
        _ => None,
    })
}

struct Checker<'a> {
    grid: &'a Grid,
    map: &'a RosterImportMapping,
    known: &'a Known<'a>,
    out: RosterImportCheck,
    seen: HashMap<(String, String), u32>,
}

impl Checker<'_> {
    fn cell(&self, row: usize, col: Option<u32>) -> String {
        col.and_then(|c| self.grid.rows.get(row)?.get(c as usize).cloned())
            .unwrap_or_default()
    }

    fn problem(&mut self, row: usize, col: Option<u32>, message: String, blocking: bool) {
        let column = col.map(column_name);
        let at = match &column {
            Some(c) => format!("第{}行 第{c}列：", row + 1),
            None => format!("第{}行：", row + 1),
        };
        self.out
            .problems
            .push(ImportProblem::new(row as u32 + 1, col, at + &message, blocking));
    }

    /// A cell's value through one of the core's validators, or a problem at that cell.
    fn valid(
        &mut self,
        row: usize,
        col: Option<u32>,
        check: impl Fn(&str) -> Result<String, CoreError>,
    ) -> Option<String> {
        match check(&self.cell(row, col)) {
            Ok(v) => Some(v),
            Err(e) => {
                self.problem(row, col, e.message, true);
                None
            }
        }
    }

    fn merged_in(&self, row: usize) -> Option<u32> {
        let cols = [
            self.map.name,
            self.map.role,
            self.map.unit,
            self.map.post,
            self.map.phone,
            self.map.note,
        ];
        let r = row as u32;
        self.grid.merged.iter().find_map(|&(r0, c0, r1, c1)| {
            cols.iter()
                .flatten()
                .copied()
                .find(|&c| r0 <= r && r <= r1 && c0 <= c && c <= c1)
        })
    }

    fn row(&mut self, row: usize) {
        if self.grid.rows[row].iter().all(String::is_empty) {
            self.problem(row, None, "空行，已跳过".into(), false);
            return;
        }
        if let Some(col) = self.merged_in(row) {
            let msg = "是合并单元格，请在表格中取消合并并填好每一行后再导入".to_owned();
            self.problem(row, Some(col), msg, true);
            return;
        }
        let name = self.valid(row, self.map.name, |v| required("personName", "姓名", v, 20));
        let role_text = self.cell(row, self.map.role);
        let role = role_of(&role_text, self.known.settings);
        if role.is_none() {
            let msg = format!("不认识的职务“{role_text}”，应为主任、副主任、成员等");
            self.problem(row, self.map.role, msg, true);
        }
        let unit = self.valid(row, self.map.unit, |v| optional("unit", "单位", v, 40));
        let post = self.valid(row, self.map.post, |v| optional("post", "单位职务", v, 60));
        let phone = self.valid(row, self.map.phone, |v| phone::any("phone", "联系电话", v));
        let note = self.valid(row, self.map.note, |v| optional("note", "备注", v, 200));
        let (Some(name), Some(role), Some(unit), Some(post), Some(phone), Some(note)) =
            (name, role, unit, post, phone, note)
        else {
            return;
        };
        self.duplicates(row, &name, &unit);
        if !unit.is_empty() && !self.known.units.contains(&unit) && !self.out.new_units.contains(&unit) {
            self.out.new_units.push(unit.clone());
        }
        let role_label = self.known.settings.role_label(role);
        let line = RosterImportLine {
            row: row as u32 + 1,
            role,
            role_label,
            person_name: name,
            unit_name: unit,
            post,
            phone,
            note,
        };
        self.out.lines.push(line);
    }

    fn duplicates(&mut self, row: usize, name: &str, unit: &str) {
        let key = (name.to_owned(), unit.to_owned());
        if let Some(first) = self.seen.insert(key.clone(), row as u32 + 1) {
            self.problem(row, self.map.name, format!("“{name}”与第{first}行重复"), true);
        } else if self.known.seats.contains(&key) {
            self.problem(row, self.map.name, format!("“{name}”已在现任组成人员名单中"), true);
        }
    }
}

pub fn check(grid: &Grid, map: &RosterImportMapping, known: &Known) -> RosterImportCheck {
    let mut c = Checker {
        grid,
        map,
        known,
        out: RosterImportCheck::default(),
        seen: HashMap::new(),
    };
    if map.name.is_none() {
        c.problem(
            map.header_row.saturating_sub(1) as usize,
            None,
            "请指定“姓名”所在的列".into(),
            true,
        );
        return c.out;
    }
    let last = grid
        .rows
        .iter()
        .rposition(|r| r.iter().any(|c| !c.is_empty()))
        .map_or(0, |i| i + 1);
    for row in map.header_row as usize..last {
        c.row(row);
    }
    if c.out.lines.is_empty() && c.out.blocking() == 0 {
        c.problem(map.header_row as usize, None, "表头下面没有数据".into(), true);
    }
    c.out
}
