import type { ExportFormat } from '../bindings/ExportFormat'
import type { Period } from '../bindings/Period'
import type { PeriodSummary } from '../bindings/PeriodSummary'
import type { ReportBoard } from '../bindings/ReportBoard'
import type { ReportForm } from '../bindings/ReportForm'
import type { ReportInput } from '../bindings/ReportInput'
import type { ReturnCheck } from '../bindings/ReturnCheck'
import type { ReturnImportResult } from '../bindings/ReturnImportResult'
import type { SentOut } from '../bindings/SentOut'
import { call } from './call'

export const listPeriods = () => call<PeriodSummary[]>('list_periods')
export const openPeriod = (year: number, month: number) => call<Period>('open_period', { year, month })
export const setPeriodDeadline = (id: number, deadline: string) =>
  call<Period>('set_period_deadline', { id, deadline })
export const reportBoard = (periodId: number) => call<ReportBoard>('report_board', { periodId })

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

/** Null when the office closed the file picker. */
export const addReportAttachments = (periodId: number, unitId: number) =>
  call<ReportForm | null>('add_report_attachments', { periodId, unitId })
export const removeReportAttachment = (id: number) => call<void>('remove_report_attachment', { id })
export const openReportAttachment = (id: number) => call<void>('open_report_attachment', { id })

/** Null when the office closed the folder picker. */
export const sendOutForms = (periodId: number, unitIds: number[]) =>
  call<SentOut | null>('send_out_forms', { periodId, unitIds })
export const pickReturnFiles = () => call<string[]>('pick_return_files')
export const checkReturns = (periodId: number, paths: string[]) =>
  call<ReturnCheck>('check_returns', { periodId, paths })
export const importReturns = (periodId: number, paths: string[], receivedOn: string | null) =>
  call<ReturnImportResult>('import_returns', { periodId, paths, receivedOn })

export const exportReportForm = (periodId: number, unitId: number, name: string, format: ExportFormat) =>
  call<string | null>('export_report_form', { periodId, unitId, name, format })
export const exportReportSummary = (periodId: number, name: string, format: ExportFormat) =>
  call<string | null>('export_report_summary', { periodId, name, format })
export const printReportSummary = (periodId: number, name: string) =>
  call<string>('print_report_summary', { periodId, name })
