//! 目标任务分解 (泸州 notice 附件2): what each special action must do, who leads it and who helps.
//! The monthly returns (信息收集汇总表) are filled in per task by its lead unit.

use rusqlite::{Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::common::error::{CoreError, Result};
use crate::common::validate::{optional, required};
use crate::desk::Desk;
use crate::store::{live, Columns, Record, SoftDeleted, Tx};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Task {
    pub id: i64,
    /// 专项行动名称
    pub action_name: String,
    /// 序号
    pub seq: i64,
    /// 工作内容
    pub content: String,
    /// 牵头领导
    pub lead_leader: String,
    /// 牵头科室（单位）
    pub lead_unit_id: Option<i64>,
    /// 配合科室（单位）
    pub cooperating: String,
    pub active: bool,
    pub deleted_at: Option<String>,
}

/// A task with its lead unit's name, as the views show it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TaskRow {
    #[serde(flatten)]
    #[ts(flatten)]
    pub task: Task,
    pub lead_unit_name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TaskInput {
    pub action_name: String,
    /// Omitted: after the last task.
    pub seq: Option<i64>,
    pub content: String,
    pub lead_leader: String,
    pub lead_unit_id: Option<i64>,
    pub cooperating: String,
    pub active: bool,
}

struct CleanTask {
    action_name: String,
    seq: Option<i64>,
    content: String,
    lead_leader: String,
    lead_unit_id: Option<i64>,
    cooperating: String,
    active: bool,
}

impl TaskInput {
    fn validated(&self, conn: &Connection) -> Result<CleanTask> {
        if let Some(unit) = self.lead_unit_id {
            crate::store::live::<crate::roster::unit::Unit>(conn, unit)
                .map_err(|_| CoreError::invalid("leadUnitId", "所选牵头科室（单位）不存在或已删除"))?;
        }
        if self.seq.is_some_and(|s| s < 1) {
            return Err(CoreError::invalid("seq", "序号应为正整数"));
        }
        Ok(CleanTask {
            action_name: required("actionName", "专项行动名称", &self.action_name, 40)?,
            seq: self.seq,
            content: required("content", "工作内容", &self.content, 500)?,
            lead_leader: optional("leadLeader", "牵头领导", &self.lead_leader, 20)?,
            lead_unit_id: self.lead_unit_id,
            cooperating: optional("cooperating", "配合科室（单位）", &self.cooperating, 200)?,
            active: self.active,
        })
    }
}

impl Task {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Self {
            id: r.get("id")?,
            action_name: r.get("action_name")?,
            seq: r.get("seq")?,
            content: r.get("content")?,
            lead_leader: r.get("lead_leader")?,
            lead_unit_id: r.get("lead_unit_id")?,
            cooperating: r.get("cooperating")?,
            active: r.get("active")?,
            deleted_at: r.get("deleted_at")?,
        })
    }
}

impl Record for Task {
    const ENTITY: &'static str = "task";
    const LABEL: &'static str = "目标任务";

    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>> {
        Ok(conn
            .query_row("SELECT * FROM task WHERE id = ?1", [id], Self::from_row)
            .optional()?)
    }
}

fn next_seq(conn: &Connection) -> Result<i64> {
    let max: Option<i64> = conn.query_row("SELECT MAX(seq) FROM task WHERE deleted_at IS NULL", [], |r| r.get(0))?;
    Ok(max.unwrap_or(0) + 1)
}

impl SoftDeleted for Task {
    fn deleted_at(&self) -> Option<&str> {
        self.deleted_at.as_deref()
    }

    fn gone() -> CoreError {
        CoreError::not_found("这条目标任务不存在或已删除")
    }
}

pub(crate) fn insert(tx: &Tx, input: &TaskInput) -> Result<Task> {
    let t = input.validated(tx)?;
    let seq = match t.seq {
        Some(s) => s,
        None => next_seq(tx)?,
    };
    tx.insert_columns::<Task>(&t.columns(seq))
}

impl CleanTask {
    /// The edited columns of a task, shared by its INSERT and its UPDATE.
    fn columns(&self, seq: i64) -> Columns {
        Columns::new()
            .set("action_name", self.action_name.clone())
            .set("seq", seq)
            .set("content", self.content.clone())
            .set("lead_leader", self.lead_leader.clone())
            .set("lead_unit_id", self.lead_unit_id)
            .set("cooperating", self.cooperating.clone())
            .set("active", self.active)
    }
}

impl Desk {
    /// The breakdown in 序号 order; the view groups it by 专项行动.
    pub fn list_tasks(&self) -> Result<Vec<TaskRow>> {
        crate::body::settings::require(self.conn())?;
        let mut stmt = self.conn().prepare(
            "SELECT t.*, u.name AS lead_unit_name FROM task t LEFT JOIN unit u ON u.id = t.lead_unit_id
             WHERE t.deleted_at IS NULL ORDER BY t.seq, t.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(TaskRow {
                task: Task::from_row(r)?,
                lead_unit_name: r.get("lead_unit_name")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn add_task(&mut self, input: &TaskInput) -> Result<Task> {
        crate::body::settings::require(self.conn())?;
        self.write(|tx| insert(tx, input))
    }

    pub fn update_task(&mut self, id: i64, input: &TaskInput) -> Result<Task> {
        self.write(|tx| {
            let old = live::<Task>(tx, id)?;
            let t = input.validated(tx)?;
            let seq = t.seq.unwrap_or(old.seq);
            tx.update_columns::<Task>(id, &t.columns(seq))
        })
    }

    /// Soft delete: the task leaves the breakdown, its history stays.
    pub fn delete_task(&mut self, id: i64) -> Result<()> {
        self.write(|tx| {
            live::<Task>(tx, id)?;
            tx.soft_delete::<Task>(id)
        })
    }
}
