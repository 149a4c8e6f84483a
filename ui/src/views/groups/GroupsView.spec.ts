import { describe, expect, it } from 'vitest'
import type { ActionGroupRow } from '../../bindings/ActionGroupRow'
import type { ExpertRow } from '../../bindings/ExpertRow'
import { fakeBackend, Rejects } from '../../test/ipc'
import { click, fill, mountView, pageText, settle } from '../../test/mount'
import GroupsView from './GroupsView.vue'

const group = (id: number, name: string, extra: Partial<ActionGroupRow> = {}): ActionGroupRow => ({
  id,
  name,
  sortOrder: id * 10,
  leadUnitId: 1,
  leadUnitName: '市卫健委',
  cooperatingUnitIds: [2],
  cooperatingUnitNames: ['市教体局'],
  people: [
    { role: 'leader', memberId: null, name: '张建国', post: '副主任', unitName: '市卫健委' },
    { role: 'deputy', memberId: null, name: '李红梅', post: '科长', unitName: '市卫健委' },
    { role: 'member', memberId: null, name: '王磊', post: '科员', unitName: '市卫健委' },
  ],
  duties: '研究制订专项行动实施方案',
  targets: '',
  retiredOn: null,
  deletedAt: null,
  tasks: [],
  reporting: [
    { unitId: 1, unitName: '市卫健委', status: 'submitted' },
    { unitId: 2, unitName: '市教体局', status: 'not_filed' },
  ],
  ...extra,
})

const GROUPS = [
  group(1, '健康知识普及行动'),
  group(2, '合理膳食行动'),
  group(3, '控烟行动', { retiredOn: '2026-11-01' }),
]

const expert = (id: number, name: string, extra: Partial<ExpertRow> = {}): ExpertRow => ({
  id,
  name,
  employer: '市人民医院',
  professionalTitle: '主任医师',
  specialty: '心血管内科',
  recommenderKind: 'group',
  recommenderGroupId: 1,
  recommenderArea: '',
  recommender: '健康知识普及行动',
  panelRole: 'member',
  termFrom: '2025-01-15',
  termTo: '2027-01-14',
  phone: '',
  dismissedOn: null,
  dismissalReason: '',
  dismissalDocument: '',
  sortOrder: id * 10,
  deletedAt: null,
  status: 'serving',
  daysLeft: 50,
  endingSoon: true,
  ...extra,
})

const page = () => ({ groups: GROUPS, periodLabel: '2026年11月' })

describe('GroupsView', () => {
  it('lists the working groups with leaders and this month’s reporting, hiding retired ones', async () => {
    fakeBackend({ action_group_page: page })
    const view = await mountView(GroupsView)
    expect(pageText()).toContain('2 个工作组')
    const rows = view.findAll('[data-test="group-table"] .el-table__body tr')
    expect(rows).toHaveLength(2)
    expect(rows[0].text()).toContain('张建国')
    expect(rows[0].text()).toContain('李红梅')
    expect(document.querySelector('[data-test="group-reported-1"]')?.textContent).toBe('1/2')
    click('show-retired')
    await settle()
    expect(pageText()).toContain('2026年11月1日撤销')
  })

  it('moves a group up by saving the whole new order', async () => {
    const calls = fakeBackend({ action_group_page: page, reorder_action_groups: () => [] })
    await mountView(GroupsView)
    document.querySelector<HTMLElement>('[aria-label="上移合理膳食行动"]')!.click()
    await settle()
    expect(calls.find((c) => c.cmd === 'reorder_action_groups')!.args).toEqual({ ids: [2, 1] })
  })

  it('edits a group’s people and shows the core’s message beside them', async () => {
    const calls = fakeBackend({
      action_group_page: page,
      list_units: () => [],
      roster: () => [],
      update_action_group: () =>
        new Rejects({ code: 'invalid', message: '请填写第4位人员的姓名', field: 'people' }),
    })
    await mountView(GroupsView)
    click('edit-group-1')
    await settle()
    click('add-person')
    await settle()
    click('dialog-submit')
    await settle()
    const input = calls.find((c) => c.cmd === 'update_action_group')!.args.input as { people: unknown[] }
    expect(input.people).toHaveLength(4)
    expect(input.people[3]).toMatchObject({ role: 'member', name: '' })
    expect(pageText()).toContain('请填写第4位人员的姓名')
  })

  it('retires a group on a date', async () => {
    const calls = fakeBackend({ action_group_page: page, retire_action_group: () => GROUPS[0] })
    await mountView(GroupsView)
    click('retire-group-1')
    await settle()
    click('dialog-submit')
    await settle()
    expect(calls.find((c) => c.cmd === 'retire_action_group')!.args).toEqual({ id: 1, on: '2026-11-25' })
  })
})

describe('ExpertsTab', () => {
  const backend = (extra = {}) => ({
    list_experts: () => [
      expert(1, '郑国华'),
      expert(2, '李华', { status: 'expired', daysLeft: null, endingSoon: false, termTo: '2026-02-28' }),
    ],
    expert_panel_warnings: () => ['健康知识普及行动推荐了1名在聘专家（应推荐2~3名）'],
    action_group_page: page,
    ...extra,
  })

  it('shows the serving panel, the terms near their end and the rules as warnings', async () => {
    fakeBackend(backend())
    const view = await mountView(GroupsView, '/?tab=experts')
    expect(pageText()).toContain('在聘 1 人')
    expect(view.findAll('[data-test="expert-table"] .el-table__body tr')).toHaveLength(1)
    expect(pageText()).toContain('50天后届满')
    expect(document.querySelector('[data-test="panel-warnings"]')?.textContent).toContain('应推荐2~3名')
  })

  it('shows when a new term ends and sends the expert as typed', async () => {
    const calls = fakeBackend(backend({ add_expert: () => expert(3, '何蕾') }))
    await mountView(GroupsView, '/?tab=experts')
    click('add-expert')
    await settle()
    expect(document.querySelector('[data-test="expert-term-end"]')?.textContent).toBe(
      '聘期两年，至2028年11月24日',
    )
    fill('expert-name', '何蕾')
    click('dialog-submit')
    await settle()
    const input = calls.find((c) => c.cmd === 'add_expert')!.args.input
    expect(input).toMatchObject({
      name: '何蕾',
      recommenderKind: 'group',
      termFrom: '2026-11-25',
      panelRole: 'member',
    })
  })

  it('dismisses with a reason and the approving document', async () => {
    const calls = fakeBackend(backend({ dismiss_expert: () => expert(1, '郑国华') }))
    await mountView(GroupsView, '/?tab=experts')
    click('dismiss-1')
    await settle()
    fill('dismiss-reason', '本人申请')
    fill('dismiss-document', '三健委函〔2026〕5号')
    click('dialog-submit')
    await settle()
    expect(calls.find((c) => c.cmd === 'dismiss_expert')!.args).toEqual({
      id: 1,
      input: { on: '2026-11-25', reason: '本人申请', document: '三健委函〔2026〕5号' },
    })
  })

  it('prints one expert’s 聘书', async () => {
    const calls = fakeBackend(backend({ print_output: () => '/tmp/聘书_郑国华.pdf' }))
    await mountView(GroupsView, '/?tab=experts')
    click('letter-1')
    await settle()
    expect(calls.find((c) => c.cmd === 'print_output')!.args).toEqual({
      what: { kind: 'appointmentLetters', expertIds: [1] },
    })
  })
})
