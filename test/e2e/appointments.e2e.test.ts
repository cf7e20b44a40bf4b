/**
 * Hall appointments in Chromium against the real local hall: a citizen books (consenting on
 * the way), reschedules and cancels; a staff member verifies another citizen's arrival by code.
 */
import type { Page } from 'playwright-core'
import { database } from '../../local/sdk'
import { hallDate } from '../../src/domain/time'
import { stage } from '../support/stage'

jest.setTimeout(180_000)

const e2e = stage()

const phone = (who: { persona: string } | { openid: string }): Promise<Page> => e2e.phone(who)

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
    await page.goto(`${e2e.hall.url}/#/appointment/pages/book/index?service=SB-004&hall=H01`)
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
    const booked = await e2e.bookAs('o_e2e_arrival_0001', '王芳', '13900139000')
    const today = hallDate(new Date())

    await e2e.editStopped(async () => {
      const now = Date.now()
      await database().collection('appointments').doc(booked.id).update({ data: { date: today, startsAt: new Date(now + 10 * 60_000), endsAt: new Date(now + 40 * 60_000) } })
    })

    const staff = await phone({ persona: 'staff' })
    await staff.goto(`${e2e.hall.url}/#/staff/pages/today/index`)
    await staff.locator('.today__input:visible .weui-input').fill(booked.code.toLowerCase().replace('-', ' '))
    await staff.locator('.today__button:visible', { hasText: /^核验$/ }).click()
    await staff.locator('.today__result:visible', { hasText: '已到场' }).waitFor()
    await staff.locator('.today__result:visible', { hasText: '王芳' }).waitFor()
  })
})
