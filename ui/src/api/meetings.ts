// Generated from src-tauri/src/commands (meetings): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import type { AttendanceInput } from '../bindings/AttendanceInput'
import type { GroupUnits } from '../bindings/GroupUnits'
import type { Invitee } from '../bindings/Invitee'
import type { MeetingInput } from '../bindings/MeetingInput'
import type { MeetingKind } from '../bindings/MeetingKind'
import type { MeetingKindInput } from '../bindings/MeetingKindInput'
import type { MeetingRow } from '../bindings/MeetingRow'
import type { MeetingSaved } from '../bindings/MeetingSaved'
import type { MinutesInput } from '../bindings/MinutesInput'
import type { MinutesView } from '../bindings/MinutesView'
import type { ObserverInput } from '../bindings/ObserverInput'
import type { PlanInput } from '../bindings/PlanInput'
import type { PlannedMeeting } from '../bindings/PlannedMeeting'
import { call } from './call'

export const meetingKinds = () =>
  call<Array<MeetingKind>>('meeting_kinds')

export const addMeetingKind = (input: MeetingKindInput) =>
  call<MeetingKind>('add_meeting_kind', { input })

export const updateMeetingKind = (id: number, input: MeetingKindInput) =>
  call<MeetingKind>('update_meeting_kind', { id, input })

export const listMeetings = (year: number, kindId?: number | null) =>
  call<Array<MeetingRow>>('list_meetings', { year, kindId: kindId ?? null })

export const meeting = (id: number) =>
  call<MeetingRow>('meeting', { id })

export const defaultConvener = (kindId: number) =>
  call<string>('default_convener', { kindId })

export const addMeeting = (input: MeetingInput) =>
  call<MeetingSaved>('add_meeting', { input })

export const updateMeeting = (id: number, input: MeetingInput) =>
  call<MeetingSaved>('update_meeting', { id, input })

export const deleteMeeting = (id: number) =>
  call<null>('delete_meeting', { id })

export const previewPlan = (input: PlanInput) =>
  call<Array<PlannedMeeting>>('preview_plan', { input })

export const createPlan = (input: PlanInput) =>
  call<number>('create_plan', { input })

export const invitees = (meetingId: number) =>
  call<Array<Invitee>>('invitees', { meetingId })

export const inviteMembers = (meetingId: number, memberIds: Array<number>) =>
  call<number>('invite_members', { meetingId, memberIds })

/**
 * The working groups' units, for inviting a group.
 */
export const actionGroupUnits = () =>
  call<Array<GroupUnits>>('action_group_units')

export const addObserver = (meetingId: number, input: ObserverInput) =>
  call<Invitee>('add_observer', { meetingId, input })

export const setAttendance = (inviteeId: number, input: AttendanceInput) =>
  call<Invitee>('set_attendance', { inviteeId, input })

export const removeInvitee = (inviteeId: number) =>
  call<null>('remove_invitee', { inviteeId })

export const minutes = (meetingId: number) =>
  call<MinutesView>('minutes', { meetingId })

export const saveMinutes = (meetingId: number, input: MinutesInput) =>
  call<MinutesView>('save_minutes', { meetingId, input })
