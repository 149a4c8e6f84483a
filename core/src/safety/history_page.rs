//! 操作记录: every change by area, date and operator, newest first, each change with its fields
//! before and after in the office's words.

use chrono::{Duration, NaiveDate};
use rusqlite::params_from_iter;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use ts_rs::TS;

use super::history_labels::{field_label, value_text};
use crate::common::clock::timestamp;
use crate::common::date;
use crate::common::error::Result;
use crate::desk::Desk;
use crate::store::history_diff::{changes, NAME_KEYS};

/// The records of each area of the window, as history names them (their tables).
const AREAS: &[(&str, &[(&str, &str)])] = &[
    ("设置", &[("body_settings", "基本设置"), ("print_font", "打印字体")]),
    ("成员单位", &[("unit", "成员单位")]),
    ("组成人员", &[("member", "组成人员")]),
    ("联络员", &[("liaison", "联络员"), ("filing", "备案")]),
    ("目标任务", &[("task", "目标任务")]),
    (
        "信息收集",
        &[
            ("period", "报送期"),
            ("report", "信息收集表"),
            ("report_attachment", "报送附件"),
            ("reminder", "催报记录"),
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
    (
        "公文登记",
        &[
            ("document", "公文"),
            ("doc_kind", "文种"),
            ("document_file", "公文文件"),
        ],
    ),
    (
        "专项行动工作组",
        &[("action_group", "专项行动工作组"), ("expert", "专家")],
    ),
    ("工作日历", &[("calendar_day", "节假日安排")]),
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
                (Some(b), Some(a)) if action == "update" || action == "restore" => field_changes(&entity, b, a),
                _ => Vec::new(),
            };
            let name = after.as_ref().or(before.as_ref()).map(name_of).unwrap_or_default();
            let summary = if action == "update" {
                summary(name, &changes)
            } else {
                name
            };
            Ok(HistoryRow {
                id: r.get(0)?,
                at: r.get(1)?,
                actor: r.get(2)?,
                area: area.to_owned(),
                what,
                entity,
                entity_id: r.get(4)?,
                summary,
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

/// One field a change changed, as the 操作记录 page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FieldChange {
    /// The field's name on the form, e.g. 电话, or 第3项 工作推进情况 inside a list.
    pub field: String,
    pub before: String,
    pub after: String,
}

/// Every field that differs between a history row's two sides, in the office's words: whether
/// the row keeps the change only (as it now does) or two whole copies (as rows written before
/// did).
pub fn field_changes(entity: &str, before: &Map<String, Value>, after: &Map<String, Value>) -> Vec<FieldChange> {
    changes(before, after)
        .into_iter()
        .map(|c| FieldChange {
            field: match c.place {
                Some(n) => format!("第{n}项 {}", field_label(entity, &c.key)),
                None => field_label(entity, &c.key).to_owned(),
            },
            before: value_text(entity, &c.key, &c.before),
            after: value_text(entity, &c.key, &c.after),
        })
        .collect()
}

/// “市数据局”, or for a change “张三：任职终止日期、电话”.
fn summary(name: String, changes: &[FieldChange]) -> String {
    let mut fields: Vec<&str> = Vec::new();
    for c in changes {
        let field = c
            .field
            .split_once(' ')
            .filter(|(p, _)| p.starts_with('第'))
            .map_or(c.field.as_str(), |(_, f)| f);
        if !fields.contains(&field) {
            fields.push(field);
        }
    }
    if fields.is_empty() {
        name
    } else {
        format!("{name}：{}", fields.join("、"))
    }
}

fn name_of(record: &Map<String, Value>) -> String {
    NAME_KEYS
        .iter()
        .find_map(|k| record.get(*k).and_then(Value::as_str))
        .map(|s| s.chars().take(40).collect())
        .unwrap_or_default()
}
