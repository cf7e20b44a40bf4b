/** Debian's Chromium for the browser suites, and a phone-sized page signed in as someone. */
import { chromium, type Browser, type Page } from 'playwright-core'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-dev-shm-usage']
  })
}

/** A new phone (its own cookies), signed in through the local sign-in when `who` is given. */
export async function phoneAt(browser: Browser, hallUrl: string, who?: { persona: string } | { openid: string }): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
  if (who) await context.request.post(`${hallUrl}/api/dev/session`, { data: who })
  return context.newPage()
}
