// Generated from src-tauri/src/commands (reportFiles): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import type { ReportForm } from '../bindings/ReportForm'
import type { ReturnCheck } from '../bindings/ReturnCheck'
import type { ReturnImportResult } from '../bindings/ReturnImportResult'
import type { SentOut } from '../bindings/SentOut'
import { call } from './call'

export const pickReturnFiles = () =>
  call<Array<string>>('pick_return_files')

/**
 * Reads every file off the window's thread, with the progress and 取消.
 */
export const checkReturns = (periodId: number, paths: Array<string>) =>
  call<ReturnCheck>('check_returns', { periodId, paths })

export const importReturns = (periodId: number, paths: Array<string>, receivedOn?: string | null) =>
  call<ReturnImportResult>('import_returns', { periodId, paths, receivedOn: receivedOn ?? null })

export const addReportAttachments = (periodId: number, unitId: number) =>
  call<ReportForm | null>('add_report_attachments', { periodId, unitId })

export const removeReportAttachment = (id: number) =>
  call<null>('remove_report_attachment', { id })

export const openReportAttachment = (id: number) =>
  call<null>('open_report_attachment', { id })

/**
 * Writes the forms off the window's thread, with the progress and 取消.
 */
export const sendOutForms = (periodId: number, unitIds: Array<number>) =>
  call<SentOut | null>('send_out_forms', { periodId, unitIds })
