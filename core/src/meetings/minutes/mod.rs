//! 纪要 (C4): the minutes of one meeting, numbered per year without gaps (〔2026〕3号 or 第3期)
//! by the 公文登记's 会议纪要 kind, so minutes and other documents follow one numbering rule;
//! signed off by the convener (云南 rules 第十四条(三)). Their 议定事项 become 督办 items (C5).

mod decision;

use chrono::Datelike;
use rusqlite::{Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::common::date;
use crate::common::error::Result;
use crate::common::validate::{optional, required};
use crate::desk::Desk;
use crate::documents::kind;
use crate::documents::register::{self, MinutesEntry};
use crate::meetings::meeting::{self, MeetingRow};
use crate::store::{Columns, Record, Tx};

pub use decision::{Decision, DecisionInput};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Minutes {
    pub id: i64,
    pub meeting_id: i64,
    pub year: i32,
    pub number: i64,
    pub title: String,
    /// 正文: paragraphs; a line starting 一、 is a first-level heading, （一） a second-level one.
    pub body: String,
    /// 印发
    pub issued_to: String,
    /// 抄报
    pub copied_to: String,
    /// 签发人: the convener.
    pub signer: String,
    pub issued_on: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MinutesInput {
    pub title: String,
    pub body: String,
    pub issued_to: String,
    pub copied_to: String,
    pub signer: String,
    pub issued_on: String,
    pub decisions: Vec<DecisionInput>,
}

/// The minutes of a meeting as the editor shows them: saved ones, or a first draft.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MinutesView {
    pub meeting: MeetingRow,
    /// None until first saved: the number is given then.
    pub minutes: Option<Minutes>,
    /// The printed number, or the one saving would give.
    pub number_text: String,
    pub input: MinutesInput,
}

impl Minutes {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Self {
            id: r.get("id")?,
            meeting_id: r.get("meeting_id")?,
            year: r.get("year")?,
            number: r.get("number")?,
            title: r.get("title")?,
            body: r.get("body")?,
            issued_to: r.get("issued_to")?,
            copied_to: r.get("copied_to")?,
            signer: r.get("signer")?,
            issued_on: r.get("issued_on")?,
        })
    }
}

impl Record for Minutes {
    const ENTITY: &'static str = "minutes";
    const LABEL: &'static str = "纪要";

    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>> {
        Ok(conn
            .query_row("SELECT * FROM minutes WHERE id = ?1", [id], Self::from_row)
            .optional()?)
    }
}

pub(crate) fn of_meeting(conn: &Connection, meeting_id: i64) -> Result<Option<Minutes>> {
    Ok(conn
        .query_row(
            "SELECT * FROM minutes WHERE meeting_id = ?1",
            [meeting_id],
            Minutes::from_row,
        )
        .optional()?)
}

struct CleanMinutes {
    title: String,
    body: String,
    issued_to: String,
    copied_to: String,
    signer: String,
    issued_on: chrono::NaiveDate,
}

impl MinutesInput {
    fn validated(&self) -> Result<CleanMinutes> {
        Ok(CleanMinutes {
            title: required("title", "纪要标题", &self.title, 60)?,
            body: optional("body", "纪要正文", &self.body, 20000)?,
            issued_to: optional("issuedTo", "印发", &self.issued_to, 200)?,
            copied_to: optional("copiedTo", "抄报", &self.copied_to, 200)?,
            signer: required("signer", "签发人", &self.signer, 20)?,
            issued_on: date::parse("issuedOn", "印发日期", &self.issued_on)?,
        })
    }
}

fn entry(meeting_id: i64, m: &CleanMinutes) -> MinutesEntry<'_> {
    MinutesEntry {
        meeting_id,
        title: &m.title,
        signer: &m.signer,
        issued_on: m.issued_on,
        issued_to: &m.issued_to,
        copied_to: &m.copied_to,
    }
}

/// The register gives the number; the minutes keep a copy of it for their own order.
fn insert(tx: &Tx, meeting_id: i64, m: &CleanMinutes) -> Result<(Minutes, String)> {
    let doc = register::register_minutes(tx, &entry(meeting_id, m))?;
    let columns = m
        .columns()
        .set("meeting_id", meeting_id)
        .set("year", doc.year)
        .set("number", doc.number);
    let saved = tx.insert_columns::<Minutes>(&columns)?;
    register::link_minutes(tx, doc.id, saved.id)?;
    Ok((saved, doc.doc_number))
}

impl CleanMinutes {
    /// The edited columns of the minutes, shared by their INSERT and their UPDATE.
    fn columns(&self) -> Columns {
        Columns::new()
            .set("title", self.title.clone())
            .set("body", self.body.clone())
            .set("issued_to", self.issued_to.clone())
            .set("copied_to", self.copied_to.clone())
            .set("signer", self.signer.clone())
            .set("issued_on", date::iso(self.issued_on))
    }
}

/// The number stays as first given, even when the issue date later moves.
fn update(tx: &Tx, id: i64, meeting_id: i64, m: &CleanMinutes) -> Result<(Minutes, String)> {
    let saved = tx.update_columns::<Minutes>(id, &m.columns())?;
    register::update_minutes(tx, id, &entry(meeting_id, m))?;
    let number = register::minutes_number(tx, id)?.unwrap_or_default();
    Ok((saved, number))
}

impl Desk {
    /// The first draft of a meeting's minutes: title from the body and kind, the convener as
    /// signer, issued to the member units and reported to the government (三门峡 rules 五(五)).
    fn draft_minutes(&self, m: &MeetingRow) -> Result<MinutesInput> {
        let s = self.settings()?;
        let copied_to = if s.region.is_empty() {
            String::new()
        } else {
            format!("{}人民政府", s.region)
        };
        Ok(MinutesInput {
            title: format!("{}{}纪要", s.body_name, m.kind_name),
            body: String::new(),
            issued_to: "各成员单位".into(),
            copied_to,
            signer: m.meeting.convener.clone(),
            issued_on: m.meeting.meeting_on.clone(),
            decisions: Vec::new(),
        })
    }

    pub fn minutes(&self, meeting_id: i64) -> Result<MinutesView> {
        let meeting = meeting::row(self.conn(), meeting_id)?;
        let saved = of_meeting(self.conn(), meeting_id)?;
        let (number_text, input) = match &saved {
            Some(m) => (
                register::minutes_number(self.conn(), m.id)?.unwrap_or_default(),
                MinutesInput {
                    title: m.title.clone(),
                    body: m.body.clone(),
                    issued_to: m.issued_to.clone(),
                    copied_to: m.copied_to.clone(),
                    signer: m.signer.clone(),
                    issued_on: m.issued_on.clone(),
                    decisions: decision::of_minutes(self.conn(), m.id)?
                        .into_iter()
                        .map(DecisionInput::from)
                        .collect(),
                },
            ),
            None => {
                let draft = self.draft_minutes(&meeting)?;
                let year = date::from_iso(&draft.issued_on).map_or(self.today().year(), |d| d.year());
                let kind = kind::for_minutes(self.conn())?;
                let next = register::next_number(self.conn(), kind.id, year)?;
                (kind.doc_number(year, next), draft)
            }
        };
        Ok(MinutesView {
            meeting,
            minutes: saved,
            number_text,
            input,
        })
    }

    /// Saves the minutes and their 议定事项; the first save gives the number. Each decision gets
    /// its 督办 item in the same transaction.
    pub fn save_minutes(&mut self, meeting_id: i64, input: &MinutesInput) -> Result<MinutesView> {
        let m = input.validated()?;
        let decisions = decision::checked(&input.decisions)?;
        let today = date::iso(self.today());
        self.write(|tx| {
            crate::store::live::<meeting::Meeting>(tx, meeting_id)?;
            let (saved, number) = match of_meeting(tx, meeting_id)? {
                Some(old) => update(tx, old.id, meeting_id, &m)?,
                None => insert(tx, meeting_id, &m)?,
            };
            decision::sync(tx, &saved, &number, &decisions, &today)
        })?;
        self.minutes(meeting_id)
    }
}
