import { z } from 'zod'
import { AppError } from '../../src/domain/errors'
import { MEMBER_ROLES, ROLE_LABELS } from '../../src/domain/roles'
import { PERSONAL_FIELDS } from '../../src/domain/personal-fields'
import { empty, pageInput, pageOf, text } from '../../src/domain/schema'
import { auditIn } from '../_shared/audit'
import { findById, findInTransaction } from '../_shared/db'
import { departmentByCode } from '../_shared/departments'
import { action, type ActionTable } from '../_shared/router'
import { appointmentAdminActions } from './appointments'
import { catalogueActions } from './catalogue'
import { linkActions } from './links'
import { noticeAdminActions } from './notices'

const openid = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, '用户编号格式不正确')
const departmentCode = z.string().regex(/^[a-z0-9-]{2,32}$/, '部门编码格式不正确')

export const actions: ActionTable = {
  listMembers: action({
    summary: '分页列出工作人员与管理员，可按角色、部门筛选',
    returns: '{ items: [{ userCode, name, role, roleLabel, department: { code, name }|null, updatedAt }], page, pageSize, total, hasMore }',
    roles: ['admin'],
    input: z.strictObject({ ...pageInput, role: z.enum(MEMBER_ROLES).optional(), department: departmentCode.optional() }),
    async run({ page, pageSize, role, department }, { db }) {
      const where: Record<string, unknown> = {}
      if (role) where.role = role
      if (department) where.department = department
      const query = db.collection('members').where(where)
      const [{ total }, { data }, { data: departments }] = await Promise.all([
        query.count(),
        query.orderBy('updatedAt', 'desc').orderBy('_id', 'asc').skip((page - 1) * pageSize).limit(pageSize).get(),
        db.collection('departments').limit(1000).get()
      ])
      const names = new Map(departments.map((d) => [d.code as string, d.name as string]))
      const items = data.map((m) => ({
        userCode: m._id as string,
        name: m.name as string,
        role: m.role as 'staff' | 'admin',
        roleLabel: ROLE_LABELS[m.role as 'staff' | 'admin'],
        department: m.department ? { code: m.department as string, name: names.get(m.department) ?? m.department } : null,
        updatedAt: (m.updatedAt as Date).toISOString()
      }))
      return pageOf(items, page, pageSize, total)
    }
  }),

  listDepartments: action({
    summary: '部门名录（编码与名称），供分配工作人员时选择',
    returns: '[{ code, name }]',
    roles: ['admin'],
    input: empty,
    async run(_input, { db }) {
      const { data } = await db.collection('departments').orderBy('code', 'asc').limit(1000).get()
      return data.map((d) => ({ code: d.code as string, name: d.name as string }))
    }
  }),

  /** Grants a role; the change and its audit record are one transaction. */
  setMember: action({
    summary: '授予或变更某用户的角色（工作人员须指定部门）；与审计记录同一事务写入',
    returns: '{ userCode, role, name, department? }',
    errors: ['MEMBER.SELF_CHANGE', 'HALL.NOT_FOUND'],
    roles: ['admin'],
    write: true,
    input: z
      .strictObject({ userCode: openid, role: z.enum(MEMBER_ROLES), department: departmentCode.optional(), hall: z.string().regex(/^H\d{2,4}$/).optional(), name: PERSONAL_FIELDS.name.schema })
      .refine((v) => v.role !== 'staff' || v.department, { message: '工作人员必须指定部门', path: ['department'] }),
    async run(input, ctx) {
      if (input.userCode === ctx.caller.openid) throw new AppError('MEMBER.SELF_CHANGE')
      if (input.role === 'staff' && !(await departmentByCode(ctx.db, input.department))) {
        throw new AppError('REQUEST.INVALID', '部门不存在', [{ path: 'department', message: '部门不存在' }])
      }
      if (input.hall && !(await findById(ctx.db, 'halls', input.hall))) throw new AppError('HALL.NOT_FOUND')
      const after = { role: input.role, name: input.name, ...(input.role === 'staff' ? { department: input.department, ...(input.hall ? { hall: input.hall } : {}) } : {}) }
      await ctx.db.runTransaction(async (tx) => {
        const before = await findInTransaction(tx, 'members', input.userCode)
        await tx.collection('members').doc(input.userCode).set({ data: { ...after, updatedAt: new Date() } })
        await auditIn(tx, ctx, { collection: 'members', id: input.userCode }, before, after)
      })
      return { userCode: input.userCode, ...after }
    }
  }),

  removeMember: action({
    summary: '撤销某用户的角色（恢复为群众）；与审计记录同一事务写入',
    returns: "{ userCode, role: 'citizen' }",
    errors: ['MEMBER.NOT_FOUND', 'MEMBER.SELF_CHANGE'],
    roles: ['admin'],
    write: true,
    input: z.strictObject({ userCode: openid }),
    async run({ userCode }, ctx) {
      if (userCode === ctx.caller.openid) throw new AppError('MEMBER.SELF_CHANGE')
      await ctx.db.runTransaction(async (tx) => {
        const before = await findInTransaction(tx, 'members', userCode)
        if (!before) throw new AppError('MEMBER.NOT_FOUND')
        await tx.collection('members').doc(userCode).remove()
        await auditIn(tx, ctx, { collection: 'members', id: userCode }, before, null)
      })
      return { userCode, role: 'citizen' as const }
    }
  }),

  listAudit: action({
    summary: '分页查阅审计记录，按时间倒序，可按操作、操作人、结果筛选',
    returns: '{ items: [{ id, actor, role, action, target, changes: { field: { old, new } }, outcome, at }], page, pageSize, total, hasMore }',
    roles: ['admin'],
    input: z.strictObject({ ...pageInput, action: text(64).optional(), actor: openid.optional(), outcome: z.enum(['done', 'refused']).optional() }),
    async run({ page, pageSize, action: name, actor, outcome }, { db }) {
      const where: Record<string, unknown> = {}
      if (name) where.action = name
      if (actor) where.actor = actor
      if (outcome) where.outcome = outcome
      const query = db.collection('audit').where(where)
      const [{ total }, { data }] = await Promise.all([query.count(), query.orderBy('at', 'desc').skip((page - 1) * pageSize).limit(pageSize).get()])
      const items = data.map((a) => ({
        id: a._id as string,
        actor: a.actor as string,
        role: a.role as string,
        action: a.action as string,
        target: `${a.target.collection}/${a.target.id}`,
        changes: a.changes as Record<string, { old: unknown; new: unknown }>,
        outcome: a.outcome as string,
        at: (a.at as Date).toISOString()
      }))
      return pageOf(items, page, pageSize, total)
    }
  }),
  ...catalogueActions,
  ...noticeAdminActions,
  ...linkActions,
  ...appointmentAdminActions
}
