//! The 督办 side of a unit's record: the items whose 责任单位 name the unit, each counted in the
//! month of its deadline as done on time, done late, overdue or still open.

use std::iter::Sum;

use chrono::{Datelike, NaiveDate};
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::Ledger;
use crate::common::date;
use crate::common::error::Result;
use crate::sheet::grid::norm;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FollowUpTally {
    pub assigned: i64,
    pub done_on_time: i64,
    pub done_late: i64,
    /// Not done, and the deadline has passed.
    pub overdue: i64,
    /// Not done, and not yet due (or with no deadline).
    pub open: i64,
}

impl<'a> Sum<&'a FollowUpTally> for FollowUpTally {
    fn sum<I: Iterator<Item = &'a FollowUpTally>>(iter: I) -> Self {
        iter.fold(Self::default(), |a, b| Self {
            assigned: a.assigned + b.assigned,
            done_on_time: a.done_on_time + b.done_on_time,
            done_late: a.done_late + b.done_late,
            overdue: a.overdue + b.overdue,
            open: a.open + b.open,
        })
    }
}

struct Item {
    units: String,
    deadline: Option<NaiveDate>,
    created_on: NaiveDate,
    done: bool,
    done_on: Option<NaiveDate>,
}

impl Item {
    /// The day that places the item in a month: its deadline, else the day it was entered.
    fn day(&self) -> NaiveDate {
        self.deadline.unwrap_or(self.created_on)
    }
}

impl FollowUpTally {
    fn add(&mut self, item: &Item, today: NaiveDate) {
        self.assigned += 1;
        let late = |on: NaiveDate| item.deadline.is_some_and(|d| on > d);
        match (item.done, item.done_on) {
            (true, Some(on)) if late(on) => self.done_late += 1,
            (true, _) => self.done_on_time += 1,
            (false, _) if late(today) => self.overdue += 1,
            (false, _) => self.open += 1,
        }
    }
}

/// Separators between units in a 责任单位 text, and words after a unit's name that do not
/// belong to it (市卫健委牵头，市教育局配合).
const SEPARATORS: &[char] = &[
    '、', '，', ',', '；', ';', '/', '／', ' ', '　', '\n', '（', '）', '(', ')',
];
const ROLE_WORDS: &[&str] = &["牵头", "配合", "负责", "等"];

/// The units `text` names: a part that is a unit's full or short name once the words above are
/// taken off, or a unit's name of three characters or more written anywhere in it. Longer
/// names are looked for first and taken out of the text once found, so a unit whose name sits
/// inside another's (县公安局 in 县公安局交警大队) is not counted for the other.
pub(super) fn units_named(ledger: &Ledger, text: &str) -> Vec<i64> {
    let mut found: Vec<i64> = text
        .split(SEPARATORS)
        .filter_map(|part| ledger.named(strip_roles(part)))
        .collect();
    let mut rest = norm(text);
    for (id, name) in &ledger.long_names {
        if rest.contains(name.as_str()) {
            found.push(*id);
            rest = rest.replace(name.as_str(), "、");
        }
    }
    found.sort_unstable();
    found.dedup();
    found
}

fn strip_roles(mut part: &str) -> &str {
    while let Some(rest) = ROLE_WORDS.iter().find_map(|w| part.strip_suffix(w)) {
        part = rest;
    }
    part
}

pub(super) fn count(conn: &Connection, year: i32, today: NaiveDate, ledger: &mut Ledger) -> Result<()> {
    let mut stmt = conn.prepare(
        "SELECT units, deadline, created_on, status = 'done', done_on FROM follow_up
         WHERE deleted_at IS NULL AND units <> ''
           AND substr(COALESCE(deadline, created_on), 1, 4) = ?1",
    )?;
    let parse = |s: Option<String>| s.as_deref().and_then(date::from_iso);
    let items: Vec<Item> = stmt
        .query_map([year.to_string()], |r| {
            Ok(Item {
                units: r.get(0)?,
                deadline: parse(r.get(1)?),
                created_on: parse(r.get(2)?).unwrap_or(today),
                done: r.get(3)?,
                done_on: parse(r.get(4)?),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    for item in &items {
        for id in units_named(ledger, &item.units) {
            if let Some(unit) = ledger.unit(id) {
                unit.month(item.day().month()).follow_ups.add(item, today);
            }
        }
    }
    Ok(())
}
