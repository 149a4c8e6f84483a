use committee_core::{
    AttendanceInput, GroupUnits, Invitee, MeetingInput, MeetingKind, MeetingKindInput, MeetingRow, MeetingSaved,
    MinutesInput, MinutesView, ObserverInput, PlanInput, PlannedMeeting,
};
use tauri::State;

use super::Answer;
use crate::state::DeskState;

#[tauri::command]
pub fn meeting_kinds(desk: State<'_, DeskState>) -> Answer<Vec<MeetingKind>> {
    desk.with(|d| d.meeting_kinds())
}

#[tauri::command]
pub fn add_meeting_kind(desk: State<'_, DeskState>, input: MeetingKindInput) -> Answer<MeetingKind> {
    desk.with(|d| d.add_meeting_kind(&input))
}

#[tauri::command]
pub fn update_meeting_kind(desk: State<'_, DeskState>, id: i64, input: MeetingKindInput) -> Answer<MeetingKind> {
    desk.with(|d| d.update_meeting_kind(id, &input))
}

#[tauri::command]
pub fn list_meetings(desk: State<'_, DeskState>, year: i32, kind_id: Option<i64>) -> Answer<Vec<MeetingRow>> {
    desk.with(|d| d.list_meetings(year, kind_id))
}

#[tauri::command]
pub fn meeting(desk: State<'_, DeskState>, id: i64) -> Answer<MeetingRow> {
    desk.with(|d| d.meeting(id))
}

#[tauri::command]
pub fn default_convener(desk: State<'_, DeskState>, kind_id: i64) -> Answer<String> {
    desk.with(|d| d.default_convener(kind_id))
}

#[tauri::command]
pub fn add_meeting(desk: State<'_, DeskState>, input: MeetingInput) -> Answer<MeetingSaved> {
    desk.with(|d| d.add_meeting(&input))
}

#[tauri::command]
pub fn update_meeting(desk: State<'_, DeskState>, id: i64, input: MeetingInput) -> Answer<MeetingSaved> {
    desk.with(|d| d.update_meeting(id, &input))
}

#[tauri::command]
pub fn delete_meeting(desk: State<'_, DeskState>, id: i64) -> Answer<()> {
    desk.with(|d| d.delete_meeting(id))
}

#[tauri::command]
pub fn preview_plan(desk: State<'_, DeskState>, input: PlanInput) -> Answer<Vec<PlannedMeeting>> {
    desk.with(|d| d.preview_plan(&input))
}

#[tauri::command]
pub fn create_plan(desk: State<'_, DeskState>, input: PlanInput) -> Answer<usize> {
    desk.with(|d| d.create_plan(&input))
}

#[tauri::command]
pub fn invitees(desk: State<'_, DeskState>, meeting_id: i64) -> Answer<Vec<Invitee>> {
    desk.with(|d| d.invitees(meeting_id))
}

#[tauri::command]
pub fn invite_members(desk: State<'_, DeskState>, meeting_id: i64, member_ids: Vec<i64>) -> Answer<usize> {
    desk.with(|d| d.invite_members(meeting_id, &member_ids))
}

/// The working groups' units, for inviting a group.
#[tauri::command]
pub fn action_group_units(desk: State<'_, DeskState>) -> Answer<Vec<GroupUnits>> {
    desk.with(|d| d.action_group_units())
}

#[tauri::command]
pub fn add_observer(desk: State<'_, DeskState>, meeting_id: i64, input: ObserverInput) -> Answer<Invitee> {
    desk.with(|d| d.add_observer(meeting_id, &input))
}

#[tauri::command]
pub fn set_attendance(desk: State<'_, DeskState>, invitee_id: i64, input: AttendanceInput) -> Answer<Invitee> {
    desk.with(|d| d.set_attendance(invitee_id, &input))
}

#[tauri::command]
pub fn remove_invitee(desk: State<'_, DeskState>, invitee_id: i64) -> Answer<()> {
    desk.with(|d| d.remove_invitee(invitee_id))
}

#[tauri::command]
pub fn minutes(desk: State<'_, DeskState>, meeting_id: i64) -> Answer<MinutesView> {
    desk.with(|d| d.minutes(meeting_id))
}

#[tauri::command]
pub fn save_minutes(desk: State<'_, DeskState>, meeting_id: i64, input: MinutesInput) -> Answer<MinutesView> {
    desk.with(|d| d.save_minutes(meeting_id, &input))
}
