/**
 * The audit log as an administrator reads it: who (role and masked name, or masked OPENID when
 * the actor holds no role any more; 定时任务 for a timer run), what (the action's Chinese label),
 * on which record, the changed fields as old → new in words (sensitive or sealed values never in
 * clear), the outcome and the time; filtered by action, outcome, Shanghai calendar dates and actor.
 */
import { auditLogApi, type AuditEntry } from '../../src/domain/api/admin-people'
import { AUDIT_COLLECTION_LABELS, AUDIT_FIELD_LABELS, AUDIT_OUTCOME_LABELS, auditActionLabel, formatAuditValue, type AuditRecord } from '../../src/domain/audit'
import { addDays } from '../../src/domain/calendar/workdays'
import { maskName, maskOpenid } from '../../src/domain/mask'
import { ROLE_LABELS, type Role } from '../../src/domain/roles'
import { pageOf } from '../../src/domain/schema'
import { hallIso } from '../../src/domain/time'
import { COLLECTIONS } from '../_shared/collections'
import type { Doc } from '../_shared/cloud'
import { action, type ActionTable } from '../_shared/router'

type FieldSpecs = Record<string, { meaning: string; personal?: { sensitive?: boolean } }>

const fieldsOf = (collection: string): FieldSpecs => ((COLLECTIONS as Record<string, { fields?: FieldSpecs }>)[collection]?.fields ?? {}) as FieldSpecs

/** The registry's meaning up to its first aside, when it is Chinese; else a neutral word. */
function fieldLabel(collection: string, field: string): string {
  if (AUDIT_FIELD_LABELS[field]) return AUDIT_FIELD_LABELS[field]
  const head = fieldsOf(collection)[field]?.meaning.split(/[（：，(:\s]/)[0] ?? ''
  return /[\u4e00-\u9fff]/.test(head) ? head : '其他字段'
}

/** Shanghai calendar days as instants: from the start of `from` to the end of `to`. */
const dayStart = (date: string) => new Date(hallIso(date))

export const auditLogActions: ActionTable = {
  listAudit: action({
    ...auditLogApi.listAudit,
    summary: '分页查阅审计记录，按时间倒序：操作人（角色、脱敏姓名）、操作、对象、变更前后（敏感值不显示）、结果；可按操作、结果、日期范围（上海时间）、操作人筛选',
    roles: ['admin'],
    async run({ page, pageSize, action: name, actor, outcome, from, to }, { db }) {
      const _ = db.command
      const where: Record<string, unknown> = {}
      if (name) where.action = name
      if (actor) where.actor = actor
      if (outcome) where.outcome = outcome
      if (from && to) where.at = _.gte(dayStart(from)).and(_.lt(dayStart(addDays(to, 1))))
      else if (from) where.at = _.gte(dayStart(from))
      else if (to) where.at = _.lt(dayStart(addDays(to, 1)))
      const query = db.collection('audit').where(where)
      const [{ total }, { data }] = await Promise.all([query.count(), query.orderBy('at', 'desc').orderBy('_id', 'asc').skip((page - 1) * pageSize).limit(pageSize).get()])

      const people = [...new Set(data.map((a) => a.actor as string).filter((a) => !a.startsWith('timer:')))]
      const [{ data: members }, { data: departments }, { data: halls }] = await Promise.all([
        people.length ? db.collection('members').where({ _id: _.in(people) }).limit(people.length).get() : Promise.resolve({ data: [] as Doc[] }),
        db.collection('departments').limit(1000).get(),
        db.collection('halls').limit(1000).get()
      ])
      const names = new Map(members.map((m) => [m._id as string, m.name as string]))
      const codeNames: Record<string, Map<string, string>> = {
        department: new Map(departments.map((d) => [d.code as string, d.name as string])),
        hall: new Map(halls.map((h) => [h._id as string, h.name as string]))
      }
      codeNames.halls = codeNames.hall
      const named = (field: string, value: unknown): unknown => {
        const map = codeNames[field]
        if (!map) return value
        if (typeof value === 'string') return map.get(value) ?? value
        return Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? (map.get(v) ?? v) : v)) : value
      }

      const items: AuditEntry[] = data.map((a) => {
        const code = a.actor as string
        const role = a.role as Role | 'system'
        const timer = code.startsWith('timer:')
        const collection = a.target?.collection as string
        const specs = fieldsOf(collection)
        // A person's name is shown masked, as everywhere a list is read; sensitive fields not at all.
        const shown = (field: string, value: unknown) => (field === 'name' && typeof value === 'string' && value ? maskName(value) : named(field, value))
        const changes = Object.entries((a.changes ?? {}) as Record<string, { old: unknown; new: unknown }>).map(([field, change]) => {
          const sensitive = Boolean(specs[field]?.personal?.sensitive)
          return { field, label: fieldLabel(collection, field), old: formatAuditValue(shown(field, change.old), sensitive), new: formatAuditValue(shown(field, change.new), sensitive) }
        })
        return {
          id: a._id as string,
          actor: {
            code,
            label: timer ? '定时任务' : names.has(code) ? maskName(names.get(code) as string) : maskOpenid(code),
            role,
            roleLabel: role === 'system' ? '系统' : (ROLE_LABELS[role] ?? '未知')
          },
          action: a.action as string,
          actionLabel: auditActionLabel(a.action as string),
          // A member record's id is the person's OPENID: masked like the actor's.
          target: collection && collection !== '-' ? { collection, collectionLabel: AUDIT_COLLECTION_LABELS[collection] ?? '其他记录', id: collection === 'members' ? maskOpenid(a.target.id as string) : (a.target.id as string) } : null,
          changes,
          outcome: a.outcome as AuditRecord['outcome'],
          outcomeLabel: AUDIT_OUTCOME_LABELS[a.outcome as AuditRecord['outcome']] ?? '未知',
          at: (a.at as Date).toISOString(),
          summary: a.action === 'router.refusals' ? { count: Number(a.count ?? 0), lastActionLabel: auditActionLabel(String(a.lastAction ?? '')), lastAt: ((a.lastAt ?? a.at) as Date).toISOString() } : null
        }
      })
      return pageOf(items, page, pageSize, total)
    }
  })
}
