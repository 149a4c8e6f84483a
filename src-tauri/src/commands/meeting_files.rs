//! The prints of one meeting: notice, sign-in sheet, attendance and minutes.

use committee_core::{ExportFormat, MeetingPrint};

use super::exports::{open_pdf, render, save};

commands! {
    /// Answers the saved file's path, or null when the office cancelled the save dialog.
    async fn export_meeting_print(app: App, meeting_id: i64, what: MeetingPrint, name: String, format: ExportFormat) -> Option<String> {
        let bytes = render(&app, move |d| d.meeting_print(meeting_id, what, format)).await?;
        save(&app, format!("{name}.{}", format.extension()), format, bytes).await
    }

    /// Opens the PDF in the system's viewer, from which the office prints; answers its path.
    async fn print_meeting(app: App, meeting_id: i64, what: MeetingPrint, name: String) -> String {
        let bytes = render(&app, move |d| d.meeting_print(meeting_id, what, ExportFormat::Pdf)).await?;
        open_pdf(&app, &format!("{name}.pdf"), bytes).await
    }
}
