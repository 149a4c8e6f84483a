//! 操作记录: reading the change history that `Tx` writes with every change — one record's
//! history, and the page that lists every change by area, date and operator.

use chrono::{Duration, NaiveDate};
use rusqlite::params_from_iter;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use ts_rs::TS;

use crate::common::clock::timestamp;
use crate::common::date;
use crate::common::error::Result;
use crate::desk::Desk;
use crate::store::history_diff::{field_changes, FieldChange};

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HistoryEntry {
    pub id: i64,
    /// RFC 3339, UTC.
    pub at: String,
    pub actor: String,
    pub entity: String,
    pub entity_id: i64,
    /// insert, update, delete, restore (from the recycle bin) or purge (removed for good)
    pub action: String,
    /// The record as JSON before the change (none for an insert).
    pub before: Option<String>,
    /// The record as JSON after the change (none for a delete).
    pub after: Option<String>,
}

/// The records of each area of the window, as history names them (their tables).
const AREAS: &[(&str, &[(&str, &str)])] = &[
    ("设置", &[("body_settings", "基本设置"), ("print_font", "打印字体")]),
    ("成员单位", &[("unit", "成员单位"), ("action_group", "专项行动")]),
    ("组成人员", &[("member", "组成人员")]),
    ("联络员", &[("liaison", "联络员"), ("filing", "备案")]),
    ("目标任务", &[("task", "目标任务")]),
    (
        "信息收集",
        &[
            ("period", "报送期"),
            ("report", "信息收集表"),
            ("report_attachment", "报送附件"),
        ],
    ),
    (
        "会议与纪要",
        &[
            ("meeting", "会议"),
            ("meeting_kind", "会议类型"),
            ("invitee", "参会人员"),
            ("minutes", "纪要"),
            ("decision", "议定事项"),
        ],
    ),
    (
        "督办事项",
        &[("follow_up", "督办事项"), ("follow_up_progress", "落实情况")],
    ),
];

/// The area and the name of a record kind, e.g. (“组成人员”, “组成人员”).
pub fn describe_entity(entity: &str) -> (&'static str, String) {
    AREAS
        .iter()
        .find_map(|(area, kinds)| {
            kinds
                .iter()
                .find(|(e, _)| *e == entity)
                .map(|(_, l)| (*area, l.to_string()))
        })
        .unwrap_or(("其他", entity.to_owned()))
}

pub fn action_label(action: &str) -> &'static str {
    match action {
        "insert" => "新增",
        "update" => "修改",
        "delete" => "删除（移入回收站）",
        "restore" => "从回收站恢复",
        "purge" => "彻底删除",
        _ => "其他",
    }
}

/// What the 操作记录 page asks for; every filter is optional.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HistoryQuery {
    #[ts(optional)]
    pub area: Option<String>,
    /// Office dates, both days included.
    #[ts(optional)]
    pub from: Option<String>,
    #[ts(optional)]
    pub to: Option<String>,
    #[ts(optional)]
    pub actor: Option<String>,
    /// Rows to skip and rows to answer, for paging; without a limit, every row.
    #[ts(optional)]
    pub offset: Option<i64>,
    #[ts(optional)]
    pub limit: Option<i64>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HistoryRow {
    pub id: i64,
    /// RFC 3339, UTC.
    pub at: String,
    pub actor: String,
    pub area: String,
    /// The kind of record, e.g. 组成人员.
    pub what: String,
    pub entity: String,
    pub entity_id: i64,
    pub action: String,
    /// The record's name, and for a change the fields it changed.
    pub summary: String,
    /// For a change, each field it changed with its value before and after.
    pub changes: Vec<FieldChange>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HistoryPage {
    pub rows: Vec<HistoryRow>,
    /// Rows matching the filters, over all pages.
    pub total: i64,
    /// Everyone who has made a change, for the operator filter.
    pub actors: Vec<String>,
    pub areas: Vec<String>,
}

impl Desk {
    /// The history of one record, oldest first.
    pub fn history_of(&self, entity: &str, entity_id: i64) -> Result<Vec<HistoryEntry>> {
        let mut stmt = self
            .conn()
            .prepare("SELECT * FROM history WHERE entity = ?1 AND entity_id = ?2 ORDER BY id")?;
        let rows = stmt.query_map(rusqlite::params![entity, entity_id], |r| {
            Ok(HistoryEntry {
                id: r.get("id")?,
                at: r.get("at")?,
                actor: r.get("actor")?,
                entity: r.get("entity")?,
                entity_id: r.get("entity_id")?,
                action: r.get("action")?,
                before: r.get("before_json")?,
                after: r.get("after_json")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn history_count(&self) -> Result<i64> {
        Ok(self
            .conn()
            .query_row("SELECT COUNT(*) FROM history", [], |r| r.get(0))?)
    }

    /// 操作记录: the changes matching `q`, newest first.
    pub fn history(&self, q: &HistoryQuery) -> Result<HistoryPage> {
        let (filter, args) = where_clause(q)?;
        let total: i64 = self.conn().query_row(
            &format!("SELECT COUNT(*) FROM history {filter}"),
            params_from_iter(args.iter()),
            |r| r.get(0),
        )?;
        let sql = format!(
            "SELECT id, at, actor, entity, entity_id, action, before_json, after_json FROM history {filter}
             ORDER BY id DESC LIMIT {} OFFSET {}",
            q.limit.unwrap_or(-1),
            q.offset.unwrap_or(0).max(0)
        );
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt.query_map(params_from_iter(args.iter()), |r| {
            let entity: String = r.get(3)?;
            let action: String = r.get(5)?;
            let (area, what) = describe_entity(&entity);
            let before = parse(r.get::<_, Option<String>>(6)?.as_deref());
            let after = parse(r.get::<_, Option<String>>(7)?.as_deref());
            let changes = match (&before, &after) {
                (Some(b), Some(a)) if action == "update" || action == "restore" => field_changes(b, a, field_label),
                _ => Vec::new(),
            };
            Ok(HistoryRow {
                id: r.get(0)?,
                at: r.get(1)?,
                actor: r.get(2)?,
                area: area.to_owned(),
                what,
                entity,
                entity_id: r.get(4)?,
                summary: summary(&action, before, after),
                changes,
                action: action_label(&action).to_owned(),
            })
        })?;
        let mut actors_stmt = self
            .conn()
            .prepare("SELECT DISTINCT actor FROM history ORDER BY actor")?;
        let actors = actors_stmt.query_map([], |r| r.get(0))?;
        Ok(HistoryPage {
            rows: rows.collect::<rusqlite::Result<_>>()?,
            total,
            actors: actors.collect::<rusqlite::Result<_>>()?,
            areas: AREAS.iter().map(|(a, _)| a.to_string()).collect(),
        })
    }
}

fn where_clause(q: &HistoryQuery) -> Result<(String, Vec<String>)> {
    let mut conditions = Vec::new();
    let mut args = Vec::new();
    if let Some(area) = q.area.as_deref().filter(|a| !a.is_empty()) {
        let kinds: Vec<&str> = AREAS
            .iter()
            .filter(|(a, _)| *a == area)
            .flat_map(|(_, kinds)| kinds.iter().map(|(e, _)| *e))
            .collect();
        conditions.push(format!("entity IN ({})", vec!["?"; kinds.len().max(1)].join(", ")));
        args.extend(kinds.iter().map(|k| k.to_string()));
        if kinds.is_empty() {
            args.push(String::new());
        }
    }
    // `at` is UTC; an office day starts at 16:00 UTC the day before.
    let start_of = |d: NaiveDate| timestamp((d.and_hms_opt(0, 0, 0).expect("midnight") - Duration::hours(8)).and_utc());
    if let Some(from) = date::parse_opt("from", "起始日期", q.from.as_deref())? {
        conditions.push("at >= ?".into());
        args.push(start_of(from));
    }
    if let Some(to) = date::parse_opt("to", "截止日期", q.to.as_deref())? {
        conditions.push("at < ?".into());
        args.push(start_of(to + Duration::days(1)));
    }
    if let Some(actor) = q.actor.as_deref().filter(|a| !a.is_empty()) {
        conditions.push("actor = ?".into());
        args.push(actor.to_owned());
    }
    let filter = if conditions.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", conditions.join(" AND "))
    };
    Ok((filter, args))
}

fn parse(json: Option<&str>) -> Option<Map<String, Value>> {
    json.and_then(|j| serde_json::from_str(j).ok())
}

/// “市数据局”, or for a change “张三：任职终止日期、电话”.
fn summary(action: &str, before: Option<Map<String, Value>>, after: Option<Map<String, Value>>) -> String {
    let record = after.as_ref().or(before.as_ref());
    let name = record.map(name_of).unwrap_or_default();
    if action != "update" {
        return name;
    }
    let (Some(before), Some(after)) = (before, after) else {
        return name;
    };
    let changed: Vec<&str> = after
        .iter()
        .filter(|(k, v)| before.get(*k) != Some(*v))
        .map(|(k, _)| field_label(k))
        .collect();
    if changed.is_empty() {
        name
    } else {
        format!("{name}：{}", changed.join("、"))
    }
}

fn name_of(record: &Map<String, Value>) -> String {
    ["name", "personName", "title", "bodyName", "content", "text", "fileName"]
        .iter()
        .find_map(|k| record.get(*k).and_then(Value::as_str))
        .map(|s| s.chars().take(40).collect())
        .unwrap_or_default()
}

/// The Chinese name of a record's field as the forms show it; an unknown one as stored.
fn field_label(key: &str) -> &str {
    const LABELS: &[(&str, &str)] = &[
        ("name", "名称"),
        ("shortName", "简称"),
        ("category", "类别"),
        ("sortOrder", "排序"),
        ("activeFrom", "起始日期"),
        ("activeTo", "终止日期"),
        ("personName", "姓名"),
        ("role", "职务"),
        ("unitId", "单位"),
        ("post", "职务"),
        ("termFrom", "任职起始日期"),
        ("termTo", "任职终止日期"),
        ("phone", "电话"),
        ("note", "备注"),
        ("replacedBy", "接任人"),
        ("department", "处室"),
        ("officePhone", "办公电话"),
        ("mobile", "手机"),
        ("email", "邮箱"),
        ("startOn", "开始日期"),
        ("endOn", "结束日期"),
        ("deletedAt", "删除时间"),
        ("actionName", "专项行动"),
        ("seq", "序号"),
        ("content", "内容"),
        ("leadLeader", "牵头领导"),
        ("leadUnitId", "牵头单位"),
        ("cooperating", "配合单位"),
        ("active", "启用"),
        ("title", "标题"),
        ("meetingOn", "日期"),
        ("startsAt", "开始时间"),
        ("endsAt", "结束时间"),
        ("place", "地点"),
        ("convener", "召集人"),
        ("chair", "主持人"),
        ("agenda", "议程"),
        ("contact", "联系人"),
        ("attendance", "出席情况"),
        ("leaveReason", "请假事由"),
        ("units", "责任单位"),
        ("deadline", "完成时限"),
        ("status", "状态"),
        ("body", "正文"),
        ("issuedTo", "主送"),
        ("copiedTo", "抄送"),
        ("signer", "签发人"),
        ("issuedOn", "印发日期"),
        ("submitted", "报送状态"),
        ("filledBy", "填报人"),
        ("filledOn", "填报日期"),
        ("bodyName", "委员会名称"),
        ("officeName", "办公室名称"),
        ("operator", "当前操作人"),
        ("rows", "填报内容"),
        ("taskId", "目标任务"),
        ("progress", "工作推进情况"),
        ("reasonsNext", "未完成原因及下一步打算"),
        ("difficulties", "困难问题"),
        ("filledDepartment", "填报科室"),
        ("submittedOn", "收到日期"),
        ("sourceFile", "来源文件"),
        ("noticeOn", "通知日期"),
    ];
    // A return's own fields are written in snake_case (`filled_by`), the others in camelCase.
    let camel = snake_to_camel(key);
    LABELS.iter().find(|(k, _)| *k == camel).map_or(key, |(_, l)| l)
}

fn snake_to_camel(key: &str) -> String {
    let mut parts = key.split('_');
    let mut out = parts.next().unwrap_or_default().to_owned();
    for p in parts {
        let mut chars = p.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.push_str(chars.as_str());
        }
    }
    out
}
