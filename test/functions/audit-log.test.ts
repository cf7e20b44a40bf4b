/**
 * The audit log as administrators read it (admin.listAudit), through the real functions and
 * embedded database: every audited action has a Chinese label (the list is read from the action
 * tables), each record says who, what, on which record, old -> new in words and the outcome;
 * sealed and sensitive values never appear; refusals past the budget show as one summary with
 * its count; the filters (action, outcome, calendar dates, actor) and paging hold.
 */
import fs from 'node:fs'
import path from 'node:path'
import { AUDIT_ACTION_LABELS } from '../../src/domain/audit'
import { addDays } from '../../src/domain/calendar/workdays'
import { maskOpenid } from '../../src/domain/mask'
import { REFUSAL_BUDGET } from '../../src/domain/rate-limit'
import { hallDate } from '../../src/domain/time'
import { PERSONAS } from '../../local/personas'
import { database } from '../../local/sdk'
import { ACTION_TABLES, callAs, fireTrigger, seeded } from '../support/hall'

process.env.HALL_WRITE_LIMIT = '1000/60'

beforeAll(seeded)

interface Entry {
  id: string
  actor: { code: string; label: string; role: string; roleLabel: string }
  action: string
  actionLabel: string
  target: { collection: string; collectionLabel: string; id: string } | null
  changes: Array<{ field: string; label: string; old: string; new: string }>
  outcome: string
  outcomeLabel: string
  at: string
  summary: { count: number; lastActionLabel: string; lastAt: string } | null
}
interface Listed {
  items: Entry[]
  page: number
  total: number
  hasMore: boolean
}

async function list(data: object): Promise<Listed> {
  const res = await callAs('admin', 'admin', 'listAudit', data)
  if (!res.ok) throw new Error(`listAudit failed: ${JSON.stringify(res)}`)
  return res.data
}

const KNOWN_ROLES = ['citizen', 'staff', 'admin'] as const

/** Every action name an audit record can carry, read from the tables and the timer declarations. */
function auditedActions(): string[] {
  const out: string[] = ['router.refusals']
  for (const [fn, table] of Object.entries(ACTION_TABLES)) {
    for (const [name, def] of Object.entries(table)) {
      const staffOrAdminWrite = def.write && def.roles.some((r: string) => r === 'staff' || r === 'admin')
      // A known caller whose role the action does not allow is refused and audited.
      const refusable = KNOWN_ROLES.some((r) => !def.roles.includes(r))
      if (staffOrAdminWrite || refusable) out.push(`${fn}.${name}`)
    }
    const config = path.resolve(__dirname, '..', '..', 'cloudfunctions', fn, 'config.json')
    const triggers = (JSON.parse(fs.readFileSync(config, 'utf8')).triggers ?? []) as Array<{ type: string }>
    if (triggers.some((t) => t.type === 'timer')) out.push(`${fn}.timer`)
  }
  return out
}

describe('AUDIT_ACTION_LABELS', () => {
  it('should name every audited action in Chinese', () => {
    const actions = auditedActions()
    expect(actions).toEqual(expect.arrayContaining(['admin.setMember', 'admin.removeMember', 'staff.verifyArrival', 'retention.timer', 'reminders.timer', 'retention.purge']))
    const missing = actions.filter((a) => !/[\u4e00-\u9fff]/.test(AUDIT_ACTION_LABELS[a] ?? ''))
    expect(missing).toEqual([])
  })

  it('should name no action that no longer exists', () => {
    const known = new Set([...auditedActions(), ...Object.entries(ACTION_TABLES).flatMap(([fn, t]) => Object.keys(t).map((n) => `${fn}.${n}`))])
    expect(Object.keys(AUDIT_ACTION_LABELS).filter((a) => !known.has(a))).toEqual([])
  })
})

describe('admin.listAudit', () => {
  it('should say who granted which role to whom, in words', async () => {
    expect(await callAs('admin', 'admin', 'setMember', { userCode: 'o_auditlog_staff_1', role: 'staff', department: 'hrss', hall: 'H01', name: '欧阳明华' })).toMatchObject({ ok: true })
    const { items } = await list({ action: 'admin.setMember', pageSize: 1 })
    expect(items[0]).toMatchObject({
      actor: { code: PERSONAS.admin, label: '李*', role: 'admin', roleLabel: '管理员' },
      action: 'admin.setMember',
      actionLabel: '授予或变更角色',
      target: { collection: 'members', collectionLabel: '工作人员与管理员', id: 'o_au***ff_1' },
      outcome: 'done',
      outcomeLabel: '已执行',
      summary: null
    })
    expect(items[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'role', label: '角色', old: '（空）', new: '工作人员' },
        { field: 'department', label: '部门', old: '（空）', new: '市人力资源和社会保障局' },
        { field: 'hall', label: '大厅', old: '（空）', new: expect.stringContaining('大厅') },
        { field: 'name', label: '姓名', old: '（空）', new: '欧**华' }
      ])
    )
  })

  it('should show neither the whole name nor the OPENID of the member changed', async () => {
    const { items } = await list({ action: 'admin.setMember', pageSize: 1 })
    expect(JSON.stringify(items[0])).not.toContain('欧阳明华')
    expect(JSON.stringify(items[0])).not.toContain('o_auditlog_staff_1')
  })

  it('should show a timer run as 定时任务', async () => {
    expect(await fireTrigger('retention', 'daily-purge')).toMatchObject({ envelope: { ok: true } })
    const { items } = await list({ action: 'retention.timer', pageSize: 1 })
    expect(items[0]).toMatchObject({ actor: { code: 'timer:daily-purge', label: '定时任务', role: 'system', roleLabel: '系统' }, actionLabel: '每日清理过期数据', target: null, outcomeLabel: '已执行' })
    expect(items[0].changes[0]).toMatchObject({ label: '清理条数' })
    expect(JSON.stringify(items[0])).not.toMatch(/service_items|appointments"/)
  })

  it('should never show a sealed or sensitive value in clear', async () => {
    const sealed = 'v1.QUJDREVGR0hJSktM.TU5PUFFSU1RVVldY.WVphYmNkZWZnaGlqa2xtbm9w'
    await database()
      .collection('audit')
      .add({
        data: {
          actor: PERSONAS.admin,
          role: 'admin',
          action: 'admin.setClosure',
          target: { collection: 'appointments', id: 'auditlog-sealed-1' },
          changes: { idNumber: { old: null, new: '110105199003071234' }, note: { old: null, new: sealed }, status: { old: 'booked', new: 'cancelled' } },
          requestId: 'auditlogsealed01',
          at: new Date(),
          outcome: 'done'
        }
      })
    const { items } = await list({ action: 'admin.setClosure', pageSize: 5 })
    const entry = items.find((i) => i.target?.id === 'auditlog-sealed-1') as Entry
    expect(JSON.stringify(entry)).not.toContain('110105199003071234')
    expect(JSON.stringify(entry)).not.toContain(sealed)
    expect(entry.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'idNumber', new: '（加密信息，不显示）' }),
        expect.objectContaining({ field: 'note', new: '（加密信息，不显示）' }),
        { field: 'status', label: '状态', old: '已预约', new: '已取消' }
      ])
    )
  })

  it('should show a non-member actor by masked OPENID and sum refusals past the budget', async () => {
    const prober = { openid: 'o_auditlog_prober_01' }
    const tries = REFUSAL_BUDGET.detailed + 3
    for (let n = 0; n < tries; n++) expect(await callAs(prober, 'admin', 'listMembers', {})).toMatchObject({ code: 'AUTH.FORBIDDEN' })
    const { items, total } = await list({ actor: prober.openid })
    expect(total).toBe(REFUSAL_BUDGET.detailed + 1)
    expect(items.every((i) => i.actor.label === maskOpenid(prober.openid) && i.actor.roleLabel === '群众' && i.outcomeLabel === '已拒绝')).toBe(true)
    expect(items.filter((i) => i.summary === null)).toHaveLength(REFUSAL_BUDGET.detailed)
    expect(items.find((i) => i.summary)).toMatchObject({ actionLabel: '被拒绝的调用（汇总）', summary: { count: 3, lastActionLabel: '查看工作人员名单' } })
  })

  it('should filter by outcome', async () => {
    const refused = await list({ outcome: 'refused', pageSize: 50 })
    expect(refused.items.length).toBeGreaterThan(0)
    expect(refused.items.every((i) => i.outcome === 'refused')).toBe(true)
    const done = await list({ outcome: 'done', pageSize: 50 })
    expect(done.items.every((i) => i.outcome === 'done')).toBe(true)
  })

  it('should filter by Shanghai calendar dates, both ends included', async () => {
    const today = hallDate(new Date())
    const all = await list({ pageSize: 1 })
    expect((await list({ from: today, to: today, pageSize: 1 })).total).toBe(all.total)
    expect((await list({ from: addDays(today, 1) })).total).toBe(0)
    expect((await list({ to: addDays(today, -1) })).total).toBe(0)
    expect((await list({ from: addDays(today, -1) })).total).toBe(all.total)
  })

  it('should page without a silent cut', async () => {
    const { total } = await list({ pageSize: 1 })
    const seen = new Set<string>()
    for (let page = 1; page <= Math.ceil(total / 3); page++) (await list({ page, pageSize: 3 })).items.forEach((i) => seen.add(i.id))
    expect(seen.size).toBe(total)
  })

  it.each([
    ['a date that does not exist', { from: '2026-02-30' }],
    ['an end before the start', { from: '2026-12-02', to: '2026-12-01' }],
    ['an outcome that does not exist', { outcome: 'maybe' }],
    ['an actor that is no OPENID', { actor: 'x' }]
  ])('should refuse %s', async (_case, data) => {
    expect(await callAs('admin', 'admin', 'listAudit', data)).toMatchObject({ ok: false, code: 'REQUEST.INVALID' })
  })
})
