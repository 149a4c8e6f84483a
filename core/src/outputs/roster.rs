//! 组成人员名单 in the two layouts offices use: the 名单 of a 通知's 附件1 (“主　任：王海彦
//! （市三级调研员）”, continuation lines aligned after the colon) and a plain table.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{ExportFormat, Output};
use crate::common::error::Result;
use crate::print::page::size;
use crate::print::{Align, Block, Document, Orientation, Table};
use crate::sheet::{SheetColumn, SheetTable};
use crate::{BodySettings, Desk, Role, RosterRow};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RosterLayout {
    /// 名单：职务：姓名（职务）
    List,
    /// 序号、职务、姓名、单位及职务、联系电话
    Table,
}

/// “主任” → “主　任：”: two-character titles are spaced to the width of three, as printed.
pub(super) fn spaced_label(label: &str) -> String {
    let chars: Vec<char> = label.chars().collect();
    match chars.as_slice() {
        [a, b] => format!("{a}\u{3000}{b}："),
        _ => format!("{label}："),
    }
}

/// Two-character names take a full-width space in the middle so names line up (胡　刚).
pub(super) fn spaced_name(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    match chars.as_slice() {
        [a, b] => format!("{a}\u{3000}{b}"),
        _ => name.to_owned(),
    }
}

/// The unit and the post, each once: an imported roster often keeps them in separate columns
/// with a post (“副局长”) that does not name the unit.
fn post_of(row: &RosterRow) -> String {
    let unit = row.unit_name.clone().unwrap_or_default();
    super::unit_and_post(unit.trim(), row.member.post.trim())
}

fn entry_text(row: &RosterRow) -> String {
    let post = post_of(row);
    let name = spaced_name(&row.member.person_name);
    if post.is_empty() {
        name
    } else {
        format!("{name}（{post}）")
    }
}

/// The 名单 lines: one label per role, the rest of that role aligned under it.
fn list_entries(rows: &[RosterRow]) -> Vec<(String, String)> {
    let mut entries = Vec::new();
    let mut last_role = None;
    for row in rows.iter().filter(|r| !r.member.role.is_office()) {
        let label = if last_role == Some(row.member.role) {
            String::new()
        } else {
            spaced_label(&row.role_label)
        };
        last_role = Some(row.member.role);
        entries.push((label, entry_text(row)));
    }
    entries
}

/// “推进委员会下设办公室于市卫健委……姬冠华同志兼任办公室主任。”
fn office_paragraph(settings: &BodySettings, rows: &[RosterRow]) -> Option<String> {
    if settings.host_unit.trim().is_empty() {
        return None;
    }
    let short = if settings.body_name.ends_with("领导小组") {
        "领导小组"
    } else {
        "推进委员会"
    };
    let mut text = format!(
        "{short}下设办公室于{}，承担{short}的日常工作。",
        settings.host_unit.trim()
    );
    let seats: Vec<&str> = rows
        .iter()
        .filter(|r| !r.member.role.is_office())
        .map(|r| r.member.person_name.as_str())
        .collect();
    for role in [Role::OfficeDirector, Role::OfficeDeputyDirector] {
        for r in rows.iter().filter(|r| r.member.role == role) {
            let verb = if seats.contains(&r.member.person_name.as_str()) {
                "兼任"
            } else {
                "任"
            };
            text.push_str(&format!("{}同志{verb}{}，", r.member.person_name, r.role_label));
        }
    }
    if text.ends_with('，') {
        text.pop();
        text.push('。');
    }
    Some(text)
}

fn list_output(settings: &BodySettings, rows: &[RosterRow]) -> Output {
    let title = format!("{}组成人员名单", settings.body_name);
    let entries = list_entries(rows);
    let mut doc = Document::new(&title, Orientation::Portrait);
    doc.push(Block::Title(title.clone()));
    for (label, text) in &entries {
        doc.push(Block::Entry {
            label: label.clone(),
            label_chars: 4.0,
            text: text.clone(),
        });
    }
    if let Some(p) = office_paragraph(settings, rows) {
        doc.push(Block::Space(0.5)).push(Block::Paragraph(p));
    }
    let sheet = SheetTable {
        sheet_name: "组成人员名单".into(),
        title,
        columns: vec![
            SheetColumn::new("职务", 12.0, false),
            SheetColumn::new("姓名（职务）", 62.0, false),
        ],
        rows: entries.into_iter().map(|(l, t)| vec![l, t]).collect(),
        landscape: false,
        ruled: false,
        size: 14.0,
        notes: office_paragraph(settings, rows).into_iter().collect(),
        ..SheetTable::default()
    };
    Output {
        document: doc,
        sheets: vec![sheet],
    }
}

const TABLE_COLUMNS: [super::ColumnSpec; 5] = [
    ("序号", 0.0, 6.0, Align::Center),
    ("职务", 0.0, 14.0, Align::Center),
    ("姓名", 0.0, 10.0, Align::Center),
    ("单位及职务", 0.0, 40.0, Align::Left),
    ("联系电话", 0.0, 16.0, Align::Center),
];

/// The seats as a table; the office's 主任 and 副主任 follow it as the 名单's closing paragraph
/// does, not as extra rows.
fn table_output(settings: &BodySettings, rows: &[RosterRow]) -> Output {
    let title = format!("{}组成人员名单", settings.body_name);
    let cells: Vec<Vec<String>> = rows
        .iter()
        .filter(|r| !r.member.role.is_office())
        .enumerate()
        .map(|(i, r)| {
            vec![
                (i + 1).to_string(),
                r.role_label.clone(),
                r.member.person_name.clone(),
                post_of(r),
                r.member.phone.clone(),
            ]
        })
        .collect();
    let (columns, sheet_columns) = super::columns(&TABLE_COLUMNS);
    let mut doc = Document::new(&title, Orientation::Portrait);
    doc.push(Block::Title(title.clone()));
    doc.push(Block::Table(Table {
        columns,
        rows: cells.clone(),
        size: size::XIAO_4,
        row_height: 0.0,
    }));
    let office = office_paragraph(settings, rows);
    if let Some(p) = &office {
        doc.push(Block::Space(0.5)).push(Block::Paragraph(p.clone()));
    }
    let sheet = SheetTable {
        sheet_name: "组成人员".into(),
        title,
        columns: sheet_columns,
        rows: cells,
        landscape: false,
        ruled: true,
        size: 12.0,
        notes: office.into_iter().collect(),
        ..SheetTable::default()
    };
    Output {
        document: doc,
        sheets: vec![sheet],
    }
}

impl Desk {
    /// The roster as of `as_of` (today when omitted) as a PDF or xlsx file's bytes.
    pub fn roster_file(&self, layout: RosterLayout, format: ExportFormat, as_of: Option<&str>) -> Result<Vec<u8>> {
        let settings = self.settings()?;
        let rows = self.roster(as_of)?;
        let output = match layout {
            RosterLayout::List => list_output(&settings, &rows),
            RosterLayout::Table => table_output(&settings, &rows),
        };
        self.render(output, format)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_names_are_spaced_as_printed() {
        assert_eq!(spaced_label("主任"), "主\u{3000}任：");
        assert_eq!(spaced_label("副主任"), "副主任：");
        assert_eq!(spaced_name("胡刚"), "胡\u{3000}刚");
        assert_eq!(spaced_name("王海彦"), "王海彦");
    }
}
