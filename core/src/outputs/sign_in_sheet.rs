//! 签到表: one row per invitee with a blank 签名 column wide and tall enough to sign in.

use super::{ColumnSpec, ExportFormat, TableOutput};
use crate::common::error::Result;
use crate::meetings::meeting::{Attendance, MeetingRow};
use crate::print::page::size;
use crate::print::Align;
use crate::Desk;

const COLUMNS: [ColumnSpec; 5] = [
    ("序号", 15.0, 6.0, Align::Center),
    ("单位", 44.0, 28.0, Align::Left),
    ("姓名", 22.0, 12.0, Align::Center),
    ("职务", 39.0, 24.0, Align::Left),
    ("签名", 36.0, 24.0, Align::Center),
];

/// `2026年11月25日（星期三）09:00—11:00`
pub(crate) fn meeting_time(m: &MeetingRow) -> String {
    let day = crate::common::date::from_iso(&m.meeting.meeting_on);
    format!(
        "{}（{}）{}—{}",
        crate::common::date::chinese_iso(Some(&m.meeting.meeting_on)),
        day.map(crate::reporting::period::weekday_name).unwrap_or_default(),
        m.meeting.starts_at,
        m.meeting.ends_at
    )
}

impl Desk {
    pub fn sign_in_sheet_file(&self, meeting_id: i64, format: ExportFormat) -> Result<Vec<u8>> {
        let m = self.meeting(meeting_id)?;
        // An empty second line makes each row two lines tall: room for a handwritten name.
        let rows = self
            .invitees(meeting_id)?
            .into_iter()
            .enumerate()
            .map(|(i, p)| {
                let post = if p.attendance == Some(Attendance::Observer) {
                    format!("{}（列席）", p.post)
                } else {
                    p.post
                };
                vec![(i + 1).to_string(), p.unit_name, p.name, post, "\n".into()]
            })
            .collect();
        let output = TableOutput {
            title: format!("{}签到表", m.meeting.title),
            lines: vec![
                format!("时间：{}", meeting_time(&m)),
                format!("地点：{}", m.meeting.place),
            ],
            spec: &COLUMNS,
            rows,
            sheet_name: "签到表",
            landscape: false,
            size: size::HAO_4,
        };
        self.render(output.build(), format)
    }
}
