use committee_core::{Unit, UnitChange, UnitInput, UnitRow};

commands! {
    pub fn list_units(desk: Desk) -> Vec<UnitRow> {
        desk.with(|d| d.list_units())
    }

    pub fn unit_categories(desk: Desk) -> Vec<String> {
        desk.with(|d| d.unit_categories())
    }

    pub fn add_unit(desk: Desk, input: UnitInput) -> Unit {
        desk.with(|d| d.add_unit(&input))
    }

    pub fn update_unit(desk: Desk, id: i64, input: UnitInput) -> Unit {
        desk.with(|d| d.update_unit(id, &input))
    }

    pub fn delete_unit(desk: Desk, id: i64, end_seats_on: Option<String>) -> () {
        desk.with(|d| d.delete_unit(id, end_seats_on.as_deref()))
    }

    pub fn unit_change_log(desk: Desk, id: i64) -> Vec<UnitChange> {
        desk.with(|d| d.unit_change_log(id))
    }
}
