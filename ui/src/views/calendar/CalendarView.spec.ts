import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { CalendarYear } from '../../bindings/CalendarYear'
import { fakeBackend } from '../../test/ipc'
import { click, mountView, pageText, settle } from '../../test/mount'
import CalendarView from './CalendarView.vue'
import { yearGrid } from './months'

const NATIONAL_DAY: CalendarYear = {
  year: 2026,
  days: [
    ...[1, 2, 3, 4, 5, 6, 7].map((d) => ({
      id: d,
      day: `2026-10-0${d}`,
      kind: 'off' as const,
      name: '国庆节',
      deletedAt: null,
    })),
    { id: 8, day: '2026-10-10', kind: 'work' as const, name: '国庆节', deletedAt: null },
  ],
  holidays: [
    {
      name: '国庆节',
      offDays: [1, 2, 3, 4, 5, 6, 7].map((d) => `2026-10-0${d}`),
      workDays: ['2026-10-10'],
      ids: [1, 2, 3, 4, 5, 6, 7, 8],
    },
  ],
  preset: '国务院办公厅关于2026年部分节假日安排的通知',
}
const EMPTY: CalendarYear = { year: 2026, days: [], holidays: [], preset: NATIONAL_DAY.preset }

const cell = (iso: string) => document.querySelector<HTMLElement>(`[data-day="${iso}"]`)!

describe('yearGrid', () => {
  it('marks weekends and listed days, Monday first', () => {
    const october = yearGrid(2026, NATIONAL_DAY.days)[9]
    // 1 October 2026 is a Thursday: three blank days before it.
    expect(october.weeks[0].slice(0, 4).map((d) => d?.day ?? null)).toEqual([null, null, null, 1])
    const all = october.weeks.flat().filter((d) => d !== null)
    expect(all.find((d) => d.day === 5)).toMatchObject({ off: true, mark: '休', name: '国庆节' })
    expect(all.find((d) => d.day === 10)).toMatchObject({ off: false, mark: '班' })
    expect(all.find((d) => d.day === 11)).toMatchObject({ off: true, mark: '' })
    expect(all.find((d) => d.day === 12)).toMatchObject({ off: false, mark: '' })
  })
})

describe('CalendarView', () => {
  it('lists the year by holiday and marks every day off in the months', async () => {
    fakeBackend({ calendar_year: () => NATIONAL_DAY })
    await mountView(CalendarView)
    expect(pageText()).toContain('10月1日至10月7日，共7天')
    expect(pageText()).toContain('10月10日（星期六）')
    expect(cell('2026-10-05').className).toContain('holiday')
    expect(cell('2026-10-10').className).toContain('work')
    expect(cell('2026-10-17').className).toContain('off')
    expect(cell('2026-10-16').className).not.toContain('off')
  })

  it('offers the shipped notice for an empty year and takes it in', async () => {
    const calls = fakeBackend({ calendar_year: () => EMPTY, load_calendar_preset: () => NATIONAL_DAY })
    await mountView(CalendarView)
    expect(pageText()).toContain(
      '2026年尚未录入节假日安排。可载入《国务院办公厅关于2026年部分节假日安排的通知》',
    )
    click('calendar-preset')
    await flushPromises()
    expect(calls.at(-1)).toEqual({ cmd: 'load_calendar_preset', args: { year: 2026 } })
    expect(pageText()).toContain('共7天')
  })

  it('removes a holiday only after the office confirms', async () => {
    const calls = fakeBackend({ calendar_year: () => NATIONAL_DAY, delete_holiday: () => null })
    await mountView(CalendarView)
    click('delete-holiday-国庆节')
    await settle()
    expect(pageText()).toContain('可在回收站恢复')
    expect(calls.some((c) => c.cmd === 'delete_holiday')).toBe(false)
    const confirm = Array.from(
      document.querySelectorAll<HTMLButtonElement>('.el-message-box__btns button'),
    ).find((b) => b.textContent?.includes('删除'))!
    confirm.click()
    await settle()
    expect(calls.find((c) => c.cmd === 'delete_holiday')?.args).toEqual({ ids: [1, 2, 3, 4, 5, 6, 7, 8] })
  })
})
