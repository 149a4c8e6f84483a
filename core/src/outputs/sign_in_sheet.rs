//! 签到表: one row per invitee on as few pages as the list allows, each row tall enough to sign
//! in, the 签名 column the widest, and a 备注 for a stand-in (代会) or an observer (列席).

use super::{ColumnSpec, ExportFormat, TableOutput};
use crate::common::error::Result;
use crate::meetings::meeting::{Attendance, Invitee, MeetingRow};
use crate::print::page::size;
use crate::print::Align;
use crate::Desk;

/// The 签名 column asks for 36 mm and the 备注 for 18 mm; the others are sized by their text.
const COLUMNS: [ColumnSpec; 6] = [
    ("序号", 0.0, 6.0, Align::Center),
    ("单位", 0.0, 24.0, Align::Left),
    ("姓名", 0.0, 10.0, Align::Center),
    ("职务", 0.0, 18.0, Align::Left),
    ("签名", 36.0, 24.0, Align::Center),
    ("备注", 18.0, 14.0, Align::Left),
];

/// Room for a handwritten name.
const SIGNING_ROW_MM: f32 = 12.0;

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

/// The post without the unit's name in front of it, which the 单位 column already shows.
pub(crate) fn post_in_unit(unit: &str, post: &str) -> String {
    match post.strip_prefix(unit) {
        Some(rest) if !unit.is_empty() && !rest.is_empty() => rest.to_owned(),
        _ => post.to_owned(),
    }
}

/// 列席, or who stands in for someone on leave.
fn remark(p: &Invitee) -> String {
    match p.attendance {
        Some(Attendance::Observer) => "列席".into(),
        Some(Attendance::Leave) if !p.stand_in_name.is_empty() => format!("{}代会", p.stand_in_name),
        Some(Attendance::Leave) => "请假".into(),
        _ => String::new(),
    }
}

impl Desk {
    pub fn sign_in_sheet_file(&self, meeting_id: i64, format: ExportFormat) -> Result<Vec<u8>> {
        let m = self.meeting(meeting_id)?;
        let rows = self
            .invitees(meeting_id)?
            .into_iter()
            .enumerate()
            .map(|(i, p)| {
                let post = post_in_unit(&p.unit_name, &p.post);
                let note = remark(&p);
                vec![(i + 1).to_string(), p.unit_name, p.name, post, String::new(), note]
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
            size: size::XIAO_4,
            row_height: SIGNING_ROW_MM,
        };
        self.render(output.build(), format)
    }
}

#[cfg(test)]
mod tests {
    use super::post_in_unit;

    #[test]
    fn the_post_does_not_repeat_the_unit() {
        assert_eq!(post_in_unit("市卫健委", "市卫健委主任"), "主任");
        assert_eq!(post_in_unit("市卫健委", "副市长"), "副市长");
        assert_eq!(post_in_unit("市卫健委", "市卫健委"), "市卫健委");
    }
}
