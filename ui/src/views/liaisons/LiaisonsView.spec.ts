import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { LiaisonRow } from '../../bindings/LiaisonRow'
import { fakeBackend, Rejects } from '../../test/ipc'
import { click, fill, mountView, pageText, settle } from '../../test/mount'
import LiaisonsView from './LiaisonsView.vue'

const ROWS: LiaisonRow[] = [
  {
    unitId: 1,
    unitName: '市卫健委',
    liaison: {
      id: 7,
      unitId: 1,
      name: '李四',
      department: '疾病预防控制科',
      post: '科长',
      officePhone: '0375-8123456',
      mobile: '13800000000',
      email: '',
      startOn: '2026-01-05',
      endOn: null,
      deletedAt: null,
    },
  },
  { unitId: 2, unitName: '市教体局', liaison: null },
]

describe('LiaisonsView', () => {
  it('lists every unit with its liaison and counts those without', async () => {
    fakeBackend({ list_liaisons: () => ROWS })
    await mountView(LiaisonsView)
    const text = pageText()
    expect(text).toContain('2 家成员单位中，1 家已确定联络员，1 家未设')
    expect(text).toContain('疾病预防控制科')
    expect(text).toContain('2026年1月5日')
    expect(document.querySelector('[data-test="set-liaison-2"]')).not.toBeNull()
    expect(document.querySelector('[data-test="change-liaison-1"]')).not.toBeNull()
  })

  it('opened from the dashboard, shows only the units still missing a liaison', async () => {
    fakeBackend({ list_liaisons: () => ROWS })
    const view = await mountView(LiaisonsView, '/liaisons?missing=1')
    const rows = view.findAll('.el-table__body tr')
    expect(rows).toHaveLength(1)
    expect(rows[0].text()).toContain('市教体局')
  })

  it('sets a liaison, showing a malformed mobile next to its field and saving nothing', async () => {
    let saved = false
    const calls = fakeBackend({
      list_liaisons: () => ROWS,
      set_liaison: (a) => {
        const input = a.input as { mobile: string }
        if (input.mobile.length !== 11)
          return new Rejects({ code: 'invalid', field: 'mobile', message: '手机应为11位手机号码，以1开头' })
        saved = true
        return { ...ROWS[0].liaison, id: 8, unitId: 2 }
      },
    })
    await mountView(LiaisonsView)
    click('set-liaison-2')
    await flushPromises()
    fill('liaison-name', '王五')
    fill('liaison-mobile', '1390000')
    click('dialog-submit')
    await settle()
    expect(document.querySelector('.el-form-item__error')?.textContent).toBe('手机应为11位手机号码，以1开头')
    expect(saved).toBe(false)

    fill('liaison-mobile', '13900000000')
    click('dialog-submit')
    await settle()
    expect(saved).toBe(true)
    const sent = calls.filter((c) => c.cmd === 'set_liaison').at(-1)!.args.input as Record<string, unknown>
    expect(sent).toMatchObject({ unitId: 2, name: '王五', mobile: '13900000000', filedOn: '2026-11-25' })
    expect(calls.filter((c) => c.cmd === 'list_liaisons')).toHaveLength(2)
  })
})
