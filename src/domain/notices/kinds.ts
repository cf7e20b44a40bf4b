/** Notice kinds by code, without the validation library, for pages in the main package. */
export const NOTICE_KIND_NAMES = { notice: '通知公告', policy: '政策解读', news: '新闻动态' } as const
