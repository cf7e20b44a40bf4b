/**
 * Notices an administrator publishes: 通知公告, 政策解读, 新闻动态. The body is rich text that is
 * sanitized before it is stored (sanitize.ts); this schema is what an editor may submit.
 */
import { multilineText, text, z } from '../schema'

import { NOTICE_KIND_NAMES } from './kinds'

export type NoticeKind = keyof typeof NOTICE_KIND_NAMES

export const NOTICE_KINDS = (Object.keys(NOTICE_KIND_NAMES) as NoticeKind[]).map((code) => ({ code, name: NOTICE_KIND_NAMES[code] }))

const kindCodes = NOTICE_KINDS.map((k) => k.code) as [NoticeKind, ...NoticeKind[]]

/** What an administrator writes; publishing, pinning and withdrawal are separate actions. */
export const noticeDraftSchema = z.strictObject({
  kind: z.enum(kindCodes),
  title: text(60, 4),
  /** 发布单位, shown under the title. */
  source: text(40, 2),
  /** Rich text (HTML subset); sanitized before it is stored. */
  body: multilineText(20000, 10)
})

export type NoticeDraft = z.output<typeof noticeDraftSchema>
