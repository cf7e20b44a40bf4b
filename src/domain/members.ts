/**
 * Who may change whose role. Pure, so the function and its tests read the same rule: nobody
 * changes their own role, a change needs someone to change, and the hall always keeps at least
 * one administrator (otherwise no one could ever grant a role again).
 */
import type { ErrorCode } from './errors'
import type { MemberRole } from './roles'

export interface RoleChange {
  /** The OPENID whose role changes. */
  userCode: string
  /** The role held now; null for a citizen (no member record). */
  before: MemberRole | null
  /** The role after the change; null to revoke. */
  after: MemberRole | null
}

/** The guard document (settings collection) that counts administrators. */
export const ADMIN_GUARD_ID = 'admins'

/** The error the change is refused with, or null when it may go ahead. */
export function checkRoleChange(change: RoleChange, adminCount: number, callerOpenid: string | null): ErrorCode | null {
  if (change.userCode === callerOpenid) return 'MEMBER.SELF_CHANGE'
  if (change.before === null && change.after === null) return 'MEMBER.NOT_FOUND'
  if (change.before === 'admin' && change.after !== 'admin' && adminCount <= 1) return 'MEMBER.LAST_ADMIN'
  return null
}

/** The number of administrators once the change is made. */
export function adminCountAfter(change: RoleChange, adminCount: number): number {
  return adminCount + (change.after === 'admin' ? 1 : 0) - (change.before === 'admin' ? 1 : 0)
}
