import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/call'
import { useBodyStore } from '../stores/body'
import { fakeBackend } from '../test/ipc'
import { notifyError } from './errors'

const damaged = new ApiError({ code: 'damaged', message: '“备份.zip”不是工作台的备份文件，或已损坏。' })

describe('notifyError', () => {
  it('shows a damaged backup file as a message and keeps the data open', async () => {
    setActivePinia(createPinia())
    fakeBackend({ start_problem: () => null })
    notifyError(damaged)
    await flushPromises()
    expect(useBodyStore().startError).toBe('')
    expect(document.body.textContent).toContain('不是工作台的备份文件')
  })

  it('turns to the recovery screen when the shell has closed damaged data', async () => {
    setActivePinia(createPinia())
    fakeBackend({
      start_problem: () => ({
        error: { code: 'damaged', message: '数据文件已损坏（数据库自检未通过）。' },
        dataFolder: '/数据',
        backups: [],
      }),
    })
    notifyError(new ApiError({ code: 'damaged', message: '数据文件已损坏（读取数据时发现）。' }))
    await flushPromises()
    expect(useBodyStore().startError).toBe('数据文件已损坏（数据库自检未通过）。')
  })
})
