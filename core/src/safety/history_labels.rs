//! The names and values of a record's fields as the office reads them in 操作记录: the form's
//! label for each field, and a stored code (a status, a role) as its Chinese label.

use serde_json::Value;

use crate::body::kind::BodyKind;
use crate::body::role::Role;
use crate::body::settings::{DeadlineOnDayOff, MinutesNumberStyle};
use crate::calendar::DayKind;
use crate::common::clock::office_time;
use crate::common::codes::Coded;
use crate::documents::register::RevokeKind;
use crate::groups::action_group::GroupRole;
use crate::groups::expert::{PanelRole, RecommenderKind};
use crate::meetings::follow_up::{FollowUpSource, FollowUpStatus};
use crate::meetings::meeting::{Attendance, Cadence};
use crate::print::FontRole;
use crate::reporting::reminder::ReminderChannel;

/// The Chinese name of a record's field as the forms show it; an unknown one as stored.
pub fn field_label<'a>(entity: &str, key: &'a str) -> &'a str {
    // Fields one record names differently from the rest.
    const OWN: &[(&str, &str, &str)] = &[
        ("document", "kindId", "文种"),
        ("document_file", "fileName", "文件名"),
        ("calendar_day", "kind", "类别"),
        ("calendar_day", "name", "节日"),
    ];
    match OWN.iter().find(|(e, k, _)| *e == entity && *k == snake_to_camel(key)) {
        Some((_, _, label)) => label,
        None => common_label(key),
    }
}

fn common_label(key: &str) -> &str {
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
        ("submitted", "已报送"),
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
        ("id", "编号"),
        ("periodId", "报送期"),
        ("reportId", "信息收集表"),
        ("storedPath", "保存位置"),
        ("size", "文件大小"),
        ("year", "年度"),
        ("month", "月份"),
        ("kind", "机构类型"),
        ("region", "地区"),
        ("hostUnit", "办公室设在"),
        ("docPrefixBody", "委员会发文代字"),
        ("docPrefixOffice", "办公室发文代字"),
        ("docPrefixLetter", "函件代字"),
        ("memberTitle", "成员称谓"),
        ("monthlyDeadlineDay", "每月报送截止日"),
        ("weeklyReport", "每周报送"),
        ("weeklyDeadlineWeekday", "每周截止星期"),
        ("weeklyDeadlineTime", "每周截止时间"),
        ("minutesNumberStyle", "纪要编号方式"),
        ("deadlineOnDayOff", "截止日遇休息日"),
        ("workingDays", "工作日时限"),
        ("day", "日期"),
        ("source", "来源"),
        ("decisionId", "议定事项"),
        ("sourceNote", "来源说明"),
        ("createdOn", "登记日期"),
        ("doneOn", "完成日期"),
        ("followUpId", "督办事项"),
        ("onDate", "日期"),
        ("text", "内容"),
        ("meetingId", "会议"),
        ("memberId", "组成人员"),
        ("unitName", "单位"),
        ("standInName", "代会人"),
        ("standInPost", "代会人职务"),
        ("kindId", "会议类型"),
        ("convenerRole", "召集人职务"),
        ("cadence", "召开频次"),
        ("retired", "已停用"),
        ("number", "编号"),
        ("entity", "记录类别"),
        ("entityId", "记录编号"),
        ("filedOn", "备案日期"),
        ("filedBy", "备案人"),
        ("reason", "事由"),
        ("cooperatingUnitIds", "配合单位"),
        ("people", "工作组人员"),
        ("duties", "工作职责"),
        ("targets", "工作目标"),
        ("retiredOn", "撤销日期"),
        ("employer", "工作单位"),
        ("professionalTitle", "职称"),
        ("specialty", "专业领域"),
        ("recommenderKind", "推荐方"),
        ("recommenderGroupId", "推荐工作组"),
        ("recommenderArea", "推荐县（市、区）"),
        ("panelRole", "委员会职务"),
        ("dismissedOn", "解聘日期"),
        ("dismissalReason", "解聘原因"),
        ("dismissalDocument", "批准文件"),
        ("docNumber", "文号"),
        ("writtenOn", "成文日期"),
        ("mainTo", "主送"),
        ("secrecy", "密级"),
        ("urgency", "紧急程度"),
        ("minutesId", "纪要"),
        ("voidedOn", "作废日期"),
        ("voidReason", "作废原因"),
        ("revokedOn", "撤销/废止日期"),
        ("revokeKind", "撤销方式"),
        ("prefix", "发文机关代字"),
        ("numbering", "编号方式"),
        ("forMinutes", "纪要按此编号"),
        ("documentId", "公文"),
        ("givenAt", "催报时间"),
        ("givenBy", "催报人"),
        ("channel", "催报方式"),
    ];
    // A return's own fields are written in snake_case (`filled_by`), the others in camelCase.
    let camel = snake_to_camel(key);
    LABELS.iter().find(|(k, _)| *k == camel).map_or(key, |(_, l)| l)
}

/// A stored value as the office reads it: a code as its label, yes or no, a list one item after
/// another, nothing as empty.
pub fn value_text(entity: &str, key: &str, value: &Value) -> String {
    match value {
        Value::String(text) if key.ends_with("At") => chrono::DateTime::parse_from_rfc3339(text).map_or_else(
            |_| text.clone(),
            |at| office_time(at.to_utc()).format("%Y年%-m月%-d日 %H:%M").to_string(),
        ),
        Value::String(code) => {
            coded_label(entity, &snake_to_camel(key), code).map_or_else(|| code.clone(), str::to_owned)
        }
        Value::Null => String::new(),
        Value::Bool(true) => "是".into(),
        Value::Bool(false) => "否".into(),
        Value::Array(items) => items
            .iter()
            .map(|v| value_text(entity, key, v))
            .collect::<Vec<_>>()
            .join("；"),
        // One of a list's items, such as a working group's person: its filled fields in order.
        Value::Object(fields) => fields
            .iter()
            .filter(|(k, v)| !k.ends_with("Id") && !matches!(v, Value::Null) && v.as_str() != Some(""))
            .map(|(k, v)| format!("{}：{}", field_label(entity, k), value_text(entity, k, v)))
            .collect::<Vec<_>>()
            .join("，"),
        other => other.to_string(),
    }
}

/// The label of a stored code, for the fields that hold one.
fn coded_label(entity: &str, key: &str, code: &str) -> Option<&'static str> {
    fn label<T: Coded>(code: &str) -> Option<&'static str> {
        T::from_code(code).ok().map(T::label)
    }
    match (entity, key) {
        ("member", "role") | ("meeting_kind", "convenerRole") => label::<Role>(code),
        ("body_settings", "kind") => label::<BodyKind>(code),
        ("body_settings", "minutesNumberStyle") => label::<MinutesNumberStyle>(code),
        ("body_settings", "deadlineOnDayOff") => label::<DeadlineOnDayOff>(code),
        ("calendar_day", "kind") => label::<DayKind>(code),
        ("follow_up", "source") => label::<FollowUpSource>(code),
        ("follow_up", "status") => label::<FollowUpStatus>(code),
        ("invitee", "attendance") => label::<Attendance>(code),
        ("meeting_kind", "cadence") => label::<Cadence>(code),
        ("print_font", "role") => label::<FontRole>(code),
        ("action_group", "role") => label::<GroupRole>(code),
        ("document", "revokeKind") => label::<RevokeKind>(code),
        ("reminder", "channel") => label::<ReminderChannel>(code),
        ("doc_kind", "numbering") => label::<MinutesNumberStyle>(code),
        ("expert", "panelRole") => label::<PanelRole>(code),
        ("expert", "recommenderKind") => label::<RecommenderKind>(code),
        _ => None,
    }
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
