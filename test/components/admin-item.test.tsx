/**
 * The item editor's publication flow against the real admin function and embedded database:
 * unsaved changes hold back publishing and archiving, each asks first, a no changes nothing, and
 * a refusal lands on the form with the prompt to fix and save.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { setTransport } from '../../src/services/api'
import { callAs, invoke, openidOf, seeded } from '../support/hall'

const within = (id: string) => (document.getElementById(id)?.textContent ?? '').replace(/\s+/g, '')
const settle = () => act(() => new Promise((r) => setTimeout(r, 30)))
const button = (label: string) => screen.getByText(label).closest('button') ?? screen.getByText(label)
// Taro's H5 button always carries the attribute, as "true" or "false".
const disabled = (label: string) => !['false', null].includes(button(label).getAttribute('disabled'))
const nameValue = () => document.querySelector('#item-name taro-input-core')?.getAttribute('value')

async function typeInto(fieldId: string, value: string) {
  await waitFor(() => expect(document.querySelector(`#${fieldId} input, #${fieldId} textarea`)).not.toBeNull())
  const el = document.querySelector(`#${fieldId} taro-input-core, #${fieldId} taro-textarea-core`) as Element
  await act(async () => {
    el.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

let showToast: jest.Mock
let showModal: jest.Mock
let answer = true

beforeAll(seeded)

beforeEach(() => {
  setTransport(async (fn, payload) => (await invoke(fn, payload, openidOf('admin'))).envelope)
  answer = true
  showToast = jest.fn(async () => ({ errMsg: 'showToast:ok' }))
  showModal = jest.fn(async () => ({ confirm: answer, cancel: !answer, errMsg: 'showModal:ok' }))
  Object.assign(Taro, { showToast, showModal, pageScrollTo: jest.fn(async () => ({ errMsg: 'pageScrollTo:ok' })) })
})

afterEach(async () => {
  await settle()
  cleanup()
  jest.restoreAllMocks()
})

async function openPublished() {
  const list = await callAs('admin', 'admin', 'listItems', { status: 'published', pageSize: 1 })
  if (!list.ok) throw new Error('listItems failed')
  const { code, name } = list.data.items[0]
  Taro.getCurrentInstance().router = { params: { code } } as any
  const Item = (await import('../../src/admin/pages/item')).default
  render(<Item />)
  await waitFor(() => expect(nameValue()).toBe(name))
  return { code, name }
}

const statusOf = async (code: string) => {
  const got = await callAs('admin', 'admin', 'getItem', { code })
  if (!got.ok) throw new Error('getItem failed')
  return got.data.status
}

describe('item editor publication', () => {
  it('should hold archiving back while a change is unsaved, and let it go when the change is typed back', async () => {
    const { name } = await openPublished()
    expect(screen.queryByText('发布')).toBeNull()
    expect(disabled('归档')).toBe(false)

    await typeInto('item-name', `${name}（未保存）`)
    expect(screen.getByText('有尚未保存的修改，请先保存再发布或归档。')).toBeTruthy()
    expect(disabled('归档')).toBe(true)

    await typeInto('item-name', name)
    expect(screen.queryByText('有尚未保存的修改，请先保存再发布或归档。')).toBeNull()
    expect(disabled('归档')).toBe(false)
  })

  it('should change nothing when the question is answered no', async () => {
    const { code } = await openPublished()
    answer = false
    fireEvent.click(button('归档'))
    await waitFor(() => expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '归档事项', confirmText: '确定', cancelText: '取消' })))
    await settle()
    expect(showToast).not.toHaveBeenCalled()
    expect(await statusOf(code)).toBe('published')
  })

  it('should archive after asking, then publish again after asking', async () => {
    const { code } = await openPublished()
    fireEvent.click(button('归档'))
    await waitFor(() => expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已归档', icon: 'success' })))
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '归档事项', content: '归档后群众将看不到该事项，收藏中会标明已停止办理。确定归档吗？' }))
    expect(await statusOf(code)).toBe('archived')

    // The editor reloads the item, which now offers publishing instead.
    await waitFor(() => expect(screen.getByText('发布')).toBeTruthy())
    expect(screen.queryByText('归档')).toBeNull()
    fireEvent.click(button('发布'))
    await waitFor(() => expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已发布', icon: 'success' })))
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '发布事项', content: '发布后群众即可查看和办理该事项，确定发布吗？' }))
    expect(await statusOf(code)).toBe('published')
  })

  it('should put a refused save on the form with the prompt to fix and save, and scroll up to it', async () => {
    const { code } = await openPublished()
    await typeInto('item-legalDays', '')
    fireEvent.click(screen.getByText('保存'))
    await waitFor(() => expect(within('item-legalDays')).toContain('请填写0至365之间的整数'))
    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '请按提示修改后再保存', icon: 'none' }))
    expect(Taro.pageScrollTo).toHaveBeenCalledWith(expect.objectContaining({ scrollTop: 0 }))
    expect(await statusOf(code)).toBe('published')
  })
})
