//! The office's choice of font per printed role, and what this computer actually has.

use std::collections::HashMap;

use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use crate::common::error::{CoreError, Result};
use crate::print::fonts::KNOWN_FONTS;
use crate::print::FontRole;
use crate::Desk;

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FontOption {
    pub key: String,
    pub label: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PrintFontSetting {
    pub role: FontRole,
    pub role_label: String,
    /// The office's choice; none means the preferred font.
    pub chosen: Option<String>,
    /// The font that will print this role on this computer, and its file.
    pub used: String,
    pub used_file: String,
    pub options: Vec<FontOption>,
}

pub(crate) fn chosen(conn: &Connection) -> Result<HashMap<FontRole, String>> {
    let mut stmt = conn.prepare("SELECT role, font_key FROM print_font")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, FontRole>(0)?, r.get::<_, String>(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Desk {
    pub fn print_fonts(&self) -> Result<Vec<PrintFontSetting>> {
        let chosen = chosen(self.conn())?;
        let set = self.font_set()?;
        let options: Vec<FontOption> = self
            .font_dirs()
            .available()
            .into_iter()
            .map(|k| FontOption {
                key: k.key.into(),
                label: k.label.into(),
            })
            .collect();
        Ok(FontRole::ALL
            .iter()
            .copied()
            .map(|role| PrintFontSetting {
                role,
                role_label: role.label().into(),
                chosen: chosen.get(&role).cloned(),
                used: set.primary(role).label.into(),
                used_file: set.primary(role).path.display().to_string(),
                options: options.clone(),
            })
            .collect())
    }

    /// Chooses the font for `role`; `None` goes back to the preferred font.
    pub fn set_print_font(&mut self, role: FontRole, key: Option<&str>) -> Result<Vec<PrintFontSetting>> {
        match key {
            Some(k) if !KNOWN_FONTS.iter().any(|f| f.key == k) => {
                return Err(CoreError::invalid("fontKey", format!("不认识的字体“{k}”")));
            }
            Some(k) => self.conn().execute(
                "INSERT INTO print_font (role, font_key) VALUES (?1, ?2)
                 ON CONFLICT(role) DO UPDATE SET font_key = excluded.font_key",
                (role.code(), k),
            )?,
            None => self
                .conn()
                .execute("DELETE FROM print_font WHERE role = ?1", [role.code()])?,
        };
        self.print_fonts()
    }
}
