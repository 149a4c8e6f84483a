//! 文种 (三门峡 rules 六, 云南 rules 第十四条): the kinds of document the office issues, each with
//! its prefix (发文机关代字), its default signer and how its numbers read. The defaults follow
//! the body's rules and its settings; the office renames, adds and retires kinds.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::body::kind::BodyKind;
use crate::body::settings::{BodySettings, MinutesNumberStyle};
use crate::common::error::{CoreError, Result};
use crate::common::validate::{optional, required};
use crate::desk::Desk;
use crate::store::{live, Columns, Record, SoftDeleted, Tx};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocKind {
    pub id: i64,
    pub name: String,
    /// 发文机关代字, e.g. 三健委 in 三健委〔2026〕1号.
    pub prefix: String,
    /// Who signs this kind by default (签发人).
    pub signer: String,
    /// 〔2026〕1号 or 第1期.
    pub numbering: MinutesNumberStyle,
    /// Minutes take their numbers from this kind.
    pub for_minutes: bool,
    pub sort_order: i64,
    /// 停用: kept for its documents, no longer offered for new ones.
    pub retired: bool,
    pub deleted_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocKindInput {
    pub name: String,
    pub prefix: String,
    pub signer: String,
    pub numbering: MinutesNumberStyle,
    pub retired: bool,
}

impl DocKind {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Self {
            id: r.get("id")?,
            name: r.get("name")?,
            prefix: r.get("prefix")?,
            signer: r.get("signer")?,
            numbering: r.get("numbering")?,
            for_minutes: r.get("for_minutes")?,
            sort_order: r.get("sort_order")?,
            retired: r.get("retired")?,
            deleted_at: r.get("deleted_at")?,
        })
    }

    /// The 文号 of number `number` in `year`: 三健委〔2026〕1号 (GB/T 9704 §7.2.4: the year in
    /// full in 〔〕, no leading zeros, no 第), or 第1期 for a kind numbered by issue.
    pub fn doc_number(&self, year: i32, number: i64) -> String {
        match self.numbering {
            MinutesNumberStyle::Year => format!("{}〔{year}〕{number}号", self.prefix),
            MinutesNumberStyle::Issue => format!("{}第{number}期", self.prefix),
        }
    }
}

impl Record for DocKind {
    const ENTITY: &'static str = "doc_kind";
    const LABEL: &'static str = "文种";

    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>> {
        Ok(conn
            .query_row("SELECT * FROM doc_kind WHERE id = ?1", [id], Self::from_row)
            .optional()?)
    }
}

impl SoftDeleted for DocKind {
    fn deleted_at(&self) -> Option<&str> {
        self.deleted_at.as_deref()
    }

    fn gone() -> CoreError {
        CoreError::invalid("kindId", "所选文种不存在")
    }
}

/// The kinds of the body's rules, named after its kind, with prefixes from its settings: a
/// letter adds 函 and the office 办 to the body's prefix unless the settings name their own.
fn defaults(s: &BodySettings) -> Vec<(DocKindInput, bool)> {
    let (short, head) = match s.kind {
        BodyKind::Committee => ("推进委员会", "推进委员会主任"),
        BodyKind::LeadingGroup => ("领导小组", "领导小组组长"),
    };
    let own_or = |own: &str, suffix: &str| match (own, s.doc_prefix_body.as_str()) {
        ("", "") => String::new(),
        ("", body) => format!("{body}{suffix}"),
        (own, _) => own.to_owned(),
    };
    let office = own_or(&s.doc_prefix_office, "办");
    let office_letter = if office.is_empty() {
        String::new()
    } else {
        format!("{office}函")
    };
    // 三门峡 rules 六(三)(四): the body's letters are signed by the host unit's head.
    let host = if s.host_unit.is_empty() {
        head.to_owned()
    } else {
        format!("{}主要负责同志", s.host_unit)
    };
    let k = |name: String, prefix: String, signer: &str, numbering| DocKindInput {
        name,
        prefix,
        signer: signer.to_owned(),
        numbering,
        retired: false,
    };
    use MinutesNumberStyle::{Issue, Year};
    vec![
        (k(format!("{short}文件"), s.doc_prefix_body.clone(), head, Year), false),
        (
            k(format!("{short}函"), own_or(&s.doc_prefix_letter, "函"), &host, Year),
            false,
        ),
        (k("办公室文件".into(), office, "办公室主任", Year), false),
        (k("办公室函".into(), office_letter, "办公室副主任", Year), false),
        (
            k("会议纪要".into(), String::new(), "会议召集人", s.minutes_number_style),
            true,
        ),
        (k("工作专报".into(), String::new(), "办公室主任", Issue), false),
        (k("通报".into(), String::new(), "办公室主任", Issue), false),
    ]
}

/// The trimmed name, unless another kind (not `id`) already has it.
fn unique_name(conn: &Connection, name: &str, id: i64) -> Result<String> {
    let name = required("name", "文种名称", name, 20)?;
    let taken: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM doc_kind WHERE name = ?1 AND id <> ?2 AND deleted_at IS NULL)",
        params![name, id],
        |r| r.get(0),
    )?;
    if taken {
        return Err(CoreError::conflict("name", format!("已有名为“{name}”的文种")));
    }
    Ok(name)
}

impl DocKindInput {
    /// The edited columns of a kind, shared by its INSERT and its UPDATE.
    fn columns(&self, conn: &Connection, id: i64) -> Result<Columns> {
        Ok(Columns::new()
            .set("name", unique_name(conn, &self.name, id)?)
            .set("prefix", optional("prefix", "发文机关代字", &self.prefix, 20)?)
            .set("signer", optional("signer", "默认签发人", &self.signer, 60)?)
            .set("numbering", self.numbering)
            .set("retired", self.retired))
    }
}

fn insert(tx: &Tx, input: &DocKindInput, for_minutes: bool) -> Result<DocKind> {
    let sort: i64 = tx.query_row("SELECT COALESCE(MAX(sort_order), 0) + 10 FROM doc_kind", [], |r| {
        r.get(0)
    })?;
    let columns = input
        .columns(tx, 0)?
        .set("for_minutes", for_minutes)
        .set("sort_order", sort);
    tx.insert_columns::<DocKind>(&columns)
}

fn any_kind(conn: &Connection) -> Result<bool> {
    Ok(conn.query_row("SELECT EXISTS (SELECT 1 FROM doc_kind)", [], |r| r.get(0))?)
}

/// Writes the default kinds once, the first time a configured body has none at all.
pub(crate) fn seed(tx: &Tx, settings: &BodySettings) -> Result<()> {
    if !any_kind(tx)? {
        for (k, for_minutes) in defaults(settings) {
            insert(tx, &k, for_minutes)?;
        }
    }
    Ok(())
}

/// The kind minutes are numbered under.
pub(crate) fn for_minutes(conn: &Connection) -> Result<DocKind> {
    conn.query_row(
        "SELECT * FROM doc_kind WHERE for_minutes = 1 AND deleted_at IS NULL",
        [],
        DocKind::from_row,
    )
    .optional()?
    .ok_or_else(|| CoreError::storage("公文登记中没有“会议纪要”文种，无法给纪要编号"))
}

impl Desk {
    /// Every kind, retired ones too (their documents still show), in the order the body set.
    pub fn doc_kinds(&self) -> Result<Vec<DocKind>> {
        let mut stmt = self
            .conn()
            .prepare("SELECT * FROM doc_kind WHERE deleted_at IS NULL ORDER BY sort_order, id")?;
        let rows = stmt.query_map([], DocKind::from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn add_doc_kind(&mut self, input: &DocKindInput) -> Result<DocKind> {
        crate::body::settings::require(self.conn())?;
        self.write(|tx| insert(tx, input, false))
    }

    /// Renames a kind, changes its prefix, signer or numbering, or retires (停用) it. Numbers
    /// already given keep the 文号 they were given.
    pub fn update_doc_kind(&mut self, id: i64, input: &DocKindInput) -> Result<DocKind> {
        self.write(|tx| {
            let old = live::<DocKind>(tx, id)?;
            if old.for_minutes && input.retired {
                return Err(CoreError::invalid("retired", "纪要按这个文种编号，不能停用"));
            }
            tx.update_columns::<DocKind>(id, &input.columns(tx, id)?)
        })
    }
}
