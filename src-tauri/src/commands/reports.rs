//! 信息收集汇总: periods, the status board, and one unit's return.

use committee_core::{Period, PeriodDeadline, PeriodSummary, Reminder, ReminderInput, ReportBoard, ReportForm, ReportInput};

commands! {
    pub fn list_periods(desk: Desk) -> Vec<PeriodSummary> {
        desk.with(|d| d.list_periods())
    }

    /// The deadline the month would get, before it is opened.
    pub fn period_deadline(desk: Desk, year: i32, month: u32) -> PeriodDeadline {
        desk.with(|d| d.period_deadline(year, month))
    }

    pub fn open_period(desk: Desk, year: i32, month: u32) -> Period {
        desk.with(|d| d.open_period(year, month))
    }

    pub fn set_period_deadline(desk: Desk, id: i64, deadline: String) -> Period {
        desk.with(|d| d.set_period_deadline(id, &deadline))
    }

    pub fn report_board(desk: Desk, period_id: i64) -> ReportBoard {
        desk.with(|d| d.report_board(period_id))
    }

    pub fn report_form(desk: Desk, period_id: i64, unit_id: i64) -> ReportForm {
        desk.with(|d| d.report_form(period_id, unit_id))
    }

    pub fn save_report(desk: Desk, period_id: i64, unit_id: i64, input: ReportInput) -> ReportForm {
        desk.with(|d| d.save_report(period_id, unit_id, &input))
    }

    pub fn submit_report(desk: Desk, period_id: i64, unit_id: i64, input: ReportInput, received_on: String) -> ReportForm {
        desk.with(|d| d.submit_report(period_id, unit_id, &input, &received_on))
    }

    pub fn reopen_report(desk: Desk, period_id: i64, unit_id: i64) -> ReportForm {
        desk.with(|d| d.reopen_report(period_id, unit_id))
    }

    pub fn copy_previous_report(desk: Desk, period_id: i64, unit_id: i64) -> ReportForm {
        desk.with(|d| d.copy_previous_report(period_id, unit_id))
    }

    /// 催报: one reminder for each unit, by the current operator.
    pub fn record_reminders(desk: Desk, input: ReminderInput) -> Vec<Reminder> {
        desk.with(|d| d.record_reminders(&input))
    }

    pub fn reminders(desk: Desk, period_id: i64, unit_id: i64) -> Vec<Reminder> {
        desk.with(|d| d.reminders(period_id, unit_id))
    }

    pub fn delete_reminder(desk: Desk, id: i64) -> () {
        desk.with(|d| d.delete_reminder(id))
    }

    /// The text message to copy for a unit that has not reported.
    pub fn reminder_message(desk: Desk, period_id: i64, unit_id: i64) -> String {
        desk.with(|d| d.reminder_message(period_id, unit_id))
    }
}
