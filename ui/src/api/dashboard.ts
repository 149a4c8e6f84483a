// Generated from src-tauri/src/commands (dashboard): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import type { DashboardCharts } from '../bindings/DashboardCharts'
import type { DashboardSummary } from '../bindings/DashboardSummary'
import type { UnitRecordYear } from '../bindings/UnitRecordYear'
import { call } from './call'

export const dashboard = () =>
  call<DashboardSummary>('dashboard')

/**
 * The twelve months behind the 工作台's charts.
 */
export const dashboardCharts = () =>
  call<DashboardCharts>('dashboard_charts')

/**
 * 成员单位履职情况 of a year.
 */
export const unitRecords = (year: number) =>
  call<UnitRecordYear>('unit_records', { year })
