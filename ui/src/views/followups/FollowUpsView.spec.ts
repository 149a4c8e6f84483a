import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { FollowUpRow } from '../../bindings/FollowUpRow'
import { fakeBackend } from '../../test/ipc'
import { fill, mountView, pageText, settle } from '../../test/mount'
import FollowUpsView from './FollowUpsView.vue'

const item = (id: number, content: string, extra: Partial<FollowUpRow>): FollowUpRow => ({
  overdue: false,
  dueSoon: false,
  daysLeft: null,
  progressCount: 0,
  latestProgress: null,
  id,
  source: 'assigned',
  decisionId: null,
  sourceNote: '',
  content,
  units: '市卫健委',
  deadline: null,
  status: 'not_started',
  createdOn: '2026-11-01',
  doneOn: null,
  workingDays: null,
  deletedAt: null,
  ...extra,
})

// Today is 2026-11-25 in mountView; overdue and due-soon come from the core, as in the real rows.
const ITEMS = [
  item(1, '完善健康教育阵地', { deadline: '2026-11-20', overdue: true, daysLeft: -5 }),
  item(2, '开展全民健身月活动', {
    units: '市教体局、市卫健委',
    deadline: '2026-11-30',
    dueSoon: true,
    daysLeft: 5,
    status: 'in_progress',
    source: 'decision',
    decisionId: 8,
    sourceNote: '〔2026〕3号纪要第1项',
    progressCount: 1,
    latestProgress: { id: 5, followUpId: 2, onDate: '2026-11-22', text: '已制定方案', deletedAt: null },
  }),
  item(3, '上报控烟工作总结', { units: '市教体局', deadline: '2026-12-31', daysLeft: 36 }),
  item(4, '整理健康影响评估资料', { deadline: '2026-10-31', status: 'done' }),
]

const tableText = () =>
  document.querySelector('[data-test="follow-up-table"] .el-table__body')?.textContent ?? ''

async function chooseFilter(label: string) {
  const button = Array.from(document.querySelectorAll('[data-test="follow-up-filter"] label')).find((l) =>
    l.textContent?.startsWith(label),
  )
  if (!button) throw new Error(`no filter ${label}`)
  button.querySelector('input')!.click()
  await flushPromises()
}

const shown = () => ITEMS.filter((i) => tableText().includes(i.content)).map((i) => i.id)

describe('FollowUpsView', () => {
  it('counts each filter from the core’s flags and shows only the matching items', async () => {
    fakeBackend({ list_follow_ups: () => ITEMS })
    await mountView(FollowUpsView)
    const labels = Array.from(document.querySelectorAll('[data-test="follow-up-filter"] label')).map((l) =>
      l.textContent?.trim(),
    )
    expect(labels).toEqual(['全部 4', '逾期 1', '7天内到期 1', '未开始 2', '推进中 1', '已完成 1'])
    expect(shown()).toEqual([1, 2, 3, 4])

    await chooseFilter('逾期')
    expect(shown()).toEqual([1])
    expect(tableText()).toContain('逾期5天')

    await chooseFilter('7天内到期')
    expect(shown()).toEqual([2])
    expect(tableText()).toContain('5天后')
    expect(tableText()).toContain('2026年11月22日：已制定方案')

    await chooseFilter('已完成')
    expect(shown()).toEqual([4])
  })

  it('narrows by responsible unit, also where an item names several units', async () => {
    fakeBackend({ list_follow_ups: () => ITEMS })
    await mountView(FollowUpsView)
    fill('follow-up-unit', '教体局')
    await settle()
    expect(shown()).toEqual([2, 3])
    await chooseFilter('未开始')
    expect(shown()).toEqual([3])
  })

  it('opens on the filter the dashboard links to', async () => {
    fakeBackend({ list_follow_ups: () => ITEMS })
    await mountView(FollowUpsView, '/follow-ups?filter=overdue')
    expect(shown()).toEqual([1])
  })

  it('renders a long list a page at a time, numbered through the whole list', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => item(i + 1, `督办事项第${i + 1}项`, {}))
    fakeBackend({ list_follow_ups: () => many })
    await mountView(FollowUpsView)
    const rows = () => document.querySelectorAll('[data-test="follow-up-table"] .el-table__body tr')
    expect(rows().length).toBe(50)
    expect(
      document.querySelector('[data-test="follow-up-pager"] .el-pagination__total')?.textContent,
    ).toContain('3000')
    document.querySelector<HTMLElement>('[data-test="follow-up-pager"] .btn-next')!.click()
    await settle()
    expect(rows().length).toBe(50)
    expect(tableText()).toContain('督办事项第51项')
    expect(rows()[0].querySelector('td')?.textContent?.trim()).toBe('51')
    // A filter starts again at its first page.
    fill('follow-up-unit', '卫健委')
    await settle()
    expect(tableText()).toContain('督办事项第1项')
  })

  it('says what to do when nothing matches', async () => {
    fakeBackend({ list_follow_ups: () => [] })
    await mountView(FollowUpsView)
    expect(pageText()).toContain('纪要中的议定事项会自动转入这里')
  })

  it('gives a time limit in working days, the date worked out by the core', async () => {
    const calls = fakeBackend({
      list_follow_ups: () => ITEMS,
      working_day_deadline: (a) => (a.days === 10 ? '2026-12-09' : '2026-12-02'),
      add_follow_up: () => ITEMS[0],
    })
    await mountView(FollowUpsView)
    document.querySelector<HTMLElement>('[data-test="add-follow-up"]')!.click()
    await settle()
    fill('follow-up-content', '报送年度工作总结')
    const byDays = Array.from(document.querySelectorAll('[data-test="follow-up-limit-mode"] label')).find(
      (l) => l.textContent?.includes('按工作日'),
    )!
    byDays.querySelector('input')!.click()
    await settle()
    expect(document.querySelector('[data-test="follow-up-deadline-preview"]')?.textContent).toBe(
      '截止 2026年12月9日（星期三）',
    )
    document.querySelector<HTMLElement>('.el-dialog__footer .el-button--primary')!.click()
    await settle()
    const saved = calls.find((c) => c.cmd === 'add_follow_up')!.args.input as Record<string, unknown>
    expect(saved.workingDays).toBe(10)
    expect(saved.content).toBe('报送年度工作总结')
  })
})
