import type { Unit } from '../bindings/Unit'
import type { UnitChange } from '../bindings/UnitChange'
import type { UnitInput } from '../bindings/UnitInput'
import type { UnitRow } from '../bindings/UnitRow'
import { call } from './call'

export const listUnits = () => call<UnitRow[]>('list_units')
export const unitCategories = () => call<string[]>('unit_categories')
export const addUnit = (input: UnitInput) => call<Unit>('add_unit', { input })
export const updateUnit = (id: number, input: UnitInput) => call<Unit>('update_unit', { id, input })
/** With `endSeatsOn`, seats still in office end on that date before the unit is deleted. */
export const deleteUnit = (id: number, endSeatsOn?: string) =>
  call<void>('delete_unit', { id, endSeatsOn: endSeatsOn ?? null })
export const unitChangeLog = (id: number) => call<UnitChange[]>('unit_change_log', { id })
