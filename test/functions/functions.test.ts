import { PERSONAS } from '../../local/personas'
import { callAs, seeded, snapshot } from '../support/hall'

beforeAll(seeded)

describe('user.whoami', () => {
  it.each([
    ['anonymous', 'anonymous', null],
    ['citizen', 'citizen', null],
    ['staff', 'staff', '市人力资源和社会保障局'],
    ['admin', 'admin', null]
  ] as const)('should tell %s their role from the members collection', async (who, role, department) => {
    const res = await callAs(who, 'user', 'whoami')
    expect(res).toMatchObject({ ok: true, data: { role, department: department ? { name: department } : null } })
  })

  it('should ignore identity claims in the event', async () => {
    const res = await callAs('citizen', 'user', 'whoami', {}, { openid: PERSONAS.admin, userInfo: { openId: PERSONAS.admin }, role: 'admin' })
    expect(res).toMatchObject({ ok: true, data: { role: 'citizen', userCode: PERSONAS.citizen } })
  })
})

describe('staff.workbench', () => {
  it('should show the staff member their department and the Shanghai date', async () => {
    const res = await callAs('staff', 'staff', 'workbench')
    expect(res).toMatchObject({ ok: true, data: { name: '王晓明', department: { code: 'hrss' }, today: expect.stringMatching(/^\d{4}年\d{1,2}月\d{1,2}日 星期./) } })
  })
})

describe('hall.about', () => {
  it('should answer anyone with the sponsor and filing numbers', async () => {
    const res = await callAs('anonymous', 'hall', 'about')
    expect(res).toMatchObject({ ok: true, data: { sponsor: '示范市人民政府办公室', icpFilingNo: expect.stringContaining('ICP备') } })
  })
})

describe('admin members', () => {
  const newcomer = { openid: 'o_newcomer_staff_01' }

  it('should grant a role, audit it in the same write, and show it to the member', async () => {
    const granted = await callAs('admin', 'admin', 'setMember', { userCode: newcomer.openid, role: 'staff', department: 'medical-security', name: '周敏' })
    expect(granted).toMatchObject({ ok: true })
    expect(await callAs(newcomer, 'user', 'whoami')).toMatchObject({ data: { role: 'staff', department: { code: 'medical-security' } } })

    const audit = await callAs('admin', 'admin', 'listAudit', { action: 'admin.setMember' })
    expect(audit.ok && audit.data.items[0]).toMatchObject({
      actor: { code: PERSONAS.admin, label: '李*', role: 'admin', roleLabel: '管理员' },
      actionLabel: '授予或变更角色',
      target: { collection: 'members', collectionLabel: '工作人员与管理员', id: 'o_ne***f_01' },
      changes: expect.arrayContaining([
        { field: 'role', label: '角色', old: '（空）', new: '工作人员' },
        { field: 'department', label: '部门', old: '（空）', new: '市医疗保障局' },
        { field: 'name', label: '姓名', old: '（空）', new: '周*' }
      ]),
      outcome: 'done',
      outcomeLabel: '已执行'
    })
  })

  it('should page through members without a silent cut', async () => {
    const first = await callAs('admin', 'admin', 'listMembers', { page: 1, pageSize: 2 })
    expect(first).toMatchObject({ ok: true, data: { hasMore: true } })
    const total = first.ok ? first.data.total : 0
    const seen = new Set<string>()
    for (let page = 1; page <= Math.ceil(total / 2); page++) {
      const res = await callAs('admin', 'admin', 'listMembers', { page, pageSize: 2 })
      if (res.ok) res.data.items.forEach((m) => seen.add(m.userCode))
    }
    expect(seen.size).toBe(total)
  })

  it('should revoke a role and audit the removal', async () => {
    expect(await callAs('admin', 'admin', 'removeMember', { userCode: newcomer.openid })).toMatchObject({ ok: true })
    expect(await callAs(newcomer, 'user', 'whoami')).toMatchObject({ data: { role: 'citizen' } })
    const audit = await callAs('admin', 'admin', 'listAudit', { action: 'admin.removeMember' })
    expect(audit.ok && audit.data.items[0]).toMatchObject({ changes: expect.arrayContaining([{ field: 'role', label: '角色', old: '工作人员', new: '（空）' }]) })
  })

  it.each([
    ['removing someone who holds no role', 'removeMember', { userCode: 'o_nobody_here' }, 'MEMBER.NOT_FOUND'],
    ['changing their own role', 'setMember', { userCode: PERSONAS.admin, role: 'staff', department: 'hrss', name: '李静' }, 'MEMBER.SELF_CHANGE'],
    ['removing themselves', 'removeMember', { userCode: PERSONAS.admin }, 'MEMBER.SELF_CHANGE'],
    ['staff without a department', 'setMember', { userCode: 'o_someone_01', role: 'staff', name: '某某' }, 'REQUEST.INVALID'],
    ['staff of a department that does not exist', 'setMember', { userCode: 'o_someone_01', role: 'staff', department: 'no-such-dept', name: '某某' }, 'REQUEST.INVALID']
  ])('should refuse %s and write nothing', async (_case, action, data, code) => {
    const before = await snapshot()
    expect(await callAs('admin', 'admin', action, data)).toMatchObject({ ok: false, code })
    expect(await snapshot()).toEqual(before)
  })
})
