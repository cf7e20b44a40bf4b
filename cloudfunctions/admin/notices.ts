/**
 * Administrators write and publish notices: drafts, publish now or at a set time, pin,
 * withdraw, and edit with history (each edit keeps the version it replaced). Rich text is
 * sanitized with the allow-list before it is stored.
 */
import { noticeAdminApi, type AdminNoticeRow } from '../../src/domain/api/admin-content'
import { AppError } from '../../src/domain/errors'
import { canPublish, canWithdraw, NOTICE_STATE_LABELS, noticeState, publishTime } from '../../src/domain/notices/lifecycle'
import { noticeKindName } from '../../src/domain/notices/views'
import { sanitizeRichText } from '../../src/domain/notices/sanitize'
import { pageOf } from '../../src/domain/schema'
import { auditIn } from '../_shared/audit'
import type { Doc, Transaction } from '../_shared/cloud'
import { findById, findInTransaction } from '../_shared/db'
import { action, type ActionContext, type ActionTable } from '../_shared/router'

function row(doc: Doc, now: Date): AdminNoticeRow {
  const state = noticeState(doc as { status: 'draft' | 'published' | 'withdrawn'; publishAt?: Date | null }, now)
  return {
    id: doc._id as string,
    kind: doc.kind as string,
    kindName: noticeKindName(doc.kind),
    title: doc.title as string,
    source: doc.source as string,
    state,
    stateLabel: NOTICE_STATE_LABELS[state],
    pinned: Boolean(doc.pinned),
    publishAt: doc.publishAt ? (doc.publishAt as Date).toISOString() : null,
    version: doc.version as number,
    updatedAt: (doc.updatedAt as Date).toISOString()
  }
}

/** Reads the notice inside the transaction and hands it to `change`; audits what changed. */
async function changeNotice(ctx: ActionContext, noticeId: string, change: (before: Doc, tx: Transaction) => Promise<Doc>) {
  await ctx.db.runTransaction(async (tx) => {
    const before = await findInTransaction(tx, 'notices', noticeId)
    if (!before) throw new AppError('NOTICE.NOT_FOUND')
    const patch = await change(before, tx)
    await tx.collection('notices').doc(noticeId).update({ data: { ...patch, updatedAt: new Date() } })
    const old = Object.fromEntries(Object.keys(patch).map((k) => [k, before[k] ?? null]))
    await auditIn(tx, ctx, { collection: 'notices', id: noticeId }, old, patch)
  })
  const after = await findById(ctx.db, 'notices', noticeId)
  return row(after as Doc, new Date())
}

export const noticeAdminActions: ActionTable = {
  listAllNotices: action({
    ...noticeAdminApi.listAllNotices,
    summary: '分页列出全部公告（含草稿、定时、已撤回），最近修改的在前，可按类别、存储状态筛选',
    roles: ['admin'],
    async run({ page, pageSize, kind, status }, { db }) {
      const where: Doc = {}
      if (kind) where.kind = kind
      if (status) where.status = status
      const query = db.collection('notices').where(where)
      const [{ total }, { data }] = await Promise.all([
        query.count(),
        query.field({ body: false }).orderBy('updatedAt', 'desc').orderBy('_id', 'asc').skip((page - 1) * pageSize).limit(pageSize).get()
      ])
      const now = new Date()
      return pageOf(data.map((d) => row(d, now)), page, pageSize, total)
    }
  }),

  getNoticeForEdit: action({
    ...noticeAdminApi.getNoticeForEdit,
    summary: '一条公告的全部内容与修改历史（最近 20 个旧版本）',
    errors: ['NOTICE.NOT_FOUND'],
    roles: ['admin'],
    async run({ id: noticeId }, { db }) {
      const doc = await findById(db, 'notices', noticeId)
      if (!doc) throw new AppError('NOTICE.NOT_FOUND')
      const { data } = await db.collection('notice_revisions').where({ noticeId }).orderBy('version', 'desc').limit(20).get()
      return {
        notice: { ...row(doc, new Date()), body: doc.body as string },
        revisions: data.map((r) => ({ version: r.version as number, title: r.title as string, body: r.body as string, editedAt: (r.editedAt as Date).toISOString() }))
      }
    }
  }),

  saveNotice: action({
    ...noticeAdminApi.saveNotice,
    summary: '新建公告（草稿）或修改公告（保留修改前的版本）；正文按白名单净化后保存',
    errors: ['NOTICE.NOT_FOUND'],
    roles: ['admin'],
    write: true,
    async run({ id: noticeId, draft }, ctx) {
      const content = { ...draft, body: sanitizeRichText(draft.body) }
      if (content.body.replace(/<[^>]+>/g, '').trim().length < 10) {
        throw new AppError('REQUEST.INVALID', '正文净化后不足10个字', [{ path: 'draft.body', message: '正文不能只有格式或脚本' }])
      }
      if (!noticeId) {
        let created = ''
        await ctx.db.runTransaction(async (tx) => {
          const { _id } = await tx.collection('notices').add({ data: { ...content, status: 'draft', publishAt: null, pinned: false, version: 1, updatedAt: new Date() } })
          created = _id as string
          await auditIn(tx, ctx, { collection: 'notices', id: created }, null, content)
        })
        return row((await findById(ctx.db, 'notices', created)) as Doc, new Date())
      }
      return changeNotice(ctx, noticeId, async (before, tx) => {
        // The version being replaced goes to the history first, in the same transaction.
        await tx.collection('notice_revisions').doc(`${noticeId}|${before.version}`).set({
          data: { noticeId, version: before.version, kind: before.kind, title: before.title, source: before.source, body: before.body, editedAt: new Date() }
        })
        return { ...content, version: (before.version as number) + 1 }
      })
    }
  }),

  publishNotice: action({
    ...noticeAdminApi.publishNotice,
    summary: '发布公告：立即，或在指定时间（至多 180 天内）定时发布；已撤回的可重新发布',
    errors: ['NOTICE.NOT_FOUND', 'NOTICE.STATE'],
    roles: ['admin'],
    write: true,
    async run({ id: noticeId, at }, ctx) {
      const now = new Date()
      const when = publishTime(at ? new Date(at) : undefined, now)
      if ('error' in when) throw new AppError('REQUEST.INVALID', when.error, [{ path: 'at', message: when.error }])
      return changeNotice(ctx, noticeId, async (before) => {
        if (!canPublish(noticeState(before as never, now))) throw new AppError('NOTICE.STATE', '该公告已发布')
        return { status: 'published', publishAt: when.at }
      })
    }
  }),

  withdrawNotice: action({
    ...noticeAdminApi.withdrawNotice,
    summary: '撤回已发布或定时的公告（群众不再可见，内容保留）',
    errors: ['NOTICE.NOT_FOUND', 'NOTICE.STATE'],
    roles: ['admin'],
    write: true,
    async run({ id: noticeId }, ctx) {
      return changeNotice(ctx, noticeId, async (before) => {
        if (!canWithdraw(noticeState(before as never, new Date()))) throw new AppError('NOTICE.STATE', '只有已发布或定时发布的公告可以撤回')
        return { status: 'withdrawn' }
      })
    }
  }),

  pinNotice: action({
    ...noticeAdminApi.pinNotice,
    summary: '置顶或取消置顶（首页显示最新 3 条置顶公告）',
    errors: ['NOTICE.NOT_FOUND'],
    roles: ['admin'],
    write: true,
    async run({ id: noticeId, pinned }, ctx) {
      return changeNotice(ctx, noticeId, async () => ({ pinned }))
    }
  })
}
