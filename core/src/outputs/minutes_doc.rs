//! 纪要 in the GB/T 9704 纪要 layout (§10.3): the red 版头 (mark, 期号, office and date, red
//! rule), the body with its headings, the numbered 议定事项, 出席 / 请假 / 列席, and the 版记
//! at the foot of the last page: 分送 and 抄报, then the office and date 印发 (§7.4). A 纪要
//! carries no 签发人 line: that belongs to the 版头 of documents sent upward.

use super::attendance::leave_note;
use crate::common::date;
use crate::common::error::Result;
use crate::meetings::meeting::{Attendance, Invitee};
use crate::meetings::minutes::MinutesView;
use crate::print::{Block, Document, ImprintLine, Orientation};
use crate::Desk;

/// A body line as a block: `一、` opens a first-level heading, `（一）` a second-level one.
fn body_block(line: &str) -> Block {
    let first_level = line
        .split_once('、')
        .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| "一二三四五六七八九十".contains(c)));
    if first_level {
        Block::Heading1(line.to_owned())
    } else if line.starts_with('（') && line.chars().nth(1).is_some_and(|c| "一二三四五六七八九十".contains(c))
    {
        Block::Heading2(line.to_owned())
    } else {
        Block::Paragraph(line.to_owned())
    }
}

fn decision_text(seq: usize, content: &str, units: &str, deadline: Option<&str>) -> String {
    let mut parts = Vec::new();
    if !units.is_empty() {
        parts.push(format!("责任单位：{units}"));
    }
    if let Some(d) = deadline {
        parts.push(format!("完成时限：{}前", date::chinese_iso(Some(d))));
    }
    let tail = if parts.is_empty() {
        String::new()
    } else {
        format!("（{}）", parts.join("；"))
    };
    format!("{seq}．{content}{tail}")
}

/// The 出席 / 请假 / 列席 lines, each only when someone is on it.
fn rolls(people: &[Invitee]) -> Vec<Block> {
    let named = |p: &Invitee| format!("{}（{}）", p.name, p.unit_name);
    let of = |a: Attendance| people.iter().filter(move |p| p.attendance == Some(a));
    let lists = [
        ("出席：", of(Attendance::Present).map(named).collect::<Vec<_>>()),
        (
            "请假：",
            of(Attendance::Leave)
                .map(|p| format!("{}（{}，{}）", p.name, p.unit_name, leave_note(p)))
                .collect(),
        ),
        ("列席：", of(Attendance::Observer).map(named).collect()),
    ];
    lists
        .into_iter()
        .filter(|(_, names)| !names.is_empty())
        .map(|(label, names)| Block::Roll {
            label: label.into(),
            text: names.join("、"),
        })
        .collect()
}

impl Desk {
    pub(crate) fn minutes_document(&self, meeting_id: i64) -> Result<Document> {
        let s = self.settings()?;
        let MinutesView { input, number_text, .. } = self.minutes(meeting_id)?;
        let mut doc = Document::new(&input.title, Orientation::Portrait);
        let issued = date::chinese_iso(Some(&input.issued_on));
        doc.push(Block::Masthead {
            mark: input.title.clone(),
            number: number_text,
            issuer: s.office_name.clone(),
            date: issued.clone(),
        });
        for line in input.body.lines().map(str::trim).filter(|l| !l.is_empty()) {
            doc.push(body_block(line));
        }
        if !input.decisions.is_empty() {
            doc.push(Block::Paragraph("会议议定以下事项：".into()));
            for (i, d) in input.decisions.iter().enumerate() {
                doc.push(Block::Paragraph(decision_text(
                    i + 1,
                    &d.content,
                    &d.units,
                    d.deadline.as_deref(),
                )));
            }
        }
        doc.push(Block::Space(1.0));
        doc.blocks.extend(rolls(&self.invitees(meeting_id)?));
        doc.push(Block::Imprint(imprint(
            &input.issued_to,
            &input.copied_to,
            &s.office_name,
            &issued,
        )));
        Ok(doc)
    }
}

/// 分送 (the recipients) and 抄报 when given, then who issued it and when.
fn imprint(issued_to: &str, copied_to: &str, office: &str, issued: &str) -> Vec<ImprintLine> {
    let mut lines: Vec<ImprintLine> = [("分送：", issued_to), ("抄报：", copied_to)]
        .into_iter()
        .filter(|(_, who)| !who.trim().is_empty())
        .map(|(label, who)| ImprintLine {
            left: format!("{label}{}", who.trim()),
            right: String::new(),
        })
        .collect();
    lines.push(ImprintLine {
        left: office.to_owned(),
        right: format!("{issued}印发"),
    });
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_lines_become_headings_by_their_numbering() {
        assert!(matches!(body_block("一、会议听取了工作汇报"), Block::Heading1(_)));
        assert!(matches!(body_block("（二）推进健康知识普及"), Block::Heading2(_)));
        assert!(matches!(
            body_block("会议指出，要压实责任、加强督办。"),
            Block::Paragraph(_)
        ));
        assert!(matches!(body_block("1．落实经费"), Block::Paragraph(_)));
    }

    #[test]
    fn the_imprint_separates_recipients_from_the_issuing_line() {
        let lines = imprint("各成员单位", "", "某办公室", "2026年11月20日");
        assert_eq!(lines[0].left, "分送：各成员单位");
        assert_eq!(
            (lines[1].left.as_str(), lines[1].right.as_str()),
            ("某办公室", "2026年11月20日印发")
        );
        assert_eq!(lines.len(), 2);
    }

    #[test]
    fn a_decision_names_its_units_and_deadline() {
        assert_eq!(
            decision_text(2, "开展督导", "市卫健委、市教体局", Some("2026-12-31")),
            "2．开展督导（责任单位：市卫健委、市教体局；完成时限：2026年12月31日前）"
        );
        assert_eq!(decision_text(1, "研究方案", "", None), "1．研究方案");
    }
}
