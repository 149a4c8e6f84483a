//! The 工作台's charts: twelve months of returns, 督办 by status with its overdue part, overdue
//! items at each month's end, and attendance at the meetings held.

mod common;

use committee_core::*;
use common::*;

fn item(deadline: &str) -> FollowUpInput {
    FollowUpInput {
        source: FollowUpSource::Assigned,
        source_note: String::new(),
        content: format!("时限{deadline}的工作"),
        units: "市卫健委".into(),
        deadline: Some(deadline.into()),
        working_days: None,
    }
}

#[test]
fn the_charts_count_as_the_pages_they_open() {
    let mut desk = wugang_desk();
    let october = desk.open_period(2026, 10).unwrap().id;
    desk.open_period(2026, 11).unwrap();
    desk.open_period(2025, 10).unwrap(); // more than twelve months back: not drawn
    let late = desk.add_follow_up(&item("2026-11-01")).unwrap().item.id;
    let done = desk.add_follow_up(&item("2026-11-10")).unwrap().item.id;
    desk.add_follow_up(&item("2026-12-31")).unwrap();
    desk.set_follow_up_status(done, FollowUpStatus::Done).unwrap();
    desk.set_follow_up_status(late, FollowUpStatus::InProgress).unwrap();

    let charts = desk.dashboard_charts().unwrap();
    let labels: Vec<&str> = charts.reporting.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(labels, ["2026年10月", "2026年11月"]);
    let oct = &charts.reporting[0];
    assert_eq!(oct.period_id, october);
    assert_eq!(
        (oct.missing, oct.pending),
        (oct.expected, 0),
        "October's deadline has passed"
    );
    let nov = &charts.reporting[1];
    assert_eq!((nov.missing, nov.pending), (0, nov.expected), "November's is today");

    let s = &charts.follow_up_status;
    assert_eq!((s.not_started, s.in_progress, s.done), (1, 1, 1));
    assert_eq!((s.not_started_overdue, s.in_progress_overdue), (0, 1));
    assert_eq!(charts.overdue_trend.len(), 12);
    assert_eq!(charts.overdue_trend[0].label, "2025年12月");
    let last = charts.overdue_trend.last().unwrap();
    assert_eq!((last.label.as_str(), last.overdue), ("2026年11月", 1));
    assert!(charts.attendance.is_empty(), "no meeting held yet");
}
