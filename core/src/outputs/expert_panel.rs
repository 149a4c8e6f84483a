//! 专家咨询委员会成员名单: the serving experts, 主任 and 副主任 first, with whoever recommended
//! them and their terms.

use super::{ColumnSpec, ExportFormat, TableOutput};
use crate::common::date;
use crate::common::error::Result;
use crate::groups::expert::{ExpertRow, ExpertStatus};
use crate::print::page::size;
use crate::print::Align;
use crate::Desk;

const COLUMNS: [ColumnSpec; 8] = [
    ("序号", 0.0, 6.0, Align::Center),
    ("姓名", 0.0, 10.0, Align::Center),
    ("职务", 0.0, 8.0, Align::Center),
    ("工作单位", 0.0, 26.0, Align::Left),
    ("职称", 0.0, 14.0, Align::Center),
    ("专业领域", 0.0, 16.0, Align::Left),
    ("推荐方", 0.0, 20.0, Align::Left),
    ("聘期", 0.0, 18.0, Align::Center),
];

/// “健康舞钢行动推进委员会” → “健康舞钢行动专家咨询委员会” (三门峡 rules 四(一)); a body of
/// another name has the panel under its own name.
pub(crate) fn panel_name(body_name: &str) -> String {
    match body_name.strip_suffix("推进委员会") {
        Some(stem) if !stem.is_empty() => format!("{stem}专家咨询委员会"),
        _ => format!("{body_name}专家咨询委员会"),
    }
}

/// `2026年3月1日至2028年2月29日`
pub(crate) fn term_text(r: &ExpertRow) -> String {
    format!(
        "{}至{}",
        date::chinese_iso(Some(&r.expert.term_from)),
        date::chinese_iso(Some(&r.expert.term_to))
    )
}

fn cells(rows: &[ExpertRow]) -> Vec<Vec<String>> {
    rows.iter()
        .enumerate()
        .map(|(i, r)| {
            vec![
                (i + 1).to_string(),
                r.expert.name.clone(),
                r.expert.panel_role.label().to_owned(),
                r.expert.employer.clone(),
                r.expert.professional_title.clone(),
                r.expert.specialty.clone(),
                r.recommender.clone(),
                // One date a line: the range never breaks inside a date.
                term_text(r).replace('至', "至\n"),
            ]
        })
        .collect()
}

impl Desk {
    pub fn expert_panel_file(&self, format: ExportFormat) -> Result<Vec<u8>> {
        let settings = self.settings()?;
        let serving: Vec<ExpertRow> = self
            .list_experts()?
            .into_iter()
            .filter(|r| r.status == ExpertStatus::Serving)
            .collect();
        let output = TableOutput {
            title: format!("{}成员名单", panel_name(&settings.body_name)),
            lines: vec![format!("共{}人（截至{}）", serving.len(), date::chinese(self.today()))],
            spec: &COLUMNS,
            rows: cells(&serving),
            sheet_name: "专家咨询委员会",
            landscape: true,
            size: size::XIAO_4,
            row_height: 0.0,
        };
        self.render(output.build(), format)
    }
}

#[cfg(test)]
mod tests {
    use super::panel_name;

    #[test]
    fn the_panel_is_named_after_the_action() {
        assert_eq!(panel_name("健康舞钢行动推进委员会"), "健康舞钢行动专家咨询委员会");
        assert_eq!(
            panel_name("云南省推进爱国卫生“7个专项行动”领导小组"),
            "云南省推进爱国卫生“7个专项行动”领导小组专家咨询委员会"
        );
    }
}
