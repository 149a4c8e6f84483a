use committee_core::{BodySettings, RoleTitle};

commands! {
    pub fn settings(desk: Desk) -> BodySettings {
        desk.with(|d| d.settings())
    }

    pub fn update_settings(desk: Desk, input: BodySettings) -> BodySettings {
        desk.with(|d| d.update_settings(&input))
    }

    pub fn role_titles(desk: Desk) -> Vec<RoleTitle> {
        desk.with(|d| d.role_titles())
    }
}
