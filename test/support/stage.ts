/**
 * The stage every browser suite plays on: the real local hall (its own data folder) and Debian's
 * Chromium, started once per suite, with phone-sized pages signed in as someone. Every page
 * records the Content-Security-Policy violations it meets, so a suite can assert that the H5
 * build really runs under the policy the hall sends.
 */
import type { Browser, Page } from 'playwright-core'
import { closeDatabase } from '../../local/sdk'
import { hallDate } from '../../src/domain/time'
import hallConfig from '../../config/hall.json'
import { launchChromium, phoneAt } from './browser'
import { startHall, type RunningHall } from './server'

export type Who = { persona: string } | { openid: string }

export interface CspViolation {
  directive: string
  blocked: string
  page: string
}

export interface Stage {
  readonly hall: RunningHall
  readonly browser: Browser
  /** Every violation any page of this suite reported, in order. */
  readonly violations: CspViolation[]
  /** A new phone (its own cookies), signed in when `who` is given. */
  phone(who?: Who): Promise<Page>
  /** A JSON POST to the hall, as the H5 client sends it; `cookie` is the session to send. */
  post(path: string, body: object, cookie?: string): Promise<{ cookie: string; status: number; json: { ok: boolean; data: any; code?: string; message?: string } }>
  /**
   * Stops the hall, lets `edit` write to its data folder with the embedded database (the only
   * way to place rows at times the functions would refuse, such as a booking due now), and
   * starts it again on the same folder.
   */
  editStopped(edit: () => Promise<void>): Promise<void>
  /**
   * A citizen books SB-004 at H01 through the HTTP face, consenting first, on the first later day
   * with a free slot (today's slots may close while the suite runs).
   */
  bookAs(openid: string, name: string, mobile: string): Promise<{ id: string; code: string }>
}

export function stage(): Stage {
  let hall: RunningHall | undefined
  let browser: Browser | undefined
  const violations: CspViolation[] = []
  const need = <T>(v: T | undefined, what: string): T => {
    if (!v) throw new Error(`${what} not started: use stage() at the top of a suite`)
    return v
  }

  beforeAll(async () => {
    hall = await startHall()
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await hall?.stop()
  })

  const s: Stage = {
    get hall() {
      return need(hall, 'the hall')
    },
    get browser() {
      return need(browser, 'Chromium')
    },
    violations,
    async phone(who) {
      const page = await phoneAt(need(browser, 'Chromium'), need(hall, 'the hall').url, who)
      await page.exposeBinding('__hallCspViolation', ({ frame }, directive: string, blocked: string) => {
        violations.push({ directive, blocked, page: frame.url() })
      })
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          ;(window as unknown as { __hallCspViolation: (d: string, b: string) => void }).__hallCspViolation(e.effectiveDirective, e.blockedURI)
        })
      })
      return page
    },
    async post(path, body, cookie = '') {
      const res = await fetch(`${need(hall, 'the hall').url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify(body)
      })
      return { cookie: res.headers.get('set-cookie')?.split(';')[0] ?? '', status: res.status, json: await res.json() }
    },
    async editStopped(edit) {
      const dataDir = need(hall, 'the hall').dataDir
      await hall!.stop()
      const previous = process.env.HALL_DATA_DIR
      process.env.HALL_DATA_DIR = dataDir
      try {
        await edit()
      } finally {
        closeDatabase()
        process.env.HALL_DATA_DIR = previous
      }
      hall = await startHall(dataDir)
    },
    async bookAs(openid, name, mobile) {
      const { cookie } = await s.post('/api/dev/session', { openid })
      await s.post('/api/fn/user', { action: 'giveConsent', data: { policyVersion: hallConfig.privacyPolicyVersion, purposes: ['service'] } }, cookie)
      const { json: availability } = await s.post('/api/fn/appointment', { action: 'availability', data: { service: 'SB-004', hall: 'H01' } })
      const today = hallDate(new Date())
      const day = (availability.data.dates as Array<{ date: string; slots: Array<{ start: string; status: string }> }>).find((d) => d.date > today && d.slots.some((x) => x.status === 'open'))
      const slot = day?.slots.find((x) => x.status === 'open')
      if (!day || !slot) throw new Error('no open slot on a later day')
      const { json } = await s.post('/api/fn/appointment', { action: 'book', data: { service: 'SB-004', hall: 'H01', date: day.date, start: slot.start, fields: { name, mobile }, idempotencyKey: `e2e-${openid}` } }, cookie)
      if (!json.ok) throw new Error(JSON.stringify(json))
      return json.data
    }
  }
  return s
}
