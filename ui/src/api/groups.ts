// Generated from src-tauri/src/commands (groups): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import type { ActionGroup } from '../bindings/ActionGroup'
import type { ActionGroupInput } from '../bindings/ActionGroupInput'
import type { ActionGroupPage } from '../bindings/ActionGroupPage'
import { call } from './call'

export const actionGroupPage = () =>
  call<ActionGroupPage>('action_group_page')

export const addActionGroup = (input: ActionGroupInput) =>
  call<ActionGroup>('add_action_group', { input })

export const updateActionGroup = (id: number, input: ActionGroupInput) =>
  call<ActionGroup>('update_action_group', { id, input })

export const reorderActionGroups = (ids: Array<number>) =>
  call<Array<ActionGroup>>('reorder_action_groups', { ids })

export const retireActionGroup = (id: number, on: string) =>
  call<ActionGroup>('retire_action_group', { id, on })

export const reinstateActionGroup = (id: number) =>
  call<ActionGroup>('reinstate_action_group', { id })
