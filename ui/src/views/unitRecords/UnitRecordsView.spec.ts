import { describe, expect, it } from 'vitest'
import type { UnitMonth } from '../../bindings/UnitMonth'
import type { UnitRecord } from '../../bindings/UnitRecord'
import type { UnitRecordYear } from '../../bindings/UnitRecordYear'
import { fakeBackend } from '../../test/ipc'
import { click, mountView, pageText, settle } from '../../test/mount'
import UnitRecordsView from './UnitRecordsView.vue'

const zero = { invited: 0, present: 0, standIn: 0, leave: 0, absent: 0 }
const noItems = { assigned: 0, doneOnTime: 0, doneLate: 0, overdue: 0, open: 0 }
const months = (): UnitMonth[] =>
  Array.from({ length: 12 }, (_, i) => ({
    month: i + 1,
    returnStatus: null,
    reminders: 0,
    meetings: { ...zero },
    followUps: { ...noItems },
  }))

function unit(unitId: number, unitName: string, missing: number, absent: number): UnitRecord {
  const m = months()
  m[9] = { ...m[9], returnStatus: missing ? 'missing' : 'on_time', reminders: missing * 2 }
  return {
    unitId,
    unitName,
    returns: { due: 1, onTime: 1 - missing, late: 0, missing },
    reminders: missing * 2,
    meetings: { invited: 2, present: 2 - absent, standIn: 0, leave: 0, absent },
    followUps: { ...noItems },
    months: m,
  }
}

const year = (y: number): UnitRecordYear => ({
  year: y,
  asOf: y === 2026 ? '2026-11-25' : `${y}-12-31`,
  units: y === 2026 ? [unit(1, '市教体局', 1, 0), unit(2, '市卫健委', 0, 1)] : [],
  rules: [
    { key: 'returns', label: '信息报送', rule: '按时：截止日当天及以前报送' },
    { key: 'reminders', label: '催报', rule: '办公室记录的催报次数' },
    { key: 'meetings', label: '参加会议', rule: '按人次计' },
    { key: 'followUps', label: '督办事项', rule: '按完成时限所在月份计入' },
  ],
})

const cells = (row: number) =>
  [...document.querySelectorAll(`[data-test="unit-records"] .el-table__body-wrapper tbody > tr`)][
    row
  ]?.textContent
    ?.replace(/\s+/g, ' ')
    .trim()

describe('UnitRecordsView', () => {
  it('shows each unit of the year with the rules behind the figures', async () => {
    const calls = fakeBackend({ unit_records: (a) => year(a.year as number) })
    await mountView(UnitRecordsView)
    expect(calls[0]).toEqual({ cmd: 'unit_records', args: { year: 2026 } })
    expect(pageText()).toContain('统计截至2026年11月25日')
    expect(pageText()).toContain('市教体局')
    expect(pageText()).toContain('信息报送（月）')
    expect(pageText()).toContain('1. 信息报送：按时：截止日当天及以前报送')
    // A missing return and an absence stand out.
    expect(document.querySelectorAll('[data-test="unit-records"] .bad')).toHaveLength(2)
  })

  it('sorts by a figure when its header is clicked', async () => {
    fakeBackend({ unit_records: (a) => year(a.year as number) })
    await mountView(UnitRecordsView)
    expect(cells(0)).toContain('市教体局')
    const absent = [...document.querySelectorAll<HTMLElement>('[data-test="unit-records"] th')].find(
      (th) => th.textContent?.trim() === '缺席',
    )!
    absent.querySelector<HTMLElement>('.sort-caret.descending')!.click()
    await settle()
    expect(cells(0)).toContain('市卫健委')
  })

  it('opens a unit to its months and asks for another year', async () => {
    const calls = fakeBackend({ unit_records: (a) => year(a.year as number) })
    await mountView(UnitRecordsView)
    document.querySelector<HTMLElement>('[data-test="unit-records"] .el-table__expand-icon')!.click()
    await settle()
    const detail = document.querySelector('[data-test="months-1"]')!.textContent!
    expect(detail).toContain('10月')
    expect(detail).toContain('未报')

    click('record-year')
    await settle()
    const option = [...document.querySelectorAll<HTMLElement>('.el-select-dropdown__item')].find(
      (o) => o.textContent?.trim() === '2025年',
    )!
    option.click()
    await settle()
    expect(calls.at(-1)).toEqual({ cmd: 'unit_records', args: { year: 2025 } })
    expect(pageText()).toContain('统计截至2025年12月31日')
  })
})
