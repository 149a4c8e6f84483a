//! The prints of one meeting, chosen by name so the window needs one export command for all.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::ExportFormat;
use crate::error::{CoreError, Result};
use crate::Desk;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MeetingPrint {
    /// 会议通知 (PDF)
    Notice,
    /// 签到表
    SignInSheet,
    /// 出席情况
    Attendance,
    /// 纪要 (PDF)
    Minutes,
}

impl MeetingPrint {
    pub fn label(self) -> &'static str {
        match self {
            MeetingPrint::Notice => "会议通知",
            MeetingPrint::SignInSheet => "签到表",
            MeetingPrint::Attendance => "出席情况",
            MeetingPrint::Minutes => "纪要",
        }
    }
}

impl Desk {
    pub fn meeting_print(&self, meeting_id: i64, what: MeetingPrint, format: ExportFormat) -> Result<Vec<u8>> {
        match (what, format) {
            (MeetingPrint::SignInSheet, _) => self.sign_in_sheet_file(meeting_id, format),
            (MeetingPrint::Attendance, _) => self.attendance_file(meeting_id, format),
            (_, ExportFormat::Xlsx) => Err(CoreError::invalid(
                "format",
                format!("{}是公文，只能导出为PDF或Word", what.label()),
            )),
            (MeetingPrint::Notice, _) => self.document_file(&self.meeting_notice_document(meeting_id)?, format),
            (MeetingPrint::Minutes, _) => {
                if crate::minutes::of_meeting(self.conn(), meeting_id)?.is_none() {
                    return Err(CoreError::conflict("", "这次会议还没有保存纪要"));
                }
                self.document_file(&self.minutes_document(meeting_id)?, format)
            }
        }
    }
}
