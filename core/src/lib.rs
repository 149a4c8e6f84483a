//! committee-core: the domain, storage and exports of 推进委员会办公室工作台.
//! No GUI dependency: the desktop shell calls `Desk` and nothing else.

mod about;
mod action_group;
pub mod bindings;
mod body;
pub mod clock;
mod dashboard;
pub mod date;
mod db;
mod desk;
mod error;
mod files;
mod filing;
pub mod follow_up;
mod history;
mod liaison;
pub mod location;
pub mod meeting;
mod member;
pub mod minutes;
pub mod outputs;
pub mod period;
mod phone;
mod preset;
pub mod print;
pub mod report;
mod role;
pub mod roster_import;
mod setup;
pub mod sheet;
mod task;
mod task_import;
mod unit;
mod unit_log;
mod validate;

pub use about::About;
pub use action_group::{ActionGroup, GroupUnits};
pub use body::{BodyKind, BodySettings, MinutesNumberStyle};
pub use dashboard::DashboardSummary;
pub use desk::Desk;
pub use error::{CoreError, ErrorCode, Result};
pub use filing::Filing;
pub use follow_up::{
    FollowUp, FollowUpCounts, FollowUpInput, FollowUpRow, FollowUpSource, FollowUpStatus, ProgressEntry, ProgressInput,
};
pub use history::HistoryEntry;
pub use liaison::{Liaison, LiaisonInput, LiaisonRow};
pub use meeting::{
    Attendance, AttendanceInput, Cadence, Invitee, Meeting, MeetingInput, MeetingKind, MeetingKindInput, MeetingRow,
    MeetingSaved, ObserverInput, PlanInput, PlannedMeeting,
};
pub use member::{EndMemberInput, Member, MemberInput, ReplaceMemberInput, RosterRow};
pub use minutes::{Decision, DecisionInput, Minutes, MinutesInput, MinutesView};
pub use outputs::{ExportFormat, FontOption, MeetingPrint, PrintFontSetting, RosterLayout};
pub use period::{Period, PeriodSummary};
pub use preset::PresetInfo;
pub use report::{
    BoardRow, ReportAttachment, ReportBoard, ReportForm, ReportInput, ReportLine, ReportLineInput, ReportStatus,
    ReturnChange, ReturnCheck, ReturnFileCheck, ReturnImportResult, SentOut,
};
pub use role::{Role, RoleTitle};
pub use roster_import::{
    ImportCheck, ImportLine, ImportMapping, ImportProblem, ImportRequest, ImportResult, ImportSheet,
};
pub use setup::{SetupInput, SetupState};
pub use task::{Task, TaskInput, TaskRow};
pub use task_import::{TaskImportCheck, TaskImportLine};
pub use unit::{Unit, UnitInput, UnitRow};
pub use unit_log::{UnitChange, UnitChangeKind};
