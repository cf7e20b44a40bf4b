/**
 * What the functions answer about notices as citizens read them, and the one builder of a
 * notice's list row and the one lookup of a kind's name.
 */
import { z } from '../schema'
import { NOTICE_KIND_NAMES } from './kinds'

/** A kind's name; a code not of ours is shown as stored. */
export function noticeKindName(kind: string): string {
  return Object.prototype.hasOwnProperty.call(NOTICE_KIND_NAMES, kind) ? NOTICE_KIND_NAMES[kind as keyof typeof NOTICE_KIND_NAMES] : kind
}

export const noticeSummarySchema = z.strictObject({
  id: z.string(),
  kind: z.string(),
  kindName: z.string(),
  title: z.string(),
  source: z.string(),
  pinned: z.boolean(),
  publishAt: z.iso.datetime()
})

export type NoticeSummary = z.output<typeof noticeSummarySchema>

/** A stored notice (the fields a list row reads). */
export interface NoticeRecord {
  _id: string
  kind: string
  title: string
  source: string
  pinned?: boolean
  publishAt: Date
}

export function noticeSummary(doc: NoticeRecord): NoticeSummary {
  return { id: doc._id, kind: doc.kind, kindName: noticeKindName(doc.kind), title: doc.title, source: doc.source, pinned: Boolean(doc.pinned), publishAt: doc.publishAt.toISOString() }
}

export const noticeDetailSchema = noticeSummarySchema.extend({
  body: z.string().describe('白名单净化后的富文本'),
  plain: z.string().describe('纯文本摘要，至多200字')
})

export type NoticeDetail = z.output<typeof noticeDetailSchema>
