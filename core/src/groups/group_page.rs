//! The 专项行动工作组 page: each group with its units by name, its tasks from the 目标任务分解
//! (the tasks whose 专项行动名称 is the group's name) and how its units stand in this month's
//! 信息收集汇总.

use std::collections::HashMap;

use chrono::Datelike;
use serde::Serialize;
use ts_rs::TS;

use super::action_group::ActionGroup;
use crate::common::error::Result;
use crate::desk::Desk;
use crate::reporting::period;
use crate::reporting::report::{board_rows, ReportStatus};
use crate::reporting::task::TaskRow;

/// A unit of the group and where its return for this month stands.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GroupUnitReport {
    pub unit_id: i64,
    pub unit_name: String,
    pub status: ReportStatus,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActionGroupRow {
    #[serde(flatten)]
    #[ts(flatten)]
    pub group: ActionGroup,
    pub lead_unit_name: Option<String>,
    pub cooperating_unit_names: Vec<String>,
    pub tasks: Vec<TaskRow>,
    /// The units of the group that owe this month's return (lead, cooperating or leading one
    /// of its tasks); empty while the month's period is not opened.
    pub reporting: Vec<GroupUnitReport>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActionGroupPage {
    pub groups: Vec<ActionGroupRow>,
    /// 2026年11月: the period the reporting column shows, when it is opened.
    pub period_label: Option<String>,
}

impl Desk {
    /// Every group, the retired ones last.
    pub fn action_group_page(&self) -> Result<ActionGroupPage> {
        let names = self.unit_names()?;
        let mut tasks: HashMap<String, Vec<TaskRow>> = HashMap::new();
        for t in self.list_tasks()? {
            if t.task.active {
                tasks.entry(t.task.action_name.clone()).or_default().push(t);
            }
        }
        let (period_label, statuses) = self.this_months_statuses()?;
        // Working groups first, so a name a retired group once had brings its tasks to the
        // group working under it now.
        let mut all = self.all_action_groups()?;
        all.sort_by_key(ActionGroup::is_retired);
        let groups: Vec<ActionGroupRow> = all
            .into_iter()
            .map(|g| {
                let tasks = tasks.remove(&g.name).unwrap_or_default();
                let reporting = group_reporting(&g, &tasks, &statuses, &names);
                ActionGroupRow {
                    lead_unit_name: g.lead_unit_id.and_then(|id| names.get(&id).cloned()),
                    cooperating_unit_names: g
                        .cooperating_unit_ids
                        .iter()
                        .filter_map(|id| names.get(id).cloned())
                        .collect(),
                    tasks,
                    reporting,
                    group: g,
                }
            })
            .collect();
        Ok(ActionGroupPage { groups, period_label })
    }

    /// The member units not removed, by id: a removed unit drops out of the groups it was in.
    fn unit_names(&self) -> Result<HashMap<i64, String>> {
        let mut stmt = self
            .conn()
            .prepare("SELECT id, name FROM unit WHERE deleted_at IS NULL")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// This month's period's label and each owing unit's status, when the period is opened.
    fn this_months_statuses(&self) -> Result<(Option<String>, HashMap<i64, ReportStatus>)> {
        let today = self.today();
        let Some(p) = period::find(self.conn(), today.year(), today.month())? else {
            return Ok((None, HashMap::new()));
        };
        let rows = board_rows(self.conn(), &p, today)?;
        Ok((
            Some(p.label()),
            rows.into_iter().map(|r| (r.unit_id, r.status)).collect(),
        ))
    }
}

/// The group's units, in the order lead, cooperating, then task leads, that owe a return.
fn group_reporting(
    g: &ActionGroup,
    tasks: &[TaskRow],
    statuses: &HashMap<i64, ReportStatus>,
    names: &HashMap<i64, String>,
) -> Vec<GroupUnitReport> {
    let mut ids: Vec<i64> = Vec::new();
    let candidates = g
        .lead_unit_id
        .iter()
        .chain(&g.cooperating_unit_ids)
        .chain(tasks.iter().filter_map(|t| t.task.lead_unit_id.as_ref()));
    for &id in candidates {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids.into_iter()
        .filter_map(|id| {
            Some(GroupUnitReport {
                unit_id: id,
                unit_name: names.get(&id)?.clone(),
                status: *statuses.get(&id)?,
            })
        })
        .collect()
}
