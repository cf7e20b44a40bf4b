/**
 * The counter's 今日预约 at phone width in Chromium, with real rows due today: every row reads
 * well (its text keeps the row's width, no button lies over it, no line is one character wide),
 * names are masked in the list, and 标记未到场 is offered only on the slot that has ended.
 * The screenshot is saved under test-results/screenshots (as `npm run screenshots` does).
 */
import fs from 'node:fs'
import path from 'node:path'
import { database } from '../../local/sdk'
import { formatHallTime, hallDate } from '../../src/domain/time'
import { stage } from '../support/stage'

jest.setTimeout(180_000)

const SHOTS = path.resolve(__dirname, '..', '..', 'test-results', 'screenshots')

const e2e = stage()
const post = e2e.post

describe('今日预约 at the counter in Chromium', () => {
  it('should lay out rows due today readably at 390 px, with names masked and 标记未到场 only on an ended slot', async () => {
    const upcoming = await e2e.bookAs('o_e2e_counter_0001', '欧阳明华', '13912345678')
    const ended = await e2e.bookAs('o_e2e_counter_0002', '张小三', '13700137000')
    const arrived = await e2e.bookAs('o_e2e_counter_0003', '李四', '13600136000')
    const atCounter = await e2e.bookAs('o_e2e_counter_0004', '王芳芳', '13500135000')

    // Moved to today around now while the hall is stopped: the only way to have rows due today
    // at whatever hour the suite runs. The row's date is today's even if a slot edge crosses
    // midnight; the arrived one starts exactly now, so it can be verified at any hour.
    await e2e.editStopped(async () => {
      const now = Date.now()
      const today = hallDate(new Date(now))
      const move = (id: string, startsIn: number, extra: object = {}) => {
        const startsAt = new Date(now + startsIn * 60_000)
        const endsAt = new Date(startsAt.getTime() + 30 * 60_000)
        return database()
          .collection('appointments')
          .doc(id)
          .update({ data: { date: today, start: formatHallTime(startsAt, 'HH:mm'), end: formatHallTime(endsAt, 'HH:mm'), startsAt, endsAt, ...extra } })
      }
      // The catalogue's longest name, so the service line has to wrap.
      await move(upcoming.id, 20, { serviceName: '国有建设用地使用权及房屋所有权转移登记（存量房买卖）' })
      await move(ended.id, -45)
      await move(arrived.id, 0)
      await move(atCounter.id, 0)
    })

    const { cookie: staffCookie } = await post('/api/dev/session', { persona: 'staff' })
    const verified = await post('/api/fn/staff', { action: 'verifyArrival', data: { code: arrived.code } }, staffCookie)
    expect(verified.json).toMatchObject({ ok: true, data: { name: '李四', mobile: '136****6000' } })

    const page = await e2e.phone({ persona: 'staff' })
    await page.goto(`${e2e.hall.url}/#/staff/pages/today/index`)
    const list = page.locator('#today-list:visible')
    await list.waitFor()
    for (const masked of ['欧**华', '张*三', '李*', '王*芳']) await list.locator('.today__row', { hasText: masked }).first().waitFor()
    await page.waitForLoadState('networkidle')
    fs.mkdirSync(SHOTS, { recursive: true })
    await page.screenshot({ path: path.join(SHOTS, 'staff-today-rows.png'), fullPage: true })
    // The page scrolls inside Taro's own container, so the rows get a picture of their own.
    await list.screenshot({ path: path.join(SHOTS, 'staff-today-list.png') })

    // The list holds no whole name or mobile; the verified row says when.
    const text = (await list.textContent()) ?? ''
    for (const whole of ['欧阳明华', '张小三', '李四', '王芳芳', '13912345678', '13700137000', '13600136000', '13500135000']) expect(text).not.toContain(whole)
    const row = (masked: string) => list.locator('.today__row', { hasText: masked }).first()
    expect(await row('李*').textContent()).toContain(`已核验 ${verified.json.data.verifiedAt}`)
    expect(await row('欧**华').locator('.today__noshow').count()).toBe(0)
    expect(await row('李*').locator('.today__noshow').count()).toBe(0)
    expect(await row('张*三').locator('.today__noshow:visible').count()).toBe(1)

    const geometry = await page.evaluate(() => {
      const box = (el: Element) => el.getBoundingClientRect()
      return Array.from(document.querySelectorAll('#today-list .today__row'))
        .filter((r) => (r as HTMLElement).offsetParent !== null)
        .map((r) => {
          const texts = Array.from(r.querySelectorAll('.today__time, .today__badge, .today__service, .today__person, .today__code, .today__verified'))
          const buttons = Array.from(r.querySelectorAll('.today__noshow'))
          // One rectangle per rendered line of a text element.
          const lines = (el: Element) => {
            const range = document.createRange()
            range.selectNodeContents(el)
            const tops = new Map<number, number>()
            for (const rect of Array.from(range.getClientRects())) {
              if (rect.width < 1) continue
              const top = Math.round(rect.top)
              tops.set(top, (tops.get(top) ?? 0) + rect.width)
            }
            return { chars: Array.from((el.textContent ?? '').trim()).length, fontSize: parseFloat(getComputedStyle(el).fontSize), widths: Array.from(tops.values()) }
          }
          const rect = (b: DOMRect) => ({ left: b.left, right: b.right, top: b.top, bottom: b.bottom, width: b.width, height: b.height })
          return {
            row: rect(box(r)),
            main: rect(box(r.querySelector('.today__row-main') as Element)),
            texts: texts.map((t) => rect(box(t))),
            buttons: buttons.map((b) => rect(box(b))),
            lines: Array.from(r.querySelectorAll('.today__service, .today__person')).map(lines)
          }
        })
    })
    expect(geometry.length).toBeGreaterThanOrEqual(4)
    const overlaps = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
    for (const g of geometry) {
      // The text keeps most of the row.
      expect(g.main.width).toBeGreaterThanOrEqual(0.4 * g.row.width)
      for (const b of g.buttons) {
        for (const t of g.texts) expect(overlaps(b, t)).toBe(false)
        // A thumb-sized button of its own width, not a full-width bar.
        expect(b.height).toBeGreaterThanOrEqual(44)
        expect(b.width).toBeLessThanOrEqual(0.7 * g.row.width)
        expect(b.right).toBeLessThanOrEqual(g.row.right + 0.5)
      }
      for (const l of g.lines) {
        expect(l.widths.length).toBeGreaterThan(0)
        // Every line but the last holds several characters; the text is not squeezed to a column.
        for (const w of l.widths.slice(0, -1)) expect(w).toBeGreaterThanOrEqual(4 * l.fontSize)
        expect(l.widths.length).toBeLessThanOrEqual(Math.max(1, Math.ceil(l.chars / 4)))
      }
      // Large text at the counter.
      for (const l of g.lines) expect(l.fontSize).toBeGreaterThanOrEqual(15)
    }

    // The whole name only in the answer to verifying that code (the slot starts now, so at any hour).
    await page.locator('.today__input:visible .weui-input').fill(atCounter.code)
    await page.locator('.today__button:visible', { hasText: /^核验$/ }).click()
    await page.locator('.today__result:visible', { hasText: '王芳芳' }).waitFor()
    expect((await page.locator('.today__result:visible').textContent()) ?? '').not.toContain('13500135000')

    // A second verification says when it was verified.
    await page.locator('.today__input:visible .weui-input').fill(arrived.code)
    await page.locator('.today__button:visible', { hasText: /^核验$/ }).click()
    await page.locator('#today-verify-banner:visible', { hasText: `已于 ${verified.json.data.verifiedAt} 核验` }).waitFor()
  })
})
