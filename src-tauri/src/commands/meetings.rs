use committee_core::{
    AttendanceInput, GroupUnits, Invitee, MeetingInput, MeetingKind, MeetingKindInput, MeetingRow, MeetingSaved,
    MinutesInput, MinutesView, ObserverInput, PlanInput, PlannedMeeting,
};

commands! {
    pub fn meeting_kinds(desk: Desk) -> Vec<MeetingKind> {
        desk.with(|d| d.meeting_kinds())
    }

    pub fn add_meeting_kind(desk: Desk, input: MeetingKindInput) -> MeetingKind {
        desk.with(|d| d.add_meeting_kind(&input))
    }

    pub fn update_meeting_kind(desk: Desk, id: i64, input: MeetingKindInput) -> MeetingKind {
        desk.with(|d| d.update_meeting_kind(id, &input))
    }

    pub fn list_meetings(desk: Desk, year: i32, kind_id: Option<i64>) -> Vec<MeetingRow> {
        desk.with(|d| d.list_meetings(year, kind_id))
    }

    pub fn meeting(desk: Desk, id: i64) -> MeetingRow {
        desk.with(|d| d.meeting(id))
    }

    pub fn default_convener(desk: Desk, kind_id: i64) -> String {
        desk.with(|d| d.default_convener(kind_id))
    }

    pub fn add_meeting(desk: Desk, input: MeetingInput) -> MeetingSaved {
        desk.with(|d| d.add_meeting(&input))
    }

    pub fn update_meeting(desk: Desk, id: i64, input: MeetingInput) -> MeetingSaved {
        desk.with(|d| d.update_meeting(id, &input))
    }

    pub fn delete_meeting(desk: Desk, id: i64) -> () {
        desk.with(|d| d.delete_meeting(id))
    }

    pub fn preview_plan(desk: Desk, input: PlanInput) -> Vec<PlannedMeeting> {
        desk.with(|d| d.preview_plan(&input))
    }

    pub fn create_plan(desk: Desk, input: PlanInput) -> usize {
        desk.with(|d| d.create_plan(&input))
    }

    pub fn invitees(desk: Desk, meeting_id: i64) -> Vec<Invitee> {
        desk.with(|d| d.invitees(meeting_id))
    }

    pub fn invite_members(desk: Desk, meeting_id: i64, member_ids: Vec<i64>) -> usize {
        desk.with(|d| d.invite_members(meeting_id, &member_ids))
    }

    /// The working groups' units, for inviting a group.
    pub fn action_group_units(desk: Desk) -> Vec<GroupUnits> {
        desk.with(|d| d.action_group_units())
    }

    pub fn add_observer(desk: Desk, meeting_id: i64, input: ObserverInput) -> Invitee {
        desk.with(|d| d.add_observer(meeting_id, &input))
    }

    pub fn set_attendance(desk: Desk, invitee_id: i64, input: AttendanceInput) -> Invitee {
        desk.with(|d| d.set_attendance(invitee_id, &input))
    }

    pub fn remove_invitee(desk: Desk, invitee_id: i64) -> () {
        desk.with(|d| d.remove_invitee(invitee_id))
    }

    pub fn minutes(desk: Desk, meeting_id: i64) -> MinutesView {
        desk.with(|d| d.minutes(meeting_id))
    }

    pub fn save_minutes(desk: Desk, meeting_id: i64, input: MinutesInput) -> MinutesView {
        desk.with(|d| d.save_minutes(meeting_id, &input))
    }
}
