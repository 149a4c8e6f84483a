import type { ReportStatus } from '../../bindings/ReportStatus'

/** 未填报 / 草稿 / 已报送 / 逾期报送 and the tag colour each one shows in. */
export const STATUS: Record<ReportStatus, { label: string; tag: 'info' | 'warning' | 'success' | 'danger' }> =
  {
    not_filed: { label: '未填报', tag: 'info' },
    draft: { label: '草稿', tag: 'warning' },
    submitted: { label: '已报送', tag: 'success' },
    late: { label: '逾期报送', tag: 'danger' },
  }

/** “还剩 3 天” / “今天截止” / “已过截止日 2 天”. */
export function daysLeftText(days: number): string {
  if (days > 0) return `还剩 ${days} 天`
  if (days === 0) return '今天截止'
  return `已过截止日 ${-days} 天`
}
