import { adminCountAfter, checkRoleChange, type RoleChange } from './members'

const ME = 'o_admin_me_0001'
const OTHER = 'o_someone_0001'

describe('checkRoleChange', () => {
  it.each<[string, RoleChange, number, string | null]>([
    ['grants staff to a citizen', { userCode: OTHER, before: null, after: 'staff' }, 1, null],
    ['grants admin to a citizen', { userCode: OTHER, before: null, after: 'admin' }, 1, null],
    ['promotes staff to admin', { userCode: OTHER, before: 'staff', after: 'admin' }, 1, null],
    ['revokes staff', { userCode: OTHER, before: 'staff', after: null }, 1, null],
    ['re-saves the only admin as admin (a name change)', { userCode: OTHER, before: 'admin', after: 'admin' }, 1, null],
    ['demotes one of two admins', { userCode: OTHER, before: 'admin', after: 'staff' }, 2, null],
    ['revokes one of two admins', { userCode: OTHER, before: 'admin', after: null }, 2, null],
    ['refuses to demote the last admin', { userCode: OTHER, before: 'admin', after: 'staff' }, 1, 'MEMBER.LAST_ADMIN'],
    ['refuses to revoke the last admin', { userCode: OTHER, before: 'admin', after: null }, 1, 'MEMBER.LAST_ADMIN'],
    ['refuses when the count says none is left', { userCode: OTHER, before: 'admin', after: null }, 0, 'MEMBER.LAST_ADMIN'],
    ['refuses a change of one\'s own role', { userCode: ME, before: 'admin', after: 'staff' }, 3, 'MEMBER.SELF_CHANGE'],
    ['refuses revoking oneself', { userCode: ME, before: 'admin', after: null }, 3, 'MEMBER.SELF_CHANGE'],
    ['refuses revoking someone who holds no role', { userCode: OTHER, before: null, after: null }, 2, 'MEMBER.NOT_FOUND']
  ])('should answer %s', (_case, change, count, expected) => {
    expect(checkRoleChange(change, count, ME)).toBe(expected)
  })
})

describe('adminCountAfter', () => {
  it.each<[RoleChange['before'], RoleChange['after'], number]>([
    [null, 'admin', 3],
    ['staff', 'admin', 3],
    ['admin', 'admin', 2],
    ['admin', 'staff', 1],
    ['admin', null, 1],
    [null, 'staff', 2],
    ['staff', null, 2]
  ])('should count %s -> %s from 2 as %i', (before, after, expected) => {
    expect(adminCountAfter({ userCode: OTHER, before, after }, 2)).toBe(expected)
  })
})
