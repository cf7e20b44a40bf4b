export interface HomeEntry {
  key: string
  title: string
  hint: string
  /** A page that exists; entries without one open the "coming" page. */
  url?: string
}

export const HOME_ENTRIES: HomeEntry[] = [
  { key: 'appointments', title: '在线预约', hint: '预约大厅窗口办理时间', url: '/appointment/pages/mine/index' },
  { key: 'applications', title: '办件进度', hint: '提交申请、查询办理进度' },
  { key: 'feedback', title: '咨询投诉建议', hint: '咨询、投诉、提出建议' },
  { key: 'notices', title: '通知公告', hint: '政策解读与公告', url: '/pages/notices/index' },
  { key: 'favourites', title: '我的收藏', hint: '收藏的办事指南', url: '/pages/favourites/index' },
  { key: 'about', title: '关于我们', hint: '主办单位与联系方式', url: '/pages/about/index' }
]
