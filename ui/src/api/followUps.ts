// Generated from src-tauri/src/commands (followUps): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import type { FollowUpInput } from '../bindings/FollowUpInput'
import type { FollowUpRow } from '../bindings/FollowUpRow'
import type { FollowUpStatus } from '../bindings/FollowUpStatus'
import type { ProgressEntry } from '../bindings/ProgressEntry'
import type { ProgressInput } from '../bindings/ProgressInput'
import { call } from './call'

export const listFollowUps = () =>
  call<Array<FollowUpRow>>('list_follow_ups')

export const addFollowUp = (input: FollowUpInput) =>
  call<FollowUpRow>('add_follow_up', { input })

export const updateFollowUp = (id: number, input: FollowUpInput) =>
  call<FollowUpRow>('update_follow_up', { id, input })

export const setFollowUpStatus = (id: number, status: FollowUpStatus) =>
  call<FollowUpRow>('set_follow_up_status', { id, status })

/**
 * Corrects the day a done item was finished.
 */
export const setFollowUpDoneOn = (id: number, doneOn: string) =>
  call<FollowUpRow>('set_follow_up_done_on', { id, doneOn })

export const deleteFollowUp = (id: number) =>
  call<null>('delete_follow_up', { id })

export const followUpProgress = (id: number) =>
  call<Array<ProgressEntry>>('follow_up_progress', { id })

export const addProgress = (id: number, input: ProgressInput) =>
  call<FollowUpRow>('add_progress', { id, input })

export const deleteProgress = (id: number) =>
  call<null>('delete_progress', { id })
