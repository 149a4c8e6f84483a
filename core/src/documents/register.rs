//! 发文登记 (C7): every outgoing document with its 文号. A number is given per kind and year in
//! the transaction that writes the register row, one more than the highest ever given, so a
//! number is never skipped or given twice. Rows are never deleted: a number given by mistake is
//! 作废 with its reason, and a document later withdrawn is 撤销 or 废止 on a date.

use chrono::{Datelike, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::kind::DocKind;
use crate::common::date;
use crate::common::error::{CoreError, Result};
use crate::common::validate::{optional, required};
use crate::desk::Desk;
use crate::store::{live, Columns, Record, Tx};

crate::coded_enum! {
    /// How an issued document stopped being in force.
    pub enum RevokeKind: "撤销方式" {
        Revoked = "revoked" / "撤销",
        Abolished = "abolished" / "废止",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Document {
    pub id: i64,
    pub kind_id: i64,
    pub year: i32,
    pub number: i64,
    /// The 文号 as given, e.g. 三健委〔2026〕1号.
    pub doc_number: String,
    pub title: String,
    /// 签发人
    pub signer: String,
    /// 成文日期, YYYY-MM-DD.
    pub written_on: Option<String>,
    /// 主送
    pub main_to: String,
    /// 抄送
    pub copied_to: String,
    /// 密级, where used.
    pub secrecy: String,
    /// 紧急程度, where used.
    pub urgency: String,
    pub meeting_id: Option<i64>,
    /// The minutes this number was given to.
    pub minutes_id: Option<i64>,
    pub note: String,
    /// 作废: the day the number was cancelled.
    pub voided_on: Option<String>,
    pub void_reason: String,
    pub revoked_on: Option<String>,
    pub revoke_kind: Option<RevokeKind>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentInput {
    pub kind_id: i64,
    pub title: String,
    pub signer: String,
    /// YYYY-MM-DD; none for today. Its year is the number's year.
    pub written_on: Option<String>,
    pub main_to: String,
    pub copied_to: String,
    pub secrecy: String,
    pub urgency: String,
    pub meeting_id: Option<i64>,
    pub note: String,
}

impl Document {
    pub(crate) fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Self {
            id: r.get("id")?,
            kind_id: r.get("kind_id")?,
            year: r.get("year")?,
            number: r.get("number")?,
            doc_number: r.get("doc_number")?,
            title: r.get("title")?,
            signer: r.get("signer")?,
            written_on: r.get("written_on")?,
            main_to: r.get("main_to")?,
            copied_to: r.get("copied_to")?,
            secrecy: r.get("secrecy")?,
            urgency: r.get("urgency")?,
            meeting_id: r.get("meeting_id")?,
            minutes_id: r.get("minutes_id")?,
            note: r.get("note")?,
            voided_on: r.get("voided_on")?,
            void_reason: r.get("void_reason")?,
            revoked_on: r.get("revoked_on")?,
            revoke_kind: r.get("revoke_kind")?,
        })
    }
}

impl Record for Document {
    const ENTITY: &'static str = "document";
    const LABEL: &'static str = "公文";

    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>> {
        Ok(conn
            .query_row("SELECT * FROM document WHERE id = ?1", [id], Self::from_row)
            .optional()?)
    }
}

/// A register row, which is never deleted: missing is missing.
pub(crate) fn get(conn: &Connection, id: i64) -> Result<Document> {
    Document::fetch(conn, id)?.ok_or_else(|| CoreError::not_found("登记簿中没有这份公文"))
}

/// The next number of a kind in a year: one more than the highest ever given, 作废 ones
/// included, so a number is never given twice.
pub(crate) fn next_number(conn: &Connection, kind_id: i64, year: i32) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT COALESCE(MAX(number), 0) + 1 FROM document WHERE kind_id = ?1 AND year = ?2",
        params![kind_id, year],
        |r| r.get(0),
    )?)
}

/// The checked columns of a register row, those an edit may change.
struct CleanDocument {
    written_on: NaiveDate,
    columns: Columns,
}

impl DocumentInput {
    fn validated(&self, conn: &Connection, today: NaiveDate) -> Result<CleanDocument> {
        if let Some(id) = self.meeting_id {
            let known: Option<i64> = conn
                .query_row(
                    "SELECT id FROM meeting WHERE id = ?1 AND deleted_at IS NULL",
                    [id],
                    |r| r.get(0),
                )
                .optional()?;
            known.ok_or_else(|| CoreError::invalid("meetingId", "所选会议不存在或已删除"))?;
        }
        let written_on = date::parse_opt("writtenOn", "成文日期", self.written_on.as_deref())?.unwrap_or(today);
        let columns = Columns::new()
            .set("title", required("title", "标题", &self.title, 120)?)
            .set("signer", optional("signer", "签发人", &self.signer, 60)?)
            .set("written_on", date::iso(written_on))
            .set("main_to", optional("mainTo", "主送", &self.main_to, 300)?)
            .set("copied_to", optional("copiedTo", "抄送", &self.copied_to, 300)?)
            .set("secrecy", optional("secrecy", "密级", &self.secrecy, 10)?)
            .set("urgency", optional("urgency", "紧急程度", &self.urgency, 10)?)
            .set("meeting_id", self.meeting_id)
            .set("note", optional("note", "备注", &self.note, 300)?);
        Ok(CleanDocument { written_on, columns })
    }
}

/// Gives the next number of `kind` in the year of the document's date and writes its row.
fn allocate(tx: &Tx, kind: &DocKind, doc: CleanDocument) -> Result<Document> {
    let year = doc.written_on.year();
    let number = next_number(tx, kind.id, year)?;
    let columns = doc
        .columns
        .set("kind_id", kind.id)
        .set("year", year)
        .set("number", number)
        .set("doc_number", kind.doc_number(year, number));
    tx.insert_columns::<Document>(&columns)
}

/// What minutes put into the register: their number comes from the 会议纪要 kind.
pub(crate) struct MinutesEntry<'a> {
    pub meeting_id: i64,
    pub title: &'a str,
    pub signer: &'a str,
    pub issued_on: NaiveDate,
    pub issued_to: &'a str,
    pub copied_to: &'a str,
}

impl MinutesEntry<'_> {
    fn columns(&self) -> Columns {
        Columns::new()
            .set("title", self.title.to_owned())
            .set("signer", self.signer.to_owned())
            .set("written_on", date::iso(self.issued_on))
            .set("main_to", self.issued_to.to_owned())
            .set("copied_to", self.copied_to.to_owned())
            .set("meeting_id", self.meeting_id)
    }
}

/// Registers new minutes and answers their number (year, number, 文号); `link_minutes` then
/// ties the row to the minutes once they have an id.
pub(crate) fn register_minutes(tx: &Tx, m: &MinutesEntry) -> Result<Document> {
    let kind = super::kind::for_minutes(tx)?;
    let doc = CleanDocument {
        written_on: m.issued_on,
        columns: m.columns(),
    };
    allocate(tx, &kind, doc)
}

pub(crate) fn link_minutes(tx: &Tx, document_id: i64, minutes_id: i64) -> Result<()> {
    tx.update_columns::<Document>(document_id, &Columns::new().set("minutes_id", minutes_id))
        .map(drop)
}

/// Keeps the register row of saved minutes in step with them; the number stays.
pub(crate) fn update_minutes(tx: &Tx, minutes_id: i64, m: &MinutesEntry) -> Result<()> {
    let id: Option<i64> = tx
        .query_row("SELECT id FROM document WHERE minutes_id = ?1", [minutes_id], |r| {
            r.get(0)
        })
        .optional()?;
    if let Some(id) = id {
        let old = get(tx, id)?;
        if m.issued_on.year() != old.year {
            return Err(CoreError::invalid(
                "issuedOn",
                format!("纪要已按{}年编为{}，印发日期不能改到其他年份", old.year, old.doc_number),
            ));
        }
        let unchanged = old.title == m.title
            && old.signer == m.signer
            && old.written_on.as_deref() == Some(date::iso(m.issued_on).as_str())
            && old.main_to == m.issued_to
            && old.copied_to == m.copied_to;
        if !unchanged {
            tx.update_columns::<Document>(id, &m.columns())?;
        }
    }
    Ok(())
}

/// Minutes numbered before the register existed enter it under the 会议纪要 kind with the
/// numbers they have.
pub(crate) fn register_old_minutes(tx: &Tx) -> Result<()> {
    let mut stmt = tx.prepare(
        "SELECT id, meeting_id, year, number, title, signer, issued_on, issued_to, copied_to FROM minutes m
         WHERE NOT EXISTS (SELECT 1 FROM document d WHERE d.minutes_id = m.id) ORDER BY year, number",
    )?;
    type Old = (i64, i64, i32, i64, String, String, String, String, String);
    let old: Vec<Old> = stmt
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
                r.get(8)?,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    if old.is_empty() {
        return Ok(());
    }
    let kind = super::kind::for_minutes(tx)?;
    for (id, meeting, year, number, title, signer, on, to, copied) in old {
        let columns = Columns::new()
            .set("kind_id", kind.id)
            .set("year", year)
            .set("number", number)
            .set("doc_number", kind.doc_number(year, number))
            .set("title", title)
            .set("signer", signer)
            .set("written_on", on)
            .set("main_to", to)
            .set("copied_to", copied)
            .set("meeting_id", meeting)
            .set("minutes_id", id);
        tx.insert_columns::<Document>(&columns)?;
    }
    Ok(())
}

/// The 文号 of saved minutes, as the register gave it.
pub(crate) fn minutes_number(conn: &Connection, minutes_id: i64) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT doc_number FROM document WHERE minutes_id = ?1",
            [minutes_id],
            |r| r.get(0),
        )
        .optional()?)
}

impl Desk {
    /// 登记: gives the next number of the kind in the year of its date.
    pub fn register_document(&mut self, input: &DocumentInput) -> Result<Document> {
        let today = self.today();
        self.write(|tx| {
            let kind = live::<DocKind>(tx, input.kind_id)?;
            if kind.retired {
                return Err(CoreError::invalid("kindId", format!("文种“{}”已停用", kind.name)));
            }
            // One series, one place: a 纪要 gets its number when its minutes are first saved.
            if kind.for_minutes {
                return Err(CoreError::invalid(
                    "kindId",
                    format!(
                        "{}的编号在会议的纪要中生成：请在“会议与纪要”中为该会议写纪要",
                        kind.name
                    ),
                ));
            }
            let doc = input.validated(tx, today)?;
            allocate(tx, &kind, doc)
        })
    }

    /// The number a registration would give now, for the form to show before saving.
    pub fn next_doc_number(&self, kind_id: i64, written_on: Option<String>) -> Result<String> {
        let kind = live::<DocKind>(self.conn(), kind_id)?;
        let on = date::parse_opt("writtenOn", "成文日期", written_on.as_deref())?.unwrap_or(self.today());
        let number = next_number(self.conn(), kind.id, on.year())?;
        Ok(kind.doc_number(on.year(), number))
    }

    /// Changes what was registered; the kind and the year are the number's and stay.
    pub fn update_document(&mut self, id: i64, input: &DocumentInput) -> Result<Document> {
        let today = self.today();
        self.write(|tx| {
            let old = get(tx, id)?;
            if old.minutes_id.is_some() {
                return Err(CoreError::invalid("", "这是会议纪要的编号，请在该会议的纪要中修改"));
            }
            if input.kind_id != old.kind_id {
                return Err(CoreError::invalid(
                    "kindId",
                    "文号按文种编排，登记后不能更改文种；如登记错了，请将此号作废后重新登记",
                ));
            }
            let doc = input.validated(tx, today)?;
            if doc.written_on.year() != old.year {
                return Err(CoreError::invalid(
                    "writtenOn",
                    format!(
                        "{}按{}年编号，成文日期不能改到其他年份；如需改年份，请将此号作废后重新登记",
                        old.doc_number, old.year
                    ),
                ));
            }
            tx.update_columns::<Document>(id, &doc.columns)
        })
    }

    /// 作废: the number is cancelled with its reason and stays in the register, never given again.
    pub fn void_document(&mut self, id: i64, reason: &str) -> Result<Document> {
        let reason = required("reason", "作废原因", reason, 200)?;
        let today = date::iso(self.today());
        self.write(|tx| {
            let old = get(tx, id)?;
            if old.voided_on.is_some() {
                return Err(CoreError::conflict("reason", format!("{}已作废", old.doc_number)));
            }
            if old.minutes_id.is_some() {
                return Err(CoreError::invalid(
                    "reason",
                    "这是已保存纪要的编号，纪要仍在使用它，不能作废",
                ));
            }
            let columns = Columns::new().set("voided_on", today).set("void_reason", reason);
            tx.update_columns::<Document>(id, &columns)
        })
    }

    /// Takes back a 作废 made by mistake; the number is the document's again.
    pub fn unvoid_document(&mut self, id: i64) -> Result<Document> {
        self.write(|tx| {
            if get(tx, id)?.voided_on.is_none() {
                return Err(CoreError::conflict("", "这个文号没有作废"));
            }
            let columns = Columns::new().set("voided_on", None::<String>).set("void_reason", "");
            tx.update_columns::<Document>(id, &columns)
        })
    }

    /// 撤销 or 废止 an issued document on a date; `None` puts it back in force.
    pub fn set_document_revoked(&mut self, id: i64, how: Option<RevokeKind>, on: Option<String>) -> Result<Document> {
        let on = match how {
            Some(_) => Some(date::iso(date::parse(
                "revokedOn",
                "撤销/废止日期",
                on.as_deref().unwrap_or(""),
            )?)),
            None => None,
        };
        self.write(|tx| {
            let old = get(tx, id)?;
            if old.voided_on.is_some() {
                return Err(CoreError::invalid("revokedOn", "已作废的文号没有发出的公文，无需撤销"));
            }
            if on.is_some() && on < old.written_on {
                return Err(CoreError::invalid("revokedOn", "撤销或废止日期不能早于成文日期"));
            }
            let columns = Columns::new().set("revoked_on", on).set("revoke_kind", how);
            tx.update_columns::<Document>(id, &columns)
        })
    }
}
