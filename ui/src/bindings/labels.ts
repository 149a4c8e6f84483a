// Generated from the core's coded enums: do not edit.

import type { Attendance } from './Attendance'
import type { BackupKind } from './BackupKind'
import type { BinKind } from './BinKind'
import type { BodyKind } from './BodyKind'
import type { Cadence } from './Cadence'
import type { FollowUpSource } from './FollowUpSource'
import type { FollowUpStatus } from './FollowUpStatus'
import type { DocumentState } from './DocumentState'
import type { ExpertStatus } from './ExpertStatus'
import type { GroupRole } from './GroupRole'
import type { MeetingPrint } from './MeetingPrint'
import type { PanelRole } from './PanelRole'
import type { RecommenderKind } from './RecommenderKind'
import type { MonthReturn } from './MonthReturn'
import type { DayKind } from './DayKind'
import type { DeadlineOnDayOff } from './DeadlineOnDayOff'
import type { ReminderChannel } from './ReminderChannel'
import type { RevokeKind } from './RevokeKind'
import type { MinutesNumberStyle } from './MinutesNumberStyle'
import type { ReportStatus } from './ReportStatus'
import type { UnitChangeKind } from './UnitChangeKind'

export const attendanceLabels: Record<Attendance, string> = {
  present: '出席',
  leave: '请假',
  absent: '缺席',
  observer: '列席',
}

export const backupKindLabels: Record<BackupKind, string> = {
  auto: '自动备份',
  before_restore: '恢复前备份',
  manual: '手动备份',
}

export const binKindLabels: Record<BinKind, string> = {
  unit: '成员单位',
  member: '组成人员',
  liaison: '联络员',
  task: '目标任务',
  meeting: '会议',
  follow_up: '督办事项',
  expert: '专家',
  calendar_day: '工作日历',
}

export const bodyKindLabels: Record<BodyKind, string> = {
  committee: '推进委员会',
  leading_group: '领导小组',
}

export const cadenceLabels: Record<Cadence, string> = {
  yearly: '每年',
  monthly: '每月',
  weekly: '每周',
  ad_hoc: '不定期',
}

export const followUpSourceLabels: Record<FollowUpSource, string> = {
  decision: '会议议定',
  instruction: '领导批示',
  assigned: '交办事项',
}

export const followUpStatusLabels: Record<FollowUpStatus, string> = {
  not_started: '未开始',
  in_progress: '推进中',
  done: '已完成',
}

export const documentStateLabels: Record<DocumentState, string> = {
  in_force: '有效',
  voided: '作废',
  revoked: '撤销',
  abolished: '废止',
}

export const expertStatusLabels: Record<ExpertStatus, string> = {
  serving: '在聘',
  expired: '期满',
  dismissed: '解聘',
}

export const groupRoleLabels: Record<GroupRole, string> = {
  leader: '组长',
  deputy: '副组长',
  member: '成员',
}

export const meetingPrintLabels: Record<MeetingPrint, string> = {
  notice: '会议通知',
  sign_in_sheet: '签到表',
  attendance: '出席情况',
  minutes: '纪要',
}

export const panelRoleLabels: Record<PanelRole, string> = {
  director: '主任',
  deputy: '副主任',
  member: '委员',
}

export const recommenderKindLabels: Record<RecommenderKind, string> = {
  group: '专项行动工作组',
  area: '县（市、区）',
}

export const monthReturnLabels: Record<MonthReturn, string> = {
  on_time: '按时',
  late: '逾期',
  missing: '未报',
  pending: '未到截止日',
}

export const dayKindLabels: Record<DayKind, string> = {
  off: '放假',
  work: '调休上班',
}

export const deadlineOnDayOffLabels: Record<DeadlineOnDayOff, string> = {
  keep: '保持原日期',
  earlier: '提前到此前最后一个工作日',
}

export const reminderChannelLabels: Record<ReminderChannel, string> = {
  phone: '电话',
  sms: '短信',
  wechat: '微信',
  notice: '书面通知',
  in_person: '当面',
}

export const revokeKindLabels: Record<RevokeKind, string> = {
  revoked: '撤销',
  abolished: '废止',
}

export const minutesNumberStyleLabels: Record<MinutesNumberStyle, string> = {
  year: '〔2026〕3号',
  issue: '第3期',
}

export const reportStatusLabels: Record<ReportStatus, string> = {
  not_filed: '未填报',
  draft: '草稿',
  submitted: '已报送',
  late: '逾期报送',
}

export const unitChangeKindLabels: Record<UnitChangeKind, string> = {
  seat_started: '任职',
  seat_ended: '离任',
  liaison_started: '联络员备案',
  liaison_ended: '联络员卸任',
}
