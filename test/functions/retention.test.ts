import { purgeExpired } from '../../cloudfunctions/retention/purge'
import { PERSONAS } from '../../local/personas'
import { database } from '../../local/sdk'
import { callAs, fireTrigger, invoke, seeded } from '../support/hall'

const DAY = 24 * 3600 * 1000
const now = new Date('2026-11-22T04:00:00Z')

beforeAll(seeded)

async function plant() {
  const db = database()
  await db.collection('audit').add({ data: [
    { _id: 'audit-old', actor: 'o_x_000001', role: 'staff', action: 'a.b', target: {}, changes: {}, requestId: 'r', at: new Date(now.getTime() - 4 * 366 * DAY), outcome: 'done' },
    { _id: 'audit-recent', actor: 'o_x_000001', role: 'staff', action: 'a.b', target: {}, changes: {}, requestId: 'r', at: new Date(now.getTime() - 30 * DAY), outcome: 'done' }
  ] })
  await db.collection('rate_limits').add({ data: [
    { _id: 'rl-old', openid: 'o_x_000001', action: 'a.b', count: 1, expiresAt: new Date(now.getTime() - 2 * DAY) },
    { _id: 'rl-live', openid: 'o_x_000001', action: 'a.b', count: 1, expiresAt: new Date(now.getTime() + 60_000) }
  ] })
}

const ids = async (name: string) => (await database().collection(name).where({ _id: database().command.in(['audit-old', 'audit-recent', 'rl-old', 'rl-live']) }).get()).data.map((d) => d._id).sort()

describe('retention', () => {
  it('should purge only what is past retention, and more as the clock moves on', async () => {
    await plant()
    expect(await purgeExpired(database(), now)).toMatchObject({ audit: 1, rate_limits: 1 })
    expect(await ids('audit')).toEqual(['audit-recent'])
    expect(await ids('rate_limits')).toEqual(['rl-live'])

    const fourYearsOn = new Date(now.getTime() + 4 * 366 * DAY)
    await purgeExpired(database(), fourYearsOn)
    expect(await ids('audit')).toEqual([])
    expect(await ids('rate_limits')).toEqual([])
  })

  it('should run from its own trigger, as the platform fires it, and not for a client that imitates it', async () => {
    const timer = await fireTrigger('retention', 'daily-purge', now)
    expect(timer.envelope).toMatchObject({ ok: true, data: { removed: expect.any(Object) } })
    const imitation = await invoke('retention', { Type: 'Timer', TriggerName: 'daily-purge' }, PERSONAS.citizen)
    expect(imitation.envelope).toMatchObject({ ok: false, code: 'ACTION.UNKNOWN' })
  })

  it('should let an administrator run it on demand, audited', async () => {
    expect(await callAs('admin', 'retention', 'purge', {})).toMatchObject({ ok: true })
    const { data } = await database().collection('audit').where({ action: 'retention.purge', actor: PERSONAS.admin }).get()
    expect(data).toHaveLength(1)
  })
})
