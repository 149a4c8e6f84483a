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
            seed_defaults(tx, &saved)
        })
    }

    /// A body set up before meeting kinds or the register existed gets its defaults on opening,
    /// and minutes numbered then enter the register with the numbers they have.
    pub(crate) fn seed_defaults_on_opening(&mut self) -> Result<()> {
        let Some(settings) = body::load(self.conn())? else {
            return Ok(());
        };
        let missing: bool = self.conn().query_row(
            "SELECT NOT EXISTS (SELECT 1 FROM meeting_kind) OR NOT EXISTS (SELECT 1 FROM doc_kind)
                OR EXISTS (SELECT 1 FROM minutes m WHERE NOT EXISTS
                   (SELECT 1 FROM document d WHERE d.minutes_id = m.id))",
            [],
            |r| r.get(0),
        )?;
        if !missing {
            return Ok(());
        }
        self.write(|tx| seed_defaults(tx, &settings).map(drop))
    }
}

/// The body's meeting kinds and document kinds, each written once.
fn seed_defaults(tx: &crate::store::Tx, settings: &BodySettings) -> Result<BodySettings> {
    crate::meetings::meeting::seed_kinds(tx, settings.kind)?;
    crate::documents::kind::seed(tx, settings)?;
    crate::documents::register::register_old_minutes(tx)?;
    Ok(settings.clone())
}
