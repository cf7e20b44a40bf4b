/**
 * Granting and revoking roles through the real admin function and embedded database: the grant,
 * change and revocation each land with their audit record; nobody changes their own role; the
 * last administrator stays, also when two administrators demote each other at the same moment.
 */
import { PERSONAS } from '../../local/personas'
import { database } from '../../local/sdk'
import { callAs, seeded, snapshot } from '../support/hall'

process.env.HALL_WRITE_LIMIT = '1000/60'

beforeAll(seeded)

const member = async (id: string) => (await database().collection('members').where({ _id: id }).get()).data[0]
const admins = async () => (await database().collection('members').where({ role: 'admin' }).count()).total
const guard = async () => (await database().collection('settings').where({ _id: 'admins' }).get()).data[0]
const auditsOf = async (id: string) => (await database().collection('audit').where({ 'target.collection': 'members', 'target.id': id }).orderBy('at', 'asc').get()).data

describe('admin.setMember and admin.removeMember', () => {
  it('should grant staff with a department and hall, audited in the same write', async () => {
    const res = await callAs('admin', 'admin', 'setMember', { userCode: 'o_members_staff_01', role: 'staff', department: 'hrss', hall: 'H02', name: '林晓燕' })
    expect(res).toMatchObject({ ok: true, data: { role: 'staff', department: 'hrss', hall: 'H02' } })
    expect(await member('o_members_staff_01')).toMatchObject({ role: 'staff', department: 'hrss', hall: 'H02', name: '林晓燕' })
    expect(await callAs({ openid: 'o_members_staff_01' }, 'user', 'whoami')).toMatchObject({ data: { role: 'staff' } })
    const audits = await auditsOf('o_members_staff_01')
    expect(audits).toHaveLength(1)
    expect(audits[0]).toMatchObject({
      actor: PERSONAS.admin,
      role: 'admin',
      action: 'admin.setMember',
      outcome: 'done',
      changes: { role: { old: null, new: 'staff' }, department: { old: null, new: 'hrss' }, hall: { old: null, new: 'H02' }, name: { old: null, new: '林晓燕' } }
    })
  })

  it('should change staff to admin, dropping the department, and count the administrators', async () => {
    const before = await admins()
    expect(await callAs('admin', 'admin', 'setMember', { userCode: 'o_members_staff_01', role: 'admin', name: '林晓燕' })).toMatchObject({ ok: true })
    expect(await member('o_members_staff_01')).toEqual(expect.not.objectContaining({ department: expect.anything() }))
    expect(await admins()).toBe(before + 1)
    expect(await guard()).toMatchObject({ adminCount: before + 1 })
    const audits = await auditsOf('o_members_staff_01')
    expect(audits[audits.length - 1].changes).toEqual({ role: { old: 'staff', new: 'admin' }, department: { old: 'hrss', new: null }, hall: { old: 'H02', new: null } })
  })

  it('should revoke a role and audit the removal', async () => {
    expect(await callAs('admin', 'admin', 'removeMember', { userCode: 'o_members_staff_01' })).toMatchObject({ ok: true, data: { role: 'citizen' } })
    expect(await member('o_members_staff_01')).toBeUndefined()
    expect(await callAs({ openid: 'o_members_staff_01' }, 'user', 'whoami')).toMatchObject({ data: { role: 'citizen' } })
    const audits = await auditsOf('o_members_staff_01')
    expect(audits[audits.length - 1]).toMatchObject({ action: 'admin.removeMember', changes: { role: { old: 'admin', new: null }, name: { old: '林晓燕', new: null } } })
    expect(await guard()).toMatchObject({ adminCount: await admins() })
  })

  it.each([
    ['changing their own role', 'setMember', { userCode: PERSONAS.admin, role: 'staff', department: 'hrss', name: '李静' }, 'MEMBER.SELF_CHANGE'],
    ['revoking themselves', 'removeMember', { userCode: PERSONAS.admin }, 'MEMBER.SELF_CHANGE'],
    ['revoking someone who holds no role', 'removeMember', { userCode: 'o_members_nobody' }, 'MEMBER.NOT_FOUND'],
    ['a user code that is no OPENID', 'setMember', { userCode: 'x', role: 'admin', name: '某某' }, 'REQUEST.INVALID'],
    ['a role that cannot be granted', 'setMember', { userCode: 'o_members_other', role: 'citizen', name: '某某' }, 'REQUEST.INVALID'],
    ['staff without a department', 'setMember', { userCode: 'o_members_other', role: 'staff', name: '某某' }, 'REQUEST.INVALID'],
    ['an unknown field', 'setMember', { userCode: 'o_members_other', role: 'admin', name: '某某', openid: PERSONAS.admin }, 'REQUEST.INVALID'],
    ['a hall that does not exist', 'setMember', { userCode: 'o_members_other', role: 'staff', department: 'hrss', hall: 'H99', name: '某某' }, 'HALL.NOT_FOUND']
  ])('should refuse %s and change nothing', async (_case, action, data, code) => {
    const before = await snapshot()
    expect(await callAs('admin', 'admin', action, data)).toMatchObject({ ok: false, code })
    expect(await snapshot()).toEqual(before)
  })
})

describe('the last administrator', () => {
  const second = { openid: 'o_members_admin_02' }
  let survivor: string = PERSONAS.admin

  it('should stay when two administrators demote each other at the same time', async () => {
    expect(await admins()).toBe(1)
    expect(await callAs('admin', 'admin', 'setMember', { userCode: second.openid, role: 'admin', name: '周文' })).toMatchObject({ ok: true })
    expect(await admins()).toBe(2)
    const removalsBefore = (await database().collection('audit').where({ action: 'admin.removeMember', outcome: 'done' }).count()).total

    // Both callers are administrators when their calls arrive; each revokes the other.
    const [a, b] = await Promise.all([callAs('admin', 'admin', 'removeMember', { userCode: second.openid }), callAs(second, 'admin', 'removeMember', { userCode: PERSONAS.admin })])
    const answers = [a, b].map((r) => (r.ok ? 'ok' : r.code)).sort()
    expect(answers).toEqual(['MEMBER.LAST_ADMIN', 'ok'])
    expect(await admins()).toBe(1)
    expect(await guard()).toMatchObject({ adminCount: 1 })
    // One change, one audit record: the refused one wrote nothing.
    expect((await database().collection('audit').where({ action: 'admin.removeMember', outcome: 'done' }).count()).total).toBe(removalsBefore + 1)
    survivor = a.ok ? PERSONAS.admin : second.openid
    const refused = [a, b].find((r) => !r.ok)
    expect(refused).toMatchObject({ message: '这是最后一名管理员，不能撤销或改为工作人员；请先为其他人授予管理员' })
  })

  it('should stay when two administrators make each other staff at the same time', async () => {
    const other = { openid: 'o_members_admin_03' }
    expect(await callAs({ openid: survivor }, 'admin', 'setMember', { userCode: other.openid, role: 'admin', name: '吴迪' })).toMatchObject({ ok: true })
    const toStaff = (userCode: string, name: string) => ({ userCode, role: 'staff', department: 'hrss', name })
    const [a, b] = await Promise.all([callAs({ openid: survivor }, 'admin', 'setMember', toStaff(other.openid, '吴迪')), callAs(other, 'admin', 'setMember', toStaff(survivor, '某管理员'))])
    expect([a, b].map((r) => (r.ok ? 'ok' : r.code)).sort()).toEqual(['MEMBER.LAST_ADMIN', 'ok'])
    expect(await admins()).toBe(1)
    survivor = a.ok ? survivor : other.openid
  })

  it('should go by the guard when it counts fewer administrators than the members list, and change nothing', async () => {
    const other = { openid: 'o_members_admin_04' }
    expect(await callAs({ openid: survivor }, 'admin', 'setMember', { userCode: other.openid, role: 'admin', name: '郑华' })).toMatchObject({ ok: true })
    expect(await admins()).toBe(2)
    await database().collection('settings').doc('admins').update({ data: { adminCount: 1 } })
    const before = await snapshot()
    expect(await callAs({ openid: survivor }, 'admin', 'removeMember', { userCode: other.openid })).toMatchObject({ ok: false, code: 'MEMBER.LAST_ADMIN' })
    expect(await snapshot()).toEqual(before)
  })
})
