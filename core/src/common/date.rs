//! Dates cross the IPC boundary as `YYYY-MM-DD` text; parsing here names the field on error.

use chrono::NaiveDate;

use crate::common::error::{CoreError, Result};

pub fn parse(field: &str, label: &str, text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| CoreError::invalid(field, format!("{label}格式不正确，应为“2026-11-25”这样的日期")))
}

pub fn parse_opt(field: &str, label: &str, text: Option<&str>) -> Result<Option<NaiveDate>> {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => parse(field, label, t).map(Some),
        None => Ok(None),
    }
}

/// A date as the database stores it (`YYYY-MM-DD`); `None` when it is not one.
pub fn from_iso(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// A stored date in the printed form (`2026年11月25日`); empty for none.
pub fn chinese_iso(text: Option<&str>) -> String {
    text.and_then(from_iso).map(chinese).unwrap_or_default()
}

pub fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// `2026年11月25日`, the way every printed and shown date reads.
pub fn chinese(d: NaiveDate) -> String {
    use chrono::Datelike;
    format!("{}年{}月{}日", d.year(), d.month(), d.day())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_names_the_field() {
        assert_eq!(
            iso(parse("termFrom", "任职起始日期", " 2026-02-28 ").unwrap()),
            "2026-02-28"
        );
        let e = parse("termFrom", "任职起始日期", "2026-02-30").unwrap_err();
        assert_eq!(e.field.as_deref(), Some("termFrom"));
        assert!(e.message.contains("任职起始日期"));
        assert_eq!(parse_opt("termTo", "任职截止日期", Some("  ")).unwrap(), None);
    }

    #[test]
    fn chinese_dates_have_no_leading_zeros() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 5).unwrap();
        assert_eq!(chinese(d), "2026年3月5日");
    }
}
