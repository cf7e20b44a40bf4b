import { ROLE_LABELS, ROLES } from '../../src/domain/roles'
import { empty } from '../../src/domain/schema'
import { findById } from '../_shared/db'
import { departmentByCode } from '../_shared/departments'
import { action, type ActionTable } from '../_shared/router'

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
  })
}
