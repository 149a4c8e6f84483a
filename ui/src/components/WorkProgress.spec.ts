import { describe, expect, it } from 'vitest'
import { emit } from '@tauri-apps/api/event'
import { mockIPC } from '@tauri-apps/api/mocks'
import { mount, flushPromises } from '@vue/test-utils'
import WorkProgress from './WorkProgress.vue'

const step = (done: number, finished = false) => ({
  title: '下发空表',
  done,
  total: 200,
  item: `2026年11月_单位${done}_信息收集汇总表.xlsx`,
  finished,
})

describe('WorkProgress', () => {
  it('follows long work file by file, cancels it, and closes when it ends', async () => {
    const calls: string[] = []
    mockIPC(
      (cmd) => {
        calls.push(cmd)
        return null
      },
      { shouldMockEvents: true },
    )
    mount(WorkProgress, { attachTo: document.body })
    await flushPromises()
    const bar = () => document.querySelector('[data-test="work-progress"] .el-progress')
    expect(bar()).toBeNull()

    await emit('work-progress', step(50))
    await flushPromises()
    expect(document.body.textContent).toContain('下发空表')
    expect(document.body.textContent).toContain('已完成 50 / 200')
    expect(document.body.textContent).toContain('25%')

    document.querySelector<HTMLElement>('[data-test="work-cancel"]')!.click()
    await flushPromises()
    expect(calls).toContain('cancel_work')
    expect(document.body.textContent).toContain('正在取消')

    await emit('work-progress', step(0, true))
    await flushPromises()
    expect(
      document.querySelector('[data-test="work-progress"]')?.closest('.el-overlay')?.getAttribute('style') ??
        '',
    ).toContain('display: none')
  })
})
