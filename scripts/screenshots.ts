/**
 * Screenshots of the H5 pages at a phone's size, as each persona, for looking at what people
 * see: `npm run screenshots` with the local hall running (HALL_URL, default port 12345).
 */
import fs from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'

const BASE = process.env.HALL_URL || 'http://127.0.0.1:12345'
const OUT = path.resolve(process.env.SCREENSHOT_DIR || 'test-results/screenshots')

const SHOTS: Array<{ persona: string; route: string; name: string }> = [
  { persona: 'anonymous', route: '/pages/index/index', name: 'home-anonymous' },
  { persona: 'citizen', route: '/pages/index/index', name: 'home-citizen' },
  { persona: 'citizen', route: '/pages/about/index', name: 'about' },
  { persona: 'citizen', route: '/pages/guides/index?q=%E8%BA%AB%E4%BB%BD%E8%AF%81', name: 'search-citizen' },
  { persona: 'citizen', route: '/pages/guides/index?q=%E7%81%AB%E6%98%9F%E7%AD%BE%E8%AF%81', name: 'search-empty' },
  { persona: 'citizen', route: '/pages/guides/index?field=social-security', name: 'field-list' },
  { persona: 'citizen', route: '/pages/guide/index?code=GA-001', name: 'guide-citizen' },
  { persona: 'anonymous', route: '/pages/guide/index?code=ZZ-999', name: 'guide-missing' },
  { persona: 'citizen', route: '/pages/notices/index', name: 'notices' },
  { persona: 'citizen', route: '/pages/favourites/index', name: 'favourites-empty' },
  { persona: 'citizen', route: '/appointment/pages/book/index?service=GA-001&hall=H01', name: 'book' },
  { persona: 'citizen', route: '/appointment/pages/mine/index', name: 'my-appointments' },
  { persona: 'citizen', route: '/pages/mine/index', name: 'mine-citizen' },
  { persona: 'citizen', route: '/pages/my-data/index', name: 'my-data' },
  { persona: 'citizen', route: '/pages/dev-login/index', name: 'dev-login' },
  { persona: 'staff', route: '/pages/index/index', name: 'home-staff' },
  { persona: 'staff', route: '/staff/pages/index/index', name: 'staff-home' },
  { persona: 'staff', route: '/staff/pages/today/index', name: 'staff-today' },
  { persona: 'admin', route: '/admin/pages/index/index', name: 'admin-home' },
  { persona: 'admin', route: '/admin/pages/items/index', name: 'admin-items' },
  { persona: 'admin', route: '/admin/pages/item/index?code=GA-001', name: 'admin-item' },
  { persona: 'admin', route: '/admin/pages/notices/index', name: 'admin-notices' },
  { persona: 'admin', route: '/admin/pages/notice/index', name: 'admin-notice-new' },
  { persona: 'admin', route: '/admin/pages/links/index', name: 'admin-links' },
  { persona: 'admin', route: '/admin/pages/appointments/index', name: 'admin-appointments' },
  { persona: 'citizen', route: '/admin/pages/index/index', name: 'admin-as-citizen' }
]

async function main() {
  fs.mkdirSync(OUT, { recursive: true })
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'] })
  try {
    for (const shot of SHOTS) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'zh-CN' })
      const page = await context.newPage()
      await page.request.post(`${BASE}/api/dev/session`, { data: { persona: shot.persona } })
      await page.goto(`${BASE}/#${shot.route}`)
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(300)
      const file = path.join(OUT, `${shot.name}.png`)
      await page.screenshot({ path: file, fullPage: true })
      console.log(file)
      await context.close()
    }
  } finally {
    await browser.close()
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
