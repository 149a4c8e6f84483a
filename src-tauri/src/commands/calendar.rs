use committee_core::{CalendarImportCheck, CalendarYear, HolidayInput};

commands! {
    /// The year's days off and 调休 working days, by holiday.
    pub fn calendar_year(desk: Desk, year: i32) -> CalendarYear {
        desk.with(|d| d.calendar_year(year))
    }

    pub fn add_holiday(desk: Desk, input: HolidayInput) -> CalendarYear {
        desk.with(|d| d.add_holiday(&input))
    }

    /// Removes a holiday's days to the recycle bin.
    pub fn delete_holiday(desk: Desk, ids: Vec<i64>) -> () {
        desk.with(|d| d.delete_holiday(&ids))
    }

    /// Takes in the State Council's notice for the year that the program ships.
    pub fn load_calendar_preset(desk: Desk, year: i32) -> CalendarYear {
        desk.with(|d| d.load_calendar_preset(year))
    }

    pub fn check_calendar_import(desk: Desk, path: String, year: i32) -> CalendarImportCheck {
        desk.with(|d| d.check_calendar_import(&path, year))
    }

    pub fn import_calendar(desk: Desk, path: String, year: i32) -> CalendarYear {
        desk.with(|d| d.import_calendar(&path, year))
    }

    /// The deadline of a time limit of `days` working days given today.
    pub fn working_day_deadline(desk: Desk, days: u32) -> String {
        desk.with(|d| d.working_day_deadline(days))
    }
}
