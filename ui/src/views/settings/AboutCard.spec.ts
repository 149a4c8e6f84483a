import { describe, expect, it } from 'vitest'
import type { About } from '../../bindings/About'
import type { PrintFontSetting } from '../../bindings/PrintFontSetting'
import { fakeBackend, Rejects } from '../../test/ipc'
import { click, mountView, pageText, settle } from '../../test/mount'
import AboutCard from './AboutCard.vue'

const PORTABLE: About = {
  version: '0.1.0',
  dataFolder: 'E:\\U盘 资料\\推进委员会办公室工作台\\committee-desk-data',
  portable: true,
}

const FONTS: PrintFontSetting[] = [
  {
    role: 'title',
    roleLabel: '标题',
    chosen: null,
    used: '思源宋体 粗（Noto Serif SC Bold）',
    usedFile: 'E:\\U盘 资料\\推进委员会办公室工作台\\fonts\\NotoSerifSC-Bold.otf',
    options: [],
  },
  {
    role: 'body',
    roleLabel: '正文',
    chosen: null,
    used: '仿宋',
    usedFile: 'C:\\Windows\\Fonts\\simfang.ttf',
    options: [],
  },
]

describe('AboutCard', () => {
  it('shows the version, the data folder and the font file each role prints with', async () => {
    fakeBackend({ about: () => PORTABLE, print_fonts: () => FONTS })
    await mountView(AboutCard)
    const text = pageText()
    expect(text).toContain('推进委员会办公室工作台 0.1.0')
    expect(text).toContain('committee-desk-data')
    expect(text).toContain('便携版：数据在程序旁')
    expect(text).toContain('标题字体')
    expect(text).toContain('C:\\Windows\\Fonts\\simfang.ttf')
  })

  it('opens the data folder, and says why when it cannot', async () => {
    const calls = fakeBackend({
      about: () => ({ ...PORTABLE, portable: false }),
      print_fonts: () => FONTS,
      open_data_folder: () => new Rejects({ code: 'storage', message: '无法打开文件夹“E:\\资料”：拒绝访问' }),
    })
    await mountView(AboutCard)
    expect(pageText()).not.toContain('便携版')
    click('open-data-folder')
    await settle()
    expect(calls.map((c) => c.cmd)).toContain('open_data_folder')
    expect(pageText()).toContain('无法打开文件夹')
  })

  it('shows the data folder even when no font can be found', async () => {
    fakeBackend({
      about: () => PORTABLE,
      print_fonts: () => new Rejects({ code: 'storage', message: '找不到用于正文的字体。' }),
    })
    await mountView(AboutCard)
    await settle()
    expect(pageText()).toContain('committee-desk-data')
    expect(pageText()).toContain('找不到用于正文的字体')
  })
})
