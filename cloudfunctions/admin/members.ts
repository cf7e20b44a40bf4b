/**
 * Staff and administrator roles: who holds which, granting, changing and revoking. Every change
 * reads and writes the administrator count (settings/admins) in its transaction, next to the
 * member record and the audit record: two administrators demoting each other at the same time
 * both write that document, so their transactions conflict (CloudBase) or queue behind one
 * lock (the local store), and the second sees the count the first left. The hall therefore
 * always keeps one administrator.
 */
import { memberApi } from '../../src/domain/api/admin-people'
import { AppError } from '../../src/domain/errors'
import { adminCountAfter, ADMIN_GUARD_ID, checkRoleChange, type RoleChange } from '../../src/domain/members'
import { ROLE_LABELS, type MemberRole } from '../../src/domain/roles'
import { pageOf } from '../../src/domain/schema'
import { auditIn } from '../_shared/audit'
import type { Doc, Transaction } from '../_shared/cloud'
import { findById, findInTransaction } from '../_shared/db'
import { departmentByCode } from '../_shared/departments'
import { action, type ActionContext, type ActionTable } from '../_shared/router'

/**
 * The administrator count the guard holds. Before the first change there is no guard document
 * yet (the seed writes members directly): the members collection is counted then. When both
 * exist the smaller wins, so a count that drifted high can never let the last one go.
 */
async function adminCount(ctx: ActionContext, guard: Doc | null): Promise<number> {
  const { total } = await ctx.db.collection('members').where({ role: 'admin' }).count()
  return guard && typeof guard.adminCount === 'number' ? Math.min(guard.adminCount, total) : total
}

/** Checks the change against the rule and writes the member, the guard and the audit record. */
async function changeRole(ctx: ActionContext, target: string, after: (Doc & { role: MemberRole }) | null): Promise<void> {
  await ctx.db.runTransaction(async (tx: Transaction) => {
    const stored = await findInTransaction(tx, 'members', target)
    const guard = await findInTransaction(tx, 'settings', ADMIN_GUARD_ID)
    const count = await adminCount(ctx, guard)
    const change: RoleChange = { userCode: target, before: (stored?.role as MemberRole | undefined) ?? null, after: after?.role ?? null }
    const refused = checkRoleChange(change, count, ctx.caller.openid)
    if (refused) throw new AppError(refused)
    const now = new Date()
    if (after) await tx.collection('members').doc(target).set({ data: { ...after, updatedAt: now } })
    else await tx.collection('members').doc(target).remove()
    await tx.collection('settings').doc(ADMIN_GUARD_ID).set({ data: { adminCount: adminCountAfter(change, count), updatedAt: now } })
    const { _id, updatedAt, ...before } = stored ?? {}
    await auditIn(tx, ctx, { collection: 'members', id: target }, stored ? before : null, after)
  })
}

export const memberActions: ActionTable = {
  listMembers: action({
    ...memberApi.listMembers,
    summary: '分页列出工作人员与管理员，可按角色、部门筛选',
    roles: ['admin'],
    async run({ page, pageSize, role, department }, { db }) {
      const where: Record<string, unknown> = {}
      if (role) where.role = role
      if (department) where.department = department
      const query = db.collection('members').where(where)
      const [{ total }, { data }, { data: departments }, { data: halls }] = await Promise.all([
        query.count(),
        query.orderBy('updatedAt', 'desc').orderBy('_id', 'asc').skip((page - 1) * pageSize).limit(pageSize).get(),
        db.collection('departments').limit(1000).get(),
        db.collection('halls').limit(1000).get()
      ])
      const names = new Map(departments.map((d) => [d.code as string, d.name as string]))
      const hallNames = new Map(halls.map((h) => [h._id as string, h.name as string]))
      const items = data.map((m) => ({
        userCode: m._id as string,
        name: m.name as string,
        role: m.role as MemberRole,
        roleLabel: ROLE_LABELS[m.role as MemberRole],
        department: m.department ? { code: m.department as string, name: names.get(m.department) ?? m.department } : null,
        hall: m.hall ? { code: m.hall as string, name: hallNames.get(m.hall) ?? m.hall } : null,
        updatedAt: (m.updatedAt as Date).toISOString()
      }))
      return pageOf(items, page, pageSize, total)
    }
  }),

  listDepartments: action({
    ...memberApi.listDepartments,
    summary: '部门名录（编码与名称），供分配工作人员时选择',
    roles: ['admin'],
    async run(_input, { db }) {
      const { data } = await db.collection('departments').orderBy('code', 'asc').limit(1000).get()
      return data.map((d) => ({ code: d.code as string, name: d.name as string }))
    }
  }),

  /** Grants or changes a role; the member, the administrator count and the audit record are one transaction. */
  setMember: action({
    ...memberApi.setMember,
    summary: '授予或变更某用户的角色（工作人员须指定部门，可指定大厅）；不能改自己，不能把最后一名管理员改为工作人员；与审计记录同一事务写入',
    errors: ['MEMBER.SELF_CHANGE', 'MEMBER.LAST_ADMIN', 'HALL.NOT_FOUND'],
    roles: ['admin'],
    write: true,
    async run(input, ctx) {
      // Refused before any read, so probing someone's record with one's own code learns nothing.
      if (input.userCode === ctx.caller.openid) throw new AppError('MEMBER.SELF_CHANGE')
      if (input.role === 'staff' && !(await departmentByCode(ctx.db, input.department))) {
        throw new AppError('REQUEST.INVALID', '部门不存在', [{ path: 'department', message: '部门不存在' }])
      }
      if (input.hall && !(await findById(ctx.db, 'halls', input.hall))) throw new AppError('HALL.NOT_FOUND')
      const after = { role: input.role, name: input.name, ...(input.role === 'staff' ? { department: input.department, ...(input.hall ? { hall: input.hall } : {}) } : {}) }
      await changeRole(ctx, input.userCode, after)
      return { userCode: input.userCode, ...after }
    }
  }),

  removeMember: action({
    ...memberApi.removeMember,
    summary: '撤销某用户的角色（恢复为群众）；不能撤销自己，不能撤销最后一名管理员；与审计记录同一事务写入',
    errors: ['MEMBER.NOT_FOUND', 'MEMBER.SELF_CHANGE', 'MEMBER.LAST_ADMIN'],
    roles: ['admin'],
    write: true,
    async run(input, ctx) {
      if (input.userCode === ctx.caller.openid) throw new AppError('MEMBER.SELF_CHANGE')
      await changeRole(ctx, input.userCode, null)
      return { userCode: input.userCode, role: 'citizen' as const }
    }
  })
}
