//! 全部导出: every area in one workbook, a sheet each, for handing the records over or archiving
//! them — nothing the office entered stays locked in the program. Records in the recycle bin are
//! included and marked, so the workbook is the whole record.

use std::collections::HashMap;

use rusqlite::types::Value;
use rusqlite::Connection;

use crate::calendar::DayKind;
use crate::common::codes::Coded;
use crate::common::error::Result;
use crate::documents::register::RevokeKind;
use crate::groups::expert::PanelRole;
use crate::meetings::follow_up::{FollowUpSource, FollowUpStatus};
use crate::meetings::meeting::Attendance;
use crate::reporting::reminder::ReminderChannel;
use crate::sheet::data::{data_workbook, date_cell, text, time_cell, Cell, DataSheet};
use crate::Desk;

/// How a stored value becomes a cell.
#[derive(Clone, Copy)]
enum Kind {
    Text,
    Int,
    Date,
    /// A seat's role, by the title this body gives it (委员, 成员 …).
    Role,
    /// A stored code shown by its Chinese label.
    Label(fn(&str) -> String),
    /// 0/1 shown as 是/否.
    YesNo,
    /// `deleted_at`: 在用, or 已删除 (in the recycle bin).
    State,
}

fn label<C: Coded>(code: &str) -> String {
    C::from_code(code)
        .map(|c| c.label().to_owned())
        .unwrap_or_else(|_| code.to_owned())
}

struct Sheet {
    name: &'static str,
    columns: &'static [(&'static str, f64, Kind)],
    sql: &'static str,
}

const SHEETS: &[Sheet] = &[
    Sheet {
        name: "成员单位",
        columns: &[
            ("编号", 8.0, Kind::Int),
            ("单位名称", 30.0, Kind::Text),
            ("简称", 14.0, Kind::Text),
            ("类别", 12.0, Kind::Text),
            ("排序", 8.0, Kind::Int),
            ("成为成员单位日期", 14.0, Kind::Date),
            ("退出日期", 14.0, Kind::Date),
            ("状态", 10.0, Kind::State),
        ],
        sql: "SELECT id, name, short_name, category, sort_order, active_from, active_to, deleted_at
              FROM unit ORDER BY sort_order, id",
    },
    Sheet {
        name: "组成人员（含历任）",
        columns: &[
            ("编号", 8.0, Kind::Int),
            ("职务", 14.0, Kind::Role),
            ("姓名", 12.0, Kind::Text),
            ("单位", 26.0, Kind::Text),
            ("单位职务", 24.0, Kind::Text),
            ("任职起始", 12.0, Kind::Date),
            ("任职终止", 12.0, Kind::Date),
            ("电话", 16.0, Kind::Text),
            ("备注", 20.0, Kind::Text),
            ("接任者编号", 10.0, Kind::Int),
            ("状态", 10.0, Kind::State),
        ],
        sql: "SELECT m.id, m.role, m.person_name, COALESCE(u.name, ''), m.post, m.term_from, m.term_to,
                     m.phone, m.note, m.replaced_by, m.deleted_at
              FROM member m LEFT JOIN unit u ON u.id = m.unit_id ORDER BY m.sort_order, m.term_from, m.id",
    },
    Sheet {
        name: "联络员（含历任）",
        columns: &[
            ("编号", 8.0, Kind::Int),
            ("单位", 26.0, Kind::Text),
            ("姓名", 12.0, Kind::Text),
            ("处室", 16.0, Kind::Text),
            ("职务", 14.0, Kind::Text),
            ("办公电话", 16.0, Kind::Text),
            ("手机", 16.0, Kind::Text),
            ("邮箱或传真", 20.0, Kind::Text),
            ("开始日期", 12.0, Kind::Date),
            ("结束日期", 12.0, Kind::Date),
            ("状态", 10.0, Kind::State),
        ],
        sql: "SELECT l.id, u.name, l.name, l.department, l.post, l.office_phone, l.mobile, l.email,
                     l.start_on, l.end_on, l.deleted_at
              FROM liaison l JOIN unit u ON u.id = l.unit_id ORDER BY u.sort_order, l.start_on, l.id",
    },
    Sheet {
        name: "目标任务",
        columns: &[
            ("编号", 8.0, Kind::Int),
            ("专项行动", 22.0, Kind::Text),
            ("序号", 8.0, Kind::Int),
            ("目标任务", 50.0, Kind::Text),
            ("牵头领导", 12.0, Kind::Text),
            ("牵头单位", 22.0, Kind::Text),
            ("配合单位", 30.0, Kind::Text),
            ("启用", 8.0, Kind::YesNo),
            ("状态", 10.0, Kind::State),
        ],
        sql: "SELECT t.id, t.action_name, t.seq, t.content, t.lead_leader, COALESCE(u.name, ''),
                     t.cooperating, t.active, t.deleted_at
              FROM task t LEFT JOIN unit u ON u.id = t.lead_unit_id ORDER BY t.action_name, t.seq, t.id",
    },
    Sheet {
        name: "信息收集汇总",
        columns: &[
            ("年", 8.0, Kind::Int),
            ("月", 6.0, Kind::Int),
            ("单位", 24.0, Kind::Text),
            ("已报送", 8.0, Kind::YesNo),
            ("报送日期", 12.0, Kind::Date),
            ("填报人", 10.0, Kind::Text),
            ("目标任务", 40.0, Kind::Text),
            ("工作进展", 40.0, Kind::Text),
            ("未完成原因及下步打算", 36.0, Kind::Text),
            ("困难和问题", 30.0, Kind::Text),
        ],
        sql: "SELECT p.year, p.month, u.name, r.submitted, r.submitted_on, r.filled_by,
                     rr.content, rr.progress, rr.reasons_next, rr.difficulties
              FROM report r JOIN period p ON p.id = r.period_id JOIN unit u ON u.id = r.unit_id
              LEFT JOIN report_row rr ON rr.report_id = r.id
              ORDER BY p.year, p.month, u.sort_order, rr.id",
    },
    Sheet {
        name: "催报记录",
        columns: &[
            ("年度", 8.0, Kind::Int),
            ("月份", 8.0, Kind::Int),
            ("单位", 30.0, Kind::Text),
            ("催报时间", 20.0, Kind::Text),
            ("催报人", 12.0, Kind::Text),
            ("方式", 10.0, Kind::Label(label::<ReminderChannel>)),
            ("说明", 30.0, Kind::Text),
            ("状态", 10.0, Kind::State),
        ],
        sql: "SELECT p.year, p.month, u.name, m.given_at, m.given_by, m.channel, m.note, m.deleted_at
              FROM reminder m JOIN period p ON p.id = m.period_id JOIN unit u ON u.id = m.unit_id
              ORDER BY p.year, p.month, m.given_at, m.id",
    },
    Sheet {
        name: "会议",
        columns: &[
            ("编号", 8.0, Kind::Int),
            ("会议类型", 20.0, Kind::Text),
            ("会议名称", 36.0, Kind::Text),
            ("日期", 12.0, Kind::Date),
            ("开始", 8.0, Kind::Text),
            ("结束", 8.0, Kind::Text),
            ("地点", 20.0, Kind::Text),
            ("召集人", 12.0, Kind::Text),
            ("主持人", 12.0, Kind::Text),
            ("议程", 40.0, Kind::Text),
            ("状态", 10.0, Kind::State),
        ],
        sql: "SELECT m.id, k.name, m.title, m.meeting_on, m.starts_at, m.ends_at, m.place, m.convener,
                     m.chair, m.agenda, m.deleted_at
              FROM meeting m JOIN meeting_kind k ON k.id = m.kind_id ORDER BY m.meeting_on, m.starts_at, m.id",
    },
    Sheet {
        name: "出席情况",
        columns: &[
            ("会议编号", 8.0, Kind::Int),
            ("会议名称", 30.0, Kind::Text),
            ("日期", 12.0, Kind::Date),
            ("单位", 24.0, Kind::Text),
            ("姓名", 12.0, Kind::Text),
            ("职务", 20.0, Kind::Text),
            ("出席情况", 10.0, Kind::Label(label::<Attendance>)),
            ("请假事由", 20.0, Kind::Text),
            ("代为出席", 12.0, Kind::Text),
        ],
        sql: "SELECT m.id, m.title, m.meeting_on, i.unit_name, i.name, i.post, i.attendance, i.leave_reason,
                     i.stand_in_name
              FROM invitee i JOIN meeting m ON m.id = i.meeting_id
              WHERE i.deleted_at IS NULL ORDER BY m.meeting_on, m.id, i.sort_order, i.id",
    },
    Sheet {
        name: "纪要",
        columns: &[
            ("年度", 8.0, Kind::Int),
            ("期号", 8.0, Kind::Int),
            ("标题", 36.0, Kind::Text),
            ("会议名称", 30.0, Kind::Text),
            ("印发日期", 12.0, Kind::Date),
            ("主送", 24.0, Kind::Text),
            ("抄送", 24.0, Kind::Text),
            ("正文", 60.0, Kind::Text),
        ],
        sql: "SELECT n.year, n.number, n.title, m.title, n.issued_on, n.issued_to, n.copied_to, n.body
              FROM minutes n JOIN meeting m ON m.id = n.meeting_id ORDER BY n.year, n.number",
    },
    Sheet {
        name: "议定事项",
        columns: &[
            ("纪要年度", 8.0, Kind::Int),
            ("纪要期号", 8.0, Kind::Int),
            ("序号", 6.0, Kind::Int),
            ("议定事项", 50.0, Kind::Text),
            ("责任单位", 24.0, Kind::Text),
            ("完成时限", 12.0, Kind::Date),
        ],
        sql: "SELECT n.year, n.number, d.seq, d.content, d.units, d.deadline
              FROM decision d JOIN minutes n ON n.id = d.minutes_id ORDER BY n.year, n.number, d.seq",
    },
    Sheet {
        name: "督办事项",
        columns: &[
            ("编号", 8.0, Kind::Int),
            ("来源", 12.0, Kind::Label(label::<FollowUpSource>)),
            ("来源说明", 24.0, Kind::Text),
            ("督办事项", 50.0, Kind::Text),
            ("责任单位", 24.0, Kind::Text),
            ("完成时限", 12.0, Kind::Date),
            ("工作日时限", 10.0, Kind::Int),
            ("办理状态", 10.0, Kind::Label(label::<FollowUpStatus>)),
            ("立项日期", 12.0, Kind::Date),
            ("完成日期", 12.0, Kind::Date),
            ("状态", 10.0, Kind::State),
        ],
        sql: "SELECT id, source, source_note, content, units, deadline, working_days, status, created_on, done_on,
                deleted_at
              FROM follow_up ORDER BY created_on, id",
    },
    Sheet {
        name: "落实情况",
        columns: &[
            ("督办事项编号", 10.0, Kind::Int),
            ("督办事项", 40.0, Kind::Text),
            ("日期", 12.0, Kind::Date),
            ("落实情况", 60.0, Kind::Text),
        ],
        sql: "SELECT f.id, f.content, p.on_date, p.text
              FROM follow_up_progress p JOIN follow_up f ON f.id = p.follow_up_id
              WHERE p.deleted_at IS NULL ORDER BY f.id, p.on_date, p.id",
    },
    Sheet {
        name: "工作日历",
        columns: &[
            ("日期", 12.0, Kind::Date),
            ("类别", 10.0, Kind::Label(label::<DayKind>)),
            ("节日", 16.0, Kind::Text),
            ("状态", 10.0, Kind::State),
        ],
        sql: "SELECT day, kind, name, deleted_at FROM calendar_day ORDER BY day, id",
    },
    Sheet {
        name: "公文登记",
        columns: &[
            ("年度", 8.0, Kind::Int),
            ("文种", 16.0, Kind::Text),
            ("编号", 8.0, Kind::Int),
            ("文号", 22.0, Kind::Text),
            ("标题", 40.0, Kind::Text),
            ("签发人", 10.0, Kind::Text),
            ("成文日期", 12.0, Kind::Date),
            ("主送", 24.0, Kind::Text),
            ("抄送", 20.0, Kind::Text),
            ("密级", 8.0, Kind::Text),
            ("紧急程度", 8.0, Kind::Text),
            ("关联会议", 24.0, Kind::Text),
            ("备注", 20.0, Kind::Text),
            ("作废日期", 12.0, Kind::Date),
            ("作废原因", 20.0, Kind::Text),
            ("撤销/废止日期", 12.0, Kind::Date),
            ("撤销方式", 8.0, Kind::Label(label::<RevokeKind>)),
        ],
        sql: "SELECT d.year, k.name, d.number, d.doc_number, d.title, d.signer, d.written_on, d.main_to,
                d.copied_to, d.secrecy, d.urgency, m.title, d.note, d.voided_on, d.void_reason,
                d.revoked_on, d.revoke_kind
              FROM document d JOIN doc_kind k ON k.id = d.kind_id LEFT JOIN meeting m ON m.id = d.meeting_id
              ORDER BY d.year, k.sort_order, d.number",
    },
    Sheet {
        name: "专项行动工作组",
        columns: &[
            ("编号", 8.0, Kind::Int),
            ("工作组", 24.0, Kind::Text),
            ("排序", 8.0, Kind::Int),
            ("牵头单位", 20.0, Kind::Text),
            ("配合单位", 30.0, Kind::Text),
            ("组长", 16.0, Kind::Text),
            ("副组长", 20.0, Kind::Text),
            ("成员", 30.0, Kind::Text),
            ("工作职责", 40.0, Kind::Text),
            ("工作目标", 40.0, Kind::Text),
            ("撤销日期", 12.0, Kind::Date),
        ],
        sql: "SELECT g.id, g.name, g.sort_order, (SELECT name FROM unit WHERE id = g.lead_unit_id),
                (SELECT group_concat(u.name, '、') FROM json_each(CASE WHEN json_valid(g.cooperating_unit_ids) THEN g.cooperating_unit_ids ELSE '[]' END) j
                   JOIN unit u ON u.id = j.value),
                (SELECT group_concat(json_extract(j.value, '$.name'), '、') FROM json_each(CASE WHEN json_valid(g.people) THEN g.people ELSE '[]' END) j
                   WHERE json_extract(j.value, '$.role') = 'leader'),
                (SELECT group_concat(json_extract(j.value, '$.name'), '、') FROM json_each(CASE WHEN json_valid(g.people) THEN g.people ELSE '[]' END) j
                   WHERE json_extract(j.value, '$.role') = 'deputy'),
                (SELECT group_concat(json_extract(j.value, '$.name'), '、') FROM json_each(CASE WHEN json_valid(g.people) THEN g.people ELSE '[]' END) j
                   WHERE json_extract(j.value, '$.role') = 'member'),
                g.duties, g.targets, g.retired_on
              FROM action_group g WHERE g.deleted_at IS NULL ORDER BY g.sort_order, g.id",
    },
    Sheet {
        name: "专家咨询委员会",
        columns: &[
            ("编号", 8.0, Kind::Int),
            ("姓名", 10.0, Kind::Text),
            ("工作单位", 24.0, Kind::Text),
            ("职称", 14.0, Kind::Text),
            ("专业领域", 16.0, Kind::Text),
            ("推荐方", 20.0, Kind::Text),
            ("委员会职务", 10.0, Kind::Label(label::<PanelRole>)),
            ("聘期起始", 12.0, Kind::Date),
            ("聘期届满", 12.0, Kind::Date),
            ("联系电话", 14.0, Kind::Text),
            ("解聘日期", 12.0, Kind::Date),
            ("解聘原因", 24.0, Kind::Text),
            ("批准文件", 20.0, Kind::Text),
            ("状态", 10.0, Kind::State),
        ],
        sql: "SELECT e.id, e.name, e.employer, e.professional_title, e.specialty,
                COALESCE(g.name, e.recommender_area), e.panel_role, e.term_from, e.term_to, e.phone,
                e.dismissed_on, e.dismissal_reason, e.dismissal_document, e.deleted_at
              FROM expert e LEFT JOIN action_group g ON g.id = e.recommender_group_id
              ORDER BY e.sort_order, e.id",
    },
];

fn cell(value: Value, kind: Kind, roles: &HashMap<String, String>) -> Cell {
    let as_text = |v: Value| match v {
        Value::Text(s) => Some(s),
        Value::Integer(n) => Some(n.to_string()),
        Value::Real(f) => Some(f.to_string()),
        _ => None,
    };
    match kind {
        Kind::Int => match value {
            Value::Integer(n) => Cell::Int(n),
            other => as_text(other).map_or(Cell::Empty, Cell::Text),
        },
        Kind::Date => date_cell(as_text(value)),
        Kind::YesNo => text(if matches!(value, Value::Integer(1)) {
            "是"
        } else {
            "否"
        }),
        Kind::State => text(if matches!(value, Value::Null) {
            "在用"
        } else {
            "已删除（回收站）"
        }),
        Kind::Label(f) => as_text(value).map_or(Cell::Empty, |s| text(f(&s))),
        Kind::Role => as_text(value).map_or(Cell::Empty, |s| text(roles.get(&s).cloned().unwrap_or(s))),
        Kind::Text => as_text(value).map_or(Cell::Empty, text),
    }
}

fn read(conn: &Connection, sheet: &Sheet, roles: &HashMap<String, String>) -> Result<DataSheet> {
    let mut stmt = conn.prepare(sheet.sql)?;
    let n = sheet.columns.len();
    let mut rows = Vec::new();
    let mut found = stmt.query([])?;
    while let Some(r) = found.next()? {
        let mut cells = Vec::with_capacity(n);
        for (i, (_, _, kind)) in sheet.columns.iter().enumerate() {
            cells.push(cell(r.get(i)?, *kind, roles));
        }
        rows.push(cells);
    }
    Ok(DataSheet {
        name: sheet.name.to_owned(),
        columns: sheet.columns.iter().map(|(h, w, _)| (*h, *w)).collect(),
        rows,
    })
}

impl Desk {
    /// 全部导出: one workbook with a sheet per area and the change history last.
    pub fn everything_xlsx(&self) -> Result<Vec<u8>> {
        let roles: HashMap<String, String> = self
            .role_titles()?
            .into_iter()
            .map(|t| (t.role.code().to_owned(), t.label))
            .collect();
        let mut sheets = SHEETS
            .iter()
            .map(|s| read(self.conn(), s, &roles))
            .collect::<Result<Vec<_>>>()?;
        sheets.push(self.history_sheet(&Default::default())?);
        data_workbook(&sheets)
    }

    /// 操作记录 as a sheet: the rows the page shows for `q`, every page of them.
    pub fn history_xlsx(&self, q: &crate::safety::history_page::HistoryQuery) -> Result<Vec<u8>> {
        data_workbook(&[self.history_sheet(q)?])
    }

    fn history_sheet(&self, q: &crate::safety::history_page::HistoryQuery) -> Result<DataSheet> {
        let all = crate::safety::history_page::HistoryQuery {
            offset: None,
            limit: None,
            ..q.clone()
        };
        let rows = self
            .history(&all)?
            .rows
            .into_iter()
            .map(|h| {
                vec![
                    time_cell(Some(h.at)),
                    text(h.actor),
                    text(h.area),
                    text(h.what),
                    Cell::Int(h.entity_id),
                    text(h.action),
                    text(h.summary),
                    text(changes_text(&h.changes)),
                ]
            })
            .collect();
        Ok(DataSheet {
            name: "操作记录".into(),
            columns: vec![
                ("时间", 17.0),
                ("操作人", 12.0),
                ("模块", 12.0),
                ("记录类别", 12.0),
                ("记录编号", 9.0),
                ("操作", 18.0),
                ("内容", 40.0),
                ("修改前后", 60.0),
            ],
            rows,
        })
    }
}

/// “电话：139… → 137…”, one line per changed field.
fn changes_text(changes: &[crate::FieldChange]) -> String {
    let shown = |v: &str| {
        if v.is_empty() {
            "（空）".to_owned()
        } else {
            v.to_owned()
        }
    };
    changes
        .iter()
        .map(|c| format!("{}：{} → {}", c.field, shown(&c.before), shown(&c.after)))
        .collect::<Vec<_>>()
        .join("\n")
}
