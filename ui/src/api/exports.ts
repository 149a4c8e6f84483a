// Generated from src-tauri/src/commands (exports): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import type { ExportFormat } from '../bindings/ExportFormat'
import type { FontRole } from '../bindings/FontRole'
import type { PrintFontSetting } from '../bindings/PrintFontSetting'
import type { RosterLayout } from '../bindings/RosterLayout'
import { call } from './call'

/**
 * 全部导出: every area in one workbook, for handing over or archiving.
 */
export const exportEverything = () =>
  call<string | null>('export_everything')

/**
 * Answers the saved file's path, or null when the office cancelled the save dialog.
 */
export const exportRoster = (layout: RosterLayout, format: ExportFormat, asOf?: string | null) =>
  call<string | null>('export_roster', { layout, format, asOf: asOf ?? null })

/**
 * Answers the saved file's path, or null when the office cancelled the save dialog.
 */
export const exportLiaisonDirectory = (format: ExportFormat) =>
  call<string | null>('export_liaison_directory', { format })

/**
 * Opens the PDF in the system's viewer, from which the office prints; answers its path.
 */
export const printRoster = (layout: RosterLayout, asOf?: string | null) =>
  call<string>('print_roster', { layout, asOf: asOf ?? null })

/**
 * Opens the PDF in the system's viewer, from which the office prints; answers its path.
 */
export const printLiaisonDirectory = () =>
  call<string>('print_liaison_directory')

export const printFonts = () =>
  call<Array<PrintFontSetting>>('print_fonts')

export const setPrintFont = (role: FontRole, fontKey?: string | null) =>
  call<Array<PrintFontSetting>>('set_print_font', { role, fontKey: fontKey ?? null })
