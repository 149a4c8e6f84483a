//! Presets (C0): a body's settings, units, roster and groups, built from a source document
//! and shipped as data files in `assets/presets/`.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::body::role::Role;
use crate::body::settings::BodySettings;
use crate::common::error::{CoreError, Result};
use crate::roster::member::MemberInput;
use crate::roster::unit::UnitInput;
use crate::store::Tx;

const FILES: [&str; 3] = [
    include_str!("../../../assets/presets/wugang.json"),
    include_str!("../../../assets/presets/yunnan.json"),
    include_str!("../../../assets/presets/luzhou.json"),
];

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Preset {
    pub id: String,
    pub name: String,
    pub description: String,
    pub source: String,
    /// First day of the seats' terms (the document's date).
    pub term_from: Option<String>,
    pub settings: BodySettings,
    pub units: Vec<PresetUnit>,
    pub seats: Vec<PresetSeat>,
    pub groups: Vec<PresetGroup>,
    /// 目标任务分解; presets from documents without one leave it out.
    #[serde(default)]
    pub tasks: Vec<PresetTask>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PresetTask {
    pub action_name: String,
    pub content: String,
    #[serde(default)]
    pub lead_leader: String,
    pub lead_unit: Option<String>,
    #[serde(default)]
    pub cooperating: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct PresetUnit {
    pub name: String,
    pub category: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct PresetSeat {
    pub role: Role,
    pub name: String,
    pub unit: String,
    pub post: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PresetGroup {
    pub name: String,
    pub lead_unit: Option<String>,
}

/// What the wizard shows of a preset before it is chosen.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PresetInfo {
    pub id: String,
    pub name: String,
    pub description: String,
    pub source: String,
    pub units: usize,
    pub seats: usize,
    pub groups: usize,
    pub settings: BodySettings,
}

pub fn all() -> Result<Vec<Preset>> {
    FILES
        .iter()
        .map(|text| serde_json::from_str(text).map_err(|e| CoreError::storage(format!("预置数据损坏：{e}"))))
        .collect()
}

pub fn find(id: &str) -> Result<Preset> {
    all()?
        .into_iter()
        .find(|p| p.id == id)
        .ok_or_else(|| CoreError::invalid("preset", format!("没有名为“{id}”的预置方案")))
}

impl Preset {
    pub fn info(&self) -> PresetInfo {
        PresetInfo {
            id: self.id.clone(),
            name: self.name.clone(),
            description: self.description.clone(),
            source: self.source.clone(),
            units: self.units.len(),
            seats: self.seats.len(),
            groups: self.groups.len(),
            settings: self.settings.clone(),
        }
    }

    /// Writes the preset's units, seats, groups and tasks through the ordinary validated paths.
    pub(crate) fn apply(&self, tx: &Tx, today: &str) -> Result<()> {
        let mut unit_ids = HashMap::new();
        for (i, u) in self.units.iter().enumerate() {
            let input = UnitInput {
                name: u.name.clone(),
                category: u.category.clone(),
                sort_order: Some((i as i64 + 1) * 10),
                ..UnitInput::default()
            };
            unit_ids.insert(u.name.as_str(), crate::roster::unit::insert(tx, &input, today)?.id);
        }
        let unit_id = |name: &str| {
            unit_ids
                .get(name)
                .copied()
                .ok_or_else(|| CoreError::storage(format!("预置数据损坏：找不到单位“{name}”")))
        };
        let term_from = self.term_from.clone().unwrap_or_else(|| today.to_owned());
        for (i, s) in self.seats.iter().enumerate() {
            let input = MemberInput {
                role: s.role,
                person_name: s.name.clone(),
                unit_id: Some(unit_id(&s.unit)?),
                post: s.post.clone(),
                sort_order: Some((i as i64 + 1) * 10),
                term_from: term_from.clone(),
                term_to: None,
                phone: String::new(),
                note: String::new(),
            };
            crate::roster::member::insert(tx, &input)?;
        }
        for (i, g) in self.groups.iter().enumerate() {
            let lead = g.lead_unit.as_deref().map(unit_id).transpose()?;
            crate::groups::action_group::insert(tx, &g.name, (i as i64 + 1) * 10, lead)?;
        }
        for (i, t) in self.tasks.iter().enumerate() {
            let input = crate::reporting::task::TaskInput {
                action_name: t.action_name.clone(),
                seq: Some(i as i64 + 1),
                content: t.content.clone(),
                lead_leader: t.lead_leader.clone(),
                lead_unit_id: t.lead_unit.as_deref().map(unit_id).transpose()?,
                cooperating: t.cooperating.clone(),
                active: true,
            };
            crate::reporting::task::insert(tx, &input)?;
        }
        Ok(())
    }
}
