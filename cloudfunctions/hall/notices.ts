/**
 * Notices and the home page as citizens see them: published ones only, newest first, pinned
 * ones on the home page; the body was sanitized when it was stored and is cleaned again here.
 */
import { z } from 'zod'
import { AppError } from '../../src/domain/errors'
import { NOTICE_KINDS } from '../../src/domain/notices/notice'
import { richTextToPlain, sanitizeRichText } from '../../src/domain/notices/sanitize'
import { ROLES } from '../../src/domain/roles'
import { empty, id, pageInput, pageOf } from '../../src/domain/schema'
import { SERVICE_FIELDS } from '../../src/domain/guides/service-item'
import type { Doc } from '../_shared/cloud'
import { findById } from '../_shared/db'
import { visibleNotices, type NoticeSummary } from '../_shared/notices'
import { action, type ActionTable } from '../_shared/router'

const KIND_NAMES = new Map<string, string>(NOTICE_KINDS.map((k) => [k.code, k.name]))
const kindCode = z.enum(NOTICE_KINDS.map((k) => k.code) as [string, ...string[]])

export function toNoticeSummary(doc: Doc): NoticeSummary {
  return { id: doc._id, kind: doc.kind, kindName: KIND_NAMES.get(doc.kind) ?? doc.kind, title: doc.title, source: doc.source, pinned: Boolean(doc.pinned), publishAt: (doc.publishAt as Date).toISOString() }
}

const LIST_FIELDS = { kind: true, title: true, source: true, pinned: true, publishAt: true } as const

export const noticeActions: ActionTable = {
  home: action({
    summary: '首页所需：服务领域、置顶与最新公告（各至多3条）、便民查询入口',
    returns: '{ fields: [{ code, name }], pinned: [NoticeSummary], latest: [NoticeSummary], links: [{ id, title, hint, kind, appId?, path?, url? }] }',
    roles: ROLES,
    input: empty,
    async run(_input, { db }) {
      const now = new Date()
      const notices = db.collection('notices')
      const [pinned, latest, links] = await Promise.all([
        notices.where({ ...visibleNotices(db, now), pinned: true }).field(LIST_FIELDS).orderBy('publishAt', 'desc').limit(3).get(),
        notices.where({ ...visibleNotices(db, now), pinned: false }).field(LIST_FIELDS).orderBy('publishAt', 'desc').limit(3).get(),
        db.collection('links').where({ enabled: true }).orderBy('order', 'asc').limit(20).get()
      ])
      return {
        fields: SERVICE_FIELDS.map((f) => ({ code: f.code, name: f.name })),
        pinned: pinned.data.map(toNoticeSummary),
        latest: latest.data.map(toNoticeSummary),
        links: links.data.map((l) => ({ id: l._id, title: l.title, hint: l.hint, kind: l.kind, ...(l.kind === 'miniprogram' ? { appId: l.appId, path: l.path ?? '' } : { url: l.url }) }))
      }
    }
  }),

  listNotices: action({
    summary: '已发布的公告，置顶在前、新发布在前，可按类别筛选，分页',
    returns: '{ items: [{ id, kind, kindName, title, source, pinned, publishAt }], page, pageSize, total, hasMore }',
    roles: ROLES,
    input: z.strictObject({ ...pageInput, kind: kindCode.optional() }),
    async run({ kind, page, pageSize }, { db }) {
      const query = db.collection('notices').where(visibleNotices(db, new Date(), kind))
      const [{ total }, { data }] = await Promise.all([
        query.count(),
        query.field(LIST_FIELDS).orderBy('pinned', 'desc').orderBy('publishAt', 'desc').orderBy('_id', 'asc').skip((page - 1) * pageSize).limit(pageSize).get()
      ])
      return pageOf(data.map(toNoticeSummary), page, pageSize, total)
    }
  }),

  getNotice: action({
    summary: '一条已发布公告的正文（白名单净化后的富文本）与纯文本摘要',
    returns: '{ id, kind, kindName, title, source, pinned, publishAt, body, plain }',
    errors: ['NOTICE.NOT_FOUND'],
    roles: ROLES,
    input: z.strictObject({ id }),
    async run({ id: noticeId }, { db }) {
      const doc = await findById(db, 'notices', noticeId)
      if (!doc || doc.status !== 'published' || (doc.publishAt as Date) > new Date()) throw new AppError('NOTICE.NOT_FOUND')
      const body = sanitizeRichText(doc.body)
      return { ...toNoticeSummary(doc), body, plain: richTextToPlain(body).slice(0, 200) }
    }
  })
}
