import { describe, expect, it } from 'vitest'
import type { BoardRow } from '../../bindings/BoardRow'
import type { PeriodSummary } from '../../bindings/PeriodSummary'
import type { ReportForm } from '../../bindings/ReportForm'
import type { ReturnCheck } from '../../bindings/ReturnCheck'
import { fakeBackend, Rejects } from '../../test/ipc'
import { click, mountView, pageText, settle } from '../../test/mount'
import ReportsView from './ReportsView.vue'

const PERIOD: PeriodSummary = {
  id: 7,
  year: 2026,
  month: 11,
  deadline: '2026-11-25',
  label: '2026年11月',
  deadlineWeekday: '星期三',
  daysLeft: 0,
  expected: 3,
  submitted: 1,
}

const row = (
  unitId: number,
  unitName: string,
  status: BoardRow['status'],
  extra: Partial<BoardRow> = {},
): BoardRow => ({
  unitId,
  unitName,
  status,
  taskCount: 2,
  filledBy: '',
  submittedOn: null,
  daysLate: null,
  liaisonName: '',
  liaisonPhone: '',
  attachments: 0,
  reminders: 0,
  lastRemindedAt: null,
  ...extra,
})

const BOARD = {
  period: PERIOD,
  rows: [
    row(1, '市卫健委', 'submitted', { filledBy: '张敏', submittedOn: '2026-11-20' }),
    row(2, '市教体局', 'draft', { liaisonName: '王芳', liaisonPhone: '13800000001' }),
    row(3, '市体育运动发展中心', 'not_filed', {
      liaisonName: '李强',
      liaisonPhone: '13800000002',
      reminders: 2,
      lastRemindedAt: '2026-11-24T07:30:00Z',
    }),
  ],
}

const FORM: ReportForm = {
  periodId: 7,
  periodLabel: '2026年11月',
  deadline: '2026-11-25',
  unitId: 3,
  unitName: '市体育运动发展中心',
  status: 'not_filed',
  filledDepartment: '市体育运动发展中心',
  filledOn: null,
  filledBy: '',
  submittedOn: null,
  sourceFile: null,
  rows: [
    {
      taskId: 11,
      actionName: '全民健身行动',
      content: '组织开展全民健身活动',
      leadLeader: '',
      progress: '',
      reasonsNext: '',
      difficulties: '',
    },
    {
      taskId: 12,
      actionName: '全民健身行动',
      content: '建设健身设施',
      leadLeader: '',
      progress: '',
      reasonsNext: '',
      difficulties: '',
    },
  ],
  attachments: [],
  canCopyPrevious: false,
}

const backend = (more: Record<string, (args: Record<string, unknown>) => unknown> = {}) =>
  fakeBackend({ list_periods: () => [PERIOD], report_board: () => BOARD, ...more })

describe('ReportsView', () => {
  it('shows the deadline, the count and each unit’s status, and filters by status', async () => {
    backend()
    const view = await mountView(ReportsView)
    const summary = view.find('[data-test="period-summary"]').text()
    expect(summary).toContain('2026年11月25日（星期三）')
    expect(summary).toContain('今天截止')
    expect(summary).toContain('已报送 1 / 3')
    const statuses = view.findAll('.el-table__body tr').map((tr) => tr.findAll('td')[3].text())
    expect(statuses).toEqual(['已报送', '草稿', '未填报'])
    await view.find('[data-test="status-filter"]').findAll('label')[3].trigger('click')
    await settle()
    expect(view.findAll('.el-table__body tr')).toHaveLength(1)
  })

  it('shows a large body’s units fifty to a page', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => row(i + 1, `示范市第${i + 1}成员单位`, 'submitted'))
    fakeBackend({ list_periods: () => [PERIOD], report_board: () => ({ period: PERIOD, rows }) })
    await mountView(ReportsView)
    const shownRows = () => document.querySelectorAll('[data-test="board-table"] .el-table__body tr')
    expect(shownRows().length).toBe(50)
    expect(document.querySelector('[data-test="board-pager"] .el-pagination__total')?.textContent).toContain(
      '200',
    )
  })

  it('lists the units still missing with whom to phone', async () => {
    backend()
    await mountView(ReportsView)
    click('show-missing')
    await settle()
    const table = document.querySelector('[data-test="missing-table"]')!.textContent!
    expect(table).toContain('市教体局')
    expect(table).toContain('13800000002')
    expect(table).not.toContain('市卫健委')
    expect(document.querySelector('[data-test="reminded-3"]')?.textContent).toBe('2次，11月24日 15:30')
  })

  it('records a reminder for the units ticked and copies one unit’s message', async () => {
    let copied = ''
    Object.assign(navigator, { clipboard: { writeText: async (t: string) => void (copied = t) } })
    const calls = backend({
      record_reminders: () => [],
      reminder_message: () => '【办公室】市教体局王芳同志：贵单位2026年11月信息收集汇总表尚未报送。',
    })
    await mountView(ReportsView)
    click('show-missing')
    await settle()
    const boxes = document.querySelectorAll<HTMLElement>(
      '[data-test="missing-table"] .el-table__body .el-checkbox',
    )
    boxes[0].click()
    await settle()
    click('record-reminders')
    await settle()
    expect(calls.find((c) => c.cmd === 'record_reminders')!.args.input).toEqual({
      periodId: 7,
      unitIds: [2],
      channel: 'phone',
      note: '',
    })
    expect(calls.filter((c) => c.cmd === 'report_board').length).toBeGreaterThan(1)
    click('copy-message-2')
    await settle()
    expect(calls.find((c) => c.cmd === 'reminder_message')!.args).toEqual({ periodId: 7, unitId: 2 })
    expect(copied).toContain('市教体局王芳同志')
  })

  it('puts the core’s message under the row it names and keeps what was typed', async () => {
    const calls = backend({
      report_form: () => FORM,
      submit_report: () =>
        new Rejects({
          code: 'invalid',
          message: '报送前请填写第2行的“工作推进情况”',
          field: 'rows.1.progress',
        }),
    })
    await mountView(ReportsView)
    click('fill-市体育运动发展中心')
    await settle()
    // Element Plus puts the attribute on the <textarea> itself.
    const box = document.querySelector<HTMLTextAreaElement>('textarea[data-test="report-progress-0"]')!
    box.value = '开展活动12场'
    box.dispatchEvent(new Event('input'))
    click('report-submit')
    await settle()
    const sent = calls.find((c) => c.cmd === 'submit_report')!.args
    expect(sent).toMatchObject({ periodId: 7, unitId: 3, receivedOn: '2026-11-25' })
    expect((sent.input as { rows: { progress: string }[] }).rows[0].progress).toBe('开展活动12场')
    const cell = document.querySelector('[data-test="report-progress-1"]')!.closest('td')!
    expect(cell.textContent).toContain('报送前请填写第2行的“工作推进情况”')
    expect(box.value).toBe('开展活动12场')
  })

  it('takes back only the files that checked clean, with the received date', async () => {
    const check: ReturnCheck = {
      periodLabel: '2026年11月',
      files: [
        {
          path: '/in/a.xlsx',
          fileName: 'a.xlsx',
          unitId: 1,
          unitName: '市卫健委',
          filledBy: '张敏',
          filledOn: '2026-11-20',
          rows: 2,
          problems: [],
          replaces: 'draft',
          changes: [{ row: 4, content: '宣传', field: '工作推进情况', before: '旧', after: '新' }],
          ok: true,
        },
        {
          path: '/in/b.xlsx',
          fileName: 'b.xlsx',
          unitId: null,
          unitName: '',
          filledBy: '',
          filledOn: null,
          rows: 0,
          problems: [
            {
              row: 5,
              column: 'A',
              message: '第5行：工作内容与任务分解不一致，请勿修改灰色格',
              blocking: true,
            },
          ],
          replaces: null,
          changes: [],
          ok: false,
        },
      ],
    }
    const calls = backend({
      pick_return_files: () => ['/in/a.xlsx', '/in/b.xlsx'],
      check_returns: () => check,
      import_returns: () => ({ imported: ['市卫健委'] }),
    })
    await mountView(ReportsView)
    click('take-back')
    await settle()
    expect(pageText()).toContain('第5行 A列：工作内容与任务分解不一致')
    expect(pageText()).toContain('该单位本月已有一份“草稿”，导入后将被替换')
    click('returns-import')
    await settle()
    expect(calls.find((c) => c.cmd === 'import_returns')!.args).toEqual({
      periodId: 7,
      paths: ['/in/a.xlsx'],
      receivedOn: '2026-11-25',
    })
  })
})
