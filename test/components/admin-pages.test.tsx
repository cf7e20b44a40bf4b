/**
 * The administrator pages against the real admin function and embedded database: the catalogue
 * list and editor, the notice editor, and the refusal a citizen gets.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { setTransport } from '../../src/services/api'
import { callAs, invoke, openidOf, seeded, snapshot, type Who } from '../support/hall'


interface ItemForEdit {
  item: Record<string, unknown> & { code: string; name: string }
  status: string
}

function signInAs(who: Who) {
  setTransport(async (fn, payload) => (await invoke(fn, payload, openidOf(who))).envelope)
}

function routeParams(params: Record<string, string>) {
  Taro.getCurrentInstance().router = { params } as any
}

const text = () => (document.body.textContent ?? '').replace(/\s+/g, '')
const within = (id: string) => (document.getElementById(id)?.textContent ?? '').replace(/\s+/g, '')
const settle = () => act(() => new Promise((r) => setTimeout(r, 30)))

/** Types into a Taro Input or Textarea the way its H5 component reports typing. */
async function typeInto(fieldId: string, value: string) {
  // The web component renders its native field a tick after React mounts it.
  await waitFor(() => expect(document.querySelector(`#${fieldId} input, #${fieldId} textarea`)).not.toBeNull())
  const el = document.querySelector(`#${fieldId} taro-input-core, #${fieldId} taro-textarea-core`) as Element
  await act(async () => {
    el.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

// The H5 Taro the tests load has no toast or modal; the pages call them after every action,
// and every confirmation is answered 确定.
let showToast: jest.Mock
let showModal: jest.Mock

beforeAll(seeded)

beforeEach(() => {
  signInAs('admin')
  routeParams({})
  showToast = jest.fn(async () => ({ errMsg: 'showToast:ok' }))
  showModal = jest.fn(async () => ({ confirm: true, cancel: false, errMsg: 'showModal:ok' }))
  Object.assign(Taro, { showToast, showModal })
  jest.spyOn(Taro, 'navigateTo').mockImplementation(async () => ({ errMsg: 'navigateTo:ok' }) as any)
  jest.spyOn(Taro, 'redirectTo').mockImplementation(async () => ({ errMsg: 'redirectTo:ok' }) as any)
})

afterEach(async () => {
  await settle()
  cleanup()
  jest.restoreAllMocks()
})

async function publishedItem(): Promise<ItemForEdit> {
  const list = await callAs('admin', 'admin', 'listItems', { status: 'published', pageSize: 1 })
  if (!list.ok) throw new Error('listItems failed')
  const got = await callAs('admin', 'admin', 'getItem', { code: list.data.items[0].code })
  if (!got.ok) throw new Error('getItem failed')
  return got.data
}

describe('items list', () => {
  it('should show the seeded items and filter them by status', async () => {
    const seededItem = await publishedItem()
    const draft = { ...seededItem.item, code: 'ZZ-901', name: '组件测试草稿事项' }
    expect(await callAs('admin', 'admin', 'createItem', { item: draft })).toMatchObject({ ok: true })

    const Items = (await import('../../src/admin/pages/items')).default
    render(<Items />)
    expect(await screen.findByText('组件测试草稿事项')).toBeTruthy()
    expect(screen.getByText(seededItem.item.name)).toBeTruthy()
    expect(text()).toContain('ZZ-901')
    expect(text()).toContain('草稿')

    fireEvent.click(screen.getByText('草稿', { selector: '.chip' }))
    await waitFor(() => {
      expect(screen.getByText('组件测试草稿事项')).toBeTruthy()
      expect(screen.queryByText(seededItem.item.name)).toBeNull()
    })

    fireEvent.click(screen.getByText('已发布', { selector: '.chip' }))
    await waitFor(() => {
      expect(screen.getByText(seededItem.item.name)).toBeTruthy()
      expect(screen.queryByText('组件测试草稿事项')).toBeNull()
    })

    fireEvent.click(screen.getByText('已归档', { selector: '.chip' }))
    expect(await screen.findByText('暂无事项')).toBeTruthy()
  })

  it('should open the editor of a tapped item', async () => {
    const seededItem = await publishedItem()
    const Items = (await import('../../src/admin/pages/items')).default
    render(<Items />)
    fireEvent.click(await screen.findByText(seededItem.item.name))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/admin/pages/item/index?code=${seededItem.item.code}` })
  })
})

describe('item editor', () => {
  it('should show the function field errors next to the fields for an invalid new item and write nothing', async () => {
    const Item = (await import('../../src/admin/pages/item')).default
    render(<Item />)
    expect(await screen.findByText('新建事项')).toBeTruthy()
    // Hall choices come from the function.
    await waitFor(() => expect(within('item-halls')).toContain('示范市市民中心政务服务大厅'))
    await typeInto('item-code', 'bad-code')
    const before = await snapshot()

    fireEvent.click(screen.getByText('保存'))
    await waitFor(() => expect(text()).toContain('提交的内容不符合要求，请检查后重试'))
    expect(within('item-code')).toContain('事项编码格式如SB-001')
    expect(within('item-name')).toContain('不能为空')
    expect(within('item-field')).toContain('请选择所属领域')
    expect(within('item-conditions')).toContain('请填写受理条件')
    expect(within('item-steps')).toContain('请填写办理流程')
    expect(within('item-legalDays')).toContain('请填写0至365之间的整数')
    expect(within('item-halls')).toContain('请选择办理大厅')
    expect(within('item-complaint')).toContain('不能为空')
    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ icon: 'none' }))
    expect(await snapshot()).toEqual(before)
  })

  it('should save an edited name of an existing item', async () => {
    const seededItem = await publishedItem()
    routeParams({ code: seededItem.item.code })
    const Item = (await import('../../src/admin/pages/item')).default
    render(<Item />)
    await waitFor(() => expect(document.querySelector('#item-name taro-input-core')?.getAttribute('value')).toBe(seededItem.item.name))
    expect(text()).toContain('已发布')
    const renamed = `${seededItem.item.name}（组件测试）`
    await typeInto('item-name', renamed)

    fireEvent.click(screen.getByText('保存'))
    await waitFor(() => expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已保存' })))
    const after = await callAs('admin', 'admin', 'getItem', { code: seededItem.item.code })
    expect(after).toMatchObject({ ok: true, data: { status: 'published', item: { ...seededItem.item, name: renamed } } })
    // The editor reloads the saved item.
    await waitFor(() => expect(document.querySelector('#item-name taro-input-core')?.getAttribute('value')).toBe(renamed))
  })
})

describe('notice editor', () => {
  it('should create a draft, publish it so citizens see it, then withdraw it after confirmation', async () => {
    const title = '组件测试：窗口延时服务安排'
    const Notice = (await import('../../src/admin/pages/notice')).default
    const first = render(<Notice />)
    expect(await screen.findByText('新建公告')).toBeTruthy()
    await typeInto('notice-title', title)
    await typeInto('notice-source', '示范市政务服务和数据管理局')
    await typeInto('notice-body', '<p>本周起工作日中午窗口延时服务至13:30。</p><script>alert(1)</script>')
    // The preview shows what will be kept: the paragraph, not the script.
    await waitFor(() => expect(document.querySelector('.notice-form__preview')?.textContent).toContain('窗口延时服务至13:30'))
    expect(document.querySelector('.notice-form__preview')?.innerHTML).not.toContain('script')

    fireEvent.click(screen.getByText('保存'))
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled())
    const url = (jest.mocked(Taro.redirectTo).mock.calls[0][0] as { url: string }).url
    const id = /[?&]id=([^&]+)/.exec(url)?.[1] ?? ''
    expect(url).toBe(`/admin/pages/notice/index?id=${id}`)
    const draft = await callAs('admin', 'admin', 'getNoticeForEdit', { id })
    expect(draft).toMatchObject({ ok: true, data: { notice: { state: 'draft', title } } })
    const hidden = await callAs('citizen', 'hall', 'listNotices', {})
    expect(hidden.ok && hidden.data.items.some((n) => n.title === title)).toBe(false)
    await settle()
    first.unmount()

    // What the redirect opens: the same page with the new notice's id.
    routeParams({ id })
    render(<Notice />)
    fireEvent.click(await screen.findByText('立即发布'))
    await waitFor(() => expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已发布' })))
    await waitFor(() => expect(screen.getByText('撤回')).toBeTruthy())
    expect(text()).toContain('已发布')

    const visible = await callAs('citizen', 'hall', 'listNotices', {})
    expect(visible.ok && visible.data.items.map((n) => n.title)).toContain(title)

    // Withdrawal asks first, then takes the notice away from citizens.
    fireEvent.click(screen.getByText('撤回'))
    await waitFor(() => expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已撤回' })))
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '撤回公告' }))
    const gone = await callAs('citizen', 'hall', 'listNotices', {})
    expect(gone.ok && gone.data.items.some((n) => n.title === title)).toBe(false)
  })
})

describe('notices list', () => {
  it('should list notices of every state, filter them by kind and open the editor', async () => {
    const saved = await callAs('admin', 'admin', 'saveNotice', {
      draft: { kind: 'policy', title: '组件测试：政策解读草稿', source: '示范市人民政府办公室', body: '<p>这是一条尚未发布的政策解读草稿。</p>' }
    })
    if (!saved.ok) throw new Error('saveNotice failed')
    const Notices = (await import('../../src/admin/pages/notices')).default
    render(<Notices />)
    const row = await screen.findByText('组件测试：政策解读草稿')
    expect(row.closest('.admin-notices__row')?.textContent?.replace(/\s+/g, '')).toContain('政策解读·尚未发布草稿')

    fireEvent.click(screen.getByText('新闻动态', { selector: '.chip' }))
    await waitFor(() => expect(screen.queryByText('组件测试：政策解读草稿')).toBeNull())
    fireEvent.click(screen.getByText('政策解读', { selector: '.chip' }))
    fireEvent.click(await screen.findByText('组件测试：政策解读草稿'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/admin/pages/notice/index?id=${saved.data.id}` })
  })
})

describe('links page', () => {
  const row = (title: string) => screen.queryAllByText(title, { selector: '.admin-links__title' })[0]?.closest('.admin-links__row') ?? null

  it('should refuse an outside address at the field, add a page link, then delete it after confirmation', async () => {
    const Links = (await import('../../src/admin/pages/links')).default
    render(<Links />)
    expect(await screen.findByText('社保查询')).toBeTruthy()

    fireEvent.click(screen.getByText('本程序页面'))
    await typeInto('link-title', '税务指南')
    await typeInto('link-url', 'https://example.com/phish')
    const before = await snapshot()
    fireEvent.click(screen.getByText('保存'))
    await waitFor(() => expect(within('link-url')).toContain('只能是本程序的页面'))
    expect(await snapshot()).toEqual(before)

    await typeInto('link-url', '/pages/guides/index?field=tax')
    fireEvent.click(screen.getByText('保存'))
    await waitFor(() => expect(row('税务指南')).not.toBeNull())
    const listed = await callAs('admin', 'admin', 'listLinks', {})
    expect(listed.ok && listed.data.find((l) => l.title === '税务指南')).toMatchObject({ kind: 'page', url: '/pages/guides/index?field=tax', enabled: true })

    fireEvent.click(row('税务指南')?.querySelector('.admin-links__op--danger') as Element)
    await waitFor(() => expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已删除' })))
    await waitFor(() => expect(row('税务指南')).toBeNull())
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '删除便民入口' }))
    const after = await callAs('admin', 'admin', 'listLinks', {})
    expect(after.ok && after.data.some((l) => l.title === '税务指南')).toBe(false)
  })
})

describe.each(['items', 'item', 'notices', 'notice', 'links'])('admin page %s', (page) => {
  it('should turn away a citizen', async () => {
    signInAs('citizen')
    const Page = (await import(`../../src/admin/pages/${page}`)).default
    render(<Page />)
    expect(await screen.findByText('无法访问')).toBeTruthy()
    expect(screen.getByText(/仅供管理员使用/)).toBeTruthy()
  })
})
