/**
 * The information half of the hall through the real functions and embedded database: guides,
 * search, the catalogue's life in the admin console, notices, favourites and convenience links.
 */
import { database } from '../../local/sdk'
import { SERVICE_ITEMS } from '../../local/seed-data/catalogue'
import { SERVICE_FIELDS } from '../../src/domain/guides/service-item'
import type { Envelope } from '../../src/domain/envelope'
import { callAs, seeded, snapshot } from '../support/hall'

// Many admin writes in a row: the per-identity write limit is not what this file tests.
process.env.HALL_WRITE_LIMIT = '1000/60'

beforeAll(seeded)

async function ok<T>(promise: Promise<Envelope<T>>): Promise<T> {
  const res = await promise
  if (!res.ok) throw new Error(`expected ok, got ${JSON.stringify(res)}`)
  return res.data
}

const base = SERVICE_ITEMS[0]
const newItem = (code: string, patch: object = {}) => ({ ...base, code, name: `测试事项${code}`, keywords: ['测试专用词'], ...patch })

describe('guides for citizens', () => {
  it('should list every service field with its published count', async () => {
    const fields = await ok(callAs('anonymous', 'hall', 'fields'))
    expect(fields.map((f) => f.code)).toEqual(SERVICE_FIELDS.map((f) => f.code))
    expect(fields.reduce((n, f) => n + f.count, 0)).toBe(SERVICE_ITEMS.length)
    expect(fields.every((f) => f.count >= 4)).toBe(true)
  })

  it('should page through a field without losing or repeating an item, past any page size', async () => {
    const field = SERVICE_FIELDS[0].code
    const expected = SERVICE_ITEMS.filter((i) => i.field === field).map((i) => i.code).sort()
    const seen: string[] = []
    for (let page = 1; ; page++) {
      const res = await ok(callAs('citizen', 'hall', 'listGuides', { field, page, pageSize: 2 }))
      seen.push(...res.items.map((i) => i.code))
      expect(res.total).toBe(expected.length)
      if (!res.hasMore) break
    }
    expect(seen).toEqual(expected)
  })

  it.each([
    ['身份证', /身份证/],
    ['社保卡', /社会保障卡/],
    ['驾照', /驾驶证/],
    ['公积金提取', /公积金.*提取|提取.*公积金/]
  ])('should find %s forgivingly, the best match first', async (q, pattern) => {
    const res = await ok(callAs('anonymous', 'hall', 'searchGuides', { q }))
    expect(res.total).toBeGreaterThan(0)
    expect(res.items[0].name).toMatch(pattern)
    const scores = res.items.map((i) => i.relevance as number)
    expect([...scores].sort((a, b) => b - a)).toEqual(scores)
  })

  it('should answer a search that matches nothing with an empty page, not an error', async () => {
    const res = await ok(callAs('anonymous', 'hall', 'searchGuides', { q: '火星移民签证' }))
    expect(res).toMatchObject({ items: [], total: 0, hasMore: false })
  })

  it('should give a guide with every element and its halls resolved', async () => {
    const guide = await ok(callAs('anonymous', 'hall', 'getGuide', { code: base.code }))
    expect(guide).toMatchObject({ code: base.code, name: base.name, authority: base.authority, favourite: null })
    expect(guide.halls[0]).toMatchObject({ name: expect.any(String), address: expect.any(String), phone: expect.any(String), hoursText: expect.any(String) })
    expect(guide).not.toHaveProperty('terms')
    expect(guide).not.toHaveProperty('status')
  })

  it.each([
    ['an unknown code', { code: 'ZZ-999' }, 'GUIDE.NOT_FOUND'],
    ['a malformed code', { code: '../etc' }, 'REQUEST.INVALID'],
    ['an extra field', { code: base.code, status: 'draft' }, 'REQUEST.INVALID']
  ])('should refuse %s', async (_case, data, code) => {
    expect(await callAs('citizen', 'hall', 'getGuide', data)).toMatchObject({ ok: false, code })
  })
})

describe('the catalogue in the admin console', () => {
  it('should refuse an item with missing elements, say which, and write nothing', async () => {
    const before = await snapshot()
    const res = await callAs('admin', 'admin', 'createItem', { item: { ...newItem('CS-901'), conditions: [], promisedDays: 999, fee: { free: false } } })
    expect(res).toMatchObject({ ok: false, code: 'REQUEST.INVALID' })
    const paths = (res as { issues: Array<{ path: string }> }).issues.map((i) => i.path)
    expect(paths).toEqual(expect.arrayContaining(['item.conditions', 'item.promisedDays']))
    expect(await snapshot()).toEqual(before)
  })

  it('should refuse an item that names a hall that does not exist', async () => {
    expect(await callAs('admin', 'admin', 'createItem', { item: newItem('CS-902', { halls: ['H999'] }) })).toMatchObject({ ok: false, code: 'HALL.NOT_FOUND' })
  })

  it('should keep a draft from citizens until it is published, and hide it again when archived', async () => {
    const code = 'CS-903'
    await ok(callAs('admin', 'admin', 'createItem', { item: newItem(code) }))
    const visible = async () => {
      const get = await callAs('citizen', 'hall', 'getGuide', { code })
      const search = await ok(callAs('citizen', 'hall', 'searchGuides', { q: '测试专用词' }))
      return { get: get.ok, search: search.items.some((i) => i.code === code) }
    }
    expect(await visible()).toEqual({ get: false, search: false })
    expect(await callAs('admin', 'admin', 'createItem', { item: newItem(code) })).toMatchObject({ ok: false, code: 'ITEM.EXISTS' })
    await ok(callAs('admin', 'admin', 'publishItem', { code }))
    expect(await visible()).toEqual({ get: true, search: true })
    expect(await callAs('admin', 'admin', 'publishItem', { code })).toMatchObject({ ok: false, code: 'ITEM.STATE' })
    await ok(callAs('admin', 'admin', 'archiveItem', { code }))
    expect(await visible()).toEqual({ get: false, search: false })
  })

  it('should audit an edit with the changed elements before and after, in the same write', async () => {
    const code = 'CS-904'
    await ok(callAs('admin', 'admin', 'createItem', { item: newItem(code) }))
    await ok(callAs('admin', 'admin', 'updateItem', { code, item: newItem(code, { name: '改过名字的测试事项', promisedDays: 1 }) }))
    const { data } = await database().collection('audit').where({ action: 'admin.updateItem', 'target.id': code }).get()
    expect(data).toHaveLength(1)
    expect(data[0].changes).toEqual({
      name: { old: `测试事项${code}`, new: '改过名字的测试事项' },
      promisedDays: { old: base.promisedDays, new: 1 }
    })
    const item = await ok(callAs('admin', 'admin', 'getItem', { code }))
    expect(item.item.name).toBe('改过名字的测试事项')
  })

  it('should not let an edit change an item code', async () => {
    await ok(callAs('admin', 'admin', 'createItem', { item: newItem('CS-905') }))
    expect(await callAs('admin', 'admin', 'updateItem', { code: 'CS-905', item: newItem('CS-906') })).toMatchObject({ ok: false, code: 'REQUEST.INVALID' })
  })

  it('should let a synonym an administrator sets lead a search to the catalogue word', async () => {
    const code = 'CS-907'
    await ok(callAs('admin', 'admin', 'createItem', { item: newItem(code, { name: '老年人优待证办理', keywords: [] }) }))
    await ok(callAs('admin', 'admin', 'publishItem', { code }))
    const before = await ok(callAs('citizen', 'hall', 'searchGuides', { q: '银发优待卡片' }))
    expect(before.items.some((i) => i.code === code)).toBe(false)
    await ok(callAs('admin', 'admin', 'setSynonym', { word: '银发优待卡片', targets: ['老年人优待证'] }))
    const after = await ok(callAs('citizen', 'hall', 'searchGuides', { q: '银发优待卡片' }))
    expect(after.items[0].code).toBe(code)
  })

  it('should list drafts and archived items only to administrators', async () => {
    const drafts = await ok(callAs('admin', 'admin', 'listItems', { status: 'draft' }))
    expect(drafts.items.length).toBeGreaterThan(0)
    expect(drafts.items.every((i) => i.status === 'draft')).toBe(true)
    expect(await callAs('citizen', 'admin', 'listItems', {})).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
  })
})

describe('notices', () => {
  const draft = (title: string) => ({ kind: 'notice', title, source: '示范市政务服务和数据管理局', body: '<p onclick="alert(1)">正文第一段，说明办理时间调整。</p><script>alert(2)</script><a href="javascript:alert(3)">链接</a>' })

  it('should store a draft with its rich text sanitized and keep it from citizens', async () => {
    const saved = await ok(callAs('admin', 'admin', 'saveNotice', { draft: draft('测试公告甲') }))
    expect(saved.state).toBe('draft')
    const { data } = await database().collection('notices').where({ _id: saved.id }).get()
    expect(data[0].body).not.toMatch(/script|onclick|javascript/i)
    expect(data[0].body).toContain('正文第一段')
    expect(await callAs('citizen', 'hall', 'getNotice', { id: saved.id })).toMatchObject({ ok: false, code: 'NOTICE.NOT_FOUND' })
  })

  it('should publish now, pin to the home page, and withdraw', async () => {
    const { id } = await ok(callAs('admin', 'admin', 'saveNotice', { draft: draft('测试公告乙') }))
    await ok(callAs('admin', 'admin', 'publishNotice', { id }))
    await ok(callAs('admin', 'admin', 'pinNotice', { id, pinned: true }))
    const home = await ok(callAs('anonymous', 'hall', 'home'))
    expect(home.pinned[0].id).toBe(id)
    const list = await ok(callAs('citizen', 'hall', 'listNotices', { kind: 'notice' }))
    expect(list.items.map((n) => n.id)).toContain(id)
    await ok(callAs('admin', 'admin', 'withdrawNotice', { id }))
    expect(await callAs('citizen', 'hall', 'getNotice', { id })).toMatchObject({ ok: false, code: 'NOTICE.NOT_FOUND' })
    expect(await callAs('admin', 'admin', 'withdrawNotice', { id })).toMatchObject({ ok: false, code: 'NOTICE.STATE' })
  })

  it('should hold a scheduled notice back until its time', async () => {
    const { id } = await ok(callAs('admin', 'admin', 'saveNotice', { draft: draft('测试公告丙') }))
    const at = new Date(Date.now() + 3_600_000).toISOString()
    const res = await ok(callAs('admin', 'admin', 'publishNotice', { id, at }))
    expect(res.state).toBe('scheduled')
    expect(await callAs('citizen', 'hall', 'getNotice', { id })).toMatchObject({ ok: false, code: 'NOTICE.NOT_FOUND' })
    // Its time comes: move the publication time back, as the clock would.
    await database().collection('notices').doc(id).update({ data: { publishAt: new Date(Date.now() - 1000) } })
    expect(await callAs('citizen', 'hall', 'getNotice', { id })).toMatchObject({ ok: true, data: { title: '测试公告丙' } })
  })

  it('should refuse a publication time in the past', async () => {
    const { id } = await ok(callAs('admin', 'admin', 'saveNotice', { draft: draft('测试公告丁') }))
    expect(await callAs('admin', 'admin', 'publishNotice', { id, at: '2020-01-01T09:00:00+08:00' })).toMatchObject({ ok: false, code: 'REQUEST.INVALID' })
  })

  it('should keep the replaced version of every edit', async () => {
    const { id } = await ok(callAs('admin', 'admin', 'saveNotice', { draft: draft('第一版标题') }))
    await ok(callAs('admin', 'admin', 'saveNotice', { id, draft: draft('第二版标题') }))
    const edited = await ok(callAs('admin', 'admin', 'saveNotice', { id, draft: draft('第三版标题') }))
    expect(edited).toMatchObject({ version: 3, title: '第三版标题' })
    const full = await ok(callAs('admin', 'admin', 'getNoticeForEdit', { id }))
    expect(full.revisions.map((r) => [r.version, r.title])).toEqual([[2, '第二版标题'], [1, '第一版标题']])
  })

  it('should refuse a body that is nothing but script once sanitized', async () => {
    const res = await callAs('admin', 'admin', 'saveNotice', { draft: { ...draft('只有脚本的公告'), body: '<script>alert("就是这些字符而已啊")</script>' } })
    expect(res).toMatchObject({ ok: false, code: 'REQUEST.INVALID' })
  })
})

describe('favourites', () => {
  const alice = { openid: 'o_fav_alice_0001' }
  const bob = { openid: 'o_fav_bob_00001' }

  it('should keep one favourite however often and however concurrently it is added', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => callAs(alice, 'user', 'addFavourite', { code: base.code })))
    expect(results.every((r) => r.ok)).toBe(true)
    const list = await ok(callAs(alice, 'user', 'listFavourites', {}))
    expect(list.items.map((i) => i.code)).toEqual([base.code])
    const guide = await ok(callAs(alice, 'hall', 'getGuide', { code: base.code }))
    expect(guide.favourite).toBe(true)
  })

  it('should show a citizen only their own favourites', async () => {
    const list = await ok(callAs(bob, 'user', 'listFavourites', {}))
    expect(list.total).toBe(0)
  })

  it('should remove a favourite, and refuse one for an item citizens cannot see', async () => {
    await ok(callAs(alice, 'user', 'removeFavourite', { code: base.code }))
    expect((await ok(callAs(alice, 'user', 'listFavourites', {}))).total).toBe(0)
    expect(await callAs(alice, 'user', 'addFavourite', { code: 'CS-905' })).toMatchObject({ ok: false, code: 'GUIDE.NOT_FOUND' })
  })

  it('should page through many favourites', async () => {
    const codes = SERVICE_ITEMS.slice(0, 25).map((i) => i.code)
    for (const code of codes) await ok(callAs(bob, 'user', 'addFavourite', { code }))
    const first = await ok(callAs(bob, 'user', 'listFavourites', { pageSize: 20 }))
    const second = await ok(callAs(bob, 'user', 'listFavourites', { page: 2, pageSize: 20 }))
    expect(first).toMatchObject({ total: 25, hasMore: true })
    expect(new Set([...first.items, ...second.items].map((i) => i.code))).toEqual(new Set(codes))
  })

  it('should be part of a citizen export and go with their deletion', async () => {
    const exported = await ok(callAs(bob, 'user', 'myData'))
    expect(exported.collections.find((c) => c.name === 'favourites')?.documents).toHaveLength(25)
    await ok(callAs(bob, 'user', 'deleteMyData', { confirm: '确认删除' }))
    expect((await ok(callAs(bob, 'user', 'listFavourites', {}))).total).toBe(0)
  })
})

describe('convenience links', () => {
  it('should show a link an administrator adds on the home page, and refuse web addresses', async () => {
    expect(await callAs('admin', 'admin', 'saveLink', { link: { kind: 'page', title: '外部链接', url: 'https://example.com/' } })).toMatchObject({ ok: false, code: 'REQUEST.INVALID' })
    const saved = await ok(callAs('admin', 'admin', 'saveLink', { link: { kind: 'page', title: '税务指南', url: '/pages/guides/index?field=tax', order: 0 } }))
    const home = await ok(callAs('anonymous', 'hall', 'home'))
    expect(home.links.map((l) => l.id)).toContain(saved.id)
    await ok(callAs('admin', 'admin', 'removeLink', { id: saved.id }))
    const after = await ok(callAs('anonymous', 'hall', 'home'))
    expect(after.links.map((l) => l.id)).not.toContain(saved.id)
  })
})
