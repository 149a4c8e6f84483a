import { describe, expect, it } from 'vitest'
import { fakeBackend } from '../../test/ipc'
import { mountView, settle } from '../../test/mount'
import OpenPeriodDialog from './OpenPeriodDialog.vue'

describe('OpenPeriodDialog', () => {
  it('shows the deadline the core will give, moved off a day off when so set', async () => {
    const calls = fakeBackend({
      period_deadline: () => ({ deadline: '2026-04-24', weekday: '星期五', movedFrom: '2026-04-25' }),
    })
    const dialog = await mountView(OpenPeriodDialog, '/', {
      modelValue: false,
      today: '2026-04-02',
      taken: [],
    })
    await dialog.setProps({ modelValue: true })
    await settle()
    expect(calls[0]).toEqual({ cmd: 'period_deadline', args: { year: 2026, month: 4 } })
    expect(document.querySelector('[data-test="period-deadline-note"]')?.textContent).toContain(
      '截止日期：2026年4月24日（星期五，2026年4月25日为休息日，已提前）',
    )
  })
})
