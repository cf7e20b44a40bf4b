/**
 * The information half of the hall in Chromium against the real local hall: a citizen searches,
 * opens a guide and favourites it; an administrator publishes a notice that then appears on the
 * citizen's home page.
 */
import type { Page } from 'playwright-core'
import { stage } from '../support/stage'

jest.setTimeout(120_000)

const e2e = stage()

const phone = (persona: 'citizen' | 'staff' | 'admin'): Promise<Page> => e2e.phone({ persona })

describe('guides in Chromium', () => {
  it('should search, open a guide, favourite it and find it in 我的收藏', async () => {
    const page = await phone('citizen')
    await page.goto(`${e2e.hall.url}/`)
    await page.getByRole('searchbox').fill('身份证')
    await page.locator('.search-bar__btn').click()
    await page.getByText('“身份证”的检索结果').waitFor()
    const first = page.locator('.guide-row').first()
    const name = (await first.locator('.guide-row__name').textContent())?.trim() ?? ''
    expect(name).toContain('身份证')
    await first.click()
    await page.getByText('申请材料').first().waitFor()
    await page.getByText('办理地点').waitFor()
    await page.locator('.guide__action', { hasText: /^收藏$/ }).click()
    await page.locator('.guide__action', { hasText: '已收藏' }).waitFor()
    await page.goto(`${e2e.hall.url}/#/pages/favourites/index`)
    await page.locator('.guide-row__name:visible', { hasText: name }).waitFor()
  })

  it('should open a service field from the home grid and page through it', async () => {
    const page = await phone('citizen')
    await page.goto(`${e2e.hall.url}/`)
    await page.locator('.field-grid__item', { hasText: '社会保障' }).click()
    await page.locator('.section-title', { hasText: '社会保障' }).waitFor()
    expect(await page.locator('.guide-row').count()).toBeGreaterThan(0)
    await page.getByText(/第 1 页 · 共 \d+ 项/).waitFor()
  })

  it('should let an administrator write and publish a notice that then appears on the citizen home page', async () => {
    const admin = await phone('admin')
    await admin.goto(`${e2e.hall.url}/#/admin/pages/notice/index`)
    await admin.getByText('新建公告').waitFor()
    const title = '关于端到端测试公告的发布通知'
    await admin.locator('.admin-form__input .weui-input').nth(0).fill(title)
    await admin.locator('.admin-form__input .weui-input').nth(1).fill('示范市政务服务和数据管理局')
    await admin.locator('.notice-form__textarea textarea').fill('<p>这是一条由管理员在浏览器中发布的公告正文。</p><script>alert(1)</script>')
    await admin.locator('.btn', { hasText: /^保存$/ }).click()
    await admin.locator('.btn:visible', { hasText: '立即发布' }).waitFor()
    await admin.locator('.btn:visible', { hasText: '立即发布' }).click()
    await admin.locator('.badge:visible', { hasText: '已发布' }).waitFor()
    await admin.locator('.btn:visible', { hasText: /^置顶$/ }).click()
    await admin.locator('.notice-form__pinned:visible').waitFor()

    const citizen = await phone('citizen')
    await citizen.goto(`${e2e.hall.url}/`)
    await citizen.locator('.notice-row__title', { hasText: title }).click()
    await citizen.locator('.notice__body:visible', { hasText: '这是一条由管理员在浏览器中发布的公告正文。' }).waitFor()
    expect(await citizen.locator('.notice__body:visible script').count()).toBe(0)
  })
})
