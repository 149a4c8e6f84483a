import type { BodySettings } from '../../bindings/BodySettings'

/** The fields the settings form can show an error next to. */
export const SETTINGS_FIELDS: readonly (keyof BodySettings)[] = [
  'kind',
  'bodyName',
  'region',
  'officeName',
  'hostUnit',
  'docPrefixBody',
  'docPrefixOffice',
  'docPrefixLetter',
  'memberTitle',
  'monthlyDeadlineDay',
  'weeklyDeadlineWeekday',
  'weeklyDeadlineTime',
  'operator',
  'minutesNumberStyle',
  'deadlineOnDayOff',
]

export function blankSettings(): BodySettings {
  return {
    bodyName: '',
    kind: 'committee',
    region: '',
    officeName: '',
    hostUnit: '',
    docPrefixBody: '',
    docPrefixOffice: '',
    docPrefixLetter: '',
    memberTitle: '成员',
    monthlyDeadlineDay: 25,
    weeklyReport: false,
    weeklyDeadlineWeekday: 4,
    weeklyDeadlineTime: '17:00',
    operator: '',
    minutesNumberStyle: 'year',
    deadlineOnDayOff: 'keep',
  }
}
