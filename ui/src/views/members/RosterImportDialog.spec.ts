import { describe, expect, it } from 'vitest'
import type { RosterImportCheck } from '../../bindings/RosterImportCheck'
import type { RosterImportSheet } from '../../bindings/RosterImportSheet'
import { fakeBackend } from '../../test/ipc'
import { click, mountView, pageText, settle } from '../../test/mount'
import RosterImportDialog from './RosterImportDialog.vue'

const SHEET: RosterImportSheet = {
  name: 'Sheet1',
  columns: ['A 序号', 'B 职务', 'C 姓名', 'D 单位'],
  guess: { sheet: 'Sheet1', headerRow: 1, name: 2, role: 1, unit: 3, post: null, phone: null, note: null },
  rows: 4,
}

const line = (row: number, personName: string) => ({
  row,
  role: 'member' as const,
  roleLabel: '成员',
  personName,
  unitName: '市教育局',
  post: '',
  phone: '',
  note: '',
})

const GOOD: RosterImportCheck = {
  lines: [line(2, '赵一'), line(3, '钱二')],
  newUnits: ['市教育局'],
  problems: [],
}
const BAD: RosterImportCheck = {
  lines: [line(2, '赵一')],
  newUnits: [],
  problems: [
    {
      row: 3,
      column: 'B',
      message: '第3行 第B列：不认识的职务“顾问”，应为主任、副主任、成员等',
      blocking: true,
    },
  ],
}

async function open(check: RosterImportCheck) {
  const calls = fakeBackend({
    pick_import_file: () => '/home/office/名单.xlsx',
    import_sheets: () => [SHEET],
    check_roster_import: () => check,
    import_roster: () => ({ seatsAdded: 2, unitsAdded: 1 }),
  })
  const dialog = await mountView(RosterImportDialog, '/', { modelValue: false })
  await dialog.setProps({ modelValue: true })
  await settle()
  click('pick-file')
  await settle()
  click('import-check')
  await settle()
  return { calls, dialog }
}

const confirmButton = () => document.querySelector<HTMLButtonElement>('[data-test="import-confirm"]')!

describe('RosterImportDialog', () => {
  it('checks with the guessed columns and lists every problem by row and column, importing nothing', async () => {
    const { calls } = await open(BAD)
    const checked = calls.find((c) => c.cmd === 'check_roster_import')!.args.request as Record<
      string,
      unknown
    >
    expect(checked).toEqual({ path: '/home/office/名单.xlsx', mapping: SHEET.guess, termFrom: '2026-11-25' })
    expect(pageText()).toContain('发现 1 处问题')
    expect(pageText()).toContain('第3行 B列：不认识的职务“顾问”')
    expect(confirmButton().disabled).toBe(true)
    expect(calls.some((c) => c.cmd === 'import_roster')).toBe(false)
  })

  it('imports what was checked once the office confirms', async () => {
    const { calls, dialog } = await open(GOOD)
    expect(pageText()).toContain('共 2 名组成人员可以导入，将新增成员单位 1 家：市教育局')
    expect(pageText()).toContain('钱二')
    confirmButton().click()
    await settle()
    expect(calls.filter((c) => c.cmd === 'import_roster')).toHaveLength(1)
    expect(dialog.emitted('saved')).toHaveLength(1)
  })
})
