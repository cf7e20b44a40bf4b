/** What the hall function answers about guides and notices, as the pages use it (types from the contract). */
import type { OutputOf } from '../domain/contract'
import type { GuideSummary } from '../domain/guides/views'
import type { NoticeSummary } from '../domain/notices/views'

export type { GuideSummary, NoticeSummary }

export type HomeData = OutputOf<'hall', 'home'>

export const guideUrl = (code: string) => `/pages/guide/index?code=${encodeURIComponent(code)}`
export const searchUrl = (q: string) => `/pages/guides/index?q=${encodeURIComponent(q)}`
export const fieldUrl = (field: string) => `/pages/guides/index?field=${encodeURIComponent(field)}`
export const noticeUrl = (id: string) => `/pages/notice/index?id=${encodeURIComponent(id)}`
