import type { ExportFormat } from '../bindings/ExportFormat'
import type { FontRole } from '../bindings/FontRole'
import type { PrintFontSetting } from '../bindings/PrintFontSetting'
import type { RosterLayout } from '../bindings/RosterLayout'
import { call } from './call'

/** Each export answers the saved file's path, or null when the save dialog was cancelled. */
export const exportRoster = (layout: RosterLayout, format: ExportFormat, asOf?: string) =>
  call<string | null>('export_roster', { layout, format, asOf: asOf ?? null })
export const exportLiaisonDirectory = (format: ExportFormat) =>
  call<string | null>('export_liaison_directory', { format })
export const printRoster = (layout: RosterLayout, asOf?: string) =>
  call<string>('print_roster', { layout, asOf: asOf ?? null })
export const printLiaisonDirectory = () => call<string>('print_liaison_directory')
export const printFonts = () => call<PrintFontSetting[]>('print_fonts')
export const setPrintFont = (role: FontRole, fontKey: string | null) =>
  call<PrintFontSetting[]>('set_print_font', { role, fontKey })
