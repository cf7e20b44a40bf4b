/**
 * Audit records are built by one pure function so that every staff and admin action is
 * described the same way: who, in which role, did what to which record, with the changed
 * fields as { old, new }. Personal fields are masked before they reach the record.
 */
import type { Role } from './roles'
import { maskIdNumber, maskOpenid, maskPhone } from './mask'
import { formatHallTime } from './time'

/** Who acted: a person in a role, or the platform itself (a timer trigger, actor `timer:<name>`). */
export type AuditRole = Role | 'system'

export interface AuditRecord {
  actor: string
  role: AuditRole
  action: string
  target: { collection: string; id: string }
  changes: Record<string, { old: unknown; new: unknown }>
  requestId: string
  at: Date
  /** `failed` only for a timer run that threw: the job did not finish. */
  outcome: 'done' | 'refused' | 'failed'
}

const MASKERS: Partial<Record<string, (v: string) => string>> = {
  phone: maskPhone,
  mobile: maskPhone,
  idNumber: maskIdNumber,
  openid: maskOpenid
}

function maskField(field: string, value: unknown): unknown {
  const masker = MASKERS[field]
  return masker && typeof value === 'string' ? masker(value) : value
}

export function diffFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): AuditRecord['changes'] {
  const changes: AuditRecord['changes'] = {}
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])
  for (const key of keys) {
    if (key === '_id' || key === 'updatedAt' || key === 'createdAt') continue
    const oldValue = before?.[key]
    const newValue = after?.[key]
    if (JSON.stringify(oldValue) === JSON.stringify(newValue)) continue
    changes[key] = { old: maskField(key, oldValue) ?? null, new: maskField(key, newValue) ?? null }
  }
  return changes
}

export function buildAudit(input: {
  actor: string
  role: AuditRole
  action: string
  target: { collection: string; id: string }
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  requestId: string
  at: Date
  outcome?: AuditRecord['outcome']
}): AuditRecord {
  return {
    // Staff and administrators act in an official capacity: the record names them in full.
    actor: input.actor,
    role: input.role,
    action: input.action,
    target: input.target,
    changes: diffFields(input.before, input.after),
    requestId: input.requestId,
    at: input.at,
    outcome: input.outcome ?? 'done'
  }
}

/**
 * What each audited action is called in the audit log. Audited are every staff and admin write
 * (auditIn), the timer runs (`<fn>.timer`), the refused calls (any action a known caller's role
 * does not allow, so every action some role cannot call) and the hourly summary of refusals
 * past the budget (`router.refusals`). A test walks the action tables and fails on a missing one.
 */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'admin.listMembers': '查看工作人员名单',
  'admin.listDepartments': '查看部门名录',
  'admin.setMember': '授予或变更角色',
  'admin.removeMember': '撤销角色',
  'admin.listAudit': '查阅审计记录',
  'admin.listItems': '查看事项目录',
  'admin.getItem': '查看事项',
  'admin.createItem': '新建事项',
  'admin.updateItem': '修改事项',
  'admin.publishItem': '发布事项',
  'admin.archiveItem': '归档事项',
  'admin.listHalls': '查看大厅列表',
  'admin.listSynonyms': '查看检索同义词',
  'admin.setSynonym': '设置检索同义词',
  'admin.removeSynonym': '删除检索同义词',
  'admin.listAllNotices': '查看全部公告',
  'admin.getNoticeForEdit': '查看公告（编辑）',
  'admin.saveNotice': '保存公告',
  'admin.publishNotice': '发布公告',
  'admin.withdrawNotice': '撤回公告',
  'admin.pinNotice': '置顶或取消置顶公告',
  'admin.listLinks': '查看便民入口',
  'admin.saveLink': '保存便民入口',
  'admin.removeLink': '删除便民入口',
  'admin.getHall': '查看大厅信息',
  'admin.saveHall': '保存大厅信息',
  'admin.listSlotRules': '查看预约规则',
  'admin.setSlotRule': '设置预约规则',
  'admin.listClosures': '查看闭厅日期',
  'admin.previewClosure': '闭厅前查看预约',
  'admin.setClosure': '设置闭厅',
  'admin.removeClosure': '取消闭厅',
  'admin.getCalendar': '查看节假日日历',
  'admin.setCalendar': '维护节假日日历',
  'admin.bookingLoad': '查看预约量',
  'admin.listOutbox': '查看消息发送记录',
  'appointment.availability': '查看可预约时段',
  'appointment.book': '预约',
  'appointment.myAppointments': '查看我的预约',
  'appointment.getAppointment': '查看预约详情',
  'appointment.cancel': '取消预约',
  'appointment.reschedule': '改约',
  'appointment.calendarFile': '下载预约日历',
  'hall.about': '查看本厅信息',
  'hall.home': '查看首页',
  'hall.listNotices': '查看公告列表',
  'hall.getNotice': '查看公告',
  'hall.fields': '查看服务领域',
  'hall.listGuides': '查看办事指南列表',
  'hall.searchGuides': '检索办事指南',
  'hall.getGuide': '查看办事指南',
  'reminders.sendNow': '立即发送预约提醒',
  'reminders.timer': '每日预约提醒',
  'retention.purge': '立即清理过期数据',
  'retention.timer': '每日清理过期数据',
  'staff.workbench': '查看工作台',
  'staff.todayAppointments': '查看今日预约',
  'staff.verifyArrival': '到场核验',
  'staff.markNoShow': '标记未到场',
  'user.whoami': '查看本人身份',
  'user.consentStatus': '查看隐私政策同意状态',
  'user.giveConsent': '同意隐私政策',
  'user.withdrawConsent': '撤回隐私政策同意',
  'user.myData': '导出本人数据',
  'user.deleteMyData': '删除本人数据',
  'user.addFavourite': '收藏办事指南',
  'user.removeFavourite': '取消收藏',
  'user.listFavourites': '查看我的收藏',
  'router.refusals': '被拒绝的调用（汇总）'
}

/** The label of an action, or a plain Chinese phrase for one the table does not know (an old record). */
export function auditActionLabel(action: string): string {
  return Object.prototype.hasOwnProperty.call(AUDIT_ACTION_LABELS, action) ? AUDIT_ACTION_LABELS[action] : '其他操作'
}

export const AUDIT_OUTCOME_LABELS: Record<AuditRecord['outcome'], string> = {
  done: '已执行',
  refused: '已拒绝',
  failed: '失败'
}

/** The records an audit entry can be about, in the words of the admin console. */
export const AUDIT_COLLECTION_LABELS: Record<string, string> = {
  members: '工作人员与管理员',
  departments: '部门',
  service_items: '事项',
  halls: '大厅',
  synonyms: '检索同义词',
  notices: '公告',
  links: '便民入口',
  slot_rules: '预约规则',
  closures: '闭厅日期',
  settings: '全局设置',
  appointments: '预约',
  outbox: '消息',
  '*': '全部数据'
}

/** Field names as an administrator reads them; fields not listed fall back to the registry's meaning. */
export const AUDIT_FIELD_LABELS: Record<string, string> = {
  role: '角色',
  name: '姓名',
  department: '部门',
  hall: '大厅',
  status: '状态',
  kind: '类别',
  title: '标题',
  source: '发布单位',
  body: '正文',
  pinned: '置顶',
  publishAt: '发布时间',
  closure: '闭厅处理',
  reason: '原因',
  bookings: '已有预约的处理',
  targets: '对应的目录用语',
  holidays: '法定节假日',
  workdays: '调休上班日',
  removed: '清理条数',
  sent: '已发送',
  skipped: '未发送',
  date: '日期',
  error: '错误',
  closureId: '闭厅编号',
  enabled: '在首页显示',
  order: '显示顺序',
  url: '本程序页面',
  path: '页面路径',
  appId: '小程序 AppID',
  hint: '说明',
  phone: '电话',
  address: '地址',
  id: '编号',
  outcome: '处理方式'
}

const keyLabel = (key: string) => AUDIT_FIELD_LABELS[key] ?? AUDIT_COLLECTION_LABELS[key] ?? key

/** Stored codes an administrator should read as words. */
const VALUE_LABELS: Record<string, string> = {
  staff: '工作人员',
  admin: '管理员',
  citizen: '群众',
  draft: '草稿',
  published: '已发布',
  archived: '已归档',
  withdrawn: '已撤回',
  booked: '已预约',
  cancelled: '已取消',
  verified: '已到场',
  'no-show': '未到场',
  kept: '保留待联系',
  cancel: '取消并通知',
  keep: '保留并通知',
  notice: '通知公告',
  policy: '政策解读',
  news: '新闻动态',
  miniprogram: '其他小程序',
  page: '本程序页面',
  INTERNAL: '内部错误'
}

/** A sealed (encrypted) value as crypto.ts writes it: version, iv, tag, body, dot-separated. */
const SEALED = /^v\d+\.[A-Za-z0-9+/_=-]+\.[A-Za-z0-9+/_=-]+\.[A-Za-z0-9+/_=-]+$/
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/
const HIDDEN = '（加密信息，不显示）'
const MAX_SHOWN = 60

/**
 * One changed value as a line of text. Sensitive fields and anything that looks sealed are never
 * shown; phones and ID numbers are already masked in the record; long text is cut.
 */
export function formatAuditValue(value: unknown, sensitive = false): string {
  if (value === null || value === undefined || value === '') return '（空）'
  if (sensitive) return HIDDEN
  let out: string
  if (typeof value === 'boolean') out = value ? '是' : '否'
  else if (typeof value === 'number') out = String(value)
  else if (value instanceof Date) out = formatHallTime(value)
  else if (typeof value === 'string') {
    if (SEALED.test(value)) return HIDDEN
    out = ISO_INSTANT.test(value) ? formatHallTime(value) : (VALUE_LABELS[value] ?? value)
  } else if (Array.isArray(value)) out = value.length === 0 ? '（空）' : value.map((v) => formatAuditValue(v)).join('、')
  else {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
    out = entries.map(([k, v]) => `${keyLabel(k)}：${formatAuditValue(v)}`).join('；')
  }
  const chars = Array.from(out)
  return chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN).join('')}…` : out
}
