//! 会议 (C4): one sitting of the body or its office, with its agenda, invitees and attendance.
//! The ordinal (第N次) is counted, never stored, so moving or deleting a meeting renumbers the rest.

mod invitee;
mod kind;
mod plan;

use std::ops::RangeInclusive;

use chrono::{Datelike, NaiveTime};
use rusqlite::{params, Connection, OptionalExtension, Params, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::common::date;
use crate::common::error::{CoreError, Result};
use crate::common::validate::{optional, required};
use crate::desk::Desk;
use crate::store::{live, Columns, Record, SoftDeleted, Tx};

pub use invitee::{Attendance, AttendanceInput, Invitee, ObserverInput};
pub(crate) use kind::seed as seed_kinds;
pub use kind::{Cadence, MeetingKind, MeetingKindInput};
pub use plan::{PlanInput, PlannedMeeting};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Meeting {
    pub id: i64,
    pub kind_id: i64,
    pub title: String,
    /// YYYY-MM-DD
    pub meeting_on: String,
    /// HH:MM
    pub starts_at: String,
    /// HH:MM
    pub ends_at: String,
    pub place: String,
    /// 召集人
    pub convener: String,
    /// 主持人
    pub chair: String,
    /// 议程, in order.
    pub agenda: Vec<String>,
    /// 联系人及电话
    pub contact: String,
    /// YYYY-MM-DD: the 会议通知's own date; none prints the day it is printed.
    pub notice_on: Option<String>,
    pub deleted_at: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeetingInput {
    pub kind_id: i64,
    pub title: String,
    pub meeting_on: String,
    pub starts_at: String,
    pub ends_at: String,
    pub place: String,
    pub convener: String,
    pub chair: String,
    pub agenda: Vec<String>,
    pub contact: String,
    /// The notice's date, YYYY-MM-DD; empty or none for the day it is printed.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub notice_on: Option<String>,
}

/// A meeting as lists and the calendar show it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeetingRow {
    #[serde(flatten)]
    #[ts(flatten)]
    pub meeting: Meeting,
    pub kind_name: String,
    /// 第N次 of its kind in its year.
    pub ordinal: i64,
    pub invitee_count: i64,
    /// The minutes' printed number, once minutes exist.
    pub minutes_number: Option<String>,
}

/// What a save answers: the meeting, and any meeting whose time it overlaps (a warning only).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeetingSaved {
    pub meeting: MeetingRow,
    pub conflicts: Vec<String>,
}

impl Meeting {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        let agenda: String = r.get("agenda")?;
        Ok(Self {
            id: r.get("id")?,
            kind_id: r.get("kind_id")?,
            title: r.get("title")?,
            meeting_on: r.get("meeting_on")?,
            starts_at: r.get("starts_at")?,
            ends_at: r.get("ends_at")?,
            place: r.get("place")?,
            convener: r.get("convener")?,
            chair: r.get("chair")?,
            agenda: serde_json::from_str(&agenda).unwrap_or_default(),
            contact: r.get("contact")?,
            notice_on: r.get("notice_on")?,
            deleted_at: r.get("deleted_at")?,
        })
    }

    /// `2026年11月25日 09:00`
    pub fn when(&self) -> String {
        format!("{} {}", date::chinese_iso(Some(&self.meeting_on)), self.starts_at)
    }
}

impl Record for Meeting {
    const ENTITY: &'static str = "meeting";
    const LABEL: &'static str = "会议";

    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>> {
        Ok(conn
            .query_row("SELECT * FROM meeting WHERE id = ?1", [id], Self::from_row)
            .optional()?)
    }
}

struct CleanMeeting {
    kind_id: i64,
    title: String,
    meeting_on: String,
    starts_at: String,
    ends_at: String,
    place: String,
    convener: String,
    chair: String,
    agenda: String,
    contact: String,
    notice_on: Option<String>,
}

fn time(field: &str, label: &str, text: &str) -> Result<String> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M")
        .map(|t| t.format("%H:%M").to_string())
        .map_err(|_| CoreError::invalid(field, format!("{label}应为“09:00”这样的时刻")))
}

impl MeetingInput {
    fn validated(&self, conn: &Connection) -> Result<CleanMeeting> {
        crate::store::live::<kind::MeetingKind>(conn, self.kind_id)?;
        let starts_at = time("startsAt", "开始时间", &self.starts_at)?;
        let ends_at = time("endsAt", "结束时间", &self.ends_at)?;
        if ends_at <= starts_at {
            return Err(CoreError::invalid("endsAt", "结束时间应晚于开始时间"));
        }
        let mut agenda = Vec::new();
        for (i, item) in self.agenda.iter().enumerate() {
            let item = optional("agenda", &format!("第{}项议程", i + 1), item, 200)?;
            if !item.is_empty() {
                agenda.push(item);
            }
        }
        Ok(CleanMeeting {
            kind_id: self.kind_id,
            title: required("title", "会议名称", &self.title, 60)?,
            meeting_on: date::iso(date::parse("meetingOn", "会议日期", &self.meeting_on)?),
            starts_at,
            ends_at,
            place: optional("place", "会议地点", &self.place, 60)?,
            convener: optional("convener", "召集人", &self.convener, 20)?,
            chair: optional("chair", "主持人", &self.chair, 20)?,
            agenda: serde_json::to_string(&agenda)?,
            contact: optional("contact", "联系人及电话", &self.contact, 60)?,
            notice_on: match self.notice_on.as_deref().map(str::trim) {
                None | Some("") => None,
                Some(text) => Some(date::iso(date::parse("noticeOn", "通知日期", text)?)),
            },
        })
    }
}

impl SoftDeleted for Meeting {
    fn deleted_at(&self) -> Option<&str> {
        self.deleted_at.as_deref()
    }

    fn gone() -> CoreError {
        CoreError::not_found("这次会议不存在或已删除")
    }
}

impl CleanMeeting {
    /// The edited columns of a meeting, shared by its INSERT and its UPDATE.
    fn columns(&self) -> Columns {
        Columns::new()
            .set("kind_id", self.kind_id)
            .set("title", self.title.clone())
            .set("meeting_on", self.meeting_on.clone())
            .set("starts_at", self.starts_at.clone())
            .set("ends_at", self.ends_at.clone())
            .set("place", self.place.clone())
            .set("convener", self.convener.clone())
            .set("chair", self.chair.clone())
            .set("agenda", self.agenda.clone())
            .set("contact", self.contact.clone())
            .set("notice_on", self.notice_on.clone())
    }
}

fn insert_clean(tx: &Tx, m: &CleanMeeting) -> Result<Meeting> {
    tx.insert_columns::<Meeting>(&m.columns())
}

/// Meetings with their ordinals, numbered within their kind and year. Only the years in
/// `years` are numbered, so that one meeting's page does not number ten years of meetings.
fn row_select(years: RangeInclusive<i32>) -> String {
    format!(
        "WITH numbered AS (
            SELECT m.*, ROW_NUMBER() OVER (
                PARTITION BY m.kind_id, substr(m.meeting_on, 1, 4) ORDER BY m.meeting_on, m.starts_at, m.id
            ) AS ordinal
            FROM meeting m
            WHERE m.deleted_at IS NULL AND m.meeting_on >= '{:04}-01-01' AND m.meeting_on < '{:04}-01-01'
        )
        SELECT n.*, k.name AS kind_name,
            (SELECT COUNT(*) FROM invitee i WHERE i.meeting_id = n.id AND i.deleted_at IS NULL) AS invitee_count,
            d.doc_number AS minutes_number
        FROM numbered n JOIN meeting_kind k ON k.id = n.kind_id
        LEFT JOIN minutes mi ON mi.meeting_id = n.id LEFT JOIN document d ON d.minutes_id = mi.id",
        years.start(),
        years.end() + 1
    )
}

fn meeting_row(r: &Row) -> rusqlite::Result<MeetingRow> {
    Ok(MeetingRow {
        meeting: Meeting::from_row(r)?,
        kind_name: r.get("kind_name")?,
        ordinal: r.get("ordinal")?,
        invitee_count: r.get("invitee_count")?,
        minutes_number: r.get("minutes_number")?,
    })
}

/// The meeting rows of `years` that `filter` selects (SQL over the alias `n`), in date order.
fn rows(conn: &Connection, years: RangeInclusive<i32>, filter: &str, args: impl Params) -> Result<Vec<MeetingRow>> {
    let sql = format!(
        "{} WHERE {filter} ORDER BY n.meeting_on, n.starts_at, n.id",
        row_select(years)
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(args, meeting_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn row(conn: &Connection, id: i64) -> Result<MeetingRow> {
    let gone = || CoreError::not_found("这次会议不存在或已删除");
    let on: Option<String> = conn
        .query_row("SELECT meeting_on FROM meeting WHERE id = ?1", [id], |r| r.get(0))
        .optional()?;
    let year = on.and_then(|d| d.get(..4)?.parse::<i32>().ok()).ok_or_else(gone)?;
    rows(conn, year..=year, "n.id = ?1", [id])?.pop().ok_or_else(gone)
}

/// Other meetings on the same day whose time overlaps, described for a warning.
fn conflicts(conn: &Connection, m: &Meeting) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT title, starts_at, ends_at FROM meeting
         WHERE deleted_at IS NULL AND id <> ?1 AND meeting_on = ?2 AND starts_at < ?4 AND ?3 < ends_at
         ORDER BY starts_at",
    )?;
    let rows = stmt.query_map(params![m.id, m.meeting_on, m.starts_at, m.ends_at], |r| {
        Ok(format!(
            "与“{}”（{}–{}）时间重叠",
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Desk {
    /// Meetings of one year (and kind), in date order, with their ordinals.
    pub fn list_meetings(&self, year: i32, kind_id: Option<i64>) -> Result<Vec<MeetingRow>> {
        rows(
            self.conn(),
            year..=year,
            "?1 IS NULL OR n.kind_id = ?1",
            params![kind_id],
        )
    }

    /// Meetings from today to `days` ahead, soonest first.
    pub fn upcoming_meetings(&self, days: u64) -> Result<Vec<MeetingRow>> {
        let (from, to) = (self.today(), self.today() + chrono::Days::new(days));
        let (first, last) = (date::iso(from), date::iso(to));
        rows(
            self.conn(),
            from.year()..=to.year(),
            "n.meeting_on BETWEEN ?1 AND ?2",
            params![first, last],
        )
    }

    pub fn meeting(&self, id: i64) -> Result<MeetingRow> {
        row(self.conn(), id)
    }

    pub fn add_meeting(&mut self, input: &MeetingInput) -> Result<MeetingSaved> {
        crate::body::settings::require(self.conn())?;
        let saved = self.write(|tx| {
            let m = input.validated(tx)?;
            insert_clean(tx, &m)
        })?;
        self.saved(&saved)
    }

    pub fn update_meeting(&mut self, id: i64, input: &MeetingInput) -> Result<MeetingSaved> {
        let saved = self.write(|tx| {
            live::<Meeting>(tx, id)?;
            let m = input.validated(tx)?;
            tx.update_columns::<Meeting>(id, &m.columns())
        })?;
        self.saved(&saved)
    }

    fn saved(&self, m: &Meeting) -> Result<MeetingSaved> {
        Ok(MeetingSaved {
            meeting: row(self.conn(), m.id)?,
            conflicts: conflicts(self.conn(), m)?,
        })
    }

    /// Moves a meeting to the recycle bin. One with minutes stays: their number is taken.
    pub fn delete_meeting(&mut self, id: i64) -> Result<()> {
        self.write(|tx| {
            live::<Meeting>(tx, id)?;
            let has_minutes: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM minutes WHERE meeting_id = ?1)",
                [id],
                |r| r.get(0),
            )?;
            if has_minutes {
                return Err(CoreError::conflict(
                    "",
                    "这次会议已有纪要，纪要编号不能空缺，因此不能删除",
                ));
            }
            tx.soft_delete::<Meeting>(id)
        })
    }

    /// The person holding the kind's convener seat today, to propose as 召集人 and 主持人.
    pub fn default_convener(&self, kind_id: i64) -> Result<String> {
        self.convener_for(&crate::store::live::<kind::MeetingKind>(self.conn(), kind_id)?)
    }

    fn convener_for(&self, kind: &MeetingKind) -> Result<String> {
        let Some(role) = kind.convener_role else {
            return Ok(String::new());
        };
        Ok(self
            .roster(None)?
            .into_iter()
            .find(|r| r.member.role == role)
            .map(|r| r.member.person_name)
            .unwrap_or_default())
    }
}
