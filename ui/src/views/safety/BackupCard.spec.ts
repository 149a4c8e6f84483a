import { describe, expect, it } from 'vitest'
import type { BackupInfo } from '../../bindings/BackupInfo'
import { fakeBackend, Rejects } from '../../test/ipc'
import { click, mountView, pageText, settle } from '../../test/mount'
import BackupCard from './BackupCard.vue'

const COUNTS = {
  units: 40,
  seats: 52,
  liaisons: 40,
  tasks: 120,
  returns: 35,
  meetings: 6,
  minutes: 3,
  followUps: 12,
  keptFiles: 4,
}
const AUTO: BackupInfo = {
  path: '/数据/备份/自动备份_2026-11-25_083000.zip',
  name: '自动备份_2026-11-25_083000.zip',
  kind: 'auto',
  createdAt: '2026-11-25T00:30:00Z',
  size: 1_300_000,
  bodyName: '健康舞钢行动推进委员会',
  programVersion: '0.1.0',
  schemaVersion: 6,
  counts: COUNTS,
}
const SAFETY: BackupInfo = { ...AUTO, kind: 'before_restore', name: '恢复前备份_2026-11-25_120000.zip' }

const SETUP = { configured: true, settings: null, presets: [], today: '2026-11-25' }

describe('BackupCard', () => {
  it('lists the kept backups with their time, kind, size and contents', async () => {
    fakeBackend({ backups: () => [AUTO] })
    await mountView(BackupCard)
    const table = document.querySelector('[data-test="backup-table"]')!.textContent!
    expect(table).toContain('2026年11月25日 08:30')
    expect(table).toContain('自动备份')
    expect(table).toContain('1.2 MB')
    expect(table).toContain('成员单位 40 个、组成人员 52 人')
  })

  it('previews a backup before restoring it, then restores', async () => {
    const calls = fakeBackend({
      backups: () => [AUTO],
      preview_backup: () => AUTO,
      restore_backup: () => SAFETY,
      setup_state: () => SETUP,
      role_titles: () => [],
    })
    await mountView(BackupCard)
    click('restore-0')
    await settle()
    const preview = document.querySelector('[data-test="restore-preview"]')!.textContent!
    expect(preview).toContain('健康舞钢行动推进委员会')
    expect(preview).toContain('120 项')
    expect(pageText()).toContain('恢复前，工作台会先把当前数据另存为一份“恢复前备份”')
    expect(calls.some((c) => c.cmd === 'restore_backup')).toBe(false)
    click('restore-confirm')
    await settle()
    expect(calls.find((c) => c.cmd === 'restore_backup')?.args).toEqual({ path: AUTO.path })
    expect(pageText()).toContain('恢复前的数据已另存为“恢复前备份_2026-11-25_120000.zip”')
  })

  it('refuses a file that is not a backup and restores nothing', async () => {
    const calls = fakeBackend({
      backups: () => [],
      pick_backup_file: () => '/U盘/照片.zip',
      preview_backup: () =>
        new Rejects({ code: 'invalid', message: '“照片.zip”不是工作台的备份文件，或已损坏。' }),
    })
    await mountView(BackupCard)
    expect(pageText()).toContain('还没有备份')
    click('restore-from-file')
    await settle()
    expect(document.querySelector('[data-test="restore-problem"]')?.textContent).toContain(
      '不是工作台的备份文件',
    )
    expect(document.querySelector<HTMLButtonElement>('[data-test="restore-confirm"]')!.disabled).toBe(true)
    expect(calls.some((c) => c.cmd === 'restore_backup')).toBe(false)
  })
})
