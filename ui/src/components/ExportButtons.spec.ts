import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { ExportFormat } from '../bindings/ExportFormat'
import { pageText } from '../test/mount'
import ExportButtons from './ExportButtons.vue'

const labels = () => Array.from(document.querySelectorAll('button')).map((b) => b.textContent?.trim())

describe('ExportButtons', () => {
  it('offers PDF and Excel for a table', () => {
    mount(ExportButtons, {
      props: { exportAs: async () => null, print: async () => '' },
      attachTo: document.body,
    })
    expect(labels()).toEqual(['导出PDF', '导出Excel', '打印'])
  })

  it('offers PDF and Word for a document, and says where the Word file went', async () => {
    const asked: ExportFormat[] = []
    mount(ExportButtons, {
      props: {
        formats: ['pdf', 'docx'],
        exportAs: async (f: ExportFormat) => {
          asked.push(f)
          return `/home/office/纪要.${f}`
        },
        print: async () => '',
      },
      attachTo: document.body,
    })
    expect(labels()).toEqual(['导出PDF', '导出Word', '打印'])
    document.querySelector<HTMLButtonElement>('[data-test="export-docx"]')!.click()
    await flushPromises()
    expect(asked).toEqual(['docx'])
    expect(pageText()).toContain('已保存：/home/office/纪要.docx')
  })
})
