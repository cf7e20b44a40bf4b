/**
 * Pages rendered with Taro's H5 components against the real functions and embedded database
 * (the in-process gateway stands where the HTTP gateway would).
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import appConfig from '../../src/app.config'
import { setTransport } from '../../src/services/api'
import { invoke, openidOf, seeded, type Who } from '../support/hall'

function signInAs(who: Who) {
  setTransport(async (fn, payload) => (await invoke(fn, payload, openidOf(who))).envelope)
}

const ROUTES: string[] = [
  ...(appConfig.pages ?? []),
  ...(appConfig.subPackages ?? []).flatMap((p: { root: string; pages: string[] }) => p.pages.map((page) => `${p.root}/${page}`))
]

beforeAll(seeded)
beforeEach(() => signInAs('citizen'))

describe.each(ROUTES)('page %s', (route) => {
  it('should show the sponsor and both filing numbers', async () => {
    const Page = (await import(`../../src/${route}`)).default
    const { container } = render(<Page />)
    await waitFor(() => expect(container.querySelector('.hall-footer')).not.toBeNull())
    const footer = container.querySelector('.hall-footer')?.textContent ?? ''
    expect(footer).toContain('主办单位：示范市人民政府办公室')
    expect(footer).toContain('浙ICP备2026000001号-1X')
    expect(footer).toContain('政务应用备案：示范政务应用备20260001号')
    // Let the page's own requests settle inside act().
    await act(() => new Promise((r) => setTimeout(r, 20)))
  })
})

describe('home page', () => {
  it('should offer the staff workbench only to staff', async () => {
    const Home = (await import('../../src/pages/index')).default
    signInAs('staff')
    const { unmount } = render(<Home />)
    expect(await screen.findByText('工作人员工作台')).toBeTruthy()
    unmount()
    signInAs('citizen')
    render(<Home />)
    await screen.findByText('办事指南')
    await act(() => new Promise((r) => setTimeout(r, 50)))
    expect(screen.queryByText('工作人员工作台')).toBeNull()
  })
})

describe('personal centre', () => {
  it('should show loading, then an error with retry, then the citizen once the network is back', async () => {
    const Mine = (await import('../../src/pages/mine')).default
    let online = false
    setTransport(async (fn, payload) => {
      if (!online) throw new Error('offline')
      return (await invoke(fn, payload, openidOf('citizen'))).envelope
    })
    render(<Mine />)
    expect(screen.getByText('正在加载…')).toBeTruthy()
    expect(await screen.findByText('网络连接失败，请检查网络后重试')).toBeTruthy()
    online = true
    fireEvent.click(screen.getByText('重新加载'))
    expect(await screen.findByText('群众')).toBeTruthy()
  })
})

describe('admin console', () => {
  it('should turn away a citizen with one clear message', async () => {
    const Admin = (await import('../../src/admin/pages/index')).default
    render(<Admin />)
    expect(await screen.findByText('无法访问')).toBeTruthy()
    expect(screen.getByText(/仅供管理员使用/)).toBeTruthy()
  })

  it('should greet the administrator and lead to every admin page, roles and the audit log included', async () => {
    signInAs('admin')
    jest.spyOn(Taro, 'navigateTo').mockImplementation(async () => ({ errMsg: 'navigateTo:ok' }) as any)
    const Admin = (await import('../../src/admin/pages/index')).default
    render(<Admin />)
    expect(await screen.findByText('李静，您好')).toBeTruthy()
    fireEvent.click(screen.getByText('角色管理'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/admin/pages/members/index' })
    fireEvent.click(screen.getByText('操作审计'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/admin/pages/audit/index' })
    jest.restoreAllMocks()
  })
})

describe('staff workbench', () => {
  it('should greet the staff member with their department', async () => {
    signInAs('staff')
    const Staff = (await import('../../src/staff/pages/index')).default
    render(<Staff />)
    expect(await screen.findByText('王晓明，您好')).toBeTruthy()
    await waitFor(() => expect(screen.getByText(/市人力资源和社会保障局/)).toBeTruthy())
  })
})

describe('my data page', () => {
  const text = () => (document.body.textContent ?? '').replace(/\s+/g, '')

  it('should take consent, then delete the data only after the typed confirmation', async () => {
    signInAs({ openid: 'o_component_citizen' })
    const MyData = (await import('../../src/pages/my-data')).default
    render(<MyData />)
    fireEvent.click(await screen.findByText('阅读并同意隐私政策'))
    await waitFor(() => expect(text()).toContain('状态：已同意'))
    await waitFor(() => expect(text()).toContain('群众对隐私政策的同意与撤回记录（政策版本、目的、时间）：1条'))

    fireEvent.click(screen.getByText('删除'))
    await act(() => new Promise((r) => setTimeout(r, 50)))
    expect(text()).toContain('状态：已同意')

    const input = document.querySelector('.my-data__input') as HTMLElement
    await act(async () => {
      input.dispatchEvent(new CustomEvent('input', { detail: { value: '确认删除' }, bubbles: true }))
    })
    fireEvent.click(screen.getByText('删除'))
    await waitFor(() => expect(text()).toContain('已删除您的账户数据'))
    await waitFor(() => expect(text()).toContain('状态：尚未同意'))
  })
})
