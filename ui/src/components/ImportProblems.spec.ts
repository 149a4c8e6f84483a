import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ImportProblems from './ImportProblems.vue'

describe('ImportProblems', () => {
  it('says each problem once with its row and column, blocking ones apart from notes', () => {
    const wrapper = mount(ImportProblems, {
      props: {
        problems: [
          { row: 3, column: 'B', message: '第3行 第B列：不认识的职务“顾问”', blocking: true },
          { row: 5, column: 'A', message: '第5行：工作内容与任务分解不一致', blocking: true },
          { row: 7, column: null, message: '第7行：空行，已跳过', blocking: false },
          { row: 0, column: null, message: '表头的“填报人”没有填写', blocking: true },
        ],
      },
    })
    const items = wrapper.findAll('li').map((li) => li.text())
    expect(items).toEqual([
      '需修改第3行 B列：不认识的职务“顾问”',
      '需修改第5行 A列：工作内容与任务分解不一致',
      '提示第7行：空行，已跳过',
      '需修改表头的“填报人”没有填写',
    ])
    expect(wrapper.findAll('li.note')).toHaveLength(1)
  })

  it('shows nothing when the file has no problem', () => {
    const wrapper = mount(ImportProblems, { props: { problems: [] } })
    expect(wrapper.find('ul').exists()).toBe(false)
  })
})
