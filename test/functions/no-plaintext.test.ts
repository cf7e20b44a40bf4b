/**
 * After a full scenario (roles granted and refused, consents given and withdrawn, bad requests
 * that carry a mobile and an ID number, exports, erasure, purge), no plaintext mobile or ID
 * number is in any file of the data folder, any log line, or any response. The search reads
 * stored documents value by value and sets whole hex ids aside (test/support/plaintext.ts): the
 * store's random `_id`s hold digit runs that look like a mobile, and once made this suite fail
 * about one run in twelve.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import hall from '../../config/hall.json'
import { callAs, seeded } from '../support/hall'
import { PLAINTEXT, plaintextInText, plaintextInValue } from '../support/plaintext'
import { database, dataDir } from '../../local/sdk'

const MOBILE = '13812345678'
const ID = '11010519491231002X'
const hasPlaintext = (text: string) => plaintextInText(text).length > 0

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
    const leaks = files.filter((f) => hasPlaintext(fs.readFileSync(f, 'utf8')))
    expect(leaks).toEqual([])
  })

  it('should leave none in the logs', () => {
    expect(logs.filter(hasPlaintext)).toEqual([])
  })

  it('should send none back in any response', () => {
    expect(responses.filter(hasPlaintext)).toEqual([])
  })

  it('should find a mobile or ID number planted in a stored field, even next to hex or an id', async () => {
    const id = () => randomBytes(16).toString('hex')
    // In fields the audit collection declares (the store refuses undeclared ones).
    const planted = [
      { action: MOBILE },
      { requestId: `cafe${MOBILE}beef` },
      { target: { collection: 'appointments', id: `reminder|${id()}|${MOBILE}` } },
      { actor: `${id()} ${MOBILE}` },
      { changes: { mobile: { old: null, new: Number(MOBILE) } } },
      { changes: { list: { old: null, new: [{ idNumber: ID }] } } },
      { changes: { [MOBILE]: { old: null, new: true } } }
    ]
    const db = database()
    const ids = planted.map(() => id())
    for (const [i, doc] of planted.entries()) await db.collection('audit').add({ data: { _id: ids[i], ...doc } })
    const audit = filesUnder(dataDir()).find((f) => f.endsWith('audit.db')) as string
    const found = plaintextInText(fs.readFileSync(audit, 'utf8'))
    expect(found.filter((m) => m === MOBILE)).toHaveLength(planted.length - 1)
    expect(found.filter((m) => m === ID)).toHaveLength(1)
    await db.collection('audit').where({ _id: db.command.in(ids) }).remove()
  })
})

describe('the plaintext search', () => {
  it.each([
    ['a mobile alone', MOBILE],
    ['a mobile in text', `手机${MOBILE}。`],
    ['a mobile between hex letters', `ab${MOBILE}cd`],
    ['a mobile after a hex id and a separator', `${'a'.repeat(31)}1|${MOBILE}`],
    ['a mobile glued to a hex id (no longer id-shaped)', `${'f'.repeat(32)}${MOBILE}`.slice(0, 32 + 11)],
    ['an ID number', `证件${ID}`]
  ])('should find %s', (_what, text) => {
    expect(plaintextInText(text).length).toBeGreaterThan(0)
    expect(plaintextInValue({ field: text }).length).toBeGreaterThan(0)
  })

  it('should never read a random hex id as a mobile, where a plain regex would', () => {
    const ids = Array.from({ length: 20_000 }, () => randomBytes(16).toString('hex'))
    const docs = ids.map((_id, i) => JSON.stringify({ _id, requestId: randomBytes(8).toString('hex'), ref: `reminder|${_id}|${i}` })).join('\n')
    // The old search over the raw file: it raises false alarms on these (about 36 in 20,000).
    expect(new RegExp(PLAINTEXT.source).test(docs)).toBe(true)
    expect(plaintextInText(docs)).toEqual([])
  })
})
