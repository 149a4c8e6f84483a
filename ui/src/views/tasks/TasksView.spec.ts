import { describe, expect, it } from 'vitest'
import type { TaskRow } from '../../bindings/TaskRow'
import { fakeBackend, Rejects } from '../../test/ipc'
import { click, fill, mountView, pageText, settle } from '../../test/mount'
import TasksView from './TasksView.vue'

const row = (id: number, actionName: string, content: string, leadUnitName: string | null): TaskRow => ({
  id,
  actionName,
  seq: id,
  content,
  leadLeader: '',
  leadUnitId: leadUnitName ? id : null,
  cooperating: '',
  active: true,
  deletedAt: null,
  leadUnitName,
})

const TASKS = [
  row(1, '健康环境营造工程', '病媒生物防治；农村卫生厕所普及。', '爱卫办综合科'),
  row(2, '健康环境营造工程', '城乡环境卫生整洁行动', '爱卫办综合科'),
  row(3, '健康文化推进工程', '开展控烟（禁烟）工作', '宣传科教科'),
]

describe('TasksView', () => {
  it('shows the breakdown with one cell per special action, as the 附件2 table does', async () => {
    fakeBackend({ list_tasks: () => TASKS, list_units: () => [] })
    const view = await mountView(TasksView)
    expect(pageText()).toContain('2 项专项行动，3 项任务，3 家牵头单位')
    const firstCells = view.findAll('.el-table__body tr').map((tr) => tr.find('td').text())
    expect(firstCells[0]).toBe('健康环境营造工程')
    expect(firstCells[1]).not.toBe('健康环境营造工程')
    expect(view.find('.el-table__body td').attributes('rowspan')).toBe('2')
  })

  it('filters by any word of the task', async () => {
    fakeBackend({ list_tasks: () => TASKS, list_units: () => [] })
    const view = await mountView(TasksView)
    await view.find('input[placeholder="搜索行动、内容、单位"]').setValue('控烟')
    expect(view.findAll('.el-table__body tr')).toHaveLength(1)
  })

  it('puts the core’s message next to the field it names and keeps the dialog open', async () => {
    const calls = fakeBackend({
      list_tasks: () => TASKS,
      list_units: () => [],
      add_task: () => new Rejects({ code: 'invalid', message: '请填写工作内容', field: 'content' }),
    })
    await mountView(TasksView)
    click('add-task')
    await settle()
    fill('task-action', '创新发展工程')
    click('dialog-submit')
    await settle()
    expect(calls.find((c) => c.cmd === 'add_task')!.args.input).toMatchObject({ actionName: '创新发展工程' })
    expect(pageText()).toContain('请填写工作内容')
    expect(pageText()).toContain('新增目标任务')
  })

  it('imports a breakdown from Excel only when every row checked clean', async () => {
    const line = {
      row: 3,
      actionName: '创新发展工程',
      content: '至少有一项创新项目',
      leadLeader: '王建伟',
      leadUnitName: '体改科',
      cooperating: '',
    }
    let ok = false
    const calls = fakeBackend({
      list_tasks: () => TASKS,
      list_units: () => [],
      pick_import_file: () => '/in/任务分解.xlsx',
      check_task_import: () => ({
        fileName: '任务分解.xlsx',
        sheet: 'Sheet1',
        lines: [line],
        problems: ok
          ? []
          : [{ row: 3, column: 'E', message: '第3行：牵头科室“指挥部办公室”不在成员单位中', blocking: true }],
        ok,
      }),
      import_tasks: () => 1,
    })
    await mountView(TasksView)
    click('open-task-import')
    await settle()
    click('task-import-pick')
    await settle()
    expect(pageText()).toContain('第3行 E列：牵头科室“指挥部办公室”不在成员单位中')
    const confirm = () => document.querySelector<HTMLButtonElement>('[data-test="task-import-confirm"]')!
    expect(confirm().disabled).toBe(true)
    ok = true
    click('task-import-pick')
    await settle()
    expect(pageText()).toContain('共 1 项任务可以导入')
    click('task-import-confirm')
    await settle()
    expect(calls.find((c) => c.cmd === 'import_tasks')!.args).toEqual({ path: '/in/任务分解.xlsx' })
  })
})
