//! TypeScript bindings for every type that crosses the IPC boundary, written into
//! `ui/src/bindings/`. The test below fails when the committed files are stale;
//! `UPDATE_BINDINGS=1 cargo test -p committee-core bindings` rewrites them.

use std::path::Path;

use ts_rs::{Config, ExportError, TS};

use crate::*;

pub fn export_all(dir: &Path) -> Result<(), ExportError> {
    let cfg = Config::new().with_out_dir(dir).with_large_int("number");
    macro_rules! export {
        ($($t:ty),* $(,)?) => { $( <$t>::export_all(&cfg)?; )* };
    }
    export!(
        CoreError,
        About,
        BodySettings,
        SetupState,
        SetupInput,
        RoleTitle,
        Unit,
        UnitInput,
        UnitRow,
        Member,
        MemberInput,
        ReplaceMemberInput,
        EndMemberInput,
        RosterRow,
        Liaison,
        LiaisonInput,
        LiaisonRow,
        UnitChange,
        Filing,
        ActionGroup,
        ActionGroupInput,
        ActionGroupPage,
        ActionGroupRow,
        GroupPerson,
        GroupUnits,
        GroupUnitReport,
        DocKind,
        DocKindInput,
        Document,
        DocumentInput,
        DocumentFile,
        DocumentQuery,
        DocumentRow,
        DocumentPage,
        Expert,
        ExpertInput,
        ExpertRow,
        DismissExpertInput,
        DashboardSummary,
        DashboardCharts,
        UnitRecordYear,
        CalendarDay,
        CalendarYear,
        HolidayInput,
        HolidayRow,
        HolidayLine,
        CalendarImportCheck,
        HistoryEntry,
        ExportFormat,
        Printable,
        RosterLayout,
        PrintFontSetting,
        RosterImportSheet,
        RosterImportRequest,
        RosterImportCheck,
        RosterImportResult,
        Task,
        TaskInput,
        TaskRow,
        Period,
        PeriodSummary,
        PeriodDeadline,
        ReportStatus,
        ReportLine,
        ReportForm,
        ReportInput,
        ReportLineInput,
        ReportAttachment,
        BoardRow,
        ReportBoard,
        Reminder,
        ReminderInput,
        ReturnChange,
        ReturnFileCheck,
        ReturnCheck,
        ReturnImportResult,
        SentOut,
        TaskImportLine,
        TaskImportCheck,
        MeetingKind,
        MeetingKindInput,
        Meeting,
        MeetingInput,
        MeetingRow,
        MeetingSaved,
        Invitee,
        AttendanceInput,
        ObserverInput,
        PlanInput,
        PlannedMeeting,
        Minutes,
        MinutesInput,
        MinutesView,
        Decision,
        DecisionInput,
        FollowUp,
        FollowUpRow,
        FollowUpInput,
        FollowUpCounts,
        ProgressEntry,
        ProgressInput,
        MeetingPrint,
        BackupInfo,
        BackupKind,
        AreaCounts,
        BinItem,
        BinKind,
        HistoryQuery,
        HistoryRow,
        FieldChange,
        HistoryPage,
        StartProblem,
        WorkStep,
    );
    std::fs::write(dir.join("labels.ts"), labels())?;
    Ok(())
}

/// The Chinese label of every coded value the window shows, from the enums' own declarations.
fn labels() -> String {
    use crate::common::codes::typescript_labels as table;
    let tables = [
        table::<Attendance>(),
        table::<BackupKind>(),
        table::<BinKind>(),
        table::<BodyKind>(),
        table::<Cadence>(),
        table::<FollowUpSource>(),
        table::<FollowUpStatus>(),
        table::<DocumentState>(),
        table::<ExpertStatus>(),
        table::<GroupRole>(),
        table::<MeetingPrint>(),
        table::<PanelRole>(),
        table::<RecommenderKind>(),
        table::<MonthReturn>(),
        table::<DayKind>(),
        table::<DeadlineOnDayOff>(),
        table::<ReminderChannel>(),
        table::<RevokeKind>(),
        table::<MinutesNumberStyle>(),
        table::<ReportStatus>(),
        table::<UnitChangeKind>(),
    ];
    let mut out = String::from("// Generated from the core's coded enums: do not edit.\n\n");
    for (name, _) in &tables {
        out.push_str(&format!("import type {{ {name} }} from './{name}'\n"));
    }
    for (_, table) in tables {
        out.push('\n');
        out.push_str(&table);
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::fs;
    use std::path::PathBuf;

    fn read_dir(dir: &Path) -> BTreeMap<String, String> {
        fs::read_dir(dir)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok())
                    .filter(|e| e.path().extension().is_some_and(|x| x == "ts"))
                    .map(|e| {
                        (
                            e.file_name().to_string_lossy().into_owned(),
                            fs::read_to_string(e.path()).unwrap(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    use super::*;

    #[test]
    fn every_coded_value_has_its_own_code_and_label() {
        use crate::common::codes::distinct;
        assert!(distinct::<Attendance>() && distinct::<BodyKind>() && distinct::<Cadence>());
        assert!(distinct::<FollowUpSource>() && distinct::<FollowUpStatus>() && distinct::<MeetingPrint>());
        assert!(distinct::<MinutesNumberStyle>() && distinct::<ReportStatus>() && distinct::<UnitChangeKind>());
        assert!(
            distinct::<Role>()
                && distinct::<crate::print::FontRole>()
                && distinct::<BinKind>()
                && distinct::<BackupKind>()
        );
    }

    #[test]
    fn bindings_are_up_to_date() {
        let committed = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/bindings");
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            let _ = fs::remove_dir_all(&committed);
            export_all(&committed).unwrap();
        }
        let fresh = tempfile::tempdir().unwrap();
        export_all(fresh.path()).unwrap();
        let (old, new) = (read_dir(&committed), read_dir(fresh.path()));
        let stale: Vec<&String> = new
            .keys()
            .chain(old.keys())
            .filter(|k| old.get(*k) != new.get(*k))
            .collect();
        assert!(
            stale.is_empty(),
            "ui/src/bindings is stale ({stale:?}): run `UPDATE_BINDINGS=1 cargo test -p committee-core bindings`"
        );
    }
}
