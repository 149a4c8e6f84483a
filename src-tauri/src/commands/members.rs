use committee_core::{EndMemberInput, Member, MemberInput, ReplaceMemberInput, RosterRow};
use tauri::State;

use super::Answer;
use crate::state::DeskState;

#[tauri::command]
pub fn roster(desk: State<'_, DeskState>, as_of: Option<String>) -> Answer<Vec<RosterRow>> {
    desk.with(|d| d.roster(as_of.as_deref()))
}

#[tauri::command]
pub fn add_member(desk: State<'_, DeskState>, input: MemberInput) -> Answer<Member> {
    desk.with(|d| d.add_member(&input))
}

#[tauri::command]
pub fn update_member(desk: State<'_, DeskState>, id: i64, input: MemberInput) -> Answer<Member> {
    desk.with(|d| d.update_member(id, &input))
}

#[tauri::command]
pub fn end_member(desk: State<'_, DeskState>, input: EndMemberInput) -> Answer<Member> {
    desk.with(|d| d.end_member(&input))
}

#[tauri::command]
pub fn replace_member(desk: State<'_, DeskState>, input: ReplaceMemberInput) -> Answer<Member> {
    desk.with(|d| d.replace_member(&input))
}

#[tauri::command]
pub fn delete_member(desk: State<'_, DeskState>, id: i64) -> Answer<()> {
    desk.with(|d| d.delete_member(id))
}
