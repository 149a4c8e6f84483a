/** set: the unit's first liaison; change: a filed change of person; edit: correct the details. */
export type LiaisonMode = 'set' | 'change' | 'edit'
