/**
 * The roles page (admin/pages/members) against the real admin function and embedded database:
 * the list masked and filtered by role, granting staff with a department and hall, revoking
 * only after the confirm dialog, field errors next to the fields, and the loading, empty and
 * error states.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { setTransport } from '../../src/services/api'
import { database } from '../../local/sdk'
import { PERSONAS } from '../../local/personas'
import { callAs, invoke, openidOf, seeded, snapshot, type Who } from '../support/hall'

process.env.HALL_WRITE_LIMIT = '1000/60'

type Override = (data: any) => unknown

/** Calls go to the real functions as `who`, except the actions given, which answer as told. */
function signInAs(who: Who, overrides: Record<string, Override> = {}) {
  setTransport(async (fn, payload: any) => {
    const key = `${fn}.${payload.action}`
    if (overrides[key]) return overrides[key](payload.data) as any
    return (await invoke(fn, payload, openidOf(who))).envelope
  })
}

const text = () => (document.body.textContent ?? '').replace(/\s+/g, '')
const within = (id: string) => (document.getElementById(id)?.textContent ?? '').replace(/\s+/g, '')
const settle = () => act(() => new Promise((r) => setTimeout(r, 30)))
const rows = () => Array.from(document.querySelectorAll('.members__row')).map((r) => (r.textContent ?? '').replace(/\s+/g, ''))

async function typeInto(fieldId: string, value: string) {
  await waitFor(() => expect(document.querySelector(`#${fieldId} input`)).not.toBeNull())
  const el = document.querySelector(`#${fieldId} taro-input-core`) as Element
  await act(async () => {
    el.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

async function pick(wrapperId: string, value: number) {
  const el = document.querySelector(`#${wrapperId} taro-picker-core`) as Element
  await act(async () => {
    el.dispatchEvent(new CustomEvent('change', { detail: { value }, bubbles: true }))
  })
}

const member = async (id: string) => (await database().collection('members').where({ _id: id }).get()).data[0]

let showModal: jest.Mock

beforeAll(seeded)

beforeEach(() => {
  signInAs('admin')
  showModal = jest.fn(async () => ({ confirm: true, cancel: false, errMsg: 'showModal:ok' }))
  Object.assign(Taro, { showToast: jest.fn(async () => ({ errMsg: 'showToast:ok' })), showModal, pageScrollTo: jest.fn(async () => ({})) })
})

afterEach(async () => {
  await settle()
  cleanup()
  jest.restoreAllMocks()
})

async function renderPage() {
  const Members = (await import('../../src/admin/pages/members')).default
  render(<Members />)
  await waitFor(() => expect(rows().length).toBeGreaterThan(0))
}

describe('members page', () => {
  it('should list members with masked names, mark the administrator themselves and filter by role', async () => {
    await renderPage()
    expect(text()).toContain('王*明')
    expect(text()).not.toContain('王晓明')
    const self = rows().find((r) => r.includes('李*')) as string
    expect(self).toContain('本人')
    expect(self).toContain('不能修改本人')
    expect(self).not.toContain('撤销')
    expect(text()).toContain('第1页·共5人')

    fireEvent.click(screen.getByText('管理员', { selector: '.members__filter .chip' }))
    await waitFor(() => expect(rows()).toHaveLength(1))
    expect(rows()[0]).toContain('李*')
    fireEvent.click(screen.getByText('工作人员', { selector: '.members__filter .chip' }))
    await waitFor(() => expect(rows()).toHaveLength(4))
    expect(rows().every((r) => r.includes('工作人员'))).toBe(true)
  })

  it('should grant staff with a department and a hall, audited', async () => {
    await renderPage()
    await typeInto('member-userCode', 'o_component_grant_01')
    await typeInto('member-name', '黄晓梅')
    await waitFor(() => expect((document.querySelector('#member-department taro-picker-core') as any)?.range?.length).toBeGreaterThan(0))
    const departments = (document.querySelector('#member-department taro-picker-core') as any).range as string[]
    await pick('member-department', departments.indexOf('市医疗保障局'))
    const halls = (document.querySelector('#member-hall taro-picker-core') as any).range as string[]
    await pick('member-hall', 1)
    expect(within('member-department')).toContain('市医疗保障局')
    expect(within('member-hall')).toContain(halls[1])

    fireEvent.click(screen.getByText('授予角色', { selector: 'taro-button-core, button, .btn' }))
    await waitFor(async () => expect(await member('o_component_grant_01')).toMatchObject({ role: 'staff', department: 'medical-security', hall: 'H01', name: '黄晓梅' }))
    await waitFor(() => expect(text()).toContain('黄*梅'))
    expect(text()).toContain('市医疗保障局')
    const audit = await database().collection('audit').where({ action: 'admin.setMember', 'target.id': 'o_component_grant_01' }).get()
    expect(audit.data).toHaveLength(1)
  })

  it('should show the function field errors next to the fields and write nothing', async () => {
    await renderPage()
    await typeInto('member-userCode', 'x')
    const before = await snapshot()
    fireEvent.click(screen.getByText('授予角色', { selector: 'taro-button-core, button, .btn' }))
    await waitFor(() => expect(text()).toContain('提交的内容不符合要求，请检查后重试'))
    expect(within('member-userCode')).toContain('用户编号格式不正确')
    expect(within('member-name')).toContain('请填写姓名')
    expect(within('member-department')).toContain('工作人员必须指定部门')
    expect(await snapshot()).toEqual(before)
  })

  it('should change a staff member into an administrator', async () => {
    await renderPage()
    const row = Array.from(document.querySelectorAll('.members__row')).find((r) => (r.textContent ?? '').includes('陈*华')) as Element
    fireEvent.click(Array.from(row.querySelectorAll('.members__op')).find((o) => o.textContent === '修改') as Element)
    await waitFor(() => expect(text()).toContain('修改「陈*华」的角色'))
    fireEvent.click(screen.getByText('管理员', { selector: '#member-role .chip' }))
    fireEvent.click(screen.getByText('保存修改', { selector: 'taro-button-core, button, .btn' }))
    await waitFor(async () => expect(await member('o_demo_staff_hrss_02')).toMatchObject({ role: 'admin', name: '陈丽华' }))
  })

  it('should revoke only after the confirm dialog says yes', async () => {
    await renderPage()
    const revokeOf = (masked: string) => {
      const row = Array.from(document.querySelectorAll('.members__row')).find((r) => (r.textContent ?? '').includes(masked)) as Element
      return Array.from(row.querySelectorAll('.members__op')).find((o) => o.textContent === '撤销') as Element
    }
    showModal.mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    const before = await snapshot()
    fireEvent.click(revokeOf('赵*国'))
    await settle()
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '撤销角色', content: expect.stringContaining('赵*国') }))
    expect(await snapshot()).toEqual(before)

    fireEvent.click(revokeOf('赵*国'))
    await waitFor(async () => expect(await member('o_demo_staff_medical_01')).toBeUndefined())
    await waitFor(() => expect(text()).not.toContain('赵*国'))
  })

  it('should refuse revoking the last administrator with the message in Chinese', async () => {
    // Two administrators now (李静 and 陈丽华, made one above); the guard counts one, as a
    // concurrent demotion by the other would have left it, so the revocation must be refused.
    expect(await member(PERSONAS.admin)).toMatchObject({ role: 'admin' })
    await database().collection('settings').doc('admins').set({ data: { adminCount: 1, updatedAt: new Date() } })
    await renderPage()
    const row = Array.from(document.querySelectorAll('.members__row')).find((r) => (r.textContent ?? '').includes('陈*华')) as Element
    fireEvent.click(Array.from(row.querySelectorAll('.members__op')).find((o) => o.textContent === '撤销') as Element)
    await waitFor(() => expect(text()).toContain('这是最后一名管理员'))
    expect(await member('o_demo_staff_hrss_02')).toMatchObject({ role: 'admin' })
  })

  it('should page through the members', async () => {
    for (let n = 1; n <= 8; n++) {
      expect(await callAs('admin', 'admin', 'setMember', { userCode: `o_component_page_${n}`, role: 'staff', department: 'taxation', name: '翻页测试员' })).toMatchObject({ ok: true })
    }
    await renderPage()
    expect(rows()).toHaveLength(10)
    const { total } = await database().collection('members').count()
    expect(text()).toContain(`第1页·共${total}人`)
    fireEvent.click(screen.getByText('下一页'))
    await waitFor(() => expect(text()).toContain(`第2页·共${total}人`))
    await waitFor(() => expect(rows()).toHaveLength(total - 10))
  })

  it('should show loading, then an error with a retry, then the empty state', async () => {
    let fail = true
    signInAs('admin', {
      'admin.listMembers': () =>
        fail ? { ok: false, code: 'INTERNAL', message: '服务暂时不可用，请稍后再试', requestId: 'r1' } : { ok: true, data: { items: [], page: 1, pageSize: 10, total: 0, hasMore: false }, requestId: 'r2' }
    })
    const Members = (await import('../../src/admin/pages/members')).default
    render(<Members />)
    expect(text()).toContain('正在加载')
    await waitFor(() => expect(text()).toContain('加载失败'))
    expect(text()).toContain('服务暂时不可用，请稍后再试')
    fail = false
    fireEvent.click(screen.getByText('重新加载'))
    await waitFor(() => expect(text()).toContain('暂无工作人员或管理员'))
  })

  it('should turn away a citizen', async () => {
    signInAs('citizen')
    const Members = (await import('../../src/admin/pages/members')).default
    render(<Members />)
    expect(await screen.findByText('无法访问')).toBeTruthy()
  })
})
