// Generated from src-tauri/src/commands (rosterImport): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import type { ImportCheck } from '../bindings/ImportCheck'
import type { ImportRequest } from '../bindings/ImportRequest'
import type { ImportResult } from '../bindings/ImportResult'
import type { ImportSheet } from '../bindings/ImportSheet'
import { call } from './call'

/** Asks for the workbook to import; nothing when the office cancels. COMMITTEE_DESK_PICK_FILE */
/** answers instead of the native dialog, which the end-to-end tests cannot reach. */
export const pickImportFile = () =>
  call<string | null>('pick_import_file')

export const importSheets = (path: string) =>
  call<Array<ImportSheet>>('import_sheets', { path })

export const checkRosterImport = (request: ImportRequest) =>
  call<ImportCheck>('check_roster_import', { request })

export const importRoster = (request: ImportRequest) =>
  call<ImportResult>('import_roster', { request })
