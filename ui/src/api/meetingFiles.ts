// Generated from src-tauri/src/commands (meetingFiles): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import type { ExportFormat } from '../bindings/ExportFormat'
import type { MeetingPrint } from '../bindings/MeetingPrint'
import { call } from './call'

export const exportMeetingPrint = (meetingId: number, what: MeetingPrint, name: string, format: ExportFormat) =>
  call<string | null>('export_meeting_print', { meetingId, what, name, format })

export const printMeeting = (meetingId: number, what: MeetingPrint, name: string) =>
  call<string>('print_meeting', { meetingId, what, name })
