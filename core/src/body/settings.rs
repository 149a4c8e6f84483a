//! 推进委员会 / 领导小组: the body's settings, set once by the first-start wizard (C0) and
//! editable later. Names, titles and prefixes are data, never hard-coded.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::body::kind::BodyKind;
use crate::body::role::{Role, RoleTitle};
use crate::common::error::{CoreError, ErrorCode, Result};
use crate::common::validate::{optional, required};
use crate::desk::Desk;
use crate::store::{Record, Tx};

crate::coded_enum! {
    /// Where a monthly deadline that falls on a day off goes.
    #[derive(Default)]
    pub enum DeadlineOnDayOff: "截止日遇休息日" {
        #[default]
        Keep = "keep" / "保持原日期",
        Earlier = "earlier" / "提前到此前最后一个工作日",
    }
}

crate::coded_enum! {
    /// How 纪要 are numbered within a year.
    #[derive(Default)]
    pub enum MinutesNumberStyle: "纪要编号方式" {
        #[default]
        Year = "year" / "〔2026〕3号",
        Issue = "issue" / "第3期",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BodySettings {
    /// 推进委员会名称, e.g. 健康舞钢行动推进委员会
    pub body_name: String,
    pub kind: BodyKind,
    /// 地区, e.g. 舞钢市
    pub region: String,
    /// 办公室名称, e.g. 健康舞钢行动推进委员会办公室
    pub office_name: String,
    /// 办公室设在, e.g. 市卫健委
    pub host_unit: String,
    /// 推进委员会发文字号前缀, e.g. 三健委
    pub doc_prefix_body: String,
    /// 办公室发文字号前缀, e.g. 三健委办
    pub doc_prefix_office: String,
    /// 函的发文字号前缀, e.g. 三健委函
    pub doc_prefix_letter: String,
    /// How the documents call an ordinary seat: 成员 (舞钢 opinion) or 委员 (三门峡 rules).
    pub member_title: String,
    /// 每月信息报送截止日 (泸州 notice: 每月25日前).
    pub monthly_deadline_day: u8,
    /// 每周信息报送 (云南 rules 第十六条).
    pub weekly_report: bool,
    /// 1 = 星期一 … 7 = 星期日.
    pub weekly_deadline_weekday: u8,
    /// HH:MM
    pub weekly_deadline_time: String,
    /// 当前操作人, written into the change history.
    pub operator: String,
    /// 纪要编号格式. Presets written before minutes existed leave it out.
    #[serde(default)]
    pub minutes_number_style: MinutesNumberStyle,
    /// A monthly deadline on a weekend or holiday: kept, or moved to the working day before.
    #[serde(default)]
    pub deadline_on_day_off: DeadlineOnDayOff,
}

impl BodySettings {
    /// Checked and trimmed copy; the error names the first wrong field.
    pub fn validated(&self) -> Result<BodySettings> {
        let s = BodySettings {
            body_name: required("bodyName", "推进委员会名称", &self.body_name, 60)?,
            kind: self.kind,
            region: optional("region", "地区", &self.region, 30)?,
            office_name: required("officeName", "办公室名称", &self.office_name, 60)?,
            host_unit: optional("hostUnit", "办公室所在单位", &self.host_unit, 40)?,
            doc_prefix_body: optional("docPrefixBody", "推进委员会文件字号", &self.doc_prefix_body, 12)?,
            doc_prefix_office: optional("docPrefixOffice", "办公室文件字号", &self.doc_prefix_office, 12)?,
            doc_prefix_letter: optional("docPrefixLetter", "函件字号", &self.doc_prefix_letter, 12)?,
            member_title: required("memberTitle", "成员称谓", &self.member_title, 4)?,
            monthly_deadline_day: self.monthly_deadline_day,
            weekly_report: self.weekly_report,
            weekly_deadline_weekday: self.weekly_deadline_weekday,
            weekly_deadline_time: self.weekly_deadline_time.trim().to_owned(),
            operator: optional("operator", "当前操作人", &self.operator, 20)?,
            minutes_number_style: self.minutes_number_style,
            deadline_on_day_off: self.deadline_on_day_off,
        };
        if !(1..=31).contains(&s.monthly_deadline_day) {
            return Err(CoreError::invalid("monthlyDeadlineDay", "每月截止日应在1日至31日之间"));
        }
        if !(1..=7).contains(&s.weekly_deadline_weekday) {
            return Err(CoreError::invalid(
                "weeklyDeadlineWeekday",
                "每周截止日应为星期一至星期日",
            ));
        }
        if chrono::NaiveTime::parse_from_str(&s.weekly_deadline_time, "%H:%M").is_err() {
            return Err(CoreError::invalid(
                "weeklyDeadlineTime",
                "每周截止时间应为“17:00”这样的时刻",
            ));
        }
        Ok(s)
    }

    pub fn role_label(&self, role: Role) -> String {
        role.title(self.kind, &self.member_title)
    }

    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Self {
            body_name: r.get("body_name")?,
            kind: r.get("kind")?,
            region: r.get("region")?,
            office_name: r.get("office_name")?,
            host_unit: r.get("host_unit")?,
            doc_prefix_body: r.get("doc_prefix_body")?,
            doc_prefix_office: r.get("doc_prefix_office")?,
            doc_prefix_letter: r.get("doc_prefix_letter")?,
            member_title: r.get("member_title")?,
            monthly_deadline_day: r.get("monthly_deadline_day")?,
            weekly_report: r.get("weekly_report")?,
            weekly_deadline_weekday: r.get("weekly_deadline_weekday")?,
            weekly_deadline_time: r.get("weekly_deadline_time")?,
            operator: r.get("operator")?,
            minutes_number_style: r.get("minutes_number_style")?,
            deadline_on_day_off: r.get("deadline_on_day_off")?,
        })
    }
}

impl Default for BodySettings {
    fn default() -> Self {
        Self {
            body_name: String::new(),
            kind: BodyKind::Committee,
            region: String::new(),
            office_name: String::new(),
            host_unit: String::new(),
            doc_prefix_body: String::new(),
            doc_prefix_office: String::new(),
            doc_prefix_letter: String::new(),
            member_title: "成员".into(),
            monthly_deadline_day: 25,
            weekly_report: false,
            weekly_deadline_weekday: 4,
            weekly_deadline_time: "17:00".into(),
            operator: String::new(),
            minutes_number_style: MinutesNumberStyle::Year,
            deadline_on_day_off: DeadlineOnDayOff::Keep,
        }
    }
}

impl Record for BodySettings {
    const ENTITY: &'static str = "body_settings";
    const LABEL: &'static str = "基本设置";

    fn fetch(conn: &Connection, _id: i64) -> Result<Option<Self>> {
        Ok(conn
            .query_row("SELECT * FROM body_settings WHERE id = 1", [], Self::from_row)
            .optional()?)
    }
}

pub(crate) fn load(conn: &Connection) -> Result<Option<BodySettings>> {
    BodySettings::fetch(conn, 1)
}

pub(crate) fn require(conn: &Connection) -> Result<BodySettings> {
    load(conn)?.ok_or_else(|| {
        CoreError::new(
            ErrorCode::NotConfigured,
            "尚未完成首次设置，请先填写推进委员会的基本信息",
        )
    })
}

/// Writes the settings row (insert on first start, update later) with its history row.
pub(crate) fn save(tx: &Tx, s: &BodySettings) -> Result<BodySettings> {
    let write = |c: &Connection| -> Result<()> {
        c.execute(
            "INSERT INTO body_settings (id, body_name, kind, region, office_name, host_unit,
                 doc_prefix_body, doc_prefix_office, doc_prefix_letter, member_title,
                 monthly_deadline_day, weekly_report, weekly_deadline_weekday, weekly_deadline_time, operator,
                 minutes_number_style, deadline_on_day_off)
             VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
             ON CONFLICT (id) DO UPDATE SET body_name = excluded.body_name, kind = excluded.kind,
                 region = excluded.region, office_name = excluded.office_name, host_unit = excluded.host_unit,
                 doc_prefix_body = excluded.doc_prefix_body, doc_prefix_office = excluded.doc_prefix_office,
                 doc_prefix_letter = excluded.doc_prefix_letter, member_title = excluded.member_title,
                 monthly_deadline_day = excluded.monthly_deadline_day, weekly_report = excluded.weekly_report,
                 weekly_deadline_weekday = excluded.weekly_deadline_weekday,
                 weekly_deadline_time = excluded.weekly_deadline_time, operator = excluded.operator,
                 minutes_number_style = excluded.minutes_number_style,
                 deadline_on_day_off = excluded.deadline_on_day_off",
            params![
                s.body_name,
                s.kind.code(),
                s.region,
                s.office_name,
                s.host_unit,
                s.doc_prefix_body,
                s.doc_prefix_office,
                s.doc_prefix_letter,
                s.member_title,
                s.monthly_deadline_day,
                s.weekly_report,
                s.weekly_deadline_weekday,
                s.weekly_deadline_time,
                s.operator,
                s.minutes_number_style.code(),
                s.deadline_on_day_off.code()
            ],
        )?;
        Ok(())
    };
    if load(tx)?.is_some() {
        tx.update::<BodySettings>(1, write)
    } else {
        tx.insert::<BodySettings>(|c| write(c).map(|_| 1))
    }
}

impl Desk {
    pub fn settings(&self) -> Result<BodySettings> {
        require(self.conn())
    }

    pub fn update_settings(&mut self, input: &BodySettings) -> Result<BodySettings> {
        let s = input.validated()?;
        require(self.conn())?;
        self.write(|tx| save(tx, &s))
    }

    pub fn role_titles(&self) -> Result<Vec<RoleTitle>> {
        let s = require(self.conn())?;
        Ok(Role::ALL
            .iter()
            .copied()
            .map(|role| RoleTitle {
                role,
                label: s.role_label(role),
            })
            .collect())
    }
}
