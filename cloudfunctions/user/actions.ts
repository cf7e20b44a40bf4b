import { z } from 'zod'
import { CONSENT_PURPOSES, consentState, type ConsentPurpose } from '../../src/domain/consent'
import { AppError } from '../../src/domain/errors'
import { ROLE_LABELS, ROLES } from '../../src/domain/roles'
import { empty } from '../../src/domain/schema'
import { consentRecords, POLICY_VERSION } from '../_shared/consent'
import { findById } from '../_shared/db'
import { eraseMyData, exportMyData } from '../_shared/my-data'
import { departmentByCode } from '../_shared/departments'
import { action, type ActionTable } from '../_shared/router'
import { favouriteActions } from './favourites'

export const actions: ActionTable = {
  /** The caller's own role; the client shows entries from this, never from its own guess. */
  whoami: action({
    summary: '调用者自己的角色、姓名、部门与用户编号；页面据此显示入口',
    returns: "{ role: 'anonymous'|'citizen'|'staff'|'admin', roleLabel, userCode: string|null, name: string|null, department: { code, name }|null }",
    roles: ROLES,
    input: empty,
    async run(_input, { caller, db }) {
      const member = caller.openid && caller.role !== 'citizen' ? await findById<{ name: string; department?: string }>(db, 'members', caller.openid) : null
      return {
        role: caller.role,
        roleLabel: ROLE_LABELS[caller.role],
        // The caller's own OPENID, which staff give an administrator to be granted a role.
        userCode: caller.openid,
        name: member?.name ?? null,
        department: await departmentByCode(db, caller.department)
      }
    }
  }),

  consentStatus: action({
    summary: '本人对当前隐私政策的同意状态，以及可同意的处理目的',
    returns: "{ policyVersion, state: 'none'|'given'|'outdated'|'withdrawn', purposes: string[], available: [{ key, label }] }",
    roles: ['citizen'],
    input: empty,
    async run(_input, { caller, db }) {
      const { state, purposes } = consentState(await consentRecords(db, caller.openid as string), POLICY_VERSION)
      return { policyVersion: POLICY_VERSION, state, purposes, available: Object.entries(CONSENT_PURPOSES).map(([key, label]) => ({ key, label })) }
    }
  }),

  giveConsent: action({
    summary: '同意当前版本的隐私政策（须写明所同意的政策版本和目的）',
    returns: "{ policyVersion, state: 'given', purposes }",
    errors: ['CONSENT.OUTDATED'],
    roles: ['citizen'],
    write: true,
    input: z.strictObject({
      policyVersion: z.string().max(32),
      purposes: z.array(z.enum(Object.keys(CONSENT_PURPOSES) as [ConsentPurpose, ...ConsentPurpose[]])).min(1).max(10)
    }),
    async run({ policyVersion, purposes }, { caller, db }) {
      // Consent counts only for the policy the citizen actually read.
      if (policyVersion !== POLICY_VERSION) throw new AppError('CONSENT.OUTDATED')
      const unique = [...new Set(purposes)]
      await db.collection('consents').add({ data: { openid: caller.openid, policyVersion, purposes: unique, event: 'given', at: new Date() } })
      return { policyVersion, state: 'given' as const, purposes: unique }
    }
  }),

  withdrawConsent: action({
    summary: '撤回同意；此后需要个人信息的服务会先请求重新同意',
    returns: "{ state: 'withdrawn' }",
    roles: ['citizen'],
    write: true,
    input: empty,
    async run(_input, { caller, db }) {
      await db.collection('consents').add({ data: { openid: caller.openid, policyVersion: POLICY_VERSION, purposes: [], event: 'withdrawn', at: new Date() } })
      return { state: 'withdrawn' as const }
    }
  }),

  myData: action({
    summary: '导出本厅持有的本人全部信息（JSON）',
    returns: '{ exportedAt, collections: [{ name, purpose, documents }] }',
    roles: ['citizen'],
    input: empty,
    async run(_input, { caller, db }) {
      return exportMyData(db, caller.openid as string)
    }
  }),

  deleteMyData: action({
    summary: '删除本人账户数据；依法须保留的记录不删除，并说明原因',
    returns: '{ deleted: { collection: count }, kept: [{ name, purpose, count, reason }] }',
    roles: ['citizen'],
    write: true,
    input: z.strictObject({ confirm: z.literal('确认删除', { message: '请输入「确认删除」' }) }),
    async run(_input, { caller, db }) {
      return eraseMyData(db, caller.openid as string)
    }
  }),
  ...favouriteActions
}
