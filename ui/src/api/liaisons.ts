// Generated from src-tauri/src/commands (liaisons): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import type { Liaison } from '../bindings/Liaison'
import type { LiaisonInput } from '../bindings/LiaisonInput'
import type { LiaisonRow } from '../bindings/LiaisonRow'
import { call } from './call'

export const listLiaisons = () =>
  call<Array<LiaisonRow>>('list_liaisons')

export const liaisonHistory = (unitId: number) =>
  call<Array<Liaison>>('liaison_history', { unitId })

export const setLiaison = (input: LiaisonInput) =>
  call<Liaison>('set_liaison', { input })

export const changeLiaison = (input: LiaisonInput) =>
  call<Liaison>('change_liaison', { input })

export const editLiaison = (id: number, input: LiaisonInput) =>
  call<Liaison>('edit_liaison', { id, input })

export const deleteLiaison = (id: number) =>
  call<null>('delete_liaison', { id })
