use committee_core::{ExportFormat, FollowUpInput, FollowUpRow, FollowUpStatus, ProgressEntry, ProgressInput};

use super::exports::{open_pdf, render, save};
fn circular_name(year: i32, month: u32, format: ExportFormat) -> String {
    format!("督办事项落实情况通报（{year}年{month}月）.{}", format.extension())
}

commands! {
    pub fn list_follow_ups(desk: Desk) -> Vec<FollowUpRow> {
        desk.with(|d| d.list_follow_ups())
    }

    pub fn add_follow_up(desk: Desk, input: FollowUpInput) -> FollowUpRow {
        desk.with(|d| d.add_follow_up(&input))
    }

    pub fn update_follow_up(desk: Desk, id: i64, input: FollowUpInput) -> FollowUpRow {
        desk.with(|d| d.update_follow_up(id, &input))
    }

    pub fn set_follow_up_status(desk: Desk, id: i64, status: FollowUpStatus) -> FollowUpRow {
        desk.with(|d| d.set_follow_up_status(id, status))
    }

    pub fn delete_follow_up(desk: Desk, id: i64) -> () {
        desk.with(|d| d.delete_follow_up(id))
    }

    pub fn follow_up_progress(desk: Desk, id: i64) -> Vec<ProgressEntry> {
        desk.with(|d| d.follow_up_progress(id))
    }

    pub fn add_progress(desk: Desk, id: i64, input: ProgressInput) -> FollowUpRow {
        desk.with(|d| d.add_progress(id, &input))
    }

    pub fn delete_progress(desk: Desk, id: i64) -> () {
        desk.with(|d| d.delete_progress(id))
    }

    /// Answers the saved file's path, or null when the office cancelled the save dialog.
    async fn export_circular(app: App, year: i32, month: u32, format: ExportFormat) -> Option<String> {
        let bytes = render(&app, move |d| d.circular_file(year, month, format)).await?;
        save(&app, circular_name(year, month, format), format, bytes).await
    }

    /// Opens the PDF in the system's viewer, from which the office prints; answers its path.
    async fn print_circular(app: App, year: i32, month: u32) -> String {
        let bytes = render(&app, move |d| d.circular_file(year, month, ExportFormat::Pdf)).await?;
        open_pdf(&app, &circular_name(year, month, ExportFormat::Pdf), bytes).await
    }
}
