// Generated from src-tauri/src/commands (reports): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import type { Period } from '../bindings/Period'
import type { PeriodDeadline } from '../bindings/PeriodDeadline'
import type { PeriodSummary } from '../bindings/PeriodSummary'
import type { Reminder } from '../bindings/Reminder'
import type { ReminderInput } from '../bindings/ReminderInput'
import type { ReportBoard } from '../bindings/ReportBoard'
import type { ReportForm } from '../bindings/ReportForm'
import type { ReportInput } from '../bindings/ReportInput'
import { call } from './call'

export const listPeriods = () =>
  call<Array<PeriodSummary>>('list_periods')

/**
 * The deadline the month would get, before it is opened.
 */
export const periodDeadline = (year: number, month: number) =>
  call<PeriodDeadline>('period_deadline', { year, month })

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

/**
 * 催报: one reminder for each unit, by the current operator.
 */
export const recordReminders = (input: ReminderInput) =>
  call<Array<Reminder>>('record_reminders', { input })

export const reminders = (periodId: number, unitId: number) =>
  call<Array<Reminder>>('reminders', { periodId, unitId })

export const deleteReminder = (id: number) =>
  call<null>('delete_reminder', { id })

/**
 * The text message to copy for a unit that has not reported.
 */
export const reminderMessage = (periodId: number, unitId: number) =>
  call<string>('reminder_message', { periodId, unitId })
