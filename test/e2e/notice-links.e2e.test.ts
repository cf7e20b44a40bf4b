/**
 * Notice links and images in Chromium: a page on a plain local http origin holds every address
 * of the sanitizer's table, once as written (to show this harness sees a browser leave) and once
 * after sanitizeRichText; every link is clicked and every image loads, and every request the
 * browser makes is recorded. Nothing the sanitizer kept may reach another origin.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser, BrowserContext } from 'playwright-core'
import { sanitizeRichText } from '../../src/domain/notices/sanitize'
import { launchChromium } from '../support/browser'
import { LEAVING, STAYING } from '../support/url-vectors'

jest.setTimeout(120_000)

let browser: Browser
let server: http.Server
let origin: string
let body = ''

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/notice') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end(`<!doctype html><meta charset="utf-8"><title>公告</title><body>${body}</body>`)
      return
    }
    // Any other path of the hall: an empty page or a 1x1 GIF, so loads and clicks finish.
    if (/\.(png|gif)$/.test(req.url ?? '')) {
      res.writeHead(200, { 'content-type': 'image/gif' })
      res.end(Buffer.from('R0lGODlhAQABAAAAACw=', 'base64'))
      return
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end('<!doctype html><title>大厅</title>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
})

/** A fresh context that records every request and lets none leave the machine. */
async function recorder(): Promise<{ context: BrowserContext; requests: string[] }> {
  const context = await browser.newContext()
  const requests: string[] = []
  // Recorded on the request event (the one each click waits for), refused by the route.
  context.on('request', (request) => requests.push(request.url()))
  await context.route('**/*', (route) => (route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort()))
  return { context, requests }
}

/** Loads the notice with `html` as its body, then clicks each link on a fresh load of it. */
async function visit(html: string): Promise<string[]> {
  body = html
  const { context, requests } = await recorder()
  const page = await context.newPage()
  await page.goto(`${origin}/notice`)
  await page.waitForLoadState('networkidle')
  const links = await page.locator('a').count()
  await page.close()
  // Each link on a page of its own: a click's navigation (often refused by the route, to a
  // chrome-error page) can otherwise interrupt the next load of the notice.
  for (let i = 0; i < links; i++) {
    const tab = await context.newPage()
    await tab.goto(`${origin}/notice`)
    const link = tab.locator('a').nth(i)
    if (await link.getAttribute('href')) {
      const request = tab.waitForEvent('request', { timeout: 2_000 }).catch(() => null)
      await link.click({ noWaitAfter: true })
      await request
    }
    await tab.close()
  }
  await context.close()
  return requests.filter((u) => !u.startsWith('data:'))
}

// Chromium requests hosts Node's URL refuses (a space in the host); those are off the hall too.
const originOf = (u: string) => {
  try {
    return new URL(u).origin
  } catch {
    return 'unparsable'
  }
}
const offOrigin = (requests: string[]) => [...new Set(requests.filter((u) => originOf(u) !== origin))]
const linksOf = (values: readonly string[]) => values.map((v, i) => `<p><a href="${v}">链接${i}</a><img src="${v.replace(/login$/, 't.png')}" alt="图${i}"></p>`).join('')

describe('notice links and images in Chromium', () => {
  it('should see the browser leave for the addresses as written (the harness has teeth)', async () => {
    const left = offOrigin(await visit(linksOf(LEAVING.map(([, v]) => v))))
    // The backslash, &#92; and tab/newline tricks of issue 8 all reach evil.example.
    expect(left).toEqual(expect.arrayContaining(['http://evil.example/login', 'http://evil.example/t.png']))
    expect(left.filter((u) => u.includes('evil.example')).length).toBeGreaterThanOrEqual(4)
  })

  it('should keep every request of every sanitized link and image on the hall', async () => {
    const html = sanitizeRichText(linksOf([...LEAVING.map(([, v]) => v), ...STAYING]))
    const requests = await visit(html)
    expect(offOrigin(requests)).toEqual([])
    // The paths the sanitizer kept were really followed, on the hall.
    expect(requests).toEqual(expect.arrayContaining([`${origin}/pages/about/index`, `${origin}/%5Cevil.example/login`, `${origin}/?page=2`]))
  })

  it('should take an allowed https link exactly where its stored address says', async () => {
    const html = sanitizeRichText('<a href=" HTTPS://WWW.GOV.CN/zhengce/ ">中国政府网</a><img src="https://www.gov.cn/logo.png">')
    expect(html).toBe('<a href="https://www.gov.cn/zhengce/">中国政府网</a><img>')
    const left = offOrigin(await visit(html))
    expect(left).toEqual(['https://www.gov.cn/zhengce/'])
  })
})
