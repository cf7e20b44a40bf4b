/**
 * Notices an administrator publishes: 通知公告, 政策解读, 新闻动态. The body is rich text that is
 * sanitized before it is stored (sanitize.ts); this schema is what an editor may submit.
 */
import { z } from 'zod'

import { NOTICE_KIND_NAMES } from './kinds'

export type NoticeKind = keyof typeof NOTICE_KIND_NAMES

export const NOTICE_KINDS = (Object.keys(NOTICE_KIND_NAMES) as NoticeKind[]).map((code) => ({ code, name: NOTICE_KIND_NAMES[code] }))

const kindCodes = NOTICE_KINDS.map((k) => k.code) as [NoticeKind, ...NoticeKind[]]

/** What an administrator writes; publishing, pinning and withdrawal are separate actions. */
export const noticeDraftSchema = z.strictObject({
  kind: z.enum(kindCodes),
  title: z.string().trim().min(4, '标题至少4个字').max(60, '标题不能超过60个字'),
  /** 发布单位, shown under the title. */
  source: z.string().trim().min(2).max(40),
  /** Rich text (HTML subset); sanitized before it is stored. */
  body: z.string().trim().min(10, '正文至少10个字').max(20000, '正文过长')
})

export type NoticeDraft = z.output<typeof noticeDraftSchema>
