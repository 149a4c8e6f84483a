//! committee-core: the domain, storage and exports of 推进委员会办公室工作台.
//! No GUI dependency: the desktop shell calls `Desk` and nothing else.
//!
//! One folder per area of the product (see docs/architecture.md): `body`, `setup`, `roster`,
//! `reporting`, `meetings`; the printed documents in `outputs`, drawn with `print` (PDF and
//! Word) and `sheet` (Excel); `store` and `common` are the plumbing beneath them all.

pub mod bindings;
pub mod body;
pub mod calendar;
pub mod common;
mod dashboard;
mod desk;
pub mod documents;
pub mod groups;
pub mod meetings;
pub mod outputs;
pub mod print;
pub mod reporting;
pub mod roster;
pub mod safety;
pub mod setup;
pub mod sheet;
pub mod store;
pub mod unit_record;

pub use body::about::About;
pub use body::kind::BodyKind;
pub use body::role::{Role, RoleTitle};
pub use body::settings::{BodySettings, DeadlineOnDayOff, MinutesNumberStyle};
pub use calendar::{CalendarDay, CalendarImportCheck, CalendarYear, DayKind, HolidayInput, HolidayLine, HolidayRow};
pub use common::error::{CoreError, ErrorCode, Result};
pub use common::progress::{Progress, WorkStep};
pub use common::{clock, date, location};
pub use dashboard::{
    DashboardCharts, DashboardSummary, FollowUpStatusCounts, MeetingAttendance, OverdueMonth, ReportingMonth,
};
pub use desk::Desk;
pub use documents::document_file::DocumentFile;
pub use documents::kind::{DocKind, DocKindInput};
pub use documents::register::{Document, DocumentInput, RevokeKind};
pub use documents::register_page::{DocumentPage, DocumentQuery, DocumentRow, DocumentState};
pub use groups::action_group::{ActionGroup, ActionGroupInput, GroupPerson, GroupRole, GroupUnits};
pub use groups::expert::{
    DismissExpertInput, Expert, ExpertInput, ExpertRow, ExpertStatus, PanelRole, RecommenderKind,
};
pub use groups::group_page::{ActionGroupPage, ActionGroupRow, GroupUnitReport};
pub use meetings::follow_up::{
    FollowUp, FollowUpCounts, FollowUpInput, FollowUpRow, FollowUpSource, FollowUpStatus, ProgressEntry, ProgressInput,
};
pub use meetings::meeting::{
    Attendance, AttendanceInput, Cadence, Invitee, Meeting, MeetingInput, MeetingKind, MeetingKindInput, MeetingRow,
    MeetingSaved, ObserverInput, PlanInput, PlannedMeeting,
};
pub use meetings::minutes::{Decision, DecisionInput, Minutes, MinutesInput, MinutesView};
pub use outputs::{ExportFormat, FontOption, MeetingPrint, OutputFile, PrintFontSetting, Printable, RosterLayout};
pub use reporting::period::{Period, PeriodDeadline, PeriodSummary};
pub use reporting::reminder::{Reminder, ReminderChannel, ReminderInput};
pub use reporting::report::{
    BoardRow, ReportAttachment, ReportBoard, ReportForm, ReportInput, ReportLine, ReportLineInput, ReportStatus,
    ReturnChange, ReturnCheck, ReturnFileCheck, ReturnImportResult, SentOut,
};
pub use reporting::task::{Task, TaskInput, TaskRow};
pub use reporting::task_import::{TaskImportCheck, TaskImportLine};
pub use roster::filing::Filing;
pub use roster::import::{
    RosterImportCheck, RosterImportLine, RosterImportMapping, RosterImportRequest, RosterImportResult,
    RosterImportSheet,
};
pub use roster::liaison::{Liaison, LiaisonInput, LiaisonRow};
pub use roster::member::{EndMemberInput, Member, MemberInput, ReplaceMemberInput, RosterRow};
pub use roster::unit::{Unit, UnitInput, UnitRow};
pub use roster::unit_log::{UnitChange, UnitChangeKind};
pub use safety::backup::{BackupInfo, BackupKind};
pub use safety::counts::AreaCounts;
pub use safety::history_page::{field_changes, FieldChange, HistoryPage, HistoryQuery, HistoryRow};
pub use safety::recycle_bin::{BinItem, BinKind};
pub use safety::restore::StartProblem;
pub use setup::preset::PresetInfo;
pub use setup::{SetupInput, SetupState};
pub use sheet::import::ImportProblem;
pub use store::history::HistoryEntry;
pub use unit_record::{
    AttendanceTally, FigureRule, FollowUpTally, MonthReturn, ReturnTally, UnitMonth, UnitRecord, UnitRecordYear,
};
