/**
 * Who may do what is decided from the caller's role, never from anything the request says.
 * A citizen is anyone WeChat identifies who is not in the members collection.
 */
export const ROLES = ['anonymous', 'citizen', 'staff', 'admin'] as const
export type Role = (typeof ROLES)[number]

/** Roles that the members collection can grant. */
export const MEMBER_ROLES = ['staff', 'admin'] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  anonymous: '访客',
  citizen: '群众',
  staff: '工作人员',
  admin: '管理员'
}

export interface Caller {
  /** OPENID from the WX context; null only for anonymous web callers. */
  openid: string | null
  role: Role
  /** Department id, set for staff. */
  department?: string
}

export interface Member {
  _id: string
  role: MemberRole
  department?: string
  name: string
}

/** The caller's role from the member record; no record means citizen. */
export function roleOf(openid: string | null, member: Pick<Member, 'role' | 'department'> | null): Caller {
  if (!openid) return { openid: null, role: 'anonymous' }
  if (!member) return { openid, role: 'citizen' }
  if (member.role === 'staff') return { openid, role: 'staff', department: member.department }
  return { openid, role: 'admin' }
}
