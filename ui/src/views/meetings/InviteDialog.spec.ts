import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { GroupUnits } from '../../bindings/GroupUnits'
import { fakeBackend } from '../../test/ipc'
import { click, mountView } from '../../test/mount'
import { rosterRow } from '../../test/roster'
import InviteDialog from './InviteDialog.vue'

const seat = (id: number, personName: string, unitId: number, unitName: string) =>
  rosterRow({ id, personName, unitId, unitName })

const SEATS = [
  seat(1, '姬冠华', 10, '市卫健委'),
  seat(2, '魏红涛', 11, '市教体局'),
  seat(3, '郭风丽', 12, '市委宣传部'),
  seat(4, '张小会', 13, '市科学技术服务中心'),
]
const GROUPS: GroupUnits[] = [{ groupId: 7, name: '健康知识普及行动', unitIds: [10, 11, 13] }]

const listed = () =>
  Array.from(document.querySelectorAll('[data-test="invite-table"] .el-table__body tr')).map(
    (tr) => tr.textContent,
  )

describe('InviteDialog', () => {
  it('invites a working group: the seats of its units not yet invited', async () => {
    const calls = fakeBackend({
      roster: () => SEATS,
      action_group_units: () => GROUPS,
      invite_members: (a) => (a.memberIds as number[]).length,
    })
    const dialog = await mountView(InviteDialog, '/', { meetingId: 5, invited: [4], modelValue: false })
    await dialog.setProps({ modelValue: true })
    await flushPromises()
    expect(listed()).toHaveLength(4)
    ;(dialog.vm as unknown as { groupId: number }).groupId = 7
    await flushPromises()
    expect(listed()).toHaveLength(3)
    expect(listed().join()).not.toContain('郭风丽')
    click('invite-pick-shown')
    await flushPromises()
    click('invite-submit')
    await flushPromises()
    expect(calls.find((c) => c.cmd === 'invite_members')?.args).toEqual({ meetingId: 5, memberIds: [1, 2] })
    expect(dialog.emitted('saved')).toHaveLength(1)
  })
})
