/**
 * Administrators maintain the catalogue: service items (draft → published → archived, every
 * element validated by the domain schema) and the search synonyms. Each change and its audit
 * record are one transaction.
 */
import { catalogueApi } from '../../src/domain/api/admin-content'
import { AppError } from '../../src/domain/errors'
import { ITEM_STATUS_LABELS, nextItemStatus, type ItemEvent, type ItemStatus } from '../../src/domain/guides/lifecycle'
import { pageOf } from '../../src/domain/schema'
import { auditIn } from '../_shared/audit'
import type { Database, Doc } from '../_shared/cloud'
import { findInTransaction } from '../_shared/db'
import { fieldName, storedItem, toItem } from '../_shared/guides'
import { action, type ActionContext, type ActionTable } from '../_shared/router'

async function requireHalls(db: Database, codes: string[]): Promise<void> {
  const { data } = await db.collection('halls').where({ code: db.command.in(codes) }).limit(100).get()
  const known = new Set(data.map((h) => h.code))
  const missing = codes.filter((c) => !known.has(c))
  if (missing.length) throw new AppError('HALL.NOT_FOUND', `办理大厅不存在：${missing.join('、')}`, [{ path: 'item.halls', message: '办理大厅不存在' }])
}

async function changeStatus(ctx: ActionContext, code: string, event: ItemEvent) {
  let status: ItemStatus = 'draft'
  await ctx.db.runTransaction(async (tx) => {
    const before = await findInTransaction(tx, 'service_items', code)
    if (!before) throw new AppError('ITEM.NOT_FOUND')
    const next = nextItemStatus(before.status, event)
    if (!next) throw new AppError('ITEM.STATE', `「${ITEM_STATUS_LABELS[before.status as ItemStatus]}」的事项不能${event === 'publish' ? '发布' : '归档'}`)
    status = next
    const patch = { status: next, updatedAt: new Date(), ...(next === 'published' && !before.publishedAt ? { publishedAt: new Date() } : {}) }
    await tx.collection('service_items').doc(code).update({ data: patch })
    await auditIn(tx, ctx, { collection: 'service_items', id: code }, { status: before.status }, { status: next })
  })
  return { code, status, statusLabel: ITEM_STATUS_LABELS[status] }
}

export const catalogueActions: ActionTable = {
  listItems: action({
    ...catalogueApi.listItems,
    summary: '分页列出全部事项（含草稿、已归档），可按状态、领域、名称筛选；最近修改的在前',
    roles: ['admin'],
    async run({ page, pageSize, status, field, q }, { db }) {
      const where: Doc = {}
      if (status) where.status = status
      if (field) where.field = field
      if (q) where.name = db.RegExp({ regexp: q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), options: 'i' })
      const query = db.collection('service_items').where(where)
      const [{ total }, { data }] = await Promise.all([
        query.count(),
        query.field({ code: true, name: true, field: true, authority: true, status: true, updatedAt: true }).orderBy('updatedAt', 'desc').orderBy('_id', 'asc').skip((page - 1) * pageSize).limit(pageSize).get()
      ])
      const items = data.map((d) => ({ code: d.code, name: d.name, field: d.field, fieldName: fieldName(d.field), authority: d.authority, status: d.status, statusLabel: ITEM_STATUS_LABELS[d.status as ItemStatus], updatedAt: (d.updatedAt as Date).toISOString() }))
      return pageOf(items, page, pageSize, total)
    }
  }),

  getItem: action({
    ...catalogueApi.getItem,
    summary: '一个事项的全部要素与状态（供编辑）',
    errors: ['ITEM.NOT_FOUND'],
    roles: ['admin'],
    async run({ code }, { db }) {
      const { data } = await db.collection('service_items').where({ _id: code }).limit(1).get()
      if (!data[0]) throw new AppError('ITEM.NOT_FOUND')
      return { item: toItem(data[0]), status: data[0].status, statusLabel: ITEM_STATUS_LABELS[data[0].status as ItemStatus], updatedAt: (data[0].updatedAt as Date).toISOString() }
    }
  }),

  createItem: action({
    ...catalogueApi.createItem,
    summary: '新建事项（草稿，群众不可见）；每个要素都经校验；与审计记录同一事务写入',
    errors: ['ITEM.EXISTS', 'HALL.NOT_FOUND'],
    roles: ['admin'],
    write: true,
    async run({ item }, ctx) {
      await requireHalls(ctx.db, item.halls)
      await ctx.db.runTransaction(async (tx) => {
        if (await findInTransaction(tx, 'service_items', item.code)) throw new AppError('ITEM.EXISTS')
        await tx.collection('service_items').doc(item.code).set({ data: storedItem(item, 'draft', null) })
        await auditIn(tx, ctx, { collection: 'service_items', id: item.code }, null, { ...item, status: 'draft' })
      })
      return { code: item.code, status: 'draft' as const }
    }
  }),

  updateItem: action({
    ...catalogueApi.updateItem,
    summary: '修改事项的要素（编码不可改）；已发布的事项修改后立即对群众生效；审计记录写明改动前后',
    errors: ['ITEM.NOT_FOUND', 'HALL.NOT_FOUND'],
    roles: ['admin'],
    write: true,
    async run({ code, item }, ctx) {
      await requireHalls(ctx.db, item.halls)
      let status: ItemStatus = 'draft'
      await ctx.db.runTransaction(async (tx) => {
        const before = await findInTransaction(tx, 'service_items', code)
        if (!before) throw new AppError('ITEM.NOT_FOUND')
        status = before.status
        await tx.collection('service_items').doc(code).set({ data: storedItem(item, before.status, before.publishedAt ?? null) })
        await auditIn(tx, ctx, { collection: 'service_items', id: code }, toItem(before) as unknown as Doc, item as unknown as Doc)
      })
      return { code, status }
    }
  }),

  publishItem: action({
    ...catalogueApi.publishItem,
    summary: '发布事项（草稿或已归档 → 已发布），群众从此可见',
    errors: ['ITEM.NOT_FOUND', 'ITEM.STATE'],
    roles: ['admin'],
    write: true,
    run: ({ code }, ctx) => changeStatus(ctx, code, 'publish')
  }),

  archiveItem: action({
    ...catalogueApi.archiveItem,
    summary: '归档事项（停止办理，群众不再可见；收藏中标明已停止）',
    errors: ['ITEM.NOT_FOUND', 'ITEM.STATE'],
    roles: ['admin'],
    write: true,
    run: ({ code }, ctx) => changeStatus(ctx, code, 'archive')
  }),

  listHalls: action({
    ...catalogueApi.listHalls,
    summary: '全部办理大厅（编码、名称、地址、电话、开放时间）',
    roles: ['admin'],
    async run(_input, { db }) {
      const { data } = await db.collection('halls').orderBy('code', 'asc').limit(1000).get()
      return data.map((h) => ({ code: h.code, name: h.name, address: h.address, phone: h.phone, hoursText: h.hoursText }))
    }
  }),

  listSynonyms: action({
    ...catalogueApi.listSynonyms,
    summary: '检索同义词表（群众说法 → 目录用语）',
    roles: ['admin'],
    async run(_input, { db }) {
      const { data } = await db.collection('synonyms').orderBy('_id', 'asc').limit(1000).get()
      return data.map((s) => ({ word: s._id, targets: s.targets }))
    }
  }),

  setSynonym: action({
    ...catalogueApi.setSynonym,
    summary: '设置一个同义词（如「驾照」→「机动车驾驶证」）；与审计记录同一事务写入',
    roles: ['admin'],
    write: true,
    async run({ word: w, targets }, ctx) {
      const unique = [...new Set(targets)].filter((t) => t !== w)
      if (unique.length === 0) throw new AppError('REQUEST.INVALID', '同义词不能只指向自己', [{ path: 'targets', message: '请填写目录中的说法' }])
      await ctx.db.runTransaction(async (tx) => {
        const before = await findInTransaction(tx, 'synonyms', w)
        await tx.collection('synonyms').doc(w).set({ data: { targets: unique, updatedAt: new Date() } })
        await auditIn(tx, ctx, { collection: 'synonyms', id: w }, before ? { targets: before.targets } : null, { targets: unique })
      })
      return { word: w, targets: unique }
    }
  }),

  removeSynonym: action({
    ...catalogueApi.removeSynonym,
    summary: '删除一个同义词',
    errors: ['ITEM.NOT_FOUND'],
    roles: ['admin'],
    write: true,
    async run({ word: w }, ctx) {
      await ctx.db.runTransaction(async (tx) => {
        const before = await findInTransaction(tx, 'synonyms', w)
        if (!before) throw new AppError('ITEM.NOT_FOUND', '该同义词不存在')
        await tx.collection('synonyms').doc(w).remove()
        await auditIn(tx, ctx, { collection: 'synonyms', id: w }, { targets: before.targets }, null)
      })
      return { word: w }
    }
  })
}
