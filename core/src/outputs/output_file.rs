//! Every file the office prints or exports, asked for by one description and answered as a
//! name and bytes: the name is made here once, from the record it is about, and made safe for
//! Windows here once, so a meeting called “A/B专题会议” prints like any other.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{ExportFormat, MeetingPrint, RosterLayout};
use crate::common::error::{CoreError, Result};
use crate::documents::register_page::DocumentQuery;
use crate::safety::history_page::HistoryQuery;
use crate::store::files::safe_name;
use crate::Desk;

/// What the window asks to print or export.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum Printable {
    /// 组成人员名单 as of a day (today when none).
    Roster {
        layout: RosterLayout,
        as_of: Option<String>,
    },
    /// 联络员名单
    LiaisonDirectory,
    /// A meeting's 会议通知, 签到表, 出席情况 or 纪要.
    Meeting { meeting_id: i64, what: MeetingPrint },
    /// One unit's 信息收集汇总表 for a month.
    ReportForm { period_id: i64, unit_id: i64 },
    /// The month's 汇总.
    ReportSummary { period_id: i64 },
    /// 催报名单: the units that owe a period's return.
    ReminderList { period_id: i64 },
    /// 成员单位履职情况 of a year, with its month-by-month detail in the workbook.
    UnitRecord { year: i32 },
    /// 督办事项落实情况通报 of a month.
    Circular { year: i32, month: u32 },
    /// 专项行动工作组名单
    ActionGroups,
    /// 专家咨询委员会成员名单
    ExpertPanel,
    /// 聘书 for the experts listed, one page each; every serving expert when the list is empty.
    AppointmentLetters { expert_ids: Vec<i64> },
    /// 发文登记簿: the register rows the filters select.
    DocumentRegister { query: DocumentQuery },
    /// 全部导出: every area in one workbook.
    Everything,
    /// 操作记录: the changes the filters select, every page.
    History { query: HistoryQuery },
}

/// A rendered file: the name it is saved or opened under, and its bytes.
#[derive(Debug, Clone)]
pub struct OutputFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl Desk {
    /// `what` in `format`, with its file name.
    pub fn output_file(&self, what: &Printable, format: ExportFormat) -> Result<OutputFile> {
        let bytes = self.output_bytes(what, format)?;
        let name = safe_name(&format!("{}.{}", self.output_name(what)?, format.extension()));
        Ok(OutputFile { name, bytes })
    }

    fn output_bytes(&self, what: &Printable, format: ExportFormat) -> Result<Vec<u8>> {
        match what {
            Printable::Roster { layout, as_of } => self.roster_file(*layout, format, as_of.as_deref()),
            Printable::LiaisonDirectory => self.liaison_directory_file(format),
            Printable::Meeting { meeting_id, what } => self.meeting_print(*meeting_id, *what, format),
            Printable::ReportForm { period_id, unit_id } => self.report_form_file(*period_id, *unit_id, format),
            Printable::ReportSummary { period_id } => self.report_summary_file(*period_id, format),
            Printable::Circular { year, month } => self.circular_file(*year, *month, format),
            Printable::ReminderList { period_id } => self.reminder_list_file(*period_id, format),
            Printable::UnitRecord { year } => self.unit_record_file(*year, format),
            Printable::ActionGroups => self.action_groups_file(format),
            Printable::ExpertPanel => self.expert_panel_file(format),
            Printable::AppointmentLetters { expert_ids } => self.appointment_letters_file(expert_ids, format),
            Printable::DocumentRegister { query } => self.document_register_file(query, format),
            Printable::Everything | Printable::History { .. } if format != ExportFormat::Xlsx => {
                Err(CoreError::invalid("format", "这份数据只能导出为Excel"))
            }
            Printable::Everything => self.everything_xlsx(),
            Printable::History { query } => self.history_xlsx(query),
        }
    }

    /// The file's name without its extension.
    fn output_name(&self, what: &Printable) -> Result<String> {
        Ok(match what {
            Printable::Roster { layout, .. } => match layout {
                RosterLayout::List => "组成人员名单".to_owned(),
                RosterLayout::Table => "组成人员名单（表格）".to_owned(),
            },
            Printable::LiaisonDirectory => "联络员名单".to_owned(),
            Printable::Meeting { meeting_id, what } => {
                let m = self.meeting(*meeting_id)?.meeting;
                format!("{}_{}_{}", m.meeting_on, m.title, what.label())
            }
            Printable::ReportForm { period_id, unit_id } => {
                let form = self.report_form(*period_id, *unit_id)?;
                format!("{}_{}_信息收集汇总表", form.period_label, form.unit_name)
            }
            Printable::ReportSummary { period_id } => {
                let period = crate::reporting::period::get(self.conn(), *period_id)?;
                format!("{}信息收集汇总表", period.label())
            }
            Printable::Circular { year, month } => format!("督办事项落实情况通报（{year}年{month}月）"),
            Printable::ReminderList { period_id } => {
                let period = crate::reporting::period::get(self.conn(), *period_id)?;
                format!("{}催报名单", period.label())
            }
            Printable::UnitRecord { year } => format!("{year}年度成员单位履职情况"),
            Printable::ActionGroups => "专项行动工作组名单".to_owned(),
            Printable::ExpertPanel => "专家咨询委员会成员名单".to_owned(),
            Printable::AppointmentLetters { expert_ids } => match expert_ids.as_slice() {
                [one] => format!(
                    "聘书_{}",
                    crate::store::live::<crate::groups::expert::Expert>(self.conn(), *one)?.name
                ),
                _ => "聘书".to_owned(),
            },
            Printable::DocumentRegister { query } => match query.year {
                Some(year) => format!("发文登记簿（{year}年）"),
                None => "发文登记簿".to_owned(),
            },
            Printable::Everything => format!("全部数据（{}导出）", self.today().format("%Y年%m月%d日")),
            Printable::History { .. } => "操作记录".to_owned(),
        })
    }
}
