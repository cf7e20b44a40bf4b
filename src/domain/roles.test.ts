import { MEMBER_ROLES, ROLE_LABELS, ROLES, roleOf } from './roles'

describe('roleOf', () => {
  it.each([
    ['no openid', null, null, { openid: null, role: 'anonymous' }],
    ['an empty openid', '', { role: 'admin' }, { openid: null, role: 'anonymous' }],
    ['no member record', 'o_c', null, { openid: 'o_c', role: 'citizen' }],
    ['a staff record', 'o_s', { role: 'staff', department: 'D01' }, { openid: 'o_s', role: 'staff', department: 'D01' }],
    ['an admin record', 'o_a', { role: 'admin', department: 'D01' }, { openid: 'o_a', role: 'admin' }]
  ] as const)('should read %s', (_case, openid, member, expected) => {
    // toStrictEqual: an admin carries no department, an anonymous caller nothing beyond its role.
    expect(roleOf(openid, member as never)).toStrictEqual(expected)
  })

  it('should never make an anonymous caller out of a member record', () => {
    expect(roleOf(null, { role: 'staff', department: 'D01' }).role).toBe('anonymous')
  })
})

describe('the roles', () => {
  it('should be the four the action tables name, and members grant only staff and admin', () => {
    expect(ROLES).toEqual(['anonymous', 'citizen', 'staff', 'admin'])
    expect(MEMBER_ROLES).toEqual(['staff', 'admin'])
    expect(ROLE_LABELS).toEqual({ anonymous: '访客', citizen: '群众', staff: '工作人员', admin: '管理员' })
  })
})
