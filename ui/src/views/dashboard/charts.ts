import type { ComposeOption } from 'echarts/core'
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts'
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components'
import type { DashboardCharts } from '../../bindings/DashboardCharts'
import type { FollowUpStatusCounts } from '../../bindings/FollowUpStatusCounts'
import type { MeetingAttendance } from '../../bindings/MeetingAttendance'
import type { OverdueMonth } from '../../bindings/OverdueMonth'
import type { ReportingMonth } from '../../bindings/ReportingMonth'
import { cnDate } from '../../utils/date'

// What each chart draws, from the core's counts; kept apart from the component so the figures
// and the page each bar opens are tested without drawing.

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>

const COLORS = {
  good: '#67c23a',
  other: '#409eff',
  warn: '#e6a23c',
  bad: '#f56c6c',
  idle: '#c0c4cc',
}

const grid = { left: 36, right: 16, top: 36, bottom: 28, containLabel: true }
// Drawn at once: the figures are read, not watched growing, and every look shows the same.
const animation = false
const legend = { top: 0, itemWidth: 12, itemHeight: 10 }

function stacked(name: string, color: string, data: number[]): BarSeriesOption {
  return { name, type: 'bar', stack: 'all', barMaxWidth: 28, itemStyle: { color }, data }
}

/** “11月” under a bar; the tooltip gives the whole month. */
const shortMonth = (label: string) => label.replace(/^\d+年/, '')

export function reportingOption(months: ReportingMonth[]): ChartOption {
  return {
    animation,
    grid,
    legend,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: months.map((m) => shortMonth(m.label)) },
    yAxis: { type: 'value', minInterval: 1, name: '单位数' },
    series: [
      stacked(
        '按时报送',
        COLORS.good,
        months.map((m) => m.onTime),
      ),
      stacked(
        '逾期报送',
        COLORS.warn,
        months.map((m) => m.late),
      ),
      stacked(
        '未报送',
        COLORS.bad,
        months.map((m) => m.missing),
      ),
      stacked(
        '未到截止日',
        COLORS.idle,
        months.map((m) => m.pending),
      ),
    ],
  }
}

/** 按时报送率 of a month, in whole per cent. */
export function onTimeRate(m: ReportingMonth): number {
  return m.expected ? Math.round((m.onTime * 100) / m.expected) : 0
}

export const FOLLOW_UP_BARS = [
  { key: 'not_started', label: '未开始', color: COLORS.idle },
  { key: 'in_progress', label: '推进中', color: COLORS.other },
  { key: 'done', label: '已完成', color: COLORS.good },
] as const

/** Each status's bar: the items within their deadline, and on top in red those past it. */
export function followUpOption(c: FollowUpStatusCounts): ChartOption {
  const overdue = [c.notStartedOverdue, c.inProgressOverdue, 0]
  const all = [c.notStarted, c.inProgress, c.done]
  return {
    animation,
    grid,
    legend: { ...legend, data: ['逾期'] },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: FOLLOW_UP_BARS.map((b) => b.label) },
    yAxis: { type: 'value', minInterval: 1, name: '项' },
    series: [
      {
        name: '未逾期',
        type: 'bar',
        stack: 'all',
        barMaxWidth: 36,
        data: FOLLOW_UP_BARS.map((b, i) => ({ value: all[i]! - overdue[i]!, itemStyle: { color: b.color } })),
      },
      {
        name: '逾期',
        type: 'bar',
        stack: 'all',
        barMaxWidth: 36,
        itemStyle: { color: COLORS.bad },
        label: { show: true, position: 'top', formatter: (p) => `共${all[p.dataIndex]}` },
        data: overdue,
      },
    ],
  }
}

export function overdueOption(months: OverdueMonth[]): ChartOption {
  return {
    animation,
    grid,
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: months.map((m) => shortMonth(m.label)), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', minInterval: 1, name: '项' },
    series: [
      {
        name: '月末逾期事项',
        type: 'line',
        smooth: false,
        symbolSize: 7,
        itemStyle: { color: COLORS.bad },
        data: months.map((m) => m.overdue),
      },
    ],
  }
}

export function attendanceOption(meetings: MeetingAttendance[]): ChartOption {
  const unrecorded = (m: MeetingAttendance) => m.invited - m.present - m.standIn - m.leave - m.absent
  return {
    animation,
    grid,
    legend,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: meetings.map((m) => cnDate(m.meetingOn).replace(/^\d+年/, '')),
      axisLabel: { interval: 0, rotate: meetings.length > 6 ? 30 : 0 },
    },
    yAxis: { type: 'value', minInterval: 1, name: '人次' },
    series: [
      stacked(
        '出席',
        COLORS.good,
        meetings.map((m) => m.present),
      ),
      stacked(
        '请假派人代会',
        COLORS.other,
        meetings.map((m) => m.standIn),
      ),
      stacked(
        '请假',
        COLORS.warn,
        meetings.map((m) => m.leave),
      ),
      stacked(
        '缺席',
        COLORS.bad,
        meetings.map((m) => m.absent),
      ),
      stacked('未登记', COLORS.idle, meetings.map(unrecorded)),
    ],
  }
}

/** 出席率: present in person or by a stand-in, of those invited, in whole per cent. */
export function attendanceRate(m: MeetingAttendance): number {
  return m.invited ? Math.round(((m.present + m.standIn) * 100) / m.invited) : 0
}

export type ChartName = 'reporting' | 'followUps' | 'overdue' | 'attendance'

/** The list behind a bar or a point of a chart. */
export function targetOf(charts: DashboardCharts, chart: ChartName, index: number, series = 0): string {
  switch (chart) {
    case 'reporting': {
      const m = charts.reporting[index]
      return m ? `/reports?period=${m.periodId}` : '/reports'
    }
    case 'followUps':
      // The red top of a bar is the overdue items; the rest, the items of that status.
      return series === 1
        ? '/follow-ups?filter=overdue'
        : `/follow-ups?filter=${FOLLOW_UP_BARS[index]?.key ?? 'all'}`
    case 'overdue':
      return '/follow-ups?filter=overdue'
    case 'attendance': {
      const m = charts.attendance[index]
      return m ? `/meetings?year=${m.meetingOn.slice(0, 4)}&open=${m.meetingId}` : '/meetings'
    }
  }
}
