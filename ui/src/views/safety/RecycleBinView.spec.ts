import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { BinItem } from '../../bindings/BinItem'
import { fakeBackend, Rejects } from '../../test/ipc'
import { click, mountView, pageText, settle } from '../../test/mount'
import RecycleBinView from './RecycleBinView.vue'

const UNIT: BinItem = {
  kind: 'unit',
  id: 7,
  title: '市数据局',
  detail: '',
  deletedAt: '2026-11-25T02:30:00Z',
  deletedBy: '办公室小李',
  together: ['组成人员 2 条', '联络员 1 条'],
}
const SEAT: BinItem = {
  ...UNIT,
  kind: 'member',
  id: 9,
  title: '张三（局长）',
  detail: '市数据局',
  together: [],
}

const tableText = () => document.querySelector('[data-test="bin-table"] .el-table__body')?.textContent ?? ''

describe('RecycleBinView', () => {
  it('lists what was deleted, by whom and when, and what comes back with it', async () => {
    fakeBackend({ recycle_bin: () => [UNIT, SEAT] })
    await mountView(RecycleBinView)
    expect(tableText()).toContain('成员单位')
    expect(tableText()).toContain('市数据局')
    expect(tableText()).toContain('2026年11月25日 10:30')
    expect(tableText()).toContain('办公室小李')
    expect(tableText()).toContain('组成人员 2 条、联络员 1 条')
    expect(tableText()).toContain('张三（局长）')
  })

  it('restores and says which records stayed as they were', async () => {
    let bin = [UNIT]
    const calls = fakeBackend({
      recycle_bin: () => bin,
      restore_from_bin: () => {
        bin = []
        return ['组成人员“张三”']
      },
    })
    await mountView(RecycleBinView)
    click('bin-restore-unit-7')
    await settle()
    expect(calls.find((c) => c.cmd === 'restore_from_bin')?.args).toEqual({ kind: 'unit', id: 7 })
    expect(pageText()).toContain('组成人员“张三”在删除后又有改动，保持现状')
    expect(pageText()).toContain('回收站是空的')
  })

  it('shows a clash in Chinese and keeps the row', async () => {
    fakeBackend({
      recycle_bin: () => [UNIT],
      restore_from_bin: () =>
        new Rejects({ code: 'conflict', message: '现有成员单位中已有“市数据局”，不能再恢复一个同名单位。' }),
    })
    await mountView(RecycleBinView)
    click('bin-restore-unit-7')
    await settle()
    expect(pageText()).toContain('不能再恢复一个同名单位')
    expect(tableText()).toContain('市数据局')
  })

  it('removes for good only after the office confirms', async () => {
    const calls = fakeBackend({ recycle_bin: () => [UNIT], purge_from_bin: () => null })
    await mountView(RecycleBinView)
    click('bin-purge-unit-7')
    await settle()
    expect(pageText()).toContain('不能再从回收站恢复')
    expect(calls.some((c) => c.cmd === 'purge_from_bin')).toBe(false)
    const confirm = Array.from(
      document.querySelectorAll<HTMLButtonElement>('.el-message-box__btns button'),
    ).find((b) => b.textContent?.includes('彻底删除'))!
    confirm.click()
    await settle()
    await flushPromises()
    expect(calls.find((c) => c.cmd === 'purge_from_bin')?.args).toEqual({ kind: 'unit', id: 7 })
  })
})
