//! 专家咨询委员会 (C3; 三门峡 rules 四): experts recommended by a working group or a county
//! (district), appointed by the body for two years. The term's end follows from its start;
//! 在聘 and 期满 follow from the term, 解聘 is recorded with its date, reason and approving
//! document (四(四): 报经推进委员会主任批准).

use chrono::{Months, NaiveDate};
use rusqlite::{Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::action_group::ActionGroup;
use crate::common::date;
use crate::common::error::{CoreError, Result};
use crate::common::validate::{optional, required};
use crate::desk::Desk;
use crate::roster::phone;
use crate::store::{live, Columns, Record, SoftDeleted};

/// 聘期两年 (三门峡 rules 四(四)).
const TERM_MONTHS: u32 = 24;
/// How far ahead the 工作台 warns of a term's end.
pub const EXPIRY_WARNING_DAYS: i64 = 60;

crate::coded_enum! {
    pub enum PanelRole: "专家委员会职务" {
        Director = "director" / "主任",
        Deputy = "deputy" / "副主任",
        Member = "member" / "委员",
    }
}

crate::coded_enum! {
    /// Who put the expert forward (三门峡 rules 四(二)).
    pub enum RecommenderKind: "推荐方" {
        Group = "group" / "专项行动工作组",
        Area = "area" / "县（市、区）",
    }
}

crate::coded_enum! {
    pub enum ExpertStatus: "聘任状态" {
        Serving = "serving" / "在聘",
        Expired = "expired" / "期满",
        Dismissed = "dismissed" / "解聘",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Expert {
    pub id: i64,
    pub name: String,
    /// 工作单位
    pub employer: String,
    /// 职称
    pub professional_title: String,
    /// 专业领域
    pub specialty: String,
    pub recommender_kind: RecommenderKind,
    pub recommender_group_id: Option<i64>,
    /// The county or district that recommended the expert, e.g. 湖滨区.
    pub recommender_area: String,
    pub panel_role: PanelRole,
    /// YYYY-MM-DD
    pub term_from: String,
    /// YYYY-MM-DD, the last day of the term: two years on, less a day.
    pub term_to: String,
    pub phone: String,
    pub dismissed_on: Option<String>,
    pub dismissal_reason: String,
    /// The approving document, e.g. 三健委函〔2026〕5号.
    pub dismissal_document: String,
    pub sort_order: i64,
    pub deleted_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExpertInput {
    pub name: String,
    pub employer: String,
    pub professional_title: String,
    pub specialty: String,
    pub recommender_kind: RecommenderKind,
    pub recommender_group_id: Option<i64>,
    pub recommender_area: String,
    pub panel_role: PanelRole,
    pub term_from: String,
    pub phone: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DismissExpertInput {
    pub on: String,
    pub reason: String,
    pub document: String,
}

/// An expert as the panel's list shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExpertRow {
    #[serde(flatten)]
    #[ts(flatten)]
    pub expert: Expert,
    pub status: ExpertStatus,
    /// The recommending group's name, or the county's.
    pub recommender: String,
    /// Days from today to the term's last day, while serving.
    pub days_left: Option<i64>,
    /// Serving, and the term ends within [`EXPIRY_WARNING_DAYS`].
    pub ending_soon: bool,
}

impl Expert {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Self {
            id: r.get("id")?,
            name: r.get("name")?,
            employer: r.get("employer")?,
            professional_title: r.get("professional_title")?,
            specialty: r.get("specialty")?,
            recommender_kind: r.get("recommender_kind")?,
            recommender_group_id: r.get("recommender_group_id")?,
            recommender_area: r.get("recommender_area")?,
            panel_role: r.get("panel_role")?,
            term_from: r.get("term_from")?,
            term_to: r.get("term_to")?,
            phone: r.get("phone")?,
            dismissed_on: r.get("dismissed_on")?,
            dismissal_reason: r.get("dismissal_reason")?,
            dismissal_document: r.get("dismissal_document")?,
            sort_order: r.get("sort_order")?,
            deleted_at: r.get("deleted_at")?,
        })
    }

    pub fn status(&self, today: NaiveDate) -> ExpertStatus {
        if self.dismissed_on.is_some() {
            ExpertStatus::Dismissed
        } else if date::iso(today) > self.term_to {
            ExpertStatus::Expired
        } else {
            ExpertStatus::Serving
        }
    }
}

impl Record for Expert {
    const ENTITY: &'static str = "expert";
    const LABEL: &'static str = "专家";

    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>> {
        Ok(conn
            .query_row("SELECT * FROM expert WHERE id = ?1", [id], Self::from_row)
            .optional()?)
    }
}

impl SoftDeleted for Expert {
    fn deleted_at(&self) -> Option<&str> {
        self.deleted_at.as_deref()
    }

    fn gone() -> CoreError {
        CoreError::not_found("找不到这位专家，可能已被删除")
    }
}

/// The last day of a term that starts on `from`.
pub fn term_end(from: NaiveDate) -> NaiveDate {
    from.checked_add_months(Months::new(TERM_MONTHS))
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MAX)
}

impl ExpertInput {
    fn columns(&self, conn: &Connection) -> Result<Columns> {
        let from = date::parse("termFrom", "聘期起始日期", &self.term_from)?;
        let (group, area) = match self.recommender_kind {
            RecommenderKind::Group => {
                let id = self
                    .recommender_group_id
                    .ok_or_else(|| CoreError::invalid("recommenderGroupId", "请选择推荐的工作组"))?;
                live::<ActionGroup>(conn, id)
                    .map_err(|_| CoreError::invalid("recommenderGroupId", "所选工作组不存在，请重新选择"))?;
                (Some(id), String::new())
            }
            RecommenderKind::Area => (
                None,
                required("recommenderArea", "推荐的县（市、区）", &self.recommender_area, 20)?,
            ),
        };
        Ok(Columns::new()
            .set("name", required("name", "姓名", &self.name, 20)?)
            .set("employer", optional("employer", "工作单位", &self.employer, 60)?)
            .set(
                "professional_title",
                optional("professionalTitle", "职称", &self.professional_title, 30)?,
            )
            .set("specialty", optional("specialty", "专业领域", &self.specialty, 60)?)
            .set("recommender_kind", self.recommender_kind)
            .set("recommender_group_id", group)
            .set("recommender_area", area)
            .set("panel_role", self.panel_role)
            .set("term_from", date::iso(from))
            .set("term_to", date::iso(term_end(from)))
            .set("phone", phone::any("phone", "联系电话", &self.phone)?))
    }
}

impl DismissExpertInput {
    /// A 解聘 falls within the term and not after today.
    fn columns(&self, expert: &Expert, today: NaiveDate) -> Result<Columns> {
        let on = date::parse("on", "解聘日期", &self.on)?;
        let iso = date::iso(on);
        if iso < expert.term_from {
            return Err(CoreError::invalid("on", "解聘日期不能早于聘期起始日期"));
        }
        if iso > expert.term_to {
            return Err(CoreError::invalid("on", "聘期届满后无需解聘，解聘日期应在聘期之内"));
        }
        if on > today {
            return Err(CoreError::invalid("on", "解聘日期不能晚于今天"));
        }
        Ok(Columns::new()
            .set("dismissed_on", date::iso(on))
            .set("dismissal_reason", required("reason", "解聘原因", &self.reason, 200)?)
            .set(
                "dismissal_document",
                optional("document", "批准文件", &self.document, 60)?,
            ))
    }
}

impl Desk {
    /// Every expert not in the recycle bin, by role, then in the order entered.
    pub fn list_experts(&self) -> Result<Vec<ExpertRow>> {
        let mut stmt = self.conn().prepare(
            "SELECT e.*, COALESCE(g.name, e.recommender_area) AS recommender FROM expert e
             LEFT JOIN action_group g ON g.id = e.recommender_group_id
             WHERE e.deleted_at IS NULL
             ORDER BY CASE e.panel_role WHEN 'director' THEN 0 WHEN 'deputy' THEN 1 ELSE 2 END,
                      e.sort_order, e.id",
        )?;
        let today = self.today();
        let rows = stmt.query_map([], |r| {
            let expert = Expert::from_row(r)?;
            let status = expert.status(today);
            let days_left = date::from_iso(&expert.term_to)
                .filter(|_| status == ExpertStatus::Serving)
                .map(|end| (end - today).num_days());
            Ok(ExpertRow {
                recommender: r.get("recommender")?,
                status,
                days_left,
                ending_soon: days_left.is_some_and(|d| d <= EXPIRY_WARNING_DAYS),
                expert,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Serving experts whose term ends within [`EXPIRY_WARNING_DAYS`], soonest first.
    pub fn expiring_experts(&self) -> Result<Vec<ExpertRow>> {
        let mut rows: Vec<ExpertRow> = self.list_experts()?.into_iter().filter(|r| r.ending_soon).collect();
        rows.sort_by_key(|r| r.days_left);
        Ok(rows)
    }

    pub fn add_expert(&mut self, input: &ExpertInput) -> Result<Expert> {
        crate::body::settings::require(self.conn())?;
        self.write(|tx| {
            let sort: i64 = tx.query_row(
                "SELECT COALESCE(MAX(sort_order), 0) + 10 FROM expert WHERE deleted_at IS NULL",
                [],
                |r| r.get(0),
            )?;
            tx.insert_columns::<Expert>(&input.columns(tx)?.set("sort_order", sort))
        })
    }

    pub fn update_expert(&mut self, id: i64, input: &ExpertInput) -> Result<Expert> {
        self.write(|tx| {
            let old = live::<Expert>(tx, id)?;
            let columns = input.columns(tx)?;
            let starts = date::parse("termFrom", "聘期起始日期", &input.term_from).map(date::iso)?;
            if old.dismissed_on.as_ref().is_some_and(|d| *d < starts) {
                return Err(CoreError::invalid("termFrom", "聘期起始日期不能晚于解聘日期"));
            }
            tx.update_columns::<Expert>(id, &columns)
        })
    }

    /// 解聘: recorded with its date, reason and approving document.
    pub fn dismiss_expert(&mut self, id: i64, input: &DismissExpertInput) -> Result<Expert> {
        let today = self.today();
        self.write(|tx| {
            let expert = live::<Expert>(tx, id)?;
            if expert.dismissed_on.is_some() {
                return Err(CoreError::conflict("on", "这位专家已解聘"));
            }
            tx.update_columns::<Expert>(id, &input.columns(&expert, today)?)
        })
    }

    /// Undoes a 解聘 recorded by mistake.
    pub fn undo_expert_dismissal(&mut self, id: i64) -> Result<Expert> {
        self.write(|tx| {
            if live::<Expert>(tx, id)?.dismissed_on.is_none() {
                return Err(CoreError::conflict("", "这位专家没有解聘"));
            }
            let clear = Columns::new()
                .set("dismissed_on", None::<String>)
                .set("dismissal_reason", "")
                .set("dismissal_document", "");
            tx.update_columns::<Expert>(id, &clear)
        })
    }

    /// Moves an expert entered by mistake to the recycle bin; 解聘 is `dismiss_expert`.
    pub fn delete_expert(&mut self, id: i64) -> Result<()> {
        self.write(|tx| tx.soft_delete::<Expert>(id))
    }
}
