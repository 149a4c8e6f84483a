//! 下发空表: one prefilled blank form per unit, named so the office and the unit both see at a
//! glance whose form for which month it is: `2026年11月_单位名称_信息收集汇总表.xlsx`.

use std::path::Path;

use serde::Serialize;
use ts_rs::TS;

use super::layout;
use crate::common::error::{CoreError, Result};
use crate::common::progress::Progress;
use crate::desk::Desk;
use crate::store::files::safe_name;
use crate::store::files::write_file;

/// Where the blank forms went and their file names.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SentOut {
    pub folder: String,
    pub files: Vec<String>,
    /// The office cancelled: `files` are those written before it did.
    pub cancelled: bool,
}

pub fn send_out_file_name(period_label: &str, unit_name: &str) -> String {
    safe_name(&format!("{period_label}_{unit_name}_信息收集汇总表.xlsx"))
}

impl Desk {
    /// The blank form for one unit: file name and workbook bytes.
    pub fn send_out_form(&self, period_id: i64, unit_id: i64) -> Result<(String, Vec<u8>)> {
        let settings = self.settings()?;
        let form = self.report_form(period_id, unit_id)?;
        if form.rows.is_empty() {
            return Err(CoreError::invalid(
                "unitId",
                format!("“{}”没有牵头的目标任务，无需下发", form.unit_name),
            ));
        }
        let sheet = layout::sheet(&settings, &form, &form.period_label, true);
        let name = send_out_file_name(&form.period_label, &form.unit_name);
        Ok((name, sheet.to_xlsx()?))
    }

    /// Writes the blank forms of `unit_ids` (every unit that owes a return when empty) into
    /// `dir`.
    pub fn send_out_forms(&self, period_id: i64, unit_ids: &[i64], dir: &Path) -> Result<SentOut> {
        self.send_out_forms_with(period_id, unit_ids, dir, &Progress::silent())
    }

    /// As [`Desk::send_out_forms`], telling `progress` of each file written; cancelled, it
    /// stops before the next file and answers the files already written.
    pub fn send_out_forms_with(
        &self,
        period_id: i64,
        unit_ids: &[i64],
        dir: &Path,
        progress: &Progress,
    ) -> Result<SentOut> {
        let units: Vec<i64> = if unit_ids.is_empty() {
            self.report_board(period_id)?
                .rows
                .iter()
                .filter(|r| r.task_count > 0)
                .map(|r| r.unit_id)
                .collect()
        } else {
            unit_ids.to_vec()
        };
        if units.is_empty() {
            return Err(CoreError::invalid(
                "unitIds",
                "没有需要下发的单位：请先在目标任务分解中指定牵头科室（单位）",
            ));
        }
        std::fs::create_dir_all(dir)
            .map_err(|e| CoreError::storage(format!("无法创建文件夹“{}”：{e}", dir.display())))?;
        let mut files = Vec::new();
        // The window's progress opens before the first file; a cancel that early writes none.
        let mut cancelled = progress.step(0, units.len(), "").is_err();
        for (i, &unit) in units.iter().enumerate() {
            if cancelled {
                break;
            }
            let (name, bytes) = self.send_out_form(period_id, unit)?;
            write_file(&dir.join(&name), &bytes)?;
            // A cancel after the last file changes nothing: every form is written.
            let go_on = progress.step(i + 1, units.len(), &name).is_ok();
            files.push(name);
            cancelled = !go_on && i + 1 < units.len();
        }
        Ok(SentOut {
            folder: dir.display().to_string(),
            files,
            cancelled,
        })
    }
}
