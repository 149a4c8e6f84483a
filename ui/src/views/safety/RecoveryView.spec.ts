import { describe, expect, it } from 'vitest'
import type { BackupInfo } from '../../bindings/BackupInfo'
import type { StartProblem } from '../../bindings/StartProblem'
import { fakeBackend } from '../../test/ipc'
import { click, mountView, pageText, settle } from '../../test/mount'
import RecoveryView from './RecoveryView.vue'

const BACKUP: BackupInfo = {
  path: '/数据/备份/自动备份_2026-11-24_173000.zip',
  name: '自动备份_2026-11-24_173000.zip',
  kind: 'auto',
  createdAt: '2026-11-24T09:30:00Z',
  size: 900_000,
  bodyName: '健康舞钢行动推进委员会',
  programVersion: '0.1.0',
  schemaVersion: 6,
  counts: {
    units: 40,
    seats: 52,
    liaisons: 40,
    tasks: 0,
    returns: 0,
    meetings: 2,
    minutes: 1,
    followUps: 3,
    keptFiles: 0,
  },
}

const problem = (
  code: StartProblem['error']['code'],
  message: string,
  backups: BackupInfo[] = [],
): StartProblem => ({
  error: { code, message },
  backups,
  dataFolder: '/数据',
})

const SETUP = { configured: true, settings: null, presets: [], today: '2026-11-25' }

describe('RecoveryView', () => {
  it('offers the newest backup for a damaged database and restores it', async () => {
    const calls = fakeBackend({
      start_problem: () => problem('damaged', '数据文件已损坏（数据库自检未通过）。', [BACKUP]),
      recover_from_backup: () => null,
      setup_state: () => SETUP,
      role_titles: () => [],
    })
    await mountView(RecoveryView)
    expect(pageText()).toContain('数据文件已损坏，无法打开')
    expect(pageText()).toContain('最近的备份：2026年11月24日 17:30（自动备份）')
    expect(pageText()).toContain('损坏的数据文件会先另存到“备份”文件夹中')
    click('recover-newest')
    await settle()
    expect(calls.find((c) => c.cmd === 'recover_from_backup')?.args).toEqual({ path: BACKUP.path })
  })

  it('says another copy holds the data, and tries again', async () => {
    const calls = fakeBackend({
      start_problem: () => problem('locked', '数据文件夹“/数据”正由另一个正在运行的工作台使用。'),
      retry_open: () => null,
      setup_state: () => SETUP,
      role_titles: () => [],
    })
    await mountView(RecoveryView)
    expect(pageText()).toContain('数据正由另一个工作台使用')
    expect(document.querySelector('[data-test="recover-newest"]')).toBeNull()
    click('retry-open')
    await settle()
    expect(calls.some((c) => c.cmd === 'retry_open')).toBe(true)
  })

  it('offers nothing that would change data from a newer program', async () => {
    fakeBackend({ start_problem: () => problem('too_new', '这份数据由更新版本的工作台保存。', [BACKUP]) })
    await mountView(RecoveryView)
    expect(pageText()).toContain('请安装最新版本的工作台')
    expect(document.querySelector('[data-test="recover-newest"]')).toBeNull()
    expect(document.querySelector('[data-test="retry-open"]')).toBeNull()
  })
})
