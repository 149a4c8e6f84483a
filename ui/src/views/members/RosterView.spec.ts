import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { RosterRow } from '../../bindings/RosterRow'
import { fakeBackend, Rejects } from '../../test/ipc'
import { rosterRow } from '../../test/roster'
import { click, fill, mountView, pageText, settle } from '../../test/mount'
import RosterView from './RosterView.vue'
import ReplaceDialog from './ReplaceDialog.vue'

const seat = (
  id: number,
  role: RosterRow['role'],
  roleLabel: string,
  personName: string,
  unitName: string,
  post: string,
) => rosterRow({ id, role, roleLabel, personName, unitId: id, unitName, post })

const SEATS = [
  seat(1, 'director', '主任', '王海彦', '市人民政府', '市三级调研员'),
  seat(2, 'member', '成员', '郭风丽', '市委宣传部', '市委宣传部副部长'),
  seat(3, 'office_director', '办公室主任', '姬冠华', '市卫健委', '市卫健委主任'),
]

describe('RosterView', () => {
  it('shows the roster of today with counts that leave the office apart', async () => {
    const calls = fakeBackend({ roster: () => SEATS, list_units: () => [] })
    await mountView(RosterView)
    expect(calls.find((c) => c.cmd === 'roster')?.args).toEqual({ asOf: '2026-11-25' })
    const text = pageText()
    expect(text).toContain('现任组成人员 2 名，办公室负责同志 1 名')
    for (const name of ['王海彦', '郭风丽', '姬冠华', '市三级调研员', '2023年8月18日'])
      expect(text).toContain(name)
  })

  it('filters by search words across name, unit and post', async () => {
    fakeBackend({ roster: () => SEATS, list_units: () => [] })
    const view = await mountView(RosterView)
    await view.find('input[data-test="roster-search"]').setValue('宣传部')
    const rows = view.findAll('.el-table__body tr')
    expect(rows).toHaveLength(1)
    expect(rows[0].text()).toContain('郭风丽')
  })

  it('asks the core for the roster of another date and says which date it shows', async () => {
    const calls = fakeBackend({ roster: (a) => (a.asOf === '2020-01-01' ? [] : SEATS), list_units: () => [] })
    const view = await mountView(RosterView)
    ;(view.vm as unknown as { asOf: string }).asOf = '2020-01-01'
    await flushPromises()
    expect(calls.filter((c) => c.cmd === 'roster').map((c) => c.args.asOf)).toEqual([
      '2026-11-25',
      '2020-01-01',
    ])
    expect(pageText()).toContain('2020年1月1日时组成人员 0 名')
    expect(pageText()).toContain('该日期没有在任的组成人员')
  })
})

describe('ReplaceDialog', () => {
  it('sends the replacement and shows the core’s message next to the field it names', async () => {
    let answer: unknown = new Rejects({
      code: 'invalid',
      message: '更换日期应晚于郭风丽的任职起始日期',
      field: 'on',
    })
    const calls = fakeBackend({ replace_member: () => answer })
    const dialog = await mountView(ReplaceDialog, '/', { seat: SEATS[1], modelValue: false })
    await dialog.setProps({ modelValue: true })
    await flushPromises()
    fill('replace-name', '孙七')
    click('dialog-submit')
    await settle()
    expect(calls[0]).toEqual({
      cmd: 'replace_member',
      args: {
        input: {
          memberId: 2,
          on: '2026-11-25',
          personName: '孙七',
          post: '市委宣传部副部长',
          phone: '',
          note: '',
          reason: '人事变动',
        },
      },
    })
    expect(document.querySelector('.el-form-item__error')?.textContent).toContain('更换日期应晚于')
    expect(dialog.emitted('saved')).toBeUndefined()

    answer = { ...SEATS[1], id: 9, personName: '孙七' }
    click('dialog-submit')
    await settle()
    expect(dialog.emitted('saved')).toHaveLength(1)
  })

  it('exports the roster in the chosen layout for the date shown, and says where it went', async () => {
    const calls = fakeBackend({
      roster: () => SEATS,
      list_units: () => [],
      export_output: (a) => `/home/office/组成人员名单（表格）.${a.format}`,
    })
    const view = await mountView(RosterView)
    ;(view.vm as unknown as { layout: string }).layout = 'table'
    await flushPromises()
    click('export-pdf')
    await settle()
    const exported = calls.filter((c) => c.cmd === 'export_output').map((c) => c.args)
    expect(exported).toEqual([
      { what: { kind: 'roster', layout: 'table', asOf: '2026-11-25' }, format: 'pdf' },
    ])
    expect(pageText()).toContain('已保存：/home/office/组成人员名单（表格）.pdf')
  })

  it('shows the core’s message when an export fails and keeps the roster', async () => {
    fakeBackend({
      roster: () => SEATS,
      list_units: () => [],
      export_output: () => new Rejects({ code: 'storage', message: '找不到用于正文的字体' }),
    })
    await mountView(RosterView)
    click('export-xlsx')
    await settle()
    expect(pageText()).toContain('找不到用于正文的字体')
    expect(pageText()).toContain('王海彦')
  })
})
