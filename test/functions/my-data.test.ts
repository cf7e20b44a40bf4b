import { requireConsent } from '../../cloudfunctions/_shared/consent'
import { database } from '../../local/sdk'
import { callAs, seeded, snapshot } from '../support/hall'
import hall from '../../config/hall.json'

beforeAll(seeded)

const alice = { openid: 'o_citizen_alice_01' }
const bob = { openid: 'o_citizen_bob_0001' }

describe('consent', () => {
  it('should move from none to given to withdrawn and back', async () => {
    expect(await callAs(alice, 'user', 'consentStatus')).toMatchObject({ ok: true, data: { state: 'none', policyVersion: hall.privacyPolicyVersion } })
    await expect(requireConsent(database(), alice.openid, 'service')).rejects.toMatchObject({ code: 'CONSENT.REQUIRED' })

    expect(await callAs(alice, 'user', 'giveConsent', { policyVersion: hall.privacyPolicyVersion, purposes: ['service', 'service'] })).toMatchObject({ ok: true, data: { purposes: ['service'] } })
    await expect(requireConsent(database(), alice.openid, 'service')).resolves.toBeUndefined()
    await expect(requireConsent(database(), alice.openid, 'notify')).rejects.toMatchObject({ code: 'CONSENT.REQUIRED' })

    expect(await callAs(alice, 'user', 'withdrawConsent')).toMatchObject({ ok: true })
    expect(await callAs(alice, 'user', 'consentStatus')).toMatchObject({ data: { state: 'withdrawn' } })
    await expect(requireConsent(database(), alice.openid, 'service')).rejects.toMatchObject({ code: 'CONSENT.REQUIRED' })
  })

  it('should refuse consent to a policy version the citizen was not shown, writing nothing', async () => {
    const before = await snapshot()
    expect(await callAs(alice, 'user', 'giveConsent', { policyVersion: '2020-01-01', purposes: ['service'] })).toMatchObject({ ok: false, code: 'CONSENT.OUTDATED' })
    expect(await snapshot()).toEqual(before)
  })

  it('should ask again when the policy version changes', async () => {
    await database().collection('consents').add({ data: { openid: bob.openid, policyVersion: '2025-01-01', purposes: ['service'], event: 'given', at: new Date() } })
    expect(await callAs(bob, 'user', 'consentStatus')).toMatchObject({ data: { state: 'outdated' } })
    await expect(requireConsent(database(), bob.openid, 'service')).rejects.toMatchObject({ code: 'CONSENT.OUTDATED' })
  })
})

describe('my data', () => {
  it('should export what the hall holds about the caller and nobody else', async () => {
    const res = await callAs(alice, 'user', 'myData')
    if (!res.ok) throw new Error(res.code)
    const consents = res.data.collections.find((c) => c.name === 'consents')
    expect(consents?.documents.length).toBeGreaterThanOrEqual(2)
    expect(res.data.collections.flatMap((c) => c.documents).every((d) => JSON.stringify(d).includes(alice.openid))).toBe(true)
    expect(JSON.stringify(res.data)).not.toContain(bob.openid)
  })

  it('should delete past any page size, keep what the law requires with the reason, and leave others alone', async () => {
    const db = database()
    await db.collection('consents').add({ data: Array.from({ length: 1234 }, (_, i) => ({ openid: alice.openid, policyVersion: hall.privacyPolicyVersion, purposes: ['service'], event: 'given', at: new Date(Date.UTC(2026, 0, 1) + i) })) })
    await callAs(alice, 'admin', 'listAudit', {})
    const bobBefore = (await db.collection('consents').where({ openid: bob.openid }).count()).total

    expect(await callAs(alice, 'user', 'deleteMyData', { confirm: '删除' })).toMatchObject({ ok: false, code: 'REQUEST.INVALID' })
    const res = await callAs(alice, 'user', 'deleteMyData', { confirm: '确认删除' })
    if (!res.ok) throw new Error(res.code)
    expect(res.data.deleted.consents).toBeGreaterThanOrEqual(1236)
    expect(res.data.kept).toEqual([expect.objectContaining({ name: 'audit', reason: expect.stringContaining('网络安全法') })])
    expect((await db.collection('consents').where({ openid: alice.openid }).count()).total).toBe(0)
    expect((await db.collection('consents').where({ openid: bob.openid }).count()).total).toBe(bobBefore)
  })
})
