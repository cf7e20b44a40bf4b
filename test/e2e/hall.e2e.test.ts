/**
 * The local hall end to end: the real server process, the H5 build, the built function bundles
 * and the embedded database, driven in Debian's Chromium.
 */
import type { Page } from 'playwright-core'
import { stage } from '../support/stage'

jest.setTimeout(120_000)

const e2e = stage()

const phone = (persona?: 'citizen' | 'staff' | 'admin'): Promise<Page> => e2e.phone(persona ? { persona } : undefined)

describe('local hall in Chromium', () => {
  it('should show the sponsor and filing number on the home page and open About', async () => {
    const page = await phone()
    await page.goto(`${e2e.hall.url}/`)
    await page.getByText('主办单位：示范市人民政府办公室').waitFor()
    await page.getByText('浙ICP备2026000001号-1X').first().waitFor()
    await page.locator('.home-grid__item', { hasText: '关于我们' }).click()
    await page.getByText('小程序备案号').waitFor()
    await page.getByText('政务应用备案编号').waitFor()
    expect(page.url()).toContain('/pages/about/index')
  })

  it('should sign in as staff on the local sign-in page and open the workbench', async () => {
    const page = await phone()
    await page.goto(`${e2e.hall.url}/#/pages/dev-login/index`)
    await page.getByText('此页面仅用于开发和演示').waitFor()
    await page.getByText('以工作人员身份进入').click()
    await page.getByText('工作人员工作台').click()
    await page.getByText('王晓明，您好').waitFor()
    await page.getByText(/市人力资源和社会保障局/).first().waitFor()
  })

  it('should show the admin console to an administrator and refuse it to a citizen', async () => {
    const admin = await phone('admin')
    await admin.goto(`${e2e.hall.url}/#/admin/pages/index/index`)
    await admin.getByText('李静').waitFor()
    const citizen = await phone('citizen')
    await citizen.goto(`${e2e.hall.url}/#/admin/pages/index/index`)
    await citizen.getByText('无法访问').waitFor()
  })
})

describe('local hall HTTP face', () => {
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${e2e.hall.url}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } })

  it('should answer a function call with the envelope', async () => {
    const res = await post('/api/fn/hall', JSON.stringify({ action: 'about' }))
    expect(await res.json()).toMatchObject({ ok: true, data: { sponsor: '示范市人民政府办公室' } })
  })

  it.each([
    ['an unknown function', '/api/fn/nosuch', JSON.stringify({ action: 'x' }), 404, 'ACTION.UNKNOWN'],
    ['broken JSON', '/api/fn/user', '{"action":', 400, 'REQUEST.INVALID'],
    ['a body over 256 KiB', '/api/fn/user', JSON.stringify({ action: 'whoami', data: { pad: 'x'.repeat(300_000) } }), 413, 'REQUEST.TOO_LARGE'],
    ['an unknown persona', '/api/dev/session', JSON.stringify({ persona: 'root' }), 400, 'REQUEST.INVALID']
  ])('should refuse %s with a coded error', async (_case, path, body, status, code) => {
    const res = await post(path, body)
    expect(res.status).toBe(status)
    expect(await res.json()).toMatchObject({ ok: false, code })
  })

  it('should sign in a fresh citizen by openid and refuse a forged cookie', async () => {
    const signIn = await post('/api/dev/session', JSON.stringify({ openid: 'o_e2e_fresh_citizen' }))
    const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? ''
    const me = await post('/api/fn/user', JSON.stringify({ action: 'whoami' }), { cookie })
    expect(await me.json()).toMatchObject({ data: { role: 'citizen', userCode: 'o_e2e_fresh_citizen' } })
    const forged = cookie.replace(/=([^.]+)\./, `=${Buffer.from('o_demo_admin_000001').toString('base64url')}.`)
    const asForged = await post('/api/fn/user', JSON.stringify({ action: 'whoami' }), { cookie: forged })
    expect(await asForged.json()).toMatchObject({ data: { role: 'anonymous' } })
  })

  it('should keep data across a restart of the local hall', async () => {
    const signIn = await post('/api/dev/session', JSON.stringify({ persona: 'admin' }))
    const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? ''
    const granted = await post('/api/fn/admin', JSON.stringify({ action: 'setMember', data: { userCode: 'o_e2e_restart_01', role: 'staff', department: 'taxation', name: '重启测' } }), { cookie })
    expect(await granted.json()).toMatchObject({ ok: true })
    await e2e.editStopped(async () => {})
    const again = await fetch(`${e2e.hall.url}/api/dev/session`, { method: 'POST', body: JSON.stringify({ openid: 'o_e2e_restart_01' }), headers: { 'content-type': 'application/json' } })
    const me = await fetch(`${e2e.hall.url}/api/fn/user`, { method: 'POST', body: JSON.stringify({ action: 'whoami' }), headers: { 'content-type': 'application/json', cookie: again.headers.get('set-cookie')?.split(';')[0] ?? '' } })
    expect(await me.json()).toMatchObject({ data: { role: 'staff', department: { code: 'taxation' } } })
  })
})
