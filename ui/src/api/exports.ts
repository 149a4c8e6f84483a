// Generated from src-tauri/src/commands (exports): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import type { ExportFormat } from '../bindings/ExportFormat'
import type { FontRole } from '../bindings/FontRole'
import type { PrintFontSetting } from '../bindings/PrintFontSetting'
import type { Printable } from '../bindings/Printable'
import { call } from './call'

/**
 * Saves what the window names in `format`; answers the saved file's path, or null when the
 * office cancelled the save dialog.
 */
export const exportOutput = (what: Printable, format: ExportFormat) =>
  call<string | null>('export_output', { what, format })

/**
 * Opens the PDF in the system's viewer, from which the office prints; answers its path.
 */
export const printOutput = (what: Printable) =>
  call<string>('print_output', { what })

export const printFonts = () =>
  call<Array<PrintFontSetting>>('print_fonts')

export const setPrintFont = (role: FontRole, fontKey?: string | null) =>
  call<Array<PrintFontSetting>>('set_print_font', { role, fontKey: fontKey ?? null })
