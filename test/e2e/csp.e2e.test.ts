/**
 * The H5 build runs under the Content-Security-Policy the local hall sends (issue 8 item 5):
 * every page of the app, opened by the role it is for, renders and reports no violation. The
 * first test shows the detector sees a violation when there is one, so "none" means none.
 */
import { stage } from '../support/stage'

jest.setTimeout(240_000)

const e2e = stage()

// The routes as the app declares them, read from the config the build uses.
function routes(): string[] {
  const previous = process.env.TARO_ENV
  process.env.TARO_ENV = 'h5'
  ;(globalThis as unknown as { defineAppConfig: (c: unknown) => unknown }).defineAppConfig = (c) => c
  try {
    const config = require('../../src/app.config').default as { pages: string[]; subPackages: Array<{ root: string; pages: string[] }> }
    return [...config.pages, ...config.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]
  } finally {
    process.env.TARO_ENV = previous
  }
}

// Who opens each part of the app, and the query a page needs to show real content.
const roleOf = (route: string) => (route.startsWith('admin/') ? 'admin' : route.startsWith('staff/') ? 'staff' : 'citizen')
const QUERY: Record<string, string> = {
  'pages/guide/index': '?code=SB-004',
  'appointment/pages/book/index': '?service=SB-004&hall=H01'
}

describe('the H5 build under the hall’s Content-Security-Policy', () => {
  it('should send the policy and report a violation when an inline script is injected', async () => {
    const res = await fetch(`${e2e.hall.url}/`)
    const policy = res.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("script-src 'self'")
    expect(policy).toContain("frame-ancestors 'none'")

    const page = await e2e.phone({ persona: 'citizen' })
    await page.goto(`${e2e.hall.url}/`)
    await page.getByText('主办单位', { exact: false }).first().waitFor()
    const before = e2e.violations.length
    await page.evaluate(() => {
      const s = document.createElement('script')
      s.textContent = 'window.__injected = true'
      document.body.appendChild(s)
    })
    await page.waitForFunction(() => document.readyState === 'complete')
    for (let i = 0; i < 50 && e2e.violations.length === before; i++) await page.waitForTimeout(100)
    expect(e2e.violations.length).toBeGreaterThan(before)
    expect(e2e.violations.at(-1)?.directive).toBe('script-src-elem')
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined()
    e2e.violations.length = before
  })

  it('should render every page of the app with no violation, each opened by its role', async () => {
    const list = routes()
    expect(list.length).toBeGreaterThanOrEqual(20)
    const phones = new Map<string, Awaited<ReturnType<typeof e2e.phone>>>()
    const rendered: string[] = []
    for (const route of list) {
      const role = roleOf(route)
      if (!phones.has(role)) phones.set(role, await e2e.phone({ persona: role }))
      const page = phones.get(role)!
      await page.goto(`${e2e.hall.url}/#/${route}${QUERY[route] ?? ''}`)
      await page.waitForLoadState('networkidle')
      // Each page renders something a person reads (not a blank page a blocked script would leave).
      const text = await page.locator('.taro_page:visible').last().innerText({ timeout: 15_000 })
      if (/[\u4e00-\u9fff]/.test(text)) rendered.push(route)
    }
    expect(e2e.violations).toEqual([])
    expect(rendered).toEqual(list)
  })
})
