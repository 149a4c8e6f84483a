import type { AreaCounts } from '../../bindings/AreaCounts'

const PARTS: [keyof AreaCounts, string, string][] = [
  ['units', '成员单位', '个'],
  ['seats', '组成人员', '人'],
  ['liaisons', '联络员', '人'],
  ['tasks', '目标任务', '项'],
  ['returns', '已报送的信息收集表', '份'],
  ['meetings', '会议', '次'],
  ['minutes', '纪要', '份'],
  ['followUps', '督办事项', '项'],
  ['keptFiles', '附件与原件', '个'],
]

/** What a backup holds, as one line: `成员单位 40 个、组成人员 52 人 …`. */
export function countsText(counts: AreaCounts): string {
  return PARTS.map(([key, label, unit]) => `${label} ${counts[key]} ${unit}`).join('、')
}

/** The same, as label/value pairs for a description list. */
export function countsList(counts: AreaCounts): { label: string; value: string }[] {
  return PARTS.map(([key, label, unit]) => ({ label, value: `${counts[key]} ${unit}` }))
}
