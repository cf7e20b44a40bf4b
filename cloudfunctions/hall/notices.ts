/**
 * Notices and the home page as citizens see them: published ones only, newest first, pinned
 * ones on the home page; the body was sanitized when it was stored and is cleaned again here.
 */
import { hallApi } from '../../src/domain/api/hall'
import { AppError } from '../../src/domain/errors'
import { richTextToPlain, sanitizeRichText } from '../../src/domain/notices/sanitize'
import { noticeSummary, type NoticeRecord, type NoticeSummary } from '../../src/domain/notices/views'
import { ROLES } from '../../src/domain/roles'
import { pageOf } from '../../src/domain/schema'
import { SERVICE_FIELDS } from '../../src/domain/guides/service-item'
import type { Doc } from '../_shared/cloud'
import { findById } from '../_shared/db'
import { visibleNotices } from '../_shared/notices'
import { action, type ActionTable } from '../_shared/router'

/** A notice's list row (src/domain/notices/views.ts). */
export function toNoticeSummary(doc: Doc): NoticeSummary {
  return noticeSummary(doc as NoticeRecord)
}

const LIST_FIELDS = { kind: true, title: true, source: true, pinned: true, publishAt: true } as const

export const noticeActions: ActionTable = {
  home: action({
    ...hallApi.home,
    summary: '首页所需：服务领域、置顶与最新公告（各至多3条）、便民查询入口',
    roles: ROLES,
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
    ...hallApi.listNotices,
    summary: '已发布的公告，置顶在前、新发布在前，可按类别筛选，分页',
    roles: ROLES,
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
    ...hallApi.getNotice,
    summary: '一条已发布公告的正文（白名单净化后的富文本）与纯文本摘要',
    errors: ['NOTICE.NOT_FOUND'],
    roles: ROLES,
    async run({ id: noticeId }, { db }) {
      const doc = await findById(db, 'notices', noticeId)
      if (!doc || doc.status !== 'published' || (doc.publishAt as Date) > new Date()) throw new AppError('NOTICE.NOT_FOUND')
      const body = sanitizeRichText(doc.body)
      return { ...toNoticeSummary(doc), body, plain: richTextToPlain(body).slice(0, 200) }
    }
  })
}
