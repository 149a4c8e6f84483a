//! 催报: reminding the units that have not reported this month. Each reminder is recorded with
//! who gave it, when and how, so the board shows who has been chased and the unit's yearly
//! record counts it; the message to send is written from the period and the unit.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::period::{self, deadline_text};
use crate::common::error::{CoreError, Result};
use crate::common::validate::optional;
use crate::desk::Desk;
use crate::store::{live, Record, SoftDeleted};

crate::coded_enum! {
    /// How a reminder was given.
    pub enum ReminderChannel: "催报方式" {
        Phone = "phone" / "电话",
        Sms = "sms" / "短信",
        Wechat = "wechat" / "微信",
        Notice = "notice" / "书面通知",
        InPerson = "in_person" / "当面",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Reminder {
    pub id: i64,
    pub period_id: i64,
    pub unit_id: i64,
    /// RFC 3339, UTC.
    pub given_at: String,
    pub given_by: String,
    pub channel: ReminderChannel,
    pub note: String,
    pub deleted_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReminderInput {
    pub period_id: i64,
    pub unit_ids: Vec<i64>,
    pub channel: ReminderChannel,
    #[serde(default)]
    pub note: String,
}

impl Reminder {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Self {
            id: r.get("id")?,
            period_id: r.get("period_id")?,
            unit_id: r.get("unit_id")?,
            given_at: r.get("given_at")?,
            given_by: r.get("given_by")?,
            channel: r.get("channel")?,
            note: r.get("note")?,
            deleted_at: r.get("deleted_at")?,
        })
    }
}

impl Record for Reminder {
    const ENTITY: &'static str = "reminder";
    const LABEL: &'static str = "催报记录";

    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>> {
        Ok(conn
            .query_row("SELECT * FROM reminder WHERE id = ?1", [id], Self::from_row)
            .optional()?)
    }
}

impl SoftDeleted for Reminder {
    fn deleted_at(&self) -> Option<&str> {
        self.deleted_at.as_deref()
    }
}

impl Desk {
    /// Records one reminder for each unit, all at once, by the current operator.
    pub fn record_reminders(&mut self, input: &ReminderInput) -> Result<Vec<Reminder>> {
        period::get(self.conn(), input.period_id)?;
        if input.unit_ids.is_empty() {
            return Err(CoreError::invalid("unitIds", "请选择要催报的单位"));
        }
        let note = optional("note", "说明", &input.note, 200)?;
        self.write(|tx| {
            let mut saved = Vec::new();
            for &unit in &input.unit_ids {
                live::<crate::roster::unit::Unit>(tx, unit)?;
                saved.push(tx.insert::<Reminder>(|c| {
                    c.execute(
                        "INSERT INTO reminder (period_id, unit_id, given_at, given_by, channel, note)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        params![input.period_id, unit, tx.now(), tx.actor(), input.channel, note],
                    )?;
                    Ok(c.last_insert_rowid())
                })?);
            }
            Ok(saved)
        })
    }

    /// Every reminder of a unit in a period, newest first.
    pub fn reminders(&self, period_id: i64, unit_id: i64) -> Result<Vec<Reminder>> {
        let mut stmt = self.conn().prepare(
            "SELECT * FROM reminder WHERE period_id = ?1 AND unit_id = ?2 AND deleted_at IS NULL
             ORDER BY given_at DESC, id DESC",
        )?;
        let rows = stmt.query_map(params![period_id, unit_id], Reminder::from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Takes back a reminder recorded by mistake (it goes to the history, not the bin).
    pub fn delete_reminder(&mut self, id: i64) -> Result<()> {
        self.write(|tx| {
            live::<Reminder>(tx, id)?;
            tx.soft_delete::<Reminder>(id)
        })
    }

    /// The text message to send a unit that has not reported: the office signs it, the liaison
    /// is named when there is one, and the deadline is given with its weekday.
    pub fn reminder_message(&self, period_id: i64, unit_id: i64) -> Result<String> {
        let settings = self.settings()?;
        let period = period::get(self.conn(), period_id)?;
        let unit = live::<crate::roster::unit::Unit>(self.conn(), unit_id)?;
        let liaison: Option<String> = self
            .conn()
            .query_row(
                "SELECT name FROM liaison WHERE unit_id = ?1 AND end_on IS NULL AND deleted_at IS NULL",
                [unit_id],
                |r| r.get(0),
            )
            .optional()?;
        let greeting = match liaison {
            Some(name) => format!("{}{name}同志：", unit.name),
            None => format!("{}：", unit.name),
        };
        let due = deadline_text(period.deadline_date());
        let late = period.deadline_date() < self.today();
        let ask = if late {
            format!("报送截止时间{due}已过，请尽快报送。")
        } else {
            format!("请于{due}前报送。")
        };
        Ok(format!(
            "【{}】{greeting}贵单位{}信息收集汇总表尚未报送，{ask}如已报送请忽略。",
            settings.office_name,
            period.label()
        ))
    }
}
