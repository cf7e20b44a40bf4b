/**
 * Hall appointments in Chromium against the real local hall: a citizen books (consenting on
 * the way), reschedules and cancels; a staff member verifies another citizen's arrival by code.
 */
import type { Browser, Page } from 'playwright-core'
import { launchChromium, phoneAt } from '../support/browser'
import { closeDatabase, database } from '../../local/sdk'
import { hallDate } from '../../src/domain/time'
import { startHall, type RunningHall } from '../support/server'
import hallConfig from '../../config/hall.json'

jest.setTimeout(180_000)

let hall: RunningHall
let browser: Browser

beforeAll(async () => {
  hall = await startHall()
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await hall?.stop()
})

const phone = (who: { persona: string } | { openid: string }): Promise<Page> => phoneAt(browser, hall.url, who)

/** A later open day than today (today's slots may close while the test runs) and its first free slot. */
async function chooseSlot(page: Page, nth: number) {
  await page.locator('.book__date:visible:not(.book__date--closed):not(.book__date--off)').nth(nth).click()
  const slot = page.locator('.book__slot:visible:not(.book__slot--off)').first()
  await slot.waitFor()
  const time = ((await slot.locator('.book__slot-time').textContent()) ?? '').trim()
  await slot.click()
  return time
}

describe('appointments in Chromium', () => {
  it('should book with consent, reschedule and cancel as a citizen', async () => {
    const page = await phone({ openid: 'o_e2e_booker_0001' })
    await page.goto(`${hall.url}/#/appointment/pages/book/index?service=SB-004&hall=H01`)
    const first = await chooseSlot(page, 1)
    await page.getByText('同意并继续').click()
    await page.locator('.pf__input:visible .weui-input').nth(0).fill('李明')
    await page.locator('.pf__input:visible .weui-input').nth(1).fill('13800138000')
    await page.locator('.book__confirm:visible').click()
    await page.getByText('预约成功').waitFor()
    const code = ((await page.locator('.detail__code:visible').textContent()) ?? '').trim()
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/)
    await page.getByText('138****8000').waitFor()
    expect(first).toMatch(/^\d{2}:\d{2}/)

    await page.locator('.detail__action:visible', { hasText: '改约' }).click()
    await page.locator('.book__confirm:visible', { hasText: '确认改约' }).waitFor()
    await chooseSlot(page, 2)
    await page.locator('.book__confirm:visible', { hasText: '确认改约' }).click()
    await page.getByText('改约成功').waitFor()
    expect(((await page.locator('.detail__code:visible').textContent()) ?? '').trim()).toBe(code)

    await page.locator('.detail__action--cancel:visible').click()
    await page.getByText('确定').last().click()
    await page.locator('.detail__status:visible', { hasText: '已取消' }).waitFor()
  })

  it("should verify a citizen's arrival by code at the counter", async () => {
    // A booking for tomorrow through the HTTP face, then moved to just now while the hall is
    // stopped: the only way to have a booking due today at any hour CI happens to run.
    const post = async (path: string, body: object, cookie = '') => {
      const res = await fetch(`${hall.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) })
      return { cookie: res.headers.get('set-cookie')?.split(';')[0] ?? '', json: (await res.json()) as { ok: boolean; data: any } }
    }
    const { cookie } = await post('/api/dev/session', { openid: 'o_e2e_arrival_0001' })
    await post('/api/fn/user', { action: 'giveConsent', data: { policyVersion: hallConfig.privacyPolicyVersion, purposes: ['service'] } }, cookie)
    const { json: availability } = await post('/api/fn/appointment', { action: 'availability', data: { service: 'SB-004', hall: 'H01' } })
    const today = hallDate(new Date())
    const day = availability.data.dates.find((d: { date: string; slots: Array<{ status: string }> }) => d.date > today && d.slots.some((s) => s.status === 'open'))
    const slot = day.slots.find((s: { status: string }) => s.status === 'open')
    const { json: booked } = await post('/api/fn/appointment', { action: 'book', data: { service: 'SB-004', hall: 'H01', date: day.date, start: slot.start, fields: { name: '王芳', mobile: '13900139000' }, idempotencyKey: 'e2e-arrival-0001' } }, cookie)
    expect(booked.ok).toBe(true)

    const dataDir = hall.dataDir
    await hall.stop()
    const previous = process.env.HALL_DATA_DIR
    process.env.HALL_DATA_DIR = dataDir
    try {
      const now = Date.now()
      await database().collection('appointments').doc(booked.data.id).update({ data: { date: today, startsAt: new Date(now + 10 * 60_000), endsAt: new Date(now + 40 * 60_000) } })
    } finally {
      closeDatabase()
      process.env.HALL_DATA_DIR = previous
    }
    hall = await startHall(dataDir)

    const staff = await phone({ persona: 'staff' })
    await staff.goto(`${hall.url}/#/staff/pages/today/index`)
    await staff.locator('.today__input:visible .weui-input').fill(booked.data.code.toLowerCase().replace('-', ' '))
    await staff.locator('.today__button:visible', { hasText: /^核验$/ }).click()
    await staff.locator('.today__result:visible', { hasText: '已到场' }).waitFor()
    await staff.locator('.today__result:visible', { hasText: '王芳' }).waitFor()
  })
})
