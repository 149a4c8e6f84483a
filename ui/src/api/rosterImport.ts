import type { ImportCheck } from '../bindings/ImportCheck'
import type { ImportRequest } from '../bindings/ImportRequest'
import type { ImportResult } from '../bindings/ImportResult'
import type { ImportSheet } from '../bindings/ImportSheet'
import { call } from './call'

export const pickImportFile = () => call<string | null>('pick_import_file')
export const importSheets = (path: string) => call<ImportSheet[]>('import_sheets', { path })
export const checkRosterImport = (request: ImportRequest) =>
  call<ImportCheck>('check_roster_import', { request })
export const importRoster = (request: ImportRequest) => call<ImportResult>('import_roster', { request })
