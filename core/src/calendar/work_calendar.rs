//! Working days as the office counts them: Monday to Friday, except the days off the calendar
//! lists, plus the weekend days it lists as 调休 working days.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate, Weekday};
use rusqlite::Connection;

use super::DayKind;
use crate::common::date;
use crate::common::error::Result;

/// How far a search for a working day goes before giving up: no arrangement has a month off.
const SEARCH_DAYS: u32 = 60;

pub struct WorkCalendar {
    listed: HashMap<NaiveDate, DayKind>,
}

impl WorkCalendar {
    /// The days the office listed, all years.
    pub(crate) fn load(conn: &Connection) -> Result<Self> {
        let mut stmt = conn.prepare("SELECT day, kind FROM calendar_day WHERE deleted_at IS NULL")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, DayKind>(1)?)))?;
        let mut listed = HashMap::new();
        for row in rows {
            let (day, kind) = row?;
            if let Some(d) = date::from_iso(&day) {
                listed.insert(d, kind);
            }
        }
        Ok(Self { listed })
    }

    /// Whether the office listed the day (as off or as worked).
    pub fn lists(&self, day: NaiveDate) -> bool {
        self.listed.contains_key(&day)
    }

    pub fn is_working_day(&self, day: NaiveDate) -> bool {
        match self.listed.get(&day) {
            Some(DayKind::Off) => false,
            Some(DayKind::Work) => true,
            None => !matches!(day.weekday(), Weekday::Sat | Weekday::Sun),
        }
    }

    /// `day` itself when it is a working day, else the last working day before it.
    pub fn working_day_on_or_before(&self, day: NaiveDate) -> NaiveDate {
        let mut d = day;
        for _ in 0..SEARCH_DAYS {
            if self.is_working_day(d) {
                return d;
            }
            match d.pred_opt() {
                Some(p) => d = p,
                None => break,
            }
        }
        day
    }

    /// The `n`th working day after `start` (the start itself not counted): a time limit of “10个
    /// 工作日” given on `start`.
    pub fn working_days_after(&self, start: NaiveDate, n: u32) -> Option<NaiveDate> {
        let mut d = start;
        let mut left = n;
        while left > 0 {
            d = d.succ_opt()?;
            if self.is_working_day(d) {
                left -= 1;
            }
        }
        Some(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        date::from_iso(s).unwrap()
    }

    /// 2026's 国庆节: 10月1日至7日 off, 10月10日 (a Saturday) worked.
    fn national_day() -> WorkCalendar {
        let mut listed = HashMap::new();
        for day in 1..=7 {
            listed.insert(NaiveDate::from_ymd_opt(2026, 10, day).unwrap(), DayKind::Off);
        }
        listed.insert(d("2026-10-10"), DayKind::Work);
        WorkCalendar { listed }
    }

    #[test]
    fn weekends_and_listed_days_are_off_and_a_listed_saturday_is_worked() {
        let c = national_day();
        assert!(!c.is_working_day(d("2026-10-05")), "a Monday off");
        assert!(c.is_working_day(d("2026-10-10")), "a Saturday worked");
        assert!(!c.is_working_day(d("2026-10-11")), "a Sunday");
        assert!(c.is_working_day(d("2026-10-09")));
    }

    #[test]
    fn a_day_off_moves_to_the_last_working_day_before_it() {
        let c = national_day();
        assert_eq!(c.working_day_on_or_before(d("2026-10-04")), d("2026-09-30"));
        assert_eq!(c.working_day_on_or_before(d("2026-10-25")), d("2026-10-23"), "a Sunday");
        assert_eq!(c.working_day_on_or_before(d("2026-10-26")), d("2026-10-26"));
    }

    #[test]
    fn working_days_are_counted_after_the_start_skipping_days_off() {
        let c = national_day();
        // Given on Wednesday 30 September: 8, 9 and 10 October are the first three.
        assert_eq!(c.working_days_after(d("2026-09-30"), 3), Some(d("2026-10-10")));
        assert_eq!(c.working_days_after(d("2026-10-12"), 5), Some(d("2026-10-19")));
    }
}
