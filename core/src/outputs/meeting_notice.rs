//! 会议通知: time, place, who attends, the agenda and whom to call, signed by the office with
//! the issuer centred over the date four characters from the right (GB/T 9704 §7.3.5.1).

use super::sign_in_sheet::meeting_time;
use crate::common::date;
use crate::common::error::Result;
use crate::meetings::meeting::{Attendance, Invitee};
use crate::print::{Block, Document, Orientation};
use crate::Desk;

const ORDINALS: [&str; 6] = ["一", "二", "三", "四", "五", "六"];

/// `张三（市卫健委主任）、李四（市教体局副局长）`
fn people(list: &[&Invitee]) -> String {
    list.iter()
        .map(|p| format!("{}（{}）", p.name, super::unit_and_post(&p.unit_name, &p.post)))
        .collect::<Vec<_>>()
        .join("、")
}

impl Desk {
    pub(crate) fn meeting_notice_document(&self, meeting_id: i64) -> Result<Document> {
        let s = self.settings()?;
        let m = self.meeting(meeting_id)?;
        let invitees = self.invitees(meeting_id)?;
        let (observers, members): (Vec<&Invitee>, Vec<&Invitee>) = invitees
            .iter()
            .partition(|p| p.attendance == Some(Attendance::Observer));
        let title = format!("关于召开{}的通知", m.meeting.title);
        let mut doc = Document::new(&title, Orientation::Portrait);
        doc.push(Block::Title(title.clone()));
        doc.push(Block::Entry {
            label: String::new(),
            label_chars: 0.0,
            text: "各成员单位：".into(),
        });
        doc.push(Block::Paragraph(format!(
            "经研究，定于{}召开{}，现将有关事项通知如下：",
            date::chinese_iso(Some(&m.meeting.meeting_on)),
            m.meeting.title
        )));
        let mut sections = vec![
            ("会议时间", vec![meeting_time(&m)]),
            ("会议地点", vec![m.meeting.place.clone()]),
        ];
        let mut attend = vec![people(&members)];
        if !observers.is_empty() {
            attend.push(format!("列席：{}", people(&observers)));
        }
        sections.push(("参会人员", attend));
        if !m.meeting.agenda.is_empty() {
            let agenda = m
                .meeting
                .agenda
                .iter()
                .enumerate()
                .map(|(i, a)| format!("{}．{}", i + 1, a));
            sections.push(("会议议程", agenda.collect()));
        }
        sections.push((
            "有关要求",
            vec!["请参会人员准时出席，原则上不得缺席。因特殊原因不能出席的，请提前向会议主持人请假，并指派相关人员参会。".into()],
        ));
        if !m.meeting.contact.is_empty() {
            sections.push(("联系方式", vec![format!("联系人及电话：{}", m.meeting.contact)]));
        }
        for (i, (heading, paragraphs)) in sections.into_iter().enumerate() {
            doc.push(Block::Heading1(format!("{}、{}", ORDINALS[i], heading)));
            for p in paragraphs {
                doc.push(if heading == "参会人员" {
                    Block::Names(p)
                } else {
                    Block::Paragraph(p)
                });
            }
        }
        let issued = match &m.meeting.notice_on {
            Some(on) => date::chinese_iso(Some(on)),
            None => date::chinese(self.today()),
        };
        doc.push(Block::Signature {
            issuer: s.office_name.clone(),
            date: issued,
        });
        Ok(doc)
    }
}
