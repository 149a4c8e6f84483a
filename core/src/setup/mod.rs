//! First start (C0): the wizard saves the body's settings and, if chosen, a preset — in one
//! transaction, so a failed setup leaves the database as empty as it was.

pub mod preset;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::body::settings::{self as body, BodySettings};
use crate::common::date;
use crate::common::error::{CoreError, Result};
use crate::desk::Desk;
use preset::PresetInfo;

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SetupState {
    pub configured: bool,
    pub settings: Option<BodySettings>,
    pub presets: Vec<PresetInfo>,
    /// Today's date as the app sees it (YYYY-MM-DD).
    pub today: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SetupInput {
    pub settings: BodySettings,
    /// A preset id, or none for an empty start.
    pub preset: Option<String>,
}

impl Desk {
    pub fn setup_state(&self) -> Result<SetupState> {
        let settings = body::load(self.conn())?;
        Ok(SetupState {
            configured: settings.is_some(),
            settings,
            presets: preset::all()?.iter().map(|p| p.info()).collect(),
            today: date::iso(self.today()),
        })
    }

    pub fn complete_setup(&mut self, input: &SetupInput) -> Result<BodySettings> {
        if body::load(self.conn())?.is_some() {
            return Err(CoreError::conflict("", "已完成首次设置；如需修改，请到“设置”页面"));
        }
        let settings = input.settings.validated()?;
        let chosen = input.preset.as_deref().map(preset::find).transpose()?;
        let today = date::iso(self.today());
        self.write(|tx| {
            let saved = body::save(tx, &settings)?;
            if let Some(p) = &chosen {
                p.apply(tx, &today)?;
            }
            crate::meetings::meeting::seed_kinds(tx, settings.kind)?;
            Ok(saved)
        })
    }
}
