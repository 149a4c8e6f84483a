//! 专项行动工作组 (C3; 三门峡 rules 三, 舞钢 opinion): each group's lead unit, cooperating units,
//! 组长/副组长/成员, duties and targets. A group is retired (撤销) on a date, never deleted:
//! meetings and experts keep pointing at it.

use std::collections::{BTreeSet, HashMap};

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::common::date;
use crate::common::error::{CoreError, Result};
use crate::common::validate::{optional, required};
use crate::desk::Desk;
use crate::store::{live, Columns, Record, SoftDeleted, Tx};

crate::coded_enum! {
    /// A person's place in a working group (三门峡 rules 三(二)).
    pub enum GroupRole: "工作组职务" {
        Leader = "leader" / "组长",
        Deputy = "deputy" / "副组长",
        Member = "member" / "成员",
    }
}

/// One of a group's people: a seat from the roster (`member_id`), or a person typed in.
/// The name, post and unit are kept as entered so the group's list prints what was decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GroupPerson {
    pub role: GroupRole,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub member_id: Option<i64>,
    pub name: String,
    #[serde(default)]
    pub post: String,
    #[serde(default)]
    pub unit_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActionGroup {
    pub id: i64,
    pub name: String,
    pub sort_order: i64,
    pub lead_unit_id: Option<i64>,
    /// 配合单位, in the order entered.
    pub cooperating_unit_ids: Vec<i64>,
    /// 组长, 副组长, 成员, in the order entered.
    pub people: Vec<GroupPerson>,
    /// 工作职责
    pub duties: String,
    /// 工作目标
    pub targets: String,
    /// YYYY-MM-DD: the day the group was retired (撤销).
    pub retired_on: Option<String>,
    pub deleted_at: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActionGroupInput {
    pub name: String,
    pub lead_unit_id: Option<i64>,
    pub cooperating_unit_ids: Vec<i64>,
    pub people: Vec<GroupPerson>,
    pub duties: String,
    pub targets: String,
}

/// A working group and the member units working in it, for inviting a group to a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GroupUnits {
    pub group_id: i64,
    pub name: String,
    /// Its lead and cooperating units, and the units leading or cooperating (配合) on its tasks
    /// in the 目标任务分解.
    pub unit_ids: Vec<i64>,
}

impl ActionGroup {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        let units: String = r.get("cooperating_unit_ids")?;
        let people: String = r.get("people")?;
        Ok(Self {
            id: r.get("id")?,
            name: r.get("name")?,
            sort_order: r.get("sort_order")?,
            lead_unit_id: r.get("lead_unit_id")?,
            cooperating_unit_ids: json_column(&units, "配合单位")?,
            people: json_column(&people, "人员")?,
            duties: r.get("duties")?,
            targets: r.get("targets")?,
            retired_on: r.get("retired_on")?,
            deleted_at: r.get("deleted_at")?,
        })
    }

    pub fn is_retired(&self) -> bool {
        self.retired_on.is_some()
    }
}

/// A JSON column this program wrote; anything else is a damaged or foreign value, not a default.
fn json_column<T: serde::de::DeserializeOwned>(text: &str, what: &str) -> rusqlite::Result<T> {
    serde_json::from_str(text).map_err(|e| {
        let damaged = CoreError::storage(format!(
            "专项行动工作组的{what}数据无法读取，可能来自更新版本的程序或已损坏"
        ))
        .caused_by(e);
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(damaged))
    })
}

impl Record for ActionGroup {
    const ENTITY: &'static str = "action_group";
    const LABEL: &'static str = "专项行动工作组";

    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>> {
        Ok(conn
            .query_row("SELECT * FROM action_group WHERE id = ?1", [id], Self::from_row)
            .optional()?)
    }
}

impl SoftDeleted for ActionGroup {
    fn deleted_at(&self) -> Option<&str> {
        self.deleted_at.as_deref()
    }

    fn gone() -> CoreError {
        CoreError::not_found("找不到该专项行动工作组")
    }
}

impl GroupPerson {
    fn validated(&self, conn: &Connection, place: usize) -> Result<Self> {
        let at = |label: &str| format!("第{place}位人员的{label}");
        let mut person = Self {
            role: self.role,
            member_id: self.member_id,
            name: required("people", &at("姓名"), &self.name, 20)?,
            post: optional("people", &at("职务"), &self.post, 40)?,
            unit_name: optional("people", &at("单位"), &self.unit_name, 40)?,
        };
        if let Some(id) = person.member_id {
            let known: Option<i64> = conn
                .query_row(
                    "SELECT id FROM member WHERE id = ?1 AND deleted_at IS NULL",
                    [id],
                    |r| r.get(0),
                )
                .optional()?;
            if known.is_none() {
                person.member_id = None;
            }
        }
        Ok(person)
    }
}

struct CleanGroup {
    name: String,
    lead_unit_id: Option<i64>,
    cooperating: String,
    people: String,
    duties: String,
    targets: String,
}

fn is_live_unit(conn: &Connection, id: i64) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM unit WHERE id = ?1 AND deleted_at IS NULL)",
        [id],
        |r| r.get(0),
    )?)
}

impl ActionGroupInput {
    fn validated(&self, conn: &Connection) -> Result<CleanGroup> {
        if let Some(id) = self.lead_unit_id {
            if !is_live_unit(conn, id)? {
                return Err(CoreError::invalid(
                    "leadUnitId",
                    "所选牵头单位不存在或已删除，请重新选择",
                ));
            }
        }
        // A cooperating unit removed since the group was last saved drops out of it.
        let mut cooperating: Vec<i64> = Vec::new();
        for &id in &self.cooperating_unit_ids {
            if Some(id) != self.lead_unit_id && !cooperating.contains(&id) && is_live_unit(conn, id)? {
                cooperating.push(id);
            }
        }
        let people = self
            .people
            .iter()
            .enumerate()
            .map(|(i, p)| p.validated(conn, i + 1))
            .collect::<Result<Vec<_>>>()?;
        Ok(CleanGroup {
            name: required("name", "工作组名称", &self.name, 40)?,
            lead_unit_id: self.lead_unit_id,
            cooperating: serde_json::to_string(&cooperating)?,
            people: serde_json::to_string(&people)?,
            duties: optional("duties", "工作职责", &self.duties, 2000)?,
            targets: optional("targets", "工作目标", &self.targets, 2000)?,
        })
    }
}

impl CleanGroup {
    /// The edited columns of a group, shared by its INSERT and its UPDATE.
    fn columns(&self) -> Columns {
        Columns::new()
            .set("name", self.name.clone())
            .set("lead_unit_id", self.lead_unit_id)
            .set("cooperating_unit_ids", self.cooperating.clone())
            .set("people", self.people.clone())
            .set("duties", self.duties.clone())
            .set("targets", self.targets.clone())
    }
}

fn ensure_unique_name(conn: &Connection, name: &str, except: Option<i64>) -> Result<()> {
    let clash: Option<i64> = conn
        .query_row(
            "SELECT id FROM action_group WHERE name = ?1 AND deleted_at IS NULL AND retired_on IS NULL
               AND id IS NOT ?2",
            params![name, except],
            |r| r.get(0),
        )
        .optional()?;
    match clash {
        Some(_) => Err(CoreError::conflict("name", format!("已有名为“{name}”的工作组"))),
        None => Ok(()),
    }
}

pub(crate) fn insert(tx: &Tx, name: &str, sort_order: i64, lead_unit_id: Option<i64>) -> Result<ActionGroup> {
    let input = ActionGroupInput {
        name: name.to_owned(),
        lead_unit_id,
        ..ActionGroupInput::default()
    };
    insert_input(tx, &input, Some(sort_order))
}

fn insert_input(tx: &Tx, input: &ActionGroupInput, sort_order: Option<i64>) -> Result<ActionGroup> {
    let g = input.validated(tx)?;
    ensure_unique_name(tx, &g.name, None)?;
    let sort = match sort_order {
        Some(s) => s,
        None => tx.query_row(
            "SELECT COALESCE(MAX(sort_order), 0) + 10 FROM action_group WHERE deleted_at IS NULL",
            [],
            |r| r.get(0),
        )?,
    };
    tx.insert_columns::<ActionGroup>(&g.columns().set("sort_order", sort))
}

impl Desk {
    /// The groups working today, in order.
    pub fn action_groups(&self) -> Result<Vec<ActionGroup>> {
        Ok(self
            .all_action_groups()?
            .into_iter()
            .filter(|g| !g.is_retired())
            .collect())
    }

    /// Every group, the retired ones too, in order.
    pub fn all_action_groups(&self) -> Result<Vec<ActionGroup>> {
        let mut stmt = self
            .conn()
            .prepare("SELECT * FROM action_group WHERE deleted_at IS NULL ORDER BY sort_order, id")?;
        let rows = stmt.query_map([], ActionGroup::from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn add_action_group(&mut self, input: &ActionGroupInput) -> Result<ActionGroup> {
        crate::body::settings::require(self.conn())?;
        self.write(|tx| insert_input(tx, input, None))
    }

    pub fn update_action_group(&mut self, id: i64, input: &ActionGroupInput) -> Result<ActionGroup> {
        self.write(|tx| {
            live::<ActionGroup>(tx, id)?;
            let g = input.validated(tx)?;
            ensure_unique_name(tx, &g.name, Some(id))?;
            tx.update_columns::<ActionGroup>(id, &g.columns())
        })
    }

    /// Puts the groups in the order given (ids of groups not listed keep their place after them).
    pub fn reorder_action_groups(&mut self, ids: &[i64]) -> Result<Vec<ActionGroup>> {
        self.write(|tx| {
            for (i, &id) in ids.iter().enumerate() {
                let old = live::<ActionGroup>(tx, id)?;
                let sort = (i as i64 + 1) * 10;
                if old.sort_order != sort {
                    tx.update_columns::<ActionGroup>(id, &Columns::new().set("sort_order", sort))?;
                }
            }
            Ok(())
        })?;
        self.all_action_groups()
    }

    /// 撤销: the group stops working on `on`; it stays listed among the retired ones.
    pub fn retire_action_group(&mut self, id: i64, on: &str) -> Result<ActionGroup> {
        let on = date::parse("retiredOn", "撤销日期", on)?;
        if on > self.today() {
            return Err(CoreError::invalid("retiredOn", "撤销日期不能晚于今天"));
        }
        let on = date::iso(on);
        self.write(|tx| {
            if live::<ActionGroup>(tx, id)?.is_retired() {
                return Err(CoreError::conflict("retiredOn", "该工作组已撤销"));
            }
            tx.update_columns::<ActionGroup>(id, &Columns::new().set("retired_on", on))
        })
    }

    /// Undoes a retirement: the group works again under its name.
    pub fn reinstate_action_group(&mut self, id: i64) -> Result<ActionGroup> {
        self.write(|tx| {
            let group = live::<ActionGroup>(tx, id)?;
            ensure_unique_name(tx, &group.name, Some(id))?;
            tx.update_columns::<ActionGroup>(id, &Columns::new().set("retired_on", None::<String>))
        })
    }

    pub fn action_group_units(&self) -> Result<Vec<GroupUnits>> {
        let mut working = self.task_units_by_action()?;
        Ok(self
            .action_groups()?
            .into_iter()
            .map(|g| {
                let mut units = working.remove(&g.name).unwrap_or_default();
                units.extend(g.lead_unit_id);
                units.extend(g.cooperating_unit_ids.iter().copied());
                GroupUnits {
                    group_id: g.id,
                    name: g.name,
                    unit_ids: units.into_iter().collect(),
                }
            })
            .collect())
    }

    /// For each 专项行动名称, the units leading or cooperating on its active tasks.
    fn task_units_by_action(&self) -> Result<HashMap<String, BTreeSet<i64>>> {
        let by_name: HashMap<String, i64> = self
            .conn()
            .prepare("SELECT name, id FROM unit WHERE deleted_at IS NULL")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut working: HashMap<String, BTreeSet<i64>> = HashMap::new();
        let mut stmt = self.conn().prepare(
            "SELECT action_name, lead_unit_id, cooperating FROM task WHERE deleted_at IS NULL AND active = 1",
        )?;
        let tasks = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<i64>>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        for task in tasks {
            let (action, lead, cooperating) = task?;
            let units = working.entry(action).or_default();
            units.extend(lead);
            // 配合科室（单位） is written as names separated by 、 or ，; names not on the roll are skipped.
            units.extend(
                cooperating
                    .split(['、', '，', ','])
                    .filter_map(|n| by_name.get(n.trim())),
            );
        }
        Ok(working)
    }
}
