/**
 * The shared guards a mutation run (issue 16) found thinly tested, each on its own: sealing
 * (known answers, so data sealed by an earlier release still opens and is still found), the
 * stored personal fields, the consent check over more records than it reads, the budget of
 * refusal records, the per-action and total write limits, and the data-rights registry walk.
 */
import { database } from '../../local/sdk'
import { DataKeyError, decryptField, encryptField, lookupHash, newDataKey } from '../../cloudfunctions/_shared/crypto'
import { maskedPersonal, openPersonal, sealPersonal } from '../../cloudfunctions/_shared/personal'
import { POLICY_VERSION, requireConsent } from '../../cloudfunctions/_shared/consent'
import { auditAfter, auditIn, auditRefusal } from '../../cloudfunctions/_shared/audit'
import type { ActionContext } from '../../cloudfunctions/_shared/router'
import { takeToken, takeWriteToken, writeLimit } from '../../cloudfunctions/_shared/rate-limit'
import { eraseMyData, exportMyData } from '../../cloudfunctions/_shared/my-data'
import { DEFAULT_WRITE_LIMIT, REFUSAL_BUDGET, rateWindow, refusalSummaryId } from '../../src/domain/rate-limit'
import hallConfig from '../../config/hall.json'

const ID = '110101199003071234'
const FIXED_KEY = '0123456789abcdef'.repeat(4)
// Sealed and hashed under FIXED_KEY by the v1 scheme (HKDF-SHA-256 keys "fingertip-hall/encryption"
// and "fingertip-hall/lookup", AES-256-GCM with IV 07×12): what stored records hold today.
const SEALED_ID = 'v1.BwcHBwcHBwcHBwcH.-cPT-hmPb_hj7q1qcYjGIA.sPA2aZmNGaSiSYeShAJbpA4w'
const HASHED_ID = 'A-xkF6Wln0hCQg4JSqCbJp_F7V1MBMgCcDT_ZlmlNhg'
const HASHED_ID_X = 'kgeAlPQBI4d_e-3sIr38GkOkKrb_9fqxxHOr-hLpnAU'

describe('sealing', () => {
  const original = process.env.HALL_DATA_KEY
  afterEach(() => {
    process.env.HALL_DATA_KEY = original
  })

  it('should open what was sealed under the v1 scheme and find it by the same hash', () => {
    process.env.HALL_DATA_KEY = FIXED_KEY
    expect(decryptField(SEALED_ID)).toBe(ID)
    expect(lookupHash(ID)).toBe(HASHED_ID)
    // An ID number ending in X is hashed in capitals, whichever way it was typed.
    expect(lookupHash('11010119900307123x')).toBe(HASHED_ID_X)
    expect(encryptField(ID)).toMatch(/^v1\.[\w-]{16}\.[\w-]{22}\.[\w-]{24}$/)
  })

  it('should take the key in capitals too, and the same key gives the same keys', () => {
    process.env.HALL_DATA_KEY = FIXED_KEY.toUpperCase()
    expect(decryptField(SEALED_ID)).toBe(ID)
    expect(lookupHash(ID)).toBe(HASHED_ID)
  })

  it('should keep the cipher key and the lookup key apart', () => {
    process.env.HALL_DATA_KEY = FIXED_KEY
    const [, iv, tag, body] = SEALED_ID.split('.')
    expect(lookupHash(ID)).not.toBe(Buffer.from([iv, tag, body].join('')).toString('base64url'))
    process.env.HALL_DATA_KEY = newDataKey()
    expect(() => decryptField(SEALED_ID)).toThrow()
    expect(lookupHash(ID)).not.toBe(HASHED_ID)
  })

  it('should seal and open an empty value', () => {
    process.env.HALL_DATA_KEY = FIXED_KEY
    const sealed = encryptField('')
    expect(sealed.endsWith('.')).toBe(true)
    expect(decryptField(sealed)).toBe('')
  })

  it.each([
    ['another version', SEALED_ID.replace(/^v1/, 'v2')],
    ['no version', SEALED_ID.replace(/^v1/, '')],
    ['no IV', 'v1..' + SEALED_ID.split('.').slice(2).join('.')],
    ['no tag', SEALED_ID.split('.').map((p, i) => (i === 2 ? '' : p)).join('.')],
    ['no body at all', SEALED_ID.split('.').slice(0, 3).join('.')],
    ['plain text', ID]
  ])('should refuse %s as not an encrypted field', (_case, sealed) => {
    process.env.HALL_DATA_KEY = FIXED_KEY
    expect(() => decryptField(sealed)).toThrow(new DataKeyError('not an encrypted field'))
  })

  it.each([
    ['one character short', FIXED_KEY.slice(1)],
    ['one character long', `${FIXED_KEY}0`],
    ['text before', `x${FIXED_KEY.slice(1)}`],
    ['text after', `${FIXED_KEY.slice(1)}x`],
    ['a line around it', `\n${FIXED_KEY}\n`]
  ])('should refuse a key %s', (_case, key) => {
    process.env.HALL_DATA_KEY = key
    expect(() => lookupHash(ID)).toThrow(DataKeyError)
    expect(() => encryptField(ID)).toThrow('HALL_DATA_KEY must be 64 hex characters (32 bytes)')
  })

  it('should refuse when no key is set, with an error named for what is wrong', () => {
    delete process.env.HALL_DATA_KEY
    expect(() => encryptField(ID)).toThrow(DataKeyError)
    expect(new DataKeyError('x')).toMatchObject({ name: 'DataKeyError', message: 'x' })
  })

  it('should make a new key of 32 random bytes', () => {
    const a = newDataKey()
    expect(a).toMatch(/^[0-9a-f]{64}$/)
    expect(newDataKey()).not.toBe(a)
  })
})

describe('the stored personal fields', () => {
  it('should store exactly the fields given, sealed, masked, and hashed for an ID number', () => {
    expect(sealPersonal({})).toStrictEqual({})
    expect(sealPersonal({ name: '' })).toStrictEqual({ name: '' })
    const stored = sealPersonal({ name: '张小三', mobile: '13812345678', idNumber: ID })
    expect(Object.keys(stored).sort()).toEqual(['idNumber', 'mobile', 'name'])
    expect(stored.name).toBe('张小三')
    expect(stored.mobile).toStrictEqual({ sealed: expect.stringMatching(/^v1\./), masked: '138****5678' })
    expect(stored.idNumber).toStrictEqual({ sealed: expect.stringMatching(/^v1\./), masked: '110***********1234', hash: lookupHash(ID) })
    expect(openPersonal(stored)).toStrictEqual({ name: '张小三', mobile: '13812345678', idNumber: ID })
    expect(maskedPersonal(stored)).toStrictEqual({ name: '张**', mobile: '138****5678', idNumber: '110***********1234' })
  })

  it('should open and mask only what is stored', () => {
    expect(openPersonal({})).toStrictEqual({})
    expect(maskedPersonal({})).toStrictEqual({})
    const onlyMobile = sealPersonal({ mobile: '13912345678' })
    expect(openPersonal(onlyMobile)).toStrictEqual({ mobile: '13912345678' })
    expect(maskedPersonal(onlyMobile)).toStrictEqual({ mobile: '139****5678' })
    expect(maskedPersonal({ name: '' })).toStrictEqual({ name: '*' })
    expect(openPersonal({ name: '' })).toStrictEqual({ name: '' })
  })
})

describe('requireConsent', () => {
  const consents = () => database().collection('consents')
  const record = (openid: string, event: 'given' | 'withdrawn', policyVersion: string, at: Date, purposes = ['service', 'notify']) =>
    consents().add({ data: { openid, event, policyVersion, purposes: event === 'given' ? purposes : [], at } })

  it('should use the current policy of the hall configuration', () => {
    expect(POLICY_VERSION).toBe(hallConfig.privacyPolicyVersion)
  })

  it('should let through a citizen who consented to this purpose, and refuse another purpose', async () => {
    await record('o_cons_0001', 'given', POLICY_VERSION, new Date('2026-11-01T00:00:00Z'), ['service'])
    await expect(requireConsent(database(), 'o_cons_0001', 'service')).resolves.toBeUndefined()
    await expect(requireConsent(database(), 'o_cons_0001', 'notify')).rejects.toMatchObject({ code: 'CONSENT.REQUIRED' })
  })

  it('should ask again, as outdated, after the policy changed, and as required with no record', async () => {
    await record('o_cons_0002', 'given', 'older-policy', new Date('2026-01-01T00:00:00Z'))
    await expect(requireConsent(database(), 'o_cons_0002', 'service')).rejects.toMatchObject({ code: 'CONSENT.OUTDATED' })
    await expect(requireConsent(database(), 'o_cons_none', 'service')).rejects.toMatchObject({ code: 'CONSENT.REQUIRED' })
  })

  it('should read the latest record even past the twenty it reads', async () => {
    for (let i = 0; i < 25; i++) await record('o_cons_0003', 'given', POLICY_VERSION, new Date(Date.UTC(2026, 0, 1 + i)))
    await record('o_cons_0003', 'withdrawn', POLICY_VERSION, new Date(Date.UTC(2026, 5, 1)))
    await expect(requireConsent(database(), 'o_cons_0003', 'service')).rejects.toMatchObject({ code: 'CONSENT.REQUIRED' })
    for (let i = 0; i < 25; i++) await record('o_cons_0004', 'withdrawn', POLICY_VERSION, new Date(Date.UTC(2026, 0, 1 + i)))
    await record('o_cons_0004', 'given', POLICY_VERSION, new Date(Date.UTC(2026, 5, 1)))
    await expect(requireConsent(database(), 'o_cons_0004', 'service')).resolves.toBeUndefined()
  })

  it("should read only the citizen's own records", async () => {
    await record('o_cons_0005', 'given', POLICY_VERSION, new Date('2026-11-01T00:00:00Z'))
    await expect(requireConsent(database(), 'o_cons_0006', 'service')).rejects.toMatchObject({ code: 'CONSENT.REQUIRED' })
  })
})

describe('the audit of a staff or admin change', () => {
  const ctx = (): ActionContext => ({ caller: { openid: 'o_auditor_0001', role: 'admin' }, requestId: 'req-audit-in', db: database(), fn: 'admin', action: 'setThing' }) as ActionContext

  it('should write who, in which role, did which action to which record, with the changes, in the transaction', async () => {
    const db = database()
    const started = Date.now()
    await db.runTransaction(async (tx) => {
      await auditIn(tx, ctx(), { collection: 'links', id: 'L1' }, { title: '旧', at: 1 }, { title: '新', at: 1 })
    })
    const { data } = await db.collection('audit').where({ requestId: 'req-audit-in' }).get()
    expect(data).toEqual([expect.objectContaining({ actor: 'o_auditor_0001', role: 'admin', action: 'admin.setThing', target: { collection: 'links', id: 'L1' }, changes: { title: { old: '旧', new: '新' } }, outcome: 'done' })])
    expect(new Date(data[0].at as Date).getTime()).toBeGreaterThanOrEqual(started - 1000)
  })

  it('should leave no record when the transaction it was written in fails', async () => {
    const db = database()
    await expect(
      db.runTransaction(async (tx) => {
        await auditIn(tx, { ...ctx(), requestId: 'req-audit-rolled-back' }, { collection: 'links', id: 'L2' }, null, { title: '新' })
        throw new Error('later step failed')
      })
    ).rejects.toThrow('later step failed')
    expect((await db.collection('audit').where({ requestId: 'req-audit-rolled-back' }).get()).data).toEqual([])
  })

  it('should write the record of a run after it, describing what it did', async () => {
    await auditAfter({ ...ctx(), requestId: 'req-audit-after', action: 'purge' }, { collection: '-', id: 'purge' }, { removed: 3 })
    const { data } = await database().collection('audit').where({ requestId: 'req-audit-after' }).get()
    expect(data).toEqual([expect.objectContaining({ actor: 'o_auditor_0001', role: 'admin', action: 'admin.purge', target: { collection: '-', id: 'purge' }, changes: { removed: { old: null, new: 3 } }, outcome: 'done' })])
  })
})

describe('the budget of refusal records', () => {
  it('should give the first refusals of an hour a record each and count the rest on one summary', async () => {
    const db = database()
    const caller = { openid: 'o_refuser_0001', role: 'citizen' as const }
    const at = new Date('2026-11-20T03:10:00Z')
    const { start, end } = rateWindow(at.getTime(), REFUSAL_BUDGET)
    for (let i = 0; i < REFUSAL_BUDGET.detailed + 3; i++) await auditRefusal(db, caller, `admin.probe${i}`, `req${i}`, at)
    const { data } = await db.collection('audit').where({ actor: caller.openid }).get()
    const detailed = data.filter((r) => r.action !== 'router.refusals')
    expect(detailed.map((r) => r.action).sort()).toEqual(['admin.probe0', 'admin.probe1', 'admin.probe2', 'admin.probe3', 'admin.probe4'])
    expect(detailed[0]).toMatchObject({ role: 'citizen', outcome: 'refused', target: { collection: '-', id: '-' }, changes: {} })
    const summary = data.filter((r) => r.action === 'router.refusals')
    expect(summary).toEqual([expect.objectContaining({ _id: refusalSummaryId(caller.openid, start), count: 3, lastAction: 'admin.probe7', requestId: 'req7', outcome: 'refused', role: 'citizen' })])
    expect(new Date(summary[0].windowEnd as Date).getTime()).toBe(end)
    expect(new Date(summary[0].lastAt as Date).getTime()).toBe(at.getTime())

    // The budget is counted on its own counter, apart from any action's writes.
    const counters = await db.collection('rate_limits').where({ openid: caller.openid }).get()
    expect(counters.data).toEqual([expect.objectContaining({ _id: `${caller.openid}|refused|${start}`, action: 'refused', count: REFUSAL_BUDGET.detailed })])

    // The next hour starts a new budget.
    await auditRefusal(db, caller, 'admin.later', 'req-later', new Date(end + 1000))
    const later = await db.collection('audit').where({ actor: caller.openid, action: 'admin.later' }).get()
    expect(later.data).toHaveLength(1)
  })

  it('should count every refusal once on the summary when they arrive at once', async () => {
    const db = database()
    const caller = { openid: 'o_refuser_0002', role: 'staff' as const }
    const at = new Date('2026-11-20T05:10:00Z')
    for (let i = 0; i < REFUSAL_BUDGET.detailed; i++) await auditRefusal(db, caller, 'admin.probe', `req${i}`, at)
    await Promise.all(Array.from({ length: 6 }, (_, i) => auditRefusal(db, caller, 'admin.burst', `burst${i}`, at)))
    const { data } = await db.collection('audit').where({ actor: caller.openid, action: 'router.refusals' }).get()
    expect(data).toHaveLength(1)
    expect(data[0]).toMatchObject({ count: 6, lastAction: 'admin.burst', role: 'staff' })
  })
})

describe('the write limits', () => {
  const limit = { max: 2, windowSeconds: 60, totalMax: 3 }
  const start = Date.UTC(2026, 10, 20, 3, 0, 0)

  it('should refuse the write past the per-action limit, saying when to try again', async () => {
    const db = database()
    await takeWriteToken(db, 'o_writer_0001', 'user.a', start + 15_000, limit)
    await takeWriteToken(db, 'o_writer_0001', 'user.a', start + 15_000, limit)
    const refused = takeWriteToken(db, 'o_writer_0001', 'user.a', start + 15_000, limit)
    await expect(refused).rejects.toMatchObject({ code: 'RATE.LIMITED', message: '操作过于频繁，请 45 秒后再试' })
    await expect(takeWriteToken(db, 'o_writer_0001', 'user.a', start + 60_000, limit)).resolves.toBeUndefined()
  })

  it('should refuse past the total over all actions though each action is under its own', async () => {
    const db = database()
    await takeWriteToken(db, 'o_writer_0002', 'user.a', start, limit)
    await takeWriteToken(db, 'o_writer_0002', 'user.b', start, limit)
    await takeWriteToken(db, 'o_writer_0002', 'user.c', start, limit)
    await expect(takeWriteToken(db, 'o_writer_0002', 'user.d', start, limit)).rejects.toMatchObject({ code: 'RATE.LIMITED' })
    await expect(takeWriteToken(db, 'o_writer_0003', 'user.d', start, limit)).resolves.toBeUndefined()
  })

  it('should pass on a failure of the store that is not a duplicate key, never counting it a pass', async () => {
    const db = database()
    const failing = {
      command: db.command,
      collection: (name: string) => {
        const real = db.collection(name)
        return { where: (q: object) => real.where(q), add: async () => { throw new Error('store unavailable') } }
      }
    } as unknown as typeof db
    const counter = { _id: 'o_writer_0005|x|0', openid: 'o_writer_0005', action: 'x', expiresAt: new Date(start) }
    await expect(takeToken(failing, counter, 5)).rejects.toThrow('store unavailable')
  })

  it('should count a token up to its max and then refuse', async () => {
    const db = database()
    const counter = { _id: 'o_writer_0004|x|0', openid: 'o_writer_0004', action: 'x', expiresAt: new Date(start) }
    expect(await takeToken(db, counter, 1)).toBe(true)
    expect(await takeToken(db, counter, 1)).toBe(false)
    const { data } = await db.collection('rate_limits').where({ _id: counter._id }).get()
    expect(data[0]).toMatchObject({ openid: 'o_writer_0004', action: 'x', count: 1 })
  })

  it('should read its limit from HALL_WRITE_LIMIT, the default when unset', () => {
    const saved = process.env.HALL_WRITE_LIMIT
    delete process.env.HALL_WRITE_LIMIT
    expect(writeLimit()).toEqual(DEFAULT_WRITE_LIMIT)
    process.env.HALL_WRITE_LIMIT = '5/10,7'
    expect(writeLimit()).toEqual({ max: 5, windowSeconds: 10, totalMax: 7 })
    if (saved === undefined) delete process.env.HALL_WRITE_LIMIT
    else process.env.HALL_WRITE_LIMIT = saved
  })
})

describe('the data-rights walk of the registry', () => {
  const me = 'o_rights_0001'
  const other = 'o_rights_0002'

  beforeAll(async () => {
    const db = database()
    const at = new Date()
    for (const openid of [me, other]) {
      await db.collection('consents').add({ data: { openid, event: 'given', policyVersion: 'v', purposes: ['service'], at } })
      await db.collection('favourites').add({ data: { openid, code: 'SB-001', at } })
      await db.collection('rate_limits').add({ data: { _id: `${openid}|x|0`, openid, action: 'x', count: 1, expiresAt: at } })
    }
    await db.collection('audit').add({ data: { actor: me, role: 'citizen', action: 'user.x', target: { collection: '-', id: '-' }, changes: {}, requestId: 'r', at, outcome: 'done' } })
  })

  it('should export every owned collection but the operational counters, and only the caller', async () => {
    const { exportedAt, collections } = await exportMyData(database(), me)
    expect(Number.isNaN(Date.parse(exportedAt))).toBe(false)
    const byName = Object.fromEntries(collections.map((c) => [c.name, c]))
    expect(Object.keys(byName).sort()).toEqual(['appointments', 'audit', 'consents', 'favourites', 'outbox'])
    expect(byName.consents.documents).toHaveLength(1)
    expect(byName.favourites.documents).toEqual([expect.objectContaining({ openid: me, code: 'SB-001' })])
    expect(byName.audit.documents).toEqual([expect.objectContaining({ actor: me, action: 'user.x' })])
    expect(byName.outbox.documents).toEqual([])
    expect(byName.favourites.purpose).toBe('群众收藏的办事指南（我的收藏）')
  })

  it('should erase what may be erased, counters included, keep what the law keeps with its count and reason, and leave others alone', async () => {
    const result = await eraseMyData(database(), me)
    expect(result.deleted).toEqual({ consents: 1, rate_limits: 1, favourites: 1, outbox: 0 })
    expect(result.kept).toEqual([expect.objectContaining({ name: 'audit', count: 1, reason: expect.stringContaining('审计记录依法留存'), purpose: expect.any(String) })])
    const db = database()
    expect((await db.collection('favourites').where({ openid: me }).get()).data).toEqual([])
    expect((await db.collection('rate_limits').where({ openid: me }).get()).data).toEqual([])
    expect((await db.collection('favourites').where({ openid: other }).get()).data).toHaveLength(1)
    expect((await db.collection('consents').where({ openid: other }).get()).data).toHaveLength(1)
    expect((await db.collection('audit').where({ actor: me }).get()).data).toHaveLength(1)
  })
})
