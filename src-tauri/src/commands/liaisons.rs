use committee_core::{Liaison, LiaisonInput, LiaisonRow};

commands! {
    pub fn list_liaisons(desk: Desk) -> Vec<LiaisonRow> {
        desk.with(|d| d.list_liaisons())
    }

    pub fn liaison_history(desk: Desk, unit_id: i64) -> Vec<Liaison> {
        desk.with(|d| d.liaison_history(unit_id))
    }

    pub fn set_liaison(desk: Desk, input: LiaisonInput) -> Liaison {
        desk.with(|d| d.set_liaison(&input))
    }

    pub fn change_liaison(desk: Desk, input: LiaisonInput) -> Liaison {
        desk.with(|d| d.change_liaison(&input))
    }

    pub fn edit_liaison(desk: Desk, id: i64, input: LiaisonInput) -> Liaison {
        desk.with(|d| d.edit_liaison(id, &input))
    }

    pub fn delete_liaison(desk: Desk, id: i64) -> () {
        desk.with(|d| d.delete_liaison(id))
    }
}
