/**
 * The compiled mini-program pages in dist/ (npm run build:weapp), run in miniprogram-simulate:
 * WeChat's wcc compiles Taro's recursive templates, Taro's runtime renders the React page into
 * them, and the result must show the sponsor and the filing numbers.
 */
import fs from 'node:fs'
import path from 'node:path'
import hall from '../../config/hall.json'

const DIST = path.resolve(__dirname, '..', '..', 'dist')

interface PageConfig {
  data?: object
  [hook: string]: unknown
}

/** The App and Page constructors WeChat provides, mapped onto simulate's Component. */
function installPlatform(simulate: { sleep(ms: number): Promise<void> }) {
  const g = globalThis as Record<string, any>
  let app: Record<string, any> | null = null
  g.App = (config: Record<string, any>) => {
    app = config
  }
  g.getApp = () => app
  g.getCurrentPages = () => []
  g.Page = (config: PageConfig) => {
    const methods: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(config)) if (typeof value === 'function') methods[key] = value
    g.Component({
      data: config.data ?? {},
      methods,
      lifetimes: {
        attached(this: Record<string, any>) {
          this.route = this.__route__ = g.__currentRoute
          ;(config.onLoad as ((this: unknown, ...args: unknown[]) => void) | undefined)?.call(this, {})
          ;(config.onShow as ((this: unknown, ...args: unknown[]) => void) | undefined)?.call(this)
          ;(config.onReady as ((this: unknown, ...args: unknown[]) => void) | undefined)?.call(this)
        }
      }
    })
  }
  Object.assign(g.wx, {
    cloud: {
      init: jest.fn(),
      // whoami answers as a citizen; any other call as the network being down, a state every
      // page has (a made-up answer of the wrong shape would only test the stub).
      callFunction: jest.fn(async ({ data }: { data?: { action?: string } }) =>
        data?.action === 'whoami'
          ? { result: { ok: true, data: { role: 'citizen', roleLabel: '群众', userCode: 'o_simulated', name: null, department: null }, requestId: 'sim' } }
          : { result: { ok: false, code: 'NETWORK.UNAVAILABLE', message: '网络连接失败，请检查网络后重试', requestId: 'sim' } }
      )
    },
    getSystemInfoSync: () => ({ platform: 'devtools', windowWidth: 375, windowHeight: 667, pixelRatio: 2, SDKVersion: '3.6.0' }),
    getWindowInfo: () => ({ windowWidth: 375, windowHeight: 667, pixelRatio: 2 }),
    getAppBaseInfo: () => ({ SDKVersion: '3.6.0' }),
    nextTick: (fn: () => void) => setTimeout(fn, 0),
    createSelectorQuery: () => ({ in: () => ({}), select: () => ({}), exec: () => undefined })
  })
  return { app: () => app, sleep: simulate.sleep }
}

async function renderBuiltPage(route: string) {
  if (!fs.existsSync(path.join(DIST, 'app.json'))) throw new Error('dist/ is missing: run npm run build:weapp first')
  let result = ''
  await jest.isolateModulesAsync(async () => {
    // A fresh wx per page: Taro's chunks queue themselves on wx.webpackJsonp and would replay.
    ;(globalThis as Record<string, unknown>).wx = {}
    const simulate = require('miniprogram-simulate')
    const platform = installPlatform(simulate)
    ;(globalThis as Record<string, unknown>).__currentRoute = route
    require(path.join(DIST, 'app.js'))
    const app = platform.app()
    if (!app) throw new Error('app.js did not call App()')
    app.onLaunch?.call(app, { path: route, query: {}, scene: 1001 })
    const id = simulate.load(path.join(DIST, route), { rootPath: DIST })
    const page = simulate.render(id)
    page.attach(document.createElement('parent-wrapper'))
    for (let i = 0; i < 20 && !(page.dom.textContent ?? '').includes(hall.sponsor); i++) await platform.sleep(25)
    result = page.dom.textContent ?? ''
  })
  return result.replace(/\s+/g, '')
}

describe.each([
  ['pages/index/index', '办事指南社会保障医疗保障'],
  ['pages/about/index', '小程序备案号']
])('built weapp page %s', (route, ownContent) => {
  it('should render its own content and show the sponsor and both filing numbers', async () => {
    const text = await renderBuiltPage(route)
    expect(text).toContain(ownContent)
    expect(text).toContain(`主办单位：${hall.sponsor}`)
    expect(text).toContain(hall.icpFilingNo)
    expect(text).toContain(hall.govAppFilingNo)
  })
})
