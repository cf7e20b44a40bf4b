/**
 * The audit log page (admin/pages/audit) against the real functions and embedded database: who,
 * what, on which record, old -> new and the outcome of each record; the refusal summary with
 * its count; the outcome, action, date and actor filters; paging; and the loading, empty and
 * error states.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { AUDIT_ACTION_LABELS } from '../../src/domain/audit'
import { addDays } from '../../src/domain/calendar/workdays'
import { hallDate } from '../../src/domain/time'
import { setTransport } from '../../src/services/api'
import { callAs, invoke, openidOf, seeded, type Who } from '../support/hall'

process.env.HALL_WRITE_LIMIT = '1000/60'

type Override = (data: any) => unknown

function signInAs(who: Who, overrides: Record<string, Override> = {}) {
  setTransport(async (fn, payload: any) => {
    const key = `${fn}.${payload.action}`
    if (overrides[key]) return overrides[key](payload.data) as any
    return (await invoke(fn, payload, openidOf(who))).envelope
  })
}

const text = () => (document.body.textContent ?? '').replace(/\s+/g, '')
const settle = () => act(() => new Promise((r) => setTimeout(r, 30)))
/** True only when records are shown and all of them match (an empty list while loading is not). */
const allRecords = (test: (r: string) => boolean) => records().length > 0 && records().every(test)
const records = () => Array.from(document.querySelectorAll('.audit__record')).map((r) => (r.textContent ?? '').replace(/\s+/g, ''))

async function pick(wrapperId: string, value: number | string) {
  const el = document.querySelector(`#${wrapperId} taro-picker-core`) as Element
  await act(async () => {
    el.dispatchEvent(new CustomEvent('change', { detail: { value }, bubbles: true }))
  })
}

const PROBER = { openid: 'o_component_prober_01' }

beforeAll(async () => {
  await seeded()
  expect(await callAs('admin', 'admin', 'setMember', { userCode: 'o_component_audit_01', role: 'staff', department: 'hrss', name: '钱多多' })).toMatchObject({ ok: true })
  // Enough records for a second page: grants and revocations of other people.
  for (let n = 2; n <= 4; n++) {
    expect(await callAs('admin', 'admin', 'setMember', { userCode: `o_component_audit_0${n}`, role: 'staff', department: 'taxation', name: '孙小美' })).toMatchObject({ ok: true })
    expect(await callAs('admin', 'admin', 'removeMember', { userCode: `o_component_audit_0${n}` })).toMatchObject({ ok: true })
  }
  // Seven refusals: five recorded one by one, two summed on one summary record.
  for (let n = 0; n < 7; n++) await callAs(PROBER, 'admin', 'listAudit', {})
})

beforeEach(() => {
  signInAs('admin')
  Object.assign(Taro, { showToast: jest.fn(async () => ({ errMsg: 'showToast:ok' })) })
})

afterEach(async () => {
  await settle()
  cleanup()
  jest.restoreAllMocks()
})

async function renderPage() {
  const Audit = (await import('../../src/admin/pages/audit')).default
  render(<Audit />)
  await waitFor(() => expect(records().length).toBeGreaterThan(0))
}

describe('audit log page', () => {
  it('should say who did what to which record, the change and the outcome', async () => {
    await renderPage()
    const labels = (document.querySelector('#audit-action taro-picker-core') as any).range as string[]
    await pick('audit-action', labels.indexOf('授予或变更角色'))
    await waitFor(() => expect(records().some((r) => r.includes('o_co***t_01'))).toBe(true))
    const grant = records().find((r) => r.includes('o_co***t_01')) as string
    expect(grant).toContain('已执行')
    expect(grant).toContain('操作人管理员·李*')
    expect(grant).toContain('对象工作人员与管理员·o_co***t_01')
    expect(grant).toContain('姓名（空）→钱*多')
    expect(text()).not.toContain('钱多多')
    expect(grant).toContain('角色（空）→工作人员')
    expect(grant).toContain('部门（空）→市人力资源和社会保障局')
    expect(grant).toMatch(/\d{4}-\d{2}-\d{2}\d{2}:\d{2}:\d{2}/)
    expect(text()).not.toContain('admin.setMember')
  })

  it('should show refusals by masked OPENID and the summary with its count', async () => {
    await renderPage()
    fireEvent.click(screen.getByText('已拒绝', { selector: '#audit-outcome .chip' }))
    await waitFor(() => expect(allRecords((r) => r.includes('已拒绝'))).toBe(true))
    const summary = records().find((r) => r.includes('被拒绝的调用（汇总）')) as string
    expect(summary).toContain('又被拒绝2次')
    expect(summary).toContain('最近一次：查阅审计记录')
    expect(summary).toContain('群众·o_co***r_01')
    expect(text()).not.toContain(PROBER.openid)
  })

  it('should filter by actor from a record and clear it again', async () => {
    await renderPage()
    fireEvent.click(screen.getByText('已拒绝', { selector: '#audit-outcome .chip' }))
    await waitFor(() => expect(records().some((r) => r.includes('被拒绝的调用（汇总）'))).toBe(true))
    fireEvent.click(screen.getByText('全部', { selector: '#audit-outcome .chip' }))
    await waitFor(() => expect(records().some((r) => r.includes('授予或变更角色'))).toBe(true))
    const grant = Array.from(document.querySelectorAll('.audit__record')).find((r) => (r.textContent ?? '').includes('授予或变更角色')) as Element
    fireEvent.click(grant.querySelector('.audit__by') as Element)
    await waitFor(() => expect(text()).toContain('只看操作人：管理员·李*'))
    await waitFor(() => expect(allRecords((r) => r.includes('管理员·李*'))).toBe(true))
    expect(records().some((r) => r.includes('群众'))).toBe(false)
    fireEvent.click(screen.getByText('清除', { selector: '#audit-actor .audit__link' }))
    await waitFor(() => expect(text()).not.toContain('只看操作人'))
  })

  it('should filter by action', async () => {
    await renderPage()
    const labels = (document.querySelector('#audit-action taro-picker-core') as any).range as string[]
    await pick('audit-action', labels.indexOf(AUDIT_ACTION_LABELS['admin.setMember']))
    await waitFor(() => expect(allRecords((r) => r.includes('授予或变更角色'))).toBe(true))
    expect(records()).toHaveLength(4)
  })

  it('should filter by calendar dates and say when nothing matches', async () => {
    await renderPage()
    const today = hallDate(new Date())
    const tomorrow = addDays(today, 1)
    const all = records().length
    await pick('audit-dates', today)
    await waitFor(() => expect(text()).toContain(`${today}至结束日期`))
    expect(records()).toHaveLength(all)
    // The first picker of the two is the start date.
    const [fromPicker] = Array.from(document.querySelectorAll('#audit-dates taro-picker-core'))
    await act(async () => {
      fromPicker.dispatchEvent(new CustomEvent('change', { detail: { value: tomorrow }, bubbles: true }))
    })
    await waitFor(() => expect(text()).toContain('没有符合条件的审计记录'))
    fireEvent.click(screen.getByText('清除全部筛选'))
    await waitFor(() => expect(records().length).toBe(all))
  })

  it('should page through the records', async () => {
    await renderPage()
    expect(records()).toHaveLength(10)
    const firstPage = records()
    fireEvent.click(screen.getByText('下一页'))
    await waitFor(() => expect(text()).toContain('第2页'))
    await waitFor(() => expect(records()[0]).not.toBe(firstPage[0]))
  })

  it('should show loading, then an error with a retry, then the empty state', async () => {
    let fail = true
    signInAs('admin', {
      'admin.listAudit': () =>
        fail ? { ok: false, code: 'INTERNAL', message: '服务暂时不可用，请稍后再试', requestId: 'r1' } : { ok: true, data: { items: [], page: 1, pageSize: 10, total: 0, hasMore: false }, requestId: 'r2' }
    })
    const Audit = (await import('../../src/admin/pages/audit')).default
    render(<Audit />)
    expect(text()).toContain('正在加载')
    await waitFor(() => expect(text()).toContain('加载失败'))
    fail = false
    fireEvent.click(screen.getByText('重新加载'))
    await waitFor(() => expect(text()).toContain('暂无审计记录'))
  })
})
