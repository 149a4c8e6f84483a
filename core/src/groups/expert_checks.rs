//! The panel's make-up against 三门峡 rules 四(二): each working group recommends 2~3 experts,
//! each county (district) 1~2, and the panel has one 主任. Shown as warnings: the office may
//! have reasons, and the body's own rules may differ.

use std::collections::BTreeMap;

use super::expert::{ExpertRow, ExpertStatus, PanelRole, RecommenderKind};
use crate::common::error::Result;
use crate::desk::Desk;

impl Desk {
    /// What the serving panel departs from in the rules, one sentence each.
    pub fn expert_panel_warnings(&self) -> Result<Vec<String>> {
        let serving: Vec<ExpertRow> = self
            .list_experts()?
            .into_iter()
            .filter(|r| r.status == ExpertStatus::Serving)
            .collect();
        let groups: Vec<String> = self.action_groups()?.into_iter().map(|g| g.name).collect();
        Ok(panel_warnings(&serving, &groups))
    }
}

fn panel_warnings(serving: &[ExpertRow], groups: &[String]) -> Vec<String> {
    let mut by_group: BTreeMap<&str, usize> = BTreeMap::new();
    let mut by_area: BTreeMap<&str, usize> = BTreeMap::new();
    for r in serving {
        let counts = match r.expert.recommender_kind {
            RecommenderKind::Group => &mut by_group,
            RecommenderKind::Area => &mut by_area,
        };
        *counts.entry(r.recommender.as_str()).or_default() += 1;
    }
    let mut warnings = Vec::new();
    if !serving.is_empty() {
        let mut none = Vec::new();
        for g in groups {
            match by_group.get(g.as_str()).copied().unwrap_or(0) {
                0 => none.push(g.as_str()),
                n if !(2..=3).contains(&n) => warnings.push(format!("{g}推荐了{n}名在聘专家（应推荐2~3名）")),
                _ => {}
            }
        }
        // Most groups of a new panel have recommended nobody yet: one line names them all.
        if !none.is_empty() {
            warnings.push(format!(
                "{}个工作组尚无在聘专家（每组应推荐2~3名）：{}",
                none.len(),
                none.join("、")
            ));
        }
    }
    for (area, n) in by_area {
        if n > 2 {
            warnings.push(format!("{area}推荐了{n}名在聘专家（应推荐1~2名）"));
        }
    }
    let directors = serving
        .iter()
        .filter(|r| r.expert.panel_role == PanelRole::Director)
        .count();
    if !serving.is_empty() && directors != 1 {
        warnings.push(format!("专家咨询委员会现有{directors}名主任（应为1名）"));
    }
    warnings
}
