//! The prints of one meeting, chosen by name so the window needs one export command for all.

use super::ExportFormat;
use crate::common::error::{CoreError, Result};
use crate::Desk;

crate::coded_enum! {
    pub enum MeetingPrint: "会议材料" {
        /// PDF only
        Notice = "notice" / "会议通知",
        SignInSheet = "sign_in_sheet" / "签到表",
        Attendance = "attendance" / "出席情况",
        /// PDF only
        Minutes = "minutes" / "纪要",
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
            (MeetingPrint::Notice, _) => self.document_file(self.meeting_notice_document(meeting_id)?, format),
            (MeetingPrint::Minutes, _) => {
                if crate::meetings::minutes::of_meeting(self.conn(), meeting_id)?.is_none() {
                    return Err(CoreError::conflict("", "这次会议还没有保存纪要"));
                }
                self.document_file(self.minutes_document(meeting_id)?, format)
            }
        }
    }
}
