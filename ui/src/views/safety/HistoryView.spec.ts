import { describe, expect, it } from 'vitest'
import type { HistoryPage } from '../../bindings/HistoryPage'
import type { HistoryRow } from '../../bindings/HistoryRow'
import { fakeBackend } from '../../test/ipc'
import { click, mountView, settle } from '../../test/mount'
import HistoryView from './HistoryView.vue'

const row = (id: number, summary: string): HistoryRow => ({
  id,
  at: '2026-11-25T01:05:00Z',
  actor: '办公室小李',
  area: '组成人员',
  what: '组成人员',
  entity: 'member',
  entityId: id,
  action: '修改',
  summary,
  changes: [{ field: '任职终止日期', before: '', after: '2026-11-30' }],
})

const PAGE: HistoryPage = {
  rows: [row(2, '张三：任职终止日期'), row(1, '李四')],
  total: 120,
  actors: ['办公室', '办公室小李'],
  areas: ['设置', '成员单位', '组成人员'],
}

const tableText = () =>
  document.querySelector('[data-test="history-table"] .el-table__body')?.textContent ?? ''

describe('HistoryView', () => {
  it('shows the newest changes a page at a time', async () => {
    const calls = fakeBackend({ history: () => PAGE })
    await mountView(HistoryView)
    expect(calls[0].args).toEqual({ query: { offset: 0, limit: 50 } })
    expect(tableText()).toContain('2026年11月25日 09:05')
    expect(tableText()).toContain('张三：任职终止日期')
    expect(document.querySelector('.el-pagination__total')?.textContent).toContain('120')
  })

  it('opens a change to show each field before and after', async () => {
    fakeBackend({ history: () => PAGE })
    await mountView(HistoryView)
    const expand = document.querySelector<HTMLElement>('[data-test="history-table"] .el-table__expand-icon')
    expand?.click()
    await settle()
    const changes = document.querySelector('[data-test="history-changes"]')?.textContent ?? ''
    expect(changes).toContain('任职终止日期')
    expect(changes).toContain('（空）')
    expect(changes).toContain('2026-11-30')
  })

  it('exports what the filters select', async () => {
    const calls = fakeBackend({ history: () => PAGE, export_output: () => '/导出/操作记录.xlsx' })
    await mountView(HistoryView)
    click('history-export')
    await settle()
    expect(calls.find((c) => c.cmd === 'export_output')?.args).toEqual({
      what: { kind: 'history', query: {} },
      format: 'xlsx',
    })
    expect(document.body.textContent).toContain('已导出到“/导出/操作记录.xlsx”')
  })
})
