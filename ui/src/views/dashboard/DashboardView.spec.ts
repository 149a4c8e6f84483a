import { defineComponent, h } from 'vue'
import { describe, expect, it, vi } from 'vitest'
import { useRouter } from 'vue-router'
import type { DashboardCharts } from '../../bindings/DashboardCharts'
import type { DashboardSummary } from '../../bindings/DashboardSummary'
import type { MeetingRow } from '../../bindings/MeetingRow'
import { fakeBackend } from '../../test/ipc'
import { flushPromises } from '@vue/test-utils'
import { mountView, pageText } from '../../test/mount'
import DashboardView from './DashboardView.vue'
import { targetOf } from './charts'

// jsdom draws nothing: each chart is a box that shows its series and, clicked, reports its
// second bar, as ECharts reports a click on a bar.
vi.mock('vue-echarts', () => ({
  default: defineComponent({
    props: { option: { type: Object, required: true } },
    emits: ['click'],
    setup(props, { emit }) {
      return () =>
        h(
          'div',
          { class: 'chart-stub', onClick: () => emit('click', { dataIndex: 1 }) },
          JSON.stringify(props.option.series),
        )
    },
  }),
}))

const CHARTS: DashboardCharts = {
  reporting: [
    { periodId: 7, label: '2026年10月', expected: 20, onTime: 15, late: 3, missing: 2, pending: 0 },
    { periodId: 8, label: '2026年11月', expected: 20, onTime: 12, late: 0, missing: 0, pending: 8 },
  ],
  followUpStatus: { notStarted: 2, inProgress: 5, done: 9, notStartedOverdue: 1, inProgressOverdue: 2 },
  overdueTrend: [
    { label: '2026年10月', overdue: 1 },
    { label: '2026年11月', overdue: 3 },
  ],
  attendance: [
    {
      meetingId: 3,
      title: '全体会议',
      meetingOn: '2026-03-12',
      invited: 30,
      present: 24,
      standIn: 4,
      leave: 1,
      absent: 1,
    },
    {
      meetingId: 9,
      title: '办公室会议',
      meetingOn: '2026-11-10',
      invited: 10,
      present: 8,
      standIn: 1,
      leave: 0,
      absent: 1,
    },
  ],
}

const MEETING: MeetingRow = {
  kindName: '办公室会议',
  ordinal: 3,
  inviteeCount: 6,
  minutesNumber: null,
  id: 14,
  kindId: 2,
  title: '研究健康舞钢行动年度考核工作',
  meetingOn: '2026-12-02',
  startsAt: '09:00',
  endsAt: '11:00',
  place: '市卫健委三楼会议室',
  convener: '刘军',
  chair: '刘军',
  agenda: [],
  contact: '',
  noticeOn: null,
  deletedAt: null,
}

const summary = (extra: Partial<DashboardSummary> = {}): DashboardSummary => ({
  bodyName: '健康舞钢行动推进委员会',
  officeName: '健康舞钢行动推进委员会办公室',
  today: '2026-11-25',
  unitCount: 31,
  seatCount: 36,
  officeSeatCount: 2,
  groupCount: 15,
  unitsWithoutLiaison: [],
  thisMonth: null,
  followUps: { open: 7, overdue: 2, dueSoon: 3 },
  upcomingMeetings: [MEETING],
  expiringExperts: [],
  ...extra,
})

const link = (testId: string) => document.querySelector(`[data-test="${testId}"]`)

describe('DashboardView', () => {
  it('shows the open follow-up items with links to the overdue and due-soon lists', async () => {
    fakeBackend({ dashboard: () => summary(), dashboard_charts: () => CHARTS })
    await mountView(DashboardView)
    expect(link('stat-follow-ups')?.textContent?.replace(/\s+/g, '')).toBe('7项')
    expect(link('stat-overdue')?.textContent).toBe('逾期 2 项')
    expect(link('stat-overdue')?.getAttribute('href')).toBe('/follow-ups?filter=overdue')
    expect(link('stat-overdue')?.classList).toContain('warn')
    expect(link('stat-due-soon')?.textContent).toBe('7天内到期 3 项')
    expect(link('stat-due-soon')?.getAttribute('href')).toBe('/follow-ups?filter=due_soon')
  })

  it('lists the coming meetings, each opening its own page', async () => {
    fakeBackend({ dashboard: () => summary(), dashboard_charts: () => CHARTS })
    await mountView(DashboardView)
    const rows = document.querySelectorAll('[data-test="upcoming-meetings"] a.meeting')
    expect(rows).toHaveLength(1)
    expect(rows[0].textContent).toContain('2026年12月2日 星期三 09:00')
    expect(rows[0].textContent).toContain('办公室会议第3次 · 市卫健委三楼会议室')
    expect(rows[0].getAttribute('href')).toBe('/meetings?year=2026&open=14')
  })

  it('says when nothing is planned and nothing is overdue', async () => {
    fakeBackend({
      dashboard: () => summary({ upcomingMeetings: [], followUps: { open: 0, overdue: 0, dueSoon: 0 } }),
      dashboard_charts: () => ({ ...CHARTS, reporting: [], attendance: [] }),
    })
    await mountView(DashboardView)
    expect(pageText()).toContain('近 14 天没有安排会议')
    expect(pageText()).toContain('近12个月尚未开启报送期')
    expect(link('stat-overdue')?.classList).not.toContain('warn')
  })

  it('lists the experts whose term ends within 60 days, linked to the panel', async () => {
    const expert = {
      id: 5,
      name: '韩冬',
      employer: '湖滨区人民医院',
      professionalTitle: '',
      specialty: '',
      recommenderKind: 'area' as const,
      recommenderGroupId: null,
      recommenderArea: '湖滨区',
      recommender: '湖滨区',
      panelRole: 'member' as const,
      termFrom: '2025-01-15',
      termTo: '2027-01-14',
      phone: '',
      dismissedOn: null,
      dismissalReason: '',
      dismissalDocument: '',
      sortOrder: 10,
      deletedAt: null,
      status: 'serving' as const,
      daysLeft: 50,
      endingSoon: true,
    }
    fakeBackend({ dashboard: () => summary({ expiringExperts: [expert] }), dashboard_charts: () => CHARTS })
    await mountView(DashboardView)
    const rows = document.querySelectorAll('[data-test="expiring-experts"] a.meeting')
    expect(rows).toHaveLength(1)
    expect(rows[0].textContent).toContain('2027年1月14日届满')
    expect(rows[0].textContent).toContain('还有 50 天')
    expect(rows[0].getAttribute('href')).toBe('/groups?tab=experts')
  })

  it('draws the twelve months and opens the list behind the bar clicked', async () => {
    fakeBackend({ dashboard: () => summary(), dashboard_charts: () => CHARTS })
    const view = await mountView(DashboardView, '/dashboard')
    const router = view.vm.$router as ReturnType<typeof useRouter>
    const chart = (name: string) => document.querySelector<HTMLElement>(`[data-test="chart-${name}"]`)!
    expect(chart('reporting').textContent).toContain('"name":"按时报送"')
    expect(chart('reporting').textContent).toContain('"data":[15,12]')
    expect(pageText()).toContain('2026年10月按时报送率 75%')
    expect(pageText()).toContain('最近一次出席率 90%（含派人代会）')

    const opens = async (name: string) => {
      chart(name).click()
      await flushPromises()
      return router.currentRoute.value.fullPath
    }
    expect(await opens('reporting')).toBe('/reports?period=8')
    expect(await opens('attendance')).toBe('/meetings?year=2026&open=9')
    expect(await opens('follow-ups')).toBe('/follow-ups?filter=in_progress')
    expect(await opens('overdue')).toBe('/follow-ups?filter=overdue')
    // The red top of a status's bar is its overdue items.
    expect(targetOf(CHARTS, 'followUps', 0, 1)).toBe('/follow-ups?filter=overdue')
    expect(chart('follow-ups').textContent).toContain('"data":[1,2,0]')
  })
})
