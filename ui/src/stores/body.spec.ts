import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { emit } from '@tauri-apps/api/event'
import { mockIPC } from '@tauri-apps/api/mocks'
import { useBodyStore } from './body'

describe('body store', () => {
  it('turns to the recovery screen when the check beside the window finds the file damaged', async () => {
    mockIPC(() => null, { shouldMockEvents: true })
    setActivePinia(createPinia())
    const body = useBodyStore()
    await body.watchDeskProblem()
    expect(body.startError).toBe('')
    await emit('desk-problem', '数据文件已损坏（数据库自检未通过）。')
    expect(body.startError).toBe('数据文件已损坏（数据库自检未通过）。')
  })
})
