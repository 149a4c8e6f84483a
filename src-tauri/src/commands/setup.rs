use committee_core::{BodySettings, SetupInput, SetupState};

commands! {
    pub fn setup_state(desk: Desk) -> SetupState {
        desk.with(|d| d.setup_state())
    }

    pub fn complete_setup(desk: Desk, input: SetupInput) -> BodySettings {
        desk.with(|d| d.complete_setup(&input))
    }
}
