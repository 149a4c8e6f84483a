//! 会议类型 (三门峡 rules 五, 云南 rules 第十一—十三条): each kind with who convenes it and how often it meets.
//! The defaults follow the body's own rules; the office renames, adds and retires kinds.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::body::kind::BodyKind;
use crate::body::role::Role;
use crate::common::codes;
use crate::common::error::{CoreError, Result};
use crate::common::validate::required;
use crate::desk::Desk;
use crate::store::{live, Columns, Record, SoftDeleted, Tx};

crate::coded_enum! {
    /// 召开频次.
    pub enum Cadence: "召开频次" {
        Yearly = "yearly" / "每年",
        Monthly = "monthly" / "每月",
        Weekly = "weekly" / "每周",
        AdHoc = "ad_hoc" / "不定期",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeetingKind {
    pub id: i64,
    pub name: String,
    /// Who convenes it by default; the meeting form proposes the person holding this seat.
    pub convener_role: Option<Role>,
    pub cadence: Cadence,
    pub sort_order: i64,
    /// 停用: kept for its meetings, no longer offered for new ones.
    pub retired: bool,
    pub deleted_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeetingKindInput {
    pub name: String,
    pub convener_role: Option<Role>,
    pub cadence: Cadence,
    pub retired: bool,
}

impl MeetingKind {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Self {
            id: r.get("id")?,
            name: r.get("name")?,
            convener_role: codes::optional_column(&r.get::<_, String>("convener_role")?)?,
            cadence: r.get("cadence")?,
            sort_order: r.get("sort_order")?,
            retired: r.get("retired")?,
            deleted_at: r.get("deleted_at")?,
        })
    }
}

impl Record for MeetingKind {
    const ENTITY: &'static str = "meeting_kind";
    const LABEL: &'static str = "会议类型";

    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>> {
        Ok(conn
            .query_row("SELECT * FROM meeting_kind WHERE id = ?1", [id], Self::from_row)
            .optional()?)
    }
}

/// The kinds the body's working rules name: 三门峡 rules 五 for a 推进委员会, 云南 rules 第十一—十三条 for a 领导小组.
fn defaults(kind: BodyKind) -> Vec<MeetingKindInput> {
    let k = |name: &str, role: Option<Role>, cadence| MeetingKindInput {
        name: name.into(),
        convener_role: role,
        cadence,
        retired: false,
    };
    match kind {
        BodyKind::Committee => vec![
            k("全体会议", Some(Role::Director), Cadence::Yearly),
            k("主任办公会议", Some(Role::Director), Cadence::AdHoc),
            k("办公室会议", Some(Role::SecretaryGeneral), Cadence::AdHoc),
            k("专题会议", None, Cadence::AdHoc),
        ],
        BodyKind::LeadingGroup => vec![
            k("领导小组会议", Some(Role::Director), Cadence::Monthly),
            k("办公室会议", Some(Role::OfficeDirector), Cadence::Weekly),
            k("专题会议", None, Cadence::AdHoc),
        ],
    }
}

/// The trimmed name, unless another kind (not `id`) already has it.
fn unique_name(conn: &Connection, name: &str, id: i64) -> Result<String> {
    let name = required("name", "会议类型名称", name, 20)?;
    let taken: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM meeting_kind WHERE name = ?1 AND id <> ?2 AND deleted_at IS NULL)",
        params![name, id],
        |r| r.get(0),
    )?;
    if taken {
        return Err(CoreError::conflict("name", format!("已有名为“{name}”的会议类型")));
    }
    Ok(name)
}

fn insert(tx: &Tx, input: &MeetingKindInput) -> Result<MeetingKind> {
    let name = unique_name(tx, &input.name, 0)?;
    let sort_order: i64 = tx.query_row("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM meeting_kind", [], |r| {
        r.get(0)
    })?;
    tx.insert_columns::<MeetingKind>(&input.columns(name).set("sort_order", sort_order))
}

impl MeetingKindInput {
    /// The edited columns of a kind, shared by its INSERT and its UPDATE; none chosen is stored
    /// as the empty text.
    fn columns(&self, name: String) -> Columns {
        Columns::new()
            .set("name", name)
            .set("convener_role", self.convener_role.map(Role::code).unwrap_or(""))
            .set("cadence", self.cadence)
            .set("retired", self.retired)
    }
}

fn any_kind(conn: &Connection) -> Result<bool> {
    Ok(conn.query_row("SELECT EXISTS (SELECT 1 FROM meeting_kind)", [], |r| r.get(0))?)
}

/// Writes the default kinds once, the first time a configured body has none at all.
pub(crate) fn seed(tx: &Tx, body: BodyKind) -> Result<()> {
    if !any_kind(tx)? {
        for k in defaults(body) {
            insert(tx, &k)?;
        }
    }
    Ok(())
}

impl SoftDeleted for MeetingKind {
    fn deleted_at(&self) -> Option<&str> {
        self.deleted_at.as_deref()
    }

    fn gone() -> CoreError {
        CoreError::invalid("kindId", "所选会议类型不存在或已删除")
    }
}

impl Desk {
    /// Every kind, retired ones too (their meetings still show), in the order the body set.
    pub fn meeting_kinds(&self) -> Result<Vec<MeetingKind>> {
        let mut stmt = self
            .conn()
            .prepare("SELECT * FROM meeting_kind WHERE deleted_at IS NULL ORDER BY sort_order, id")?;
        let rows = stmt.query_map([], MeetingKind::from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn add_meeting_kind(&mut self, input: &MeetingKindInput) -> Result<MeetingKind> {
        crate::body::settings::require(self.conn())?;
        self.write(|tx| insert(tx, input))
    }

    /// Renames, changes the convener or cadence, or retires (停用) a kind.
    pub fn update_meeting_kind(&mut self, id: i64, input: &MeetingKindInput) -> Result<MeetingKind> {
        self.write(|tx| {
            live::<MeetingKind>(tx, id)?;
            let name = unique_name(tx, &input.name, id)?;
            tx.update_columns::<MeetingKind>(id, &input.columns(name))
        })
    }
}
