/** What the hall function answers about guides and notices, as the pages use it. */
import type { Page } from '../domain/schema'
import type { GuideSummary, NoticeSummary } from '../domain/views'

export type { GuideSummary, NoticeSummary }

export interface HomeData {
  fields: Array<{ code: string; name: string }>
  pinned: NoticeSummary[]
  latest: NoticeSummary[]
  links: Array<{ id: string; title: string; hint: string; kind: 'miniprogram' | 'page'; appId?: string; path?: string; url?: string }>
}

export type GuidePage = Page<GuideSummary> & { fieldName?: string; broad?: boolean }

export const guideUrl = (code: string) => `/pages/guide/index?code=${encodeURIComponent(code)}`
export const searchUrl = (q: string) => `/pages/guides/index?q=${encodeURIComponent(q)}`
export const fieldUrl = (field: string) => `/pages/guides/index?field=${encodeURIComponent(field)}`
export const noticeUrl = (id: string) => `/pages/notice/index?id=${encodeURIComponent(id)}`
