//! 出席情况表: who came, who asked for leave (with the reason and the stand-in), who stayed away.

use super::sign_in_sheet::meeting_time;
use super::{ColumnSpec, ExportFormat, TableOutput};
use crate::common::error::Result;
use crate::meetings::meeting::{Attendance, Invitee};
use crate::print::page::size;
use crate::print::Align;
use crate::Desk;

const COLUMNS: [ColumnSpec; 6] = [
    ("序号", 0.0, 6.0, Align::Center),
    ("单位", 0.0, 26.0, Align::Left),
    ("姓名", 0.0, 10.0, Align::Center),
    ("职务", 0.0, 20.0, Align::Left),
    ("出席情况", 0.0, 10.0, Align::Center),
    ("备注", 0.0, 30.0, Align::Left),
];

/// 请假事由 and 代会人员, for the 备注 column and the minutes' 请假 list.
pub(crate) fn leave_note(p: &Invitee) -> String {
    let stand_in = match p.stand_in_post.as_str() {
        "" => p.stand_in_name.clone(),
        post => format!("{}{}", post, p.stand_in_name),
    };
    format!("{}，由{}代会", p.leave_reason, stand_in)
}

fn count_line(people: &[Invitee]) -> String {
    let n = |a: Attendance| people.iter().filter(|p| p.attendance == Some(a)).count();
    let expected = people.len() - n(Attendance::Observer);
    let unrecorded = people.iter().filter(|p| p.attendance.is_none()).count();
    let mut line = format!(
        "应到{}人，出席{}人，请假{}人，缺席{}人，列席{}人",
        expected,
        n(Attendance::Present),
        n(Attendance::Leave),
        n(Attendance::Absent),
        n(Attendance::Observer)
    );
    if unrecorded > 0 {
        line.push_str(&format!("，未登记{unrecorded}人"));
    }
    line
}

impl Desk {
    pub fn attendance_file(&self, meeting_id: i64, format: ExportFormat) -> Result<Vec<u8>> {
        let m = self.meeting(meeting_id)?;
        let people = self.invitees(meeting_id)?;
        let rows = people
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let note = if p.attendance == Some(Attendance::Leave) {
                    leave_note(p)
                } else {
                    String::new()
                };
                let status = p.attendance.map_or("未登记", Attendance::label);
                vec![
                    (i + 1).to_string(),
                    p.unit_name.clone(),
                    p.name.clone(),
                    super::sign_in_sheet::post_in_unit(&p.unit_name, &p.post),
                    status.to_owned(),
                    note,
                ]
            })
            .collect();
        let output = TableOutput {
            title: format!("{}出席情况", m.meeting.title),
            lines: vec![format!("时间：{}", meeting_time(&m)), count_line(&people)],
            spec: &COLUMNS,
            rows,
            sheet_name: "出席情况",
            landscape: false,
            size: size::XIAO_4,
            row_height: 0.0,
        };
        self.render(output.build(), format)
    }
}
