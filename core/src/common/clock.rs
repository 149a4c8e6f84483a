//! "Today" and "now" come from a clock so tests (and the e2e runs) can fix the date.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};

pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
    /// The office's calendar day. Offices work in China Standard Time (UTC+8).
    fn today(&self) -> NaiveDate {
        (self.now() + chrono::Duration::hours(8)).date_naive()
    }
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock stopped at one instant.
pub struct FixedClock(pub DateTime<Utc>);

impl FixedClock {
    /// Noon office time on the given day.
    pub fn on(day: NaiveDate) -> Self {
        let noon = day.and_hms_opt(4, 0, 0).expect("04:00 is a valid time");
        Self(noon.and_utc())
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        self.0
    }
}

pub fn timestamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Office time (UTC+8): the names and days of backups, and the times history shows, follow the
/// office's calendar.
pub fn office_time(at: DateTime<Utc>) -> chrono::NaiveDateTime {
    (at + chrono::Duration::hours(8)).naive_utc()
}
