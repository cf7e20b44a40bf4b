import { database } from '../../local/sdk'
import { callAs, seeded, snapshot } from '../support/hall'

beforeAll(async () => {
  await seeded()
  await database().collection('members').doc('o_second_admin_01').set({ data: { role: 'admin', name: '第二管理员', updatedAt: new Date() } })
})

beforeEach(() => {
  process.env.HALL_WRITE_LIMIT = '3/3600'
})

afterAll(() => {
  delete process.env.HALL_WRITE_LIMIT
})

const NAMES = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉'
const grant = (n: number) => ({ userCode: `o_rate_target_${n}`, role: 'staff', department: 'hrss', name: `限流${NAMES[n % NAMES.length]}` })

describe('write rate limits', () => {
  it('should refuse writes past the limit with a coded error that writes nothing', async () => {
    for (const n of [1, 2, 3]) expect(await callAs('admin', 'admin', 'setMember', grant(n))).toMatchObject({ ok: true })
    const before = await snapshot()
    expect(await callAs('admin', 'admin', 'setMember', grant(4))).toMatchObject({ ok: false, code: 'RATE.LIMITED', message: expect.stringContaining('秒后再试') })
    expect(await snapshot()).toEqual(before)
  })

  it('should count each identity separately and leave reads alone', async () => {
    expect(await callAs({ openid: 'o_second_admin_01' }, 'admin', 'setMember', grant(5))).toMatchObject({ ok: true })
    expect(await callAs('admin', 'admin', 'listMembers', {})).toMatchObject({ ok: true })
  })

  it('should let exactly the limit through when writes arrive at once', async () => {
    process.env.HALL_WRITE_LIMIT = '4/3600'
    const who = { openid: 'o_second_admin_01' }
    await database().collection('rate_limits').where({ openid: who.openid }).remove()
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => callAs(who, 'admin', 'setMember', grant(100 + i))))
    expect(results.filter((r) => r.ok)).toHaveLength(4)
    expect(results.filter((r) => !r.ok && r.code === 'RATE.LIMITED')).toHaveLength(8)
  })
})
