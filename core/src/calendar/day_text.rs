//! Dates as a holiday notice writes them: “10月1日（周四）至7日（周三）”, “2月14日（周六）、2月28日
//! （周六）”, “2026年1月1日”, or as a spreadsheet stores them (2026-01-01, 2026/1/1). A month
//! and day without a year are in the year the office is entering.

use chrono::NaiveDate;

/// Words a notice puts around its dates that say nothing about which day it is.
const NOISE: &[&str] = &["放假调休", "放假", "调休", "上班", "。"];

/// Weekdays written without brackets (2月14日周六): only what says which day it is stays.
const WEEKDAYS: &[&str] = &[
    "星期一",
    "星期二",
    "星期三",
    "星期四",
    "星期五",
    "星期六",
    "星期日",
    "星期天",
    "周一",
    "周二",
    "周三",
    "周四",
    "周五",
    "周六",
    "周日",
    "周天",
];

/// The ways a range is written, all read as 至.
const RANGE: &[&str] = &["至", "到", "~", "～", "—", "－"];

/// Drops what stands in brackets (the weekday, the lunar date), the count (共9天) and the
/// notice's wording.
fn plain(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    let mut counting = false;
    for c in text.chars() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = i32::max(depth - 1, 0),
            '共' if depth == 0 => counting = true,
            '天' if counting => counting = false,
            _ if depth == 0 && !counting => out.push(c),
            _ => {}
        }
    }
    let out = NOISE.iter().chain(WEEKDAYS).fold(out, |s, w| s.replace(w, ""));
    // 至 with spaces around it joins its two dates, the spaces do not part them.
    let out = RANGE.iter().fold(out, |s, r| s.replace(r, "至"));
    let mut joined = out
        .replace(" 至", "至")
        .replace("至 ", "至")
        .replace("　至", "至")
        .replace("至　", "至");
    while joined.contains(" 至") || joined.contains("至 ") {
        joined = joined.replace(" 至", "至").replace("至 ", "至");
    }
    joined
}

/// One date: `Y年M月D日`, `M月D日`, `D日` (after a date that gave the month), `Y-M-D`, `Y/M/D`.
fn one(text: &str, year: i32, month: Option<u32>) -> Option<NaiveDate> {
    let t = text.trim().trim_end_matches('日').trim_end_matches('号');
    if let Some(d) = numeric(t) {
        return Some(d);
    }
    let (year, rest) = match t.split_once('年') {
        Some((y, rest)) => (y.trim().parse().ok()?, rest),
        None => (year, t),
    };
    let (month, day) = match rest.split_once('月') {
        Some((m, d)) => (m.trim().parse().ok()?, d),
        None => (month?, rest),
    };
    NaiveDate::from_ymd_opt(year, month, day.trim().parse().ok()?)
}

fn numeric(t: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = t.split(['-', '/', '.']).collect();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 => NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?),
        _ => None,
    }
}

/// Every day the text names, ranges (至, ~, —) spelled out, or None when a part is not a date.
pub(crate) fn days(text: &str, year: i32) -> Option<Vec<NaiveDate>> {
    let text = plain(text);
    let mut out = Vec::new();
    for part in text
        .split(['、', '，', ',', '；', ';', '\n', ' ', '　'])
        .filter(|p| !p.trim().is_empty())
    {
        let ends: Vec<&str> = part.split('至').collect();
        match ends.as_slice() {
            [single] => out.push(one(single, year, None)?),
            [from, to] => {
                let first = one(from, year, None)?;
                use chrono::Datelike;
                let last = one(to, first.year(), Some(first.month()))?;
                if last < first || (last - first).num_days() > 31 {
                    return None;
                }
                out.extend(first.iter_days().take_while(|d| *d <= last));
            }
            _ => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_notice_range_with_its_weekdays_and_lunar_dates() {
        let spring = days(
            "2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天",
            2026,
        )
        .unwrap();
        assert_eq!(spring.len(), 9);
        assert_eq!(spring[0], d("2026-02-15"));
        assert_eq!(spring[8], d("2026-02-23"));
        assert_eq!(days("9月30日至10月8日", 2026).unwrap().len(), 9);
    }

    #[test]
    fn a_list_of_days_worked_and_the_forms_a_sheet_stores() {
        assert_eq!(
            days("2月14日（周六）、2月28日（周六）上班", 2026).unwrap(),
            [d("2026-02-14"), d("2026-02-28")]
        );
        assert_eq!(days("2027-01-01", 2026).unwrap(), [d("2027-01-01")]);
        assert_eq!(days("2026/5/9", 2026).unwrap(), [d("2026-05-09")]);
        assert_eq!(days("2025年12月31日", 2026).unwrap(), [d("2025-12-31")]);
        assert_eq!(days("", 2026).unwrap(), []);
    }

    #[test]
    fn ranges_written_with_spaces_other_marks_or_bare_weekdays() {
        assert_eq!(days("10月1日 至 7日", 2026).unwrap().len(), 7);
        assert_eq!(days("2026-10-01 至 2026-10-07", 2026).unwrap().len(), 7);
        assert_eq!(days("1月1日至3日放假，共3天。", 2026).unwrap().len(), 3);
        assert_eq!(days("5月1日到5日", 2026).unwrap().len(), 5);
        assert_eq!(
            days("2月14日周六、2月28日星期六", 2026).unwrap(),
            [d("2026-02-14"), d("2026-02-28")]
        );
    }

    #[test]
    fn what_is_not_a_date_is_refused() {
        assert_eq!(days("春节前后", 2026), None);
        assert_eq!(days("2月30日", 2026), None);
        assert_eq!(days("10月8日至1日", 2026), None);
    }
}
