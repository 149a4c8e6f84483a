// Generated from src-tauri/src/commands (meetingFiles): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import type { ExportFormat } from '../bindings/ExportFormat'
import type { MeetingPrint } from '../bindings/MeetingPrint'
import { call } from './call'

/**
 * Answers the saved file's path, or null when the office cancelled the save dialog.
 */
export const exportMeetingPrint = (meetingId: number, what: MeetingPrint, name: string, format: ExportFormat) =>
  call<string | null>('export_meeting_print', { meetingId, what, name, format })

/**
 * Opens the PDF in the system's viewer, from which the office prints; answers its path.
 */
export const printMeeting = (meetingId: number, what: MeetingPrint, name: string) =>
  call<string>('print_meeting', { meetingId, what, name })
