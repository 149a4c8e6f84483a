//! 聘书 (三门峡 rules 四(二): 签发专家咨询委员会聘书), one page per expert: the title, “兹聘请
//! 某某同志为……专家咨询委员会委员”, the two-year term, and the body with the date of the
//! appointment under it, as such letters are laid out.

use super::expert_panel::{panel_name, term_text};
use super::ExportFormat;
use crate::common::date;
use crate::common::error::{CoreError, Result};
use crate::groups::expert::ExpertRow;
use crate::print::{Block, Document, Orientation};
use crate::Desk;

fn letter(doc: &mut Document, body_name: &str, r: &ExpertRow) {
    doc.push(Block::Space(3.0));
    doc.push(Block::Title("聘　　书".into()));
    doc.push(Block::Space(2.0));
    doc.push(Block::Paragraph(format!(
        "兹聘请{}同志为{}{}。",
        r.expert.name,
        panel_name(body_name),
        r.expert.panel_role.label()
    )));
    doc.push(Block::Paragraph(format!("聘期两年，自{}。", term_text(r))));
    doc.push(Block::Space(3.0));
    doc.push(Block::Signature {
        issuer: body_name.to_owned(),
        date: date::chinese_iso(Some(&r.expert.term_from)),
    });
}

impl Desk {
    /// 聘书 for the experts `ids` (every serving expert when empty), one page each.
    pub fn appointment_letters_file(&self, ids: &[i64], format: ExportFormat) -> Result<Vec<u8>> {
        let body_name = self.settings()?.body_name;
        let rows: Vec<ExpertRow> = self
            .list_experts()?
            .into_iter()
            .filter(|r| match ids {
                [] => r.status == crate::groups::expert::ExpertStatus::Serving,
                ids => ids.contains(&r.expert.id),
            })
            .collect();
        if rows.is_empty() {
            return Err(CoreError::invalid("ids", "没有可打印聘书的专家"));
        }
        let mut doc = Document::new("聘书", Orientation::Portrait);
        doc.numbered = false;
        for (i, r) in rows.iter().enumerate() {
            if i > 0 {
                doc.push(Block::PageBreak);
            }
            letter(&mut doc, &body_name, r);
        }
        self.document_file(doc, format)
    }
}
