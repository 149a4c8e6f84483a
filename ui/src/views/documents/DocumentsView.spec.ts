import { describe, expect, it } from 'vitest'
import type { DocKind } from '../../bindings/DocKind'
import type { DocumentRow } from '../../bindings/DocumentRow'
import { fakeBackend, Rejects } from '../../test/ipc'
import { click, fill, mountView, pageText, settle } from '../../test/mount'
import DocumentsView from './DocumentsView.vue'

const kind = (id: number, name: string, prefix: string, extra: Partial<DocKind> = {}): DocKind => ({
  id,
  name,
  prefix,
  signer: '推进委员会主任',
  numbering: 'year',
  forMinutes: false,
  sortOrder: id * 10,
  retired: false,
  deletedAt: null,
  ...extra,
})

const KINDS = [
  kind(1, '推进委员会文件', '三健委'),
  kind(2, '推进委员会函', '三健委函', { signer: '市卫生健康委主要负责同志' }),
  kind(5, '会议纪要', '', { forMinutes: true, signer: '会议召集人' }),
]

const row = (
  id: number,
  docNumber: string,
  title: string,
  extra: Partial<DocumentRow> = {},
): DocumentRow => ({
  id,
  kindId: 1,
  year: 2026,
  number: id,
  docNumber,
  title,
  signer: '刘军',
  writtenOn: '2026-03-01',
  mainTo: '各成员单位',
  copiedTo: '',
  secrecy: '',
  urgency: '',
  meetingId: null,
  minutesId: null,
  note: '',
  voidedOn: null,
  voidReason: '',
  revokedOn: null,
  revokeKind: null,
  kindName: '推进委员会文件',
  meetingTitle: null,
  meetingOn: null,
  state: 'in_force',
  files: [],
  ...extra,
})

const ROWS = [
  row(3, '〔2026〕1号', '全体会议纪要', { kindId: 5, kindName: '会议纪要', minutesId: 9, meetingId: 4 }),
  row(2, '三健委〔2026〕2号', '关于调整成员的通知', {
    voidedOn: '2026-05-02',
    voidReason: '标题有误',
    state: 'voided',
  }),
  row(1, '三健委〔2026〕1号', '关于印发工作要点的通知', { urgency: '特急' }),
]

const page = () => ({ rows: ROWS, years: [2026, 2025], kinds: KINDS })

describe('DocumentsView', () => {
  it('lists the register with cancelled numbers kept and marked', async () => {
    fakeBackend({ document_page: page })
    const view = await mountView(DocumentsView)
    expect(pageText()).toContain('共 3 条，作废 1 条')
    const rows = view.findAll('[data-test="document-table"] .el-table__body tr')
    expect(rows).toHaveLength(3)
    expect(rows[1].text()).toContain('作废')
    expect(rows[2].text()).toContain('特急')
    expect(rows[0].text()).toContain('在会议中修改纪要')
  })

  it('shows the number a registration will get and sends the form as typed', async () => {
    const calls = fakeBackend({
      document_page: page,
      list_meetings: () => [],
      next_doc_number: (args) => (args.kindId === 2 ? '三健委函〔2026〕1号' : '三健委〔2026〕3号'),
      register_document: () => ROWS[2],
    })
    await mountView(DocumentsView)
    click('register-document')
    await settle()
    expect(document.querySelector('[data-test="doc-next-number"]')?.textContent).toBe(
      '将编为 三健委〔2026〕3号',
    )
    fill('doc-title', '关于召开全体会议的通知')
    click('dialog-submit')
    await settle()
    expect(calls.find((c) => c.cmd === 'register_document')!.args.input).toMatchObject({
      kindId: 1,
      title: '关于召开全体会议的通知',
      signer: '推进委员会主任',
      writtenOn: '2026-11-25',
      mainTo: '各成员单位',
    })
  })

  it('keeps the dialog and the input when the core refuses', async () => {
    fakeBackend({
      document_page: page,
      list_meetings: () => [],
      next_doc_number: () => '三健委〔2026〕3号',
      register_document: () => new Rejects({ code: 'invalid', message: '请填写标题', field: 'title' }),
    })
    await mountView(DocumentsView)
    click('register-document')
    await settle()
    click('dialog-submit')
    await settle()
    expect(pageText()).toContain('请填写标题')
    expect(pageText()).toContain('登记发文')
  })

  it('cancels a number only with a reason', async () => {
    const calls = fakeBackend({ document_page: page, void_document: () => ROWS[2] })
    await mountView(DocumentsView)
    click('void-document-1')
    await settle()
    const input = document.querySelector<HTMLInputElement>('.el-message-box input')!
    input.value = '重复登记'
    input.dispatchEvent(new Event('input'))
    await settle()
    document.querySelector<HTMLButtonElement>('.el-message-box .el-button--primary')!.click()
    await settle()
    expect(calls.find((c) => c.cmd === 'void_document')!.args).toEqual({ id: 1, reason: '重复登记' })
  })

  it('filters by year and asks the core again', async () => {
    const calls = fakeBackend({ document_page: page })
    await mountView(DocumentsView)
    fill('doc-search', '调整')
    await new Promise((resolve) => setTimeout(resolve, 300))
    await settle()
    const last = calls.filter((c) => c.cmd === 'document_page').pop()!
    expect(last.args.query).toMatchObject({ text: '调整' })
  })

  it('opens the kinds with a sample of each number', async () => {
    fakeBackend({ document_page: page })
    await mountView(DocumentsView, '/?kinds=1')
    await settle()
    expect(pageText()).toContain('三健委函〔2026〕1号')
    expect(pageText()).toContain('纪要按此编号')
  })
})
