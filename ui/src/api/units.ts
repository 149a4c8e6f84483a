// Generated from src-tauri/src/commands (units): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import type { Unit } from '../bindings/Unit'
import type { UnitChange } from '../bindings/UnitChange'
import type { UnitInput } from '../bindings/UnitInput'
import type { UnitRow } from '../bindings/UnitRow'
import { call } from './call'

export const listUnits = () =>
  call<Array<UnitRow>>('list_units')

export const unitCategories = () =>
  call<Array<string>>('unit_categories')

export const addUnit = (input: UnitInput) =>
  call<Unit>('add_unit', { input })

export const updateUnit = (id: number, input: UnitInput) =>
  call<Unit>('update_unit', { id, input })

export const deleteUnit = (id: number, endSeatsOn?: string | null) =>
  call<null>('delete_unit', { id, endSeatsOn: endSeatsOn ?? null })

export const unitChangeLog = (id: number) =>
  call<Array<UnitChange>>('unit_change_log', { id })
