import type { Liaison } from '../bindings/Liaison'
import type { LiaisonInput } from '../bindings/LiaisonInput'
import type { LiaisonRow } from '../bindings/LiaisonRow'
import { call } from './call'

export const listLiaisons = () => call<LiaisonRow[]>('list_liaisons')
export const liaisonHistory = (unitId: number) => call<Liaison[]>('liaison_history', { unitId })
export const setLiaison = (input: LiaisonInput) => call<Liaison>('set_liaison', { input })
/** Files a change: the current liaison ends on `filedOn`, the new one starts then. */
export const changeLiaison = (input: LiaisonInput) => call<Liaison>('change_liaison', { input })
/** Corrects the current liaison's details; files nothing. */
export const editLiaison = (id: number, input: LiaisonInput) => call<Liaison>('edit_liaison', { id, input })
export const deleteLiaison = (id: number) => call<void>('delete_liaison', { id })
