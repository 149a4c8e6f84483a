//! 专项行动工作组名单, as the 附件 of the notice that sets the groups up (三门峡 rules 六(三)):
//! each group under its number with its lead unit, 组长, 副组长, 成员 and cooperating units,
//! the names aligned after the labels as in the roster's 名单. The workbook has one row a group.

use super::roster::{spaced_label, spaced_name};
use super::{chinese_ordinal, unit_and_post, ExportFormat, Output};
use crate::common::error::Result;
use crate::groups::action_group::{GroupPerson, GroupRole};
use crate::groups::group_page::ActionGroupRow;
use crate::print::{Block, Document, Orientation};
use crate::sheet::{SheetColumn, SheetTable};
use crate::Desk;

/// “张　三（市卫健委副主任）”
fn person_text(p: &GroupPerson) -> String {
    let post = unit_and_post(&p.unit_name, &p.post);
    if post.is_empty() {
        spaced_name(&p.name)
    } else {
        format!("{}（{post}）", spaced_name(&p.name))
    }
}

/// The group's lines: (label, text), a role's label only on its first person.
fn group_entries(row: &ActionGroupRow) -> Vec<(String, String)> {
    let mut entries = Vec::new();
    if let Some(lead) = &row.lead_unit_name {
        entries.push(("牵头单位：".to_owned(), lead.clone()));
    }
    for role in [GroupRole::Leader, GroupRole::Deputy, GroupRole::Member] {
        let people = row.group.people.iter().filter(|p| p.role == role);
        for (i, p) in people.enumerate() {
            let label = if i == 0 {
                spaced_label(role.label())
            } else {
                String::new()
            };
            entries.push((label, person_text(p)));
        }
    }
    if !row.cooperating_unit_names.is_empty() {
        entries.push(("配合单位：".to_owned(), row.cooperating_unit_names.join("、")));
    }
    entries
}

/// “健康知识普及行动” → “健康知识普及行动工作组”; a name that says 组 already stays.
pub(crate) fn group_title(name: &str) -> String {
    if name.ends_with('组') {
        name.to_owned()
    } else {
        format!("{name}工作组")
    }
}

fn names_of(row: &ActionGroupRow, role: GroupRole) -> String {
    let names: Vec<String> = row
        .group
        .people
        .iter()
        .filter(|p| p.role == role)
        .map(person_text)
        .collect();
    names.join("\n")
}

impl Desk {
    /// The working groups (not the retired ones) as the notice's 附件 lists them.
    pub fn action_groups_file(&self, format: ExportFormat) -> Result<Vec<u8>> {
        let settings = self.settings()?;
        let rows: Vec<ActionGroupRow> = self
            .action_group_page()?
            .groups
            .into_iter()
            .filter(|r| !r.group.is_retired())
            .collect();
        let title = format!("{}专项行动工作组名单", settings.body_name);
        let mut doc = Document::new(&title, Orientation::Portrait);
        doc.push(Block::Title(title.clone()));
        for (i, row) in rows.iter().enumerate() {
            let entries = group_entries(row);
            doc.push(Block::Together(entries.len() as f32 + 1.0));
            doc.push(Block::Heading1(format!(
                "{}、{}",
                chinese_ordinal(i + 1),
                group_title(&row.group.name)
            )));
            for (label, text) in entries {
                doc.push(Block::Entry {
                    label,
                    label_chars: 5.0,
                    text,
                });
            }
        }
        let sheet = SheetTable {
            sheet_name: "专项行动工作组".into(),
            title,
            columns: vec![
                SheetColumn::new("序号", 6.0, true),
                SheetColumn::new("工作组", 28.0, false),
                SheetColumn::new("牵头单位", 24.0, false),
                SheetColumn::new("组长", 30.0, false),
                SheetColumn::new("副组长", 32.0, false),
                SheetColumn::new("成员", 32.0, false),
                SheetColumn::new("配合单位", 26.0, false),
            ],
            rows: rows
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    vec![
                        (i + 1).to_string(),
                        group_title(&r.group.name),
                        r.lead_unit_name.clone().unwrap_or_default(),
                        names_of(r, GroupRole::Leader),
                        names_of(r, GroupRole::Deputy),
                        names_of(r, GroupRole::Member),
                        r.cooperating_unit_names.join("、"),
                    ]
                })
                .collect(),
            landscape: true,
            ruled: true,
            size: 11.0,
            ..SheetTable::default()
        };
        self.render(
            Output {
                document: doc,
                sheets: vec![sheet],
            },
            format,
        )
    }
}
