// Generated from src-tauri/src/commands (experts): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import type { DismissExpertInput } from '../bindings/DismissExpertInput'
import type { Expert } from '../bindings/Expert'
import type { ExpertInput } from '../bindings/ExpertInput'
import type { ExpertRow } from '../bindings/ExpertRow'
import { call } from './call'

export const listExperts = () =>
  call<Array<ExpertRow>>('list_experts')

/**
 * 三门峡 rules 四(二) departures of the serving panel, as warnings.
 */
export const expertPanelWarnings = () =>
  call<Array<string>>('expert_panel_warnings')

export const addExpert = (input: ExpertInput) =>
  call<Expert>('add_expert', { input })

export const updateExpert = (id: number, input: ExpertInput) =>
  call<Expert>('update_expert', { id, input })

export const dismissExpert = (id: number, input: DismissExpertInput) =>
  call<Expert>('dismiss_expert', { id, input })

export const undoExpertDismissal = (id: number) =>
  call<Expert>('undo_expert_dismissal', { id })

export const deleteExpert = (id: number) =>
  call<null>('delete_expert', { id })
