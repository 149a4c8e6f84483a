import type { RosterRow } from '../bindings/RosterRow'

/** A roster seat for a test: a current 成员 unless `row` says otherwise. */
export const rosterRow = (row: Pick<RosterRow, 'id' | 'personName'> & Partial<RosterRow>): RosterRow => ({
  roleLabel: '成员',
  unitName: null,
  role: 'member',
  unitId: null,
  post: '',
  sortOrder: row.id * 10,
  termFrom: '2023-08-18',
  termTo: null,
  phone: '',
  note: '',
  replacedBy: null,
  deletedAt: null,
  ...row,
})
