/**
 * The roles page and the audit log in Chromium at phone width, on the real local hall: an
 * administrator grants a role and revokes it (after the confirm dialog) through the page, and
 * the audit log shows both with who, what, on which record and the change. Every row reads well
 * (no column one character wide, no button over text). Screenshots go to
 * test-results/screenshots.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { stage } from '../support/stage'

jest.setTimeout(180_000)

const SHOTS = path.resolve(__dirname, '..', '..', 'test-results', 'screenshots')

const e2e = stage()
const post = e2e.post

/** Runs `shoot` with the page as tall as its content (at most 4000 px), then back to 390x844. */
async function tall(page: Page, shoot: () => Promise<unknown>) {
  const height = await page.evaluate(() => Math.max(...Array.from(document.querySelectorAll('*')).map((el) => el.scrollHeight)))
  await page.setViewportSize({ width: 390, height: Math.min(4000, Math.max(844, height)) })
  await page.waitForTimeout(300)
  await shoot()
  await page.setViewportSize({ width: 390, height: 844 })
}

/** Back to the top of Taro's own scrolling container, once the toast has gone. */
async function toTop(page: Page) {
  await page.waitForTimeout(2000)
  await page.evaluate(() => {
    for (const el of Array.from(document.querySelectorAll('*'))) if (el.scrollTop > 0) el.scrollTop = 0
    window.scrollTo(0, 0)
  })
  await page.waitForTimeout(200)
}

/** Text boxes narrower than two characters of their own size, and buttons lying over text. */
async function layoutProblems(page: Page, rowSelector: string, textSelector: string, buttonSelector: string): Promise<string[]> {
  return page.evaluate(
    ([rows, texts, buttons]) => {
      const problems: string[] = []
      const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1
      for (const row of Array.from(document.querySelectorAll(rows)).filter((r) => (r as HTMLElement).offsetParent !== null)) {
        const textEls = Array.from(row.querySelectorAll(texts))
        for (const el of textEls) {
          const r = el.getBoundingClientRect()
          const size = parseFloat(getComputedStyle(el).fontSize)
          const chars = Array.from((el.textContent ?? '').trim()).length
          // One character per line: a box of several characters no wider than about one of them.
          if (chars >= 2 && r.width < size * 1.5) problems.push(`narrow: ${el.className} "${el.textContent}" ${Math.round(r.width)}px`)
        }
        for (const b of Array.from(row.querySelectorAll(buttons))) {
          const br = b.getBoundingClientRect()
          if (br.height < 40) problems.push(`small tap target: "${b.textContent}" ${Math.round(br.height)}px high`)
          for (const el of textEls) if (!b.contains(el) && !el.contains(b) && overlap(br, el.getBoundingClientRect())) problems.push(`overlap: "${b.textContent}" over "${el.textContent}"`)
        }
      }
      return problems
    },
    [rowSelector, textSelector, buttonSelector]
  )
}

describe('roles and the audit log in Chromium', () => {
  it('should grant a role and revoke it on the page, and show both in the audit log, readably at 390 px', async () => {
    // A staff member with a department and hall, so the list has every kind of row.
    const { cookie } = await post('/api/dev/session', { persona: 'admin' })
    expect((await post('/api/fn/admin', { action: 'setMember', data: { userCode: 'o_e2e_members_staff', role: 'staff', department: 'medical-security', hall: 'H01', name: '欧阳明华' } }, cookie)).json).toMatchObject({ ok: true })

    const page = await e2e.phone({ persona: 'admin' })
    await page.goto(`${e2e.hall.url}/#/admin/pages/members/index`)
    await page.locator('.members__row:visible', { hasText: '欧**华' }).waitFor()

    // Grant 管理员 to a newcomer through the form.
    await page.locator('#member-userCode:visible .weui-input').fill('o_e2e_members_new1')
    await page.locator('#member-name:visible .weui-input').fill('周晓峰')
    await page.locator('#member-role:visible .chip', { hasText: '管理员' }).click()
    await page.locator('.members__button:visible', { hasText: '授予角色' }).click()
    const granted = page.locator('.members__row:visible', { hasText: '周*峰' })
    await granted.waitFor()
    expect(await granted.textContent()).toContain('管理员')
    await page.waitForLoadState('networkidle')

    fs.mkdirSync(SHOTS, { recursive: true })
    await toTop(page)
    await page.screenshot({ path: path.join(SHOTS, 'admin-members.png') })
    // The page scrolls inside Taro's container, which paints only what is on screen: the whole
    // page is pictured on a taller phone of the same width.
    await tall(page, () => page.screenshot({ path: path.join(SHOTS, 'admin-members-full.png') }))
    expect(await layoutProblems(page, '.members__row', '.members__name, .members__meta, .members__code, .badge, .members__note', '.members__op')).toEqual([])
    const listText = (await page.locator('.members:visible .cells').textContent()) ?? ''
    expect(listText).not.toContain('欧阳明华')
    expect(listText).not.toContain('o_e2e_members_staff')

    // Revoke it: nothing happens until the dialog's 撤销.
    await granted.locator('.members__op', { hasText: '撤销' }).click()
    await page.getByText('确定撤销「周*峰」的管理员角色吗？', { exact: false }).waitFor()
    await page.getByText('撤销', { exact: true }).last().click()
    await granted.waitFor({ state: 'detached' })

    // A citizen probing the audit log: five refusals recorded one by one, two more summed.
    const { cookie: citizen } = await post('/api/dev/session', { persona: 'citizen' })
    for (let n = 0; n < 7; n++) expect((await post('/api/fn/admin', { action: 'listAudit', data: {} }, citizen)).json).toMatchObject({ code: 'AUTH.FORBIDDEN' })

    await page.goto(`${e2e.hall.url}/#/admin/pages/audit/index`)
    const summary = page.locator('.audit__record:visible', { hasText: '被拒绝的调用（汇总）' })
    await summary.waitFor()
    expect((await summary.textContent())?.replace(/\s+/g, '')).toContain('又被拒绝2次')
    const revoked = page.locator('.audit__record:visible', { hasText: '撤销角色' }).first()
    await revoked.waitFor()
    const grant = page.locator('.audit__record:visible', { hasText: 'o_e2***new1' }).filter({ hasText: '授予或变更角色' }).first()
    await grant.waitFor()
    expect((await revoked.textContent())?.replace(/\s+/g, '')).toContain('工作人员与管理员·o_e2***new1')
    expect((await revoked.textContent())?.replace(/\s+/g, '')).toContain('角色管理员→（空）')
    expect((await grant.textContent())?.replace(/\s+/g, '')).toContain('管理员·李*')
    expect((await grant.textContent())?.replace(/\s+/g, '')).toContain('已执行')
    await page.waitForLoadState('networkidle')
    await toTop(page)
    await page.screenshot({ path: path.join(SHOTS, 'admin-audit.png') })
    await tall(page, () => page.screenshot({ path: path.join(SHOTS, 'admin-audit-full.png') }))
    expect(await layoutProblems(page, '.audit__record', '.audit__action, .audit__outcome, .audit__time, .audit__key, .audit__value, .audit__field, .audit__change', '.audit__by')).toEqual([])
    expect(await layoutProblems(page, '.audit__filters', '.audit__filter-label, .chip, .admin-form__picker', '.chip')).toEqual([])
  })
})
