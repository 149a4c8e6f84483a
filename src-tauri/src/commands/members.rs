use committee_core::{EndMemberInput, Member, MemberInput, ReplaceMemberInput, RosterRow};

commands! {
    pub fn roster(desk: Desk, as_of: Option<String>) -> Vec<RosterRow> {
        desk.with(|d| d.roster(as_of.as_deref()))
    }

    pub fn add_member(desk: Desk, input: MemberInput) -> Member {
        desk.with(|d| d.add_member(&input))
    }

    pub fn update_member(desk: Desk, id: i64, input: MemberInput) -> Member {
        desk.with(|d| d.update_member(id, &input))
    }

    pub fn end_member(desk: Desk, input: EndMemberInput) -> Member {
        desk.with(|d| d.end_member(&input))
    }

    pub fn replace_member(desk: Desk, input: ReplaceMemberInput) -> Member {
        desk.with(|d| d.replace_member(&input))
    }

    pub fn delete_member(desk: Desk, id: i64) -> () {
        desk.with(|d| d.delete_member(id))
    }
}
