/**
 * After a full scenario (roles granted and refused, consents given and withdrawn, bad requests
 * that carry a mobile and an ID number, exports, erasure, purge), no plaintext mobile or ID
 * number is in any file of the data folder, any log line, or any response.
 */
import fs from 'node:fs'
import path from 'node:path'
import hall from '../../config/hall.json'
import { callAs, seeded } from '../support/hall'
import { dataDir } from '../../local/sdk'

const MOBILE = '13812345678'
const ID = '11010519491231002X'
const PLAINTEXT = /(?<!\d)1[3-9]\d{9}(?!\d)|(?<![0-9Xx])\d{17}[0-9Xx](?![0-9Xx])/

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]))
}

describe('no plaintext mobile or ID number', () => {
  const logs: string[] = []
  const responses: string[] = []
  const spies: jest.SpyInstance[] = []

  beforeAll(async () => {
    process.env.HALL_LOG = 'info'
    for (const level of ['log', 'warn', 'error'] as const) spies.push(jest.spyOn(console, level).mockImplementation((...args) => void logs.push(args.join(' '))))
    await seeded()
  })

  afterAll(() => {
    spies.forEach((s) => s.mockRestore())
    process.env.HALL_LOG = 'silent'
  })

  const call = async (...args: Parameters<typeof callAs>) => {
    const res = await callAs(...args)
    responses.push(JSON.stringify(res))
    return res
  }

  it('should run the scenario', async () => {
    const citizen = { openid: 'o_plaintext_citizen' }
    await call('admin', 'admin', 'setMember', { userCode: 'o_plaintext_staff', role: 'staff', department: 'hrss', name: '周敏' })
    expect(await call('admin', 'admin', 'setMember', { userCode: 'o_plaintext_staff', role: 'staff', department: 'hrss', name: MOBILE })).toMatchObject({ code: 'REQUEST.INVALID' })
    expect(await call('admin', 'admin', 'listAudit', { action: ID })).toMatchObject({ ok: true })
    await call(citizen, 'user', 'giveConsent', { policyVersion: hall.privacyPolicyVersion, purposes: ['service'] })
    expect(await call(citizen, 'user', 'giveConsent', { policyVersion: MOBILE, purposes: ['service'], mobile: MOBILE, idNumber: ID })).toMatchObject({ code: 'REQUEST.INVALID' })
    expect(await call(citizen, 'admin', 'setMember', { userCode: citizen.openid, role: 'admin', name: ID })).toMatchObject({ code: 'AUTH.FORBIDDEN' })
    await call(citizen, 'user', 'myData')
    await call(citizen, 'user', 'withdrawConsent')
    await call(citizen, 'user', 'deleteMyData', { confirm: '确认删除' })
    await call('admin', 'retention', 'purge', {})
    expect(logs.length).toBeGreaterThan(5)
  })

  it('should leave none in the data folder', () => {
    const files = filesUnder(dataDir())
    expect(files.some((f) => f.endsWith('audit.db'))).toBe(true)
    const leaks = files.filter((f) => PLAINTEXT.test(fs.readFileSync(f, 'utf8')))
    expect(leaks).toEqual([])
  })

  it('should leave none in the logs', () => {
    expect(logs.filter((l) => PLAINTEXT.test(l))).toEqual([])
  })

  it('should send none back in any response', () => {
    expect(responses.filter((r) => PLAINTEXT.test(r))).toEqual([])
  })
})
