import { reportStatusLabels } from '../../bindings/labels'
import type { ReportStatus } from '../../bindings/ReportStatus'

type Tag = 'info' | 'warning' | 'success' | 'danger'
const TAGS: Record<ReportStatus, Tag> = {
  not_filed: 'info',
  draft: 'warning',
  submitted: 'success',
  late: 'danger',
}

/** Each status's label, from the core, and the tag colour it shows in. */
export const STATUS = Object.fromEntries(
  (Object.keys(TAGS) as ReportStatus[]).map((s) => [s, { label: reportStatusLabels[s], tag: TAGS[s] }]),
) as Record<ReportStatus, { label: string; tag: Tag }>

/** “还剩 3 天” / “今天截止” / “已过截止日 2 天”. */
export function daysLeftText(days: number): string {
  if (days > 0) return `还剩 ${days} 天`
  if (days === 0) return '今天截止'
  return `已过截止日 ${-days} 天`
}
