import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { Invitee } from '../../bindings/Invitee'
import { fakeBackend, Rejects } from '../../test/ipc'
import { click, fill, mountView, settle } from '../../test/mount'
import LeaveDialog from './LeaveDialog.vue'

const INVITEE: Invitee = {
  id: 31,
  meetingId: 4,
  memberId: 12,
  unitName: '市教体局',
  name: '王芳',
  post: '副局长',
  sortOrder: 2,
  attendance: null,
  leaveReason: '',
  standInName: '',
  standInPost: '',
  deletedAt: null,
}

async function open() {
  const dialog = await mountView(LeaveDialog, '/', { invitee: INVITEE, modelValue: false })
  await dialog.setProps({ modelValue: true })
  await flushPromises()
  return dialog
}

const errorText = () =>
  Array.from(document.querySelectorAll('.el-form-item__error')).map((e) => e.textContent?.trim())

describe('LeaveDialog', () => {
  it('shows the core’s refusal of a leave without a stand-in next to 代会人员姓名, and saves nothing', async () => {
    const calls = fakeBackend({
      set_attendance: () =>
        new Rejects({
          code: 'invalid',
          message: '请假须指派代会人员，请填写代会人员姓名',
          field: 'standInName',
        }),
    })
    const dialog = await open()
    fill('leave-reason', '赴省参加培训')
    click('dialog-submit')
    await settle()
    expect(calls).toEqual([
      {
        cmd: 'set_attendance',
        args: {
          inviteeId: 31,
          input: { attendance: 'leave', leaveReason: '赴省参加培训', standInName: '', standInPost: '' },
        },
      },
    ])
    expect(errorText()).toEqual(['请假须指派代会人员，请填写代会人员姓名'])
    expect(
      document.querySelector('[data-test="leave-stand-in"]')?.closest('.el-form-item')?.textContent,
    ).toContain('请假须指派代会人员')
    expect(dialog.emitted('saved')).toBeUndefined()
  })

  it('sends the reason and the stand-in, and reports the save', async () => {
    const calls = fakeBackend({ set_attendance: () => ({ ...INVITEE, attendance: 'leave' }) })
    const dialog = await open()
    fill('leave-reason', '赴省参加培训')
    fill('leave-stand-in', '李强')
    fill('leave-stand-in-post', '科长')
    click('dialog-submit')
    await settle()
    expect(calls[0].args.input).toEqual({
      attendance: 'leave',
      leaveReason: '赴省参加培训',
      standInName: '李强',
      standInPost: '科长',
    })
    expect(errorText()).toEqual([])
    expect(dialog.emitted('saved')).toHaveLength(1)
  })
})
