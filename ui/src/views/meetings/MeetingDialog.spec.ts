import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { MeetingRow } from '../../bindings/MeetingRow'
import { fakeBackend, Rejects } from '../../test/ipc'
import { click, mountView, settle } from '../../test/mount'
import MeetingDialog from './MeetingDialog.vue'

const MEETING: MeetingRow = {
  id: 4,
  kindId: 2,
  title: '健康舞钢行动推进委员会办公室会议',
  meetingOn: '2026-11-20',
  startsAt: '09:00',
  endsAt: '11:30',
  place: '市卫健委三楼会议室',
  convener: '王海彦',
  chair: '王海彦',
  agenda: ['听取汇报'],
  contact: '',
  noticeOn: '2026-11-16',
  deletedAt: null,
  kindName: '办公室会议',
  ordinal: 1,
  inviteeCount: 0,
  minutesNumber: null,
}

async function open() {
  const dialog = await mountView(MeetingDialog, '/', {
    meeting: MEETING,
    kinds: [],
    day: '2026-11-20',
    modelValue: false,
  })
  await dialog.setProps({ modelValue: true })
  await flushPromises()
  return dialog
}

/** The form row labelled 通知日期. */
const noticeItem = () =>
  Array.from(document.querySelectorAll('.el-form-item')).find((e) =>
    e.querySelector('.el-form-item__label')?.textContent?.includes('通知日期'),
  )

describe('MeetingDialog', () => {
  it('keeps the notice’s own date and sends it with the meeting', async () => {
    const calls = fakeBackend({ update_meeting: () => ({ meeting: MEETING, conflicts: [] }) })
    await open()
    const picker = noticeItem()?.querySelector('input')
    expect(picker?.value).toBe('2026年11月16日')
    click('dialog-submit')
    await settle()
    expect(calls).toHaveLength(1)
    expect(calls[0].args).toMatchObject({ id: 4, input: { noticeOn: '2026-11-16', meetingOn: '2026-11-20' } })
  })

  it('shows the core’s refusal of a bad notice date next to 通知日期', async () => {
    fakeBackend({
      update_meeting: () =>
        new Rejects({ code: 'invalid', message: '通知日期不是有效的日期', field: 'noticeOn' }),
    })
    const dialog = await open()
    click('dialog-submit')
    await settle()
    expect(noticeItem()?.textContent).toContain('通知日期不是有效的日期')
    expect(dialog.emitted('saved')).toBeUndefined()
  })
})
