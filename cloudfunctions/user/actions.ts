import { userApi } from '../../src/domain/api/user'
import { CONSENT_PURPOSES, consentState, type ConsentPurpose } from '../../src/domain/consent'
import { AppError } from '../../src/domain/errors'
import { ROLE_LABELS, ROLES } from '../../src/domain/roles'
import { consentRecords, POLICY_VERSION } from '../_shared/consent'
import { findById } from '../_shared/db'
import { eraseMyData, exportMyData } from '../_shared/my-data'
import { departmentByCode } from '../_shared/departments'
import { action, type ActionTable } from '../_shared/router'
import { favouriteActions } from './favourites'

export const actions: ActionTable = {
  /** The caller's own role; the client shows entries from this, never from its own guess. */
  whoami: action({
    ...userApi.whoami,
    summary: '调用者自己的角色、姓名、部门与用户编号；页面据此显示入口',
    roles: ROLES,
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
    ...userApi.consentStatus,
    summary: '本人对当前隐私政策的同意状态，以及可同意的处理目的',
    roles: ['citizen'],
    async run(_input, { caller, db }) {
      const { state, purposes } = consentState(await consentRecords(db, caller.openid as string), POLICY_VERSION)
      return { policyVersion: POLICY_VERSION, state, purposes, available: (Object.entries(CONSENT_PURPOSES) as Array<[ConsentPurpose, string]>).map(([key, label]) => ({ key, label })) }
    }
  }),

  giveConsent: action({
    ...userApi.giveConsent,
    summary: '同意当前版本的隐私政策（须写明所同意的政策版本和目的）',
    errors: ['CONSENT.OUTDATED'],
    roles: ['citizen'],
    write: true,
    async run({ policyVersion, purposes }, { caller, db }) {
      // Consent counts only for the policy the citizen actually read.
      if (policyVersion !== POLICY_VERSION) throw new AppError('CONSENT.OUTDATED')
      const unique = [...new Set(purposes)]
      await db.collection('consents').add({ data: { openid: caller.openid, policyVersion, purposes: unique, event: 'given', at: new Date() } })
      return { policyVersion, state: 'given' as const, purposes: unique }
    }
  }),

  withdrawConsent: action({
    ...userApi.withdrawConsent,
    summary: '撤回同意；此后需要个人信息的服务会先请求重新同意',
    roles: ['citizen'],
    write: true,
    async run(_input, { caller, db }) {
      await db.collection('consents').add({ data: { openid: caller.openid, policyVersion: POLICY_VERSION, purposes: [], event: 'withdrawn', at: new Date() } })
      return { state: 'withdrawn' as const }
    }
  }),

  myData: action({
    ...userApi.myData,
    summary: '导出本厅持有的本人全部信息（JSON）',
    roles: ['citizen'],
    async run(_input, { caller, db }) {
      return exportMyData(db, caller.openid as string)
    }
  }),

  deleteMyData: action({
    ...userApi.deleteMyData,
    summary: '删除本人账户数据；依法须保留的记录不删除，并说明原因',
    roles: ['citizen'],
    write: true,
    async run(_input, { caller, db }) {
      return eraseMyData(db, caller.openid as string)
    }
  }),
  ...favouriteActions
}
