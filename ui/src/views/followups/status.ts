import type { FollowUpRow } from '../../bindings/FollowUpRow'
import type { FollowUpStatus } from '../../bindings/FollowUpStatus'

export { followUpStatusLabels as STATUS_LABELS } from '../../bindings/labels'

export type FollowUpFilter = FollowUpStatus | 'overdue' | 'due_soon' | 'all'
export const FILTERS: FollowUpFilter[] = ['all', 'overdue', 'due_soon', 'not_started', 'in_progress', 'done']

/** The list's filters; 逾期 and 即将到期 come from the core, as the dashboard's counts do. */
export function matchesFilter(r: FollowUpRow, f: FollowUpFilter): boolean {
  if (f === 'all') return true
  if (f === 'overdue') return r.overdue
  if (f === 'due_soon') return r.dueSoon
  return r.status === f
}
