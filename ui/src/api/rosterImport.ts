// Generated from src-tauri/src/commands (rosterImport): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import type { RosterImportCheck } from '../bindings/RosterImportCheck'
import type { RosterImportRequest } from '../bindings/RosterImportRequest'
import type { RosterImportResult } from '../bindings/RosterImportResult'
import type { RosterImportSheet } from '../bindings/RosterImportSheet'
import { call } from './call'

/**
 * Asks for the workbook to import; nothing when the office cancels. COMMITTEE_DESK_PICK_FILE
 * answers instead of the native dialog, which the end-to-end tests cannot reach.
 */
export const pickImportFile = () =>
  call<string | null>('pick_import_file')

export const importSheets = (path: string) =>
  call<Array<RosterImportSheet>>('import_sheets', { path })

export const checkRosterImport = (request: RosterImportRequest) =>
  call<RosterImportCheck>('check_roster_import', { request })

export const importRoster = (request: RosterImportRequest) =>
  call<RosterImportResult>('import_roster', { request })
