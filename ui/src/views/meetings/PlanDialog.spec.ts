import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { MeetingKind } from '../../bindings/MeetingKind'
import type { PlanInput } from '../../bindings/PlanInput'
import type { PlannedMeeting } from '../../bindings/PlannedMeeting'
import { fakeBackend } from '../../test/ipc'
import { click, mountView, pageText } from '../../test/mount'
import PlanDialog from './PlanDialog.vue'

const kind = (id: number, name: string, cadence: MeetingKind['cadence'], retired = false): MeetingKind => ({
  id,
  name,
  convenerRole: null,
  cadence,
  sortOrder: id,
  retired,
  deletedAt: null,
})

const KINDS = [
  kind(1, '领导小组会议', 'monthly'),
  kind(2, '办公室会议', 'weekly'),
  kind(3, '专题会议', 'ad_hoc'),
  kind(4, '季度例会', 'monthly', true),
]

// What the core answers for a monthly plan on the 31st: short months move, a taken date is left out.
const PREVIEW: PlannedMeeting[] = [
  { meetingOn: '2028-01-31', create: false, note: '当天已有领导小组会议' },
  { meetingOn: '2028-02-29', create: true, note: '2月没有31日，安排在2月29日' },
  { meetingOn: '2028-03-31', create: true, note: null },
]

async function open(handlers: Parameters<typeof fakeBackend>[0]) {
  const calls = fakeBackend(handlers)
  const dialog = await mountView(PlanDialog, '/', { kinds: KINDS, year: 2028, modelValue: false })
  await dialog.setProps({ modelValue: true })
  await flushPromises()
  return { calls, dialog }
}

const vm = (dialog: Awaited<ReturnType<typeof open>>['dialog']) => dialog.vm as unknown as { form: PlanInput }

describe('PlanDialog', () => {
  it('offers only kinds with a cadence, and previews the year with every moved or left-out date explained', async () => {
    const { calls, dialog } = await open({ preview_plan: () => PREVIEW })
    vm(dialog).form.day = 31
    await flushPromises()
    const previews = calls.filter((c) => c.cmd === 'preview_plan').map((c) => c.args.input as PlanInput)
    expect(previews.at(-1)).toMatchObject({ kindId: 1, year: 2028, day: 31 })
    expect(pageText()).toContain('2028年2月29日')
    expect(pageText()).toContain('2月没有31日，安排在2月29日')
    expect(pageText()).toContain('不生成')
    expect(pageText()).toContain('当天已有领导小组会议')
    expect(document.querySelector('[data-test="plan-submit"]')?.textContent?.trim()).toBe('生成 2 次会议')
    const offered = Array.from(document.querySelectorAll('.el-select-dropdown__item')).map((o) =>
      o.textContent?.trim(),
    )
    expect(offered).not.toContain('专题会议')
    expect(offered).not.toContain('季度例会')
  })

  it('creates the previewed plan and reports back', async () => {
    const { calls, dialog } = await open({ preview_plan: () => PREVIEW, create_plan: () => 2 })
    click('plan-submit')
    await flushPromises()
    expect(calls.filter((c) => c.cmd === 'create_plan')).toHaveLength(1)
    expect(pageText()).toContain('已生成 2 次会议')
    expect(dialog.emitted('saved')).toHaveLength(1)
  })

  it('cannot create anything when every date is left out', async () => {
    await open({ preview_plan: () => PREVIEW.map((p) => ({ ...p, create: false })) })
    const submit = document.querySelector<HTMLButtonElement>('[data-test="plan-submit"]')!
    expect(submit.textContent?.trim()).toBe('生成 0 次会议')
    expect(submit.disabled).toBe(true)
  })
})
