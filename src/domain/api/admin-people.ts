/** The admin function's contract for people and the record of what they did: members and the audit log. */
import { PERSONAL_FIELDS } from '../personal-fields'
import { MEMBER_ROLES, ROLES } from '../roles'
import { calendarDate, empty, hallCode, pageInput, text, userCode, z } from '../schema'
import { contracts, pageSchema } from './define'

export const departmentCode = z.string().regex(/^[a-z0-9-]{2,32}$/, '部门编码格式不正确')
const actorCode = z.union([userCode, z.string().regex(/^timer:[A-Za-z0-9_-]{1,64}$/, '操作人格式不正确')])
const named = z.strictObject({ code: z.string(), name: z.string() })
const memberRole = z.enum(MEMBER_ROLES)

export const memberRowSchema = z.strictObject({
  userCode: z.string(),
  name: z.string(),
  role: memberRole,
  roleLabel: z.string(),
  department: named.nullable(),
  hall: named.nullable(),
  updatedAt: z.iso.datetime()
})

export const auditEntrySchema = z.strictObject({
  id: z.string(),
  actor: z.strictObject({ code: z.string(), label: z.string().describe('脱敏姓名、脱敏用户编号或「定时任务」'), role: z.enum([...ROLES, 'system']), roleLabel: z.string() }),
  action: z.string(),
  actionLabel: z.string(),
  target: z.strictObject({ collection: z.string(), collectionLabel: z.string(), id: z.string() }).nullable(),
  changes: z.array(z.strictObject({ field: z.string(), label: z.string(), old: z.string(), new: z.string() }).describe('敏感值不显示')),
  outcome: z.enum(['done', 'refused', 'failed']),
  outcomeLabel: z.string(),
  at: z.iso.datetime(),
  summary: z
    .strictObject({ count: z.number(), lastActionLabel: z.string(), lastAt: z.iso.datetime() })
    .nullable()
    .describe('只在超出明细额度的拒绝汇总（router.refusals）上')
})

export type MemberRow = z.output<typeof memberRowSchema>
export type AuditEntry = z.output<typeof auditEntrySchema>

export const memberApi = contracts({
  listMembers: {
    input: z.strictObject({ ...pageInput, role: memberRole.optional(), department: departmentCode.optional() }),
    output: pageSchema(memberRowSchema)
  },
  listDepartments: { input: empty, output: z.array(named) },
  setMember: {
    input: z
      .strictObject({ userCode, role: memberRole, department: departmentCode.optional(), hall: hallCode.optional(), name: PERSONAL_FIELDS.name.schema })
      .refine((v) => v.role !== 'staff' || v.department, { message: '工作人员必须指定部门', path: ['department'] }),
    output: z.strictObject({ userCode: z.string(), role: memberRole, name: z.string(), department: z.string().optional(), hall: z.string().optional() })
  },
  removeMember: { input: z.strictObject({ userCode }), output: z.strictObject({ userCode: z.string(), role: z.literal('citizen') }) }
})

export const auditLogApi = contracts({
  listAudit: {
    input: z
      .strictObject({ ...pageInput, action: text(64).optional(), actor: actorCode.optional(), outcome: z.enum(['done', 'refused', 'failed']).optional(), from: calendarDate.optional(), to: calendarDate.optional() })
      .refine((v) => !v.from || !v.to || v.from <= v.to, { message: '结束日期不能早于开始日期', path: ['to'] }),
    output: pageSchema(auditEntrySchema)
  }
})
