// Generated from src-tauri/src/commands (reports): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import type { Period } from '../bindings/Period'
import type { PeriodSummary } from '../bindings/PeriodSummary'
import type { ReportBoard } from '../bindings/ReportBoard'
import type { ReportForm } from '../bindings/ReportForm'
import type { ReportInput } from '../bindings/ReportInput'
import { call } from './call'

export const listPeriods = () =>
  call<Array<PeriodSummary>>('list_periods')

export const openPeriod = (year: number, month: number) =>
  call<Period>('open_period', { year, month })

export const setPeriodDeadline = (id: number, deadline: string) =>
  call<Period>('set_period_deadline', { id, deadline })

export const reportBoard = (periodId: number) =>
  call<ReportBoard>('report_board', { periodId })

export const reportForm = (periodId: number, unitId: number) =>
  call<ReportForm>('report_form', { periodId, unitId })

export const saveReport = (periodId: number, unitId: number, input: ReportInput) =>
  call<ReportForm>('save_report', { periodId, unitId, input })

export const submitReport = (periodId: number, unitId: number, input: ReportInput, receivedOn: string) =>
  call<ReportForm>('submit_report', { periodId, unitId, input, receivedOn })

export const reopenReport = (periodId: number, unitId: number) =>
  call<ReportForm>('reopen_report', { periodId, unitId })

export const copyPreviousReport = (periodId: number, unitId: number) =>
  call<ReportForm>('copy_previous_report', { periodId, unitId })
