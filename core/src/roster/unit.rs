//! 成员单位 (C1): member units. Names are unique among active units; deleting a unit that
//! still has seats in office is refused unless those seats are ended on a date.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::common::date;
use crate::common::error::{CoreError, Result};
use crate::common::validate::{optional, required};
use crate::desk::Desk;
use crate::store::{live, Columns, Record, SoftDeleted, Tx};

/// Categories the documents group units by; staff may type others.
pub const UNIT_CATEGORIES: [&str; 6] = ["党委部门", "政府部门", "群团组织", "企事业单位", "乡镇（街道）", "其他"];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Unit {
    pub id: i64,
    pub name: String,
    pub short_name: String,
    pub category: String,
    pub sort_order: i64,
    pub active_from: Option<String>,
    pub active_to: Option<String>,
    pub deleted_at: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UnitInput {
    pub name: String,
    pub short_name: String,
    pub category: String,
    /// Omitted: placed after the last unit.
    pub sort_order: Option<i64>,
    pub active_from: Option<String>,
    pub active_to: Option<String>,
}

/// A unit as the list shows it: with its seats in office and its current liaison.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UnitRow {
    #[serde(flatten)]
    #[ts(flatten)]
    pub unit: Unit,
    /// Whether the unit is a member unit today (not ended).
    pub active: bool,
    pub active_seats: i64,
    pub liaison_name: Option<String>,
}

impl Unit {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Self {
            id: r.get("id")?,
            name: r.get("name")?,
            short_name: r.get("short_name")?,
            category: r.get("category")?,
            sort_order: r.get("sort_order")?,
            active_from: r.get("active_from")?,
            active_to: r.get("active_to")?,
            deleted_at: r.get("deleted_at")?,
        })
    }
}

impl Record for Unit {
    const ENTITY: &'static str = "unit";
    const LABEL: &'static str = "成员单位";

    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>> {
        Ok(conn
            .query_row("SELECT * FROM unit WHERE id = ?1", [id], Self::from_row)
            .optional()?)
    }
}

struct CleanUnit {
    name: String,
    short_name: String,
    category: String,
    sort_order: Option<i64>,
    active_from: Option<String>,
    active_to: Option<String>,
}

impl UnitInput {
    fn validated(&self) -> Result<CleanUnit> {
        let from = date::parse_opt("activeFrom", "加入日期", self.active_from.as_deref())?;
        let to = date::parse_opt("activeTo", "退出日期", self.active_to.as_deref())?;
        if let (Some(f), Some(t)) = (from, to) {
            if t < f {
                return Err(CoreError::invalid("activeTo", "退出日期不能早于加入日期"));
            }
        }
        Ok(CleanUnit {
            name: required("name", "单位名称", &self.name, 40)?,
            short_name: optional("shortName", "简称", &self.short_name, 20)?,
            category: optional("category", "类别", &self.category, 20)?,
            sort_order: self.sort_order,
            active_from: from.map(date::iso),
            active_to: to.map(date::iso),
        })
    }
}

/// The SQL condition for “a member unit on date ?1”.
const ACTIVE_ON: &str = "deleted_at IS NULL AND (active_to IS NULL OR active_to >= ?1)";

fn ensure_unique_name(conn: &Connection, name: &str, except: Option<i64>, today: &str) -> Result<()> {
    let sql = format!("SELECT id FROM unit WHERE name = ?2 AND {ACTIVE_ON} AND id IS NOT ?3");
    let clash: Option<i64> = conn
        .query_row(&sql, params![today, name, except], |r| r.get(0))
        .optional()?;
    match clash {
        Some(_) => Err(CoreError::conflict(
            "name",
            format!("已有名为“{name}”的成员单位，单位名称不能重复"),
        )),
        None => Ok(()),
    }
}

fn next_sort_order(conn: &Connection) -> Result<i64> {
    let max: Option<i64> = conn.query_row("SELECT MAX(sort_order) FROM unit WHERE deleted_at IS NULL", [], |r| {
        r.get(0)
    })?;
    Ok(max.unwrap_or(0) + 10)
}

pub(crate) fn insert(tx: &Tx, u: &UnitInput, today: &str) -> Result<Unit> {
    let u = u.validated()?;
    ensure_unique_name(tx, &u.name, None, today)?;
    let sort = match u.sort_order {
        Some(s) => s,
        None => next_sort_order(tx)?,
    };
    tx.insert_columns::<Unit>(&u.columns(sort))
}

impl CleanUnit {
    /// The edited columns of a unit, shared by its INSERT and its UPDATE.
    fn columns(&self, sort_order: i64) -> Columns {
        Columns::new()
            .set("name", self.name.clone())
            .set("short_name", self.short_name.clone())
            .set("category", self.category.clone())
            .set("sort_order", sort_order)
            .set("active_from", self.active_from.clone())
            .set("active_to", self.active_to.clone())
    }
}

/// A unit that exists and is not in the recycle bin.
impl SoftDeleted for Unit {
    fn deleted_at(&self) -> Option<&str> {
        self.deleted_at.as_deref()
    }

    fn gone() -> CoreError {
        CoreError::not_found("找不到该成员单位，可能已被删除")
    }
}

impl Desk {
    pub fn list_units(&self) -> Result<Vec<UnitRow>> {
        crate::body::settings::require(self.conn())?;
        let today = date::iso(self.today());
        let mut stmt = self.conn().prepare(
            "SELECT u.*,
                (u.active_to IS NULL OR u.active_to >= ?1) AS active,
                (SELECT COUNT(*) FROM member m WHERE m.unit_id = u.id AND m.deleted_at IS NULL
                    AND m.term_from <= ?1 AND (m.term_to IS NULL OR m.term_to >= ?1)) AS active_seats,
                (SELECT l.name FROM liaison l WHERE l.unit_id = u.id AND l.end_on IS NULL
                    AND l.deleted_at IS NULL) AS liaison_name
             FROM unit u WHERE u.deleted_at IS NULL ORDER BY u.sort_order, u.id",
        )?;
        let rows = stmt.query_map([&today], |r| {
            Ok(UnitRow {
                unit: Unit::from_row(r)?,
                active: r.get("active")?,
                active_seats: r.get("active_seats")?,
                liaison_name: r.get("liaison_name")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn unit_categories(&self) -> Result<Vec<String>> {
        let mut all: Vec<String> = UNIT_CATEGORIES.iter().map(|s| s.to_string()).collect();
        let mut stmt = self.conn().prepare(
            "SELECT DISTINCT category FROM unit WHERE deleted_at IS NULL AND category <> '' ORDER BY category",
        )?;
        for c in stmt.query_map([], |r| r.get::<_, String>(0))? {
            let c = c?;
            if !all.contains(&c) {
                all.push(c);
            }
        }
        Ok(all)
    }

    pub fn add_unit(&mut self, input: &UnitInput) -> Result<Unit> {
        crate::body::settings::require(self.conn())?;
        let today = date::iso(self.today());
        self.write(|tx| insert(tx, input, &today))
    }

    pub fn update_unit(&mut self, id: i64, input: &UnitInput) -> Result<Unit> {
        let u = input.validated()?;
        let today = date::iso(self.today());
        self.write(|tx| {
            let old = live::<Unit>(tx, id)?;
            ensure_unique_name(tx, &u.name, Some(id), &today)?;
            let sort = u.sort_order.unwrap_or(old.sort_order);
            tx.update_columns::<Unit>(id, &u.columns(sort))
        })
    }
}
