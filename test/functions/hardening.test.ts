/**
 * Holes an outside attack run found (issue 8): refused calls bounded in the audit log, a
 * citizen's total writes bounded across actions, and the calendar version under concurrent
 * reschedules.
 */
import { REFUSAL_BUDGET, refusalSummaryId, rateWindow } from '../../src/domain/rate-limit'
import { hallDate } from '../../src/domain/time'
import { database } from '../../local/sdk'
import hallConfig from '../../config/hall.json'
import { callAs, seeded, type Who } from '../support/hall'

jest.setTimeout(120_000)
beforeAll(seeded)
afterEach(() => {
  delete process.env.HALL_WRITE_LIMIT
})

async function consent(who: Who) {
  const res = await callAs(who, 'user', 'giveConsent', { policyVersion: hallConfig.privacyPolicyVersion, purposes: ['service', 'notify'] })
  if (!res.ok) throw new Error(JSON.stringify(res))
}

describe('refused calls and the audit log', () => {
  it('should keep a bounded record of 200 concurrent forbidden calls by one citizen, and count every one', async () => {
    const who = { openid: 'o_refusal_flood_01' }
    const results = await Promise.all(Array.from({ length: 200 }, () => callAs(who, 'admin', 'listAudit', {})))
    expect(results.every((r) => !r.ok && r.code === 'AUTH.FORBIDDEN')).toBe(true)
    const { data } = await database().collection('audit').where({ actor: who.openid }).limit(1000).get()
    expect(data.length).toBeLessThanOrEqual(REFUSAL_BUDGET.detailed + 1)
    const detailed = data.filter((d) => d.action === 'admin.listAudit')
    const summary = data.filter((d) => d.action === 'router.refusals')
    expect(detailed).toHaveLength(REFUSAL_BUDGET.detailed)
    expect(summary).toHaveLength(1)
    expect(summary[0]).toMatchObject({ outcome: 'refused', count: 200 - REFUSAL_BUDGET.detailed, lastAction: 'admin.listAudit' })
    const { start } = rateWindow(Date.now(), REFUSAL_BUDGET)
    expect([refusalSummaryId(who.openid, start), refusalSummaryId(who.openid, start - REFUSAL_BUDGET.windowSeconds * 1000)]).toContain(summary[0]._id)
  })

  it('should still answer each refusal with its code once the detailed records are spent', async () => {
    const who = { openid: 'o_refusal_flood_02' }
    for (let i = 0; i < REFUSAL_BUDGET.detailed + 3; i++) expect(await callAs(who, 'staff', 'workbench', {})).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
    const { data } = await database().collection('audit').where({ actor: who.openid, action: 'router.refusals' }).get()
    expect(data[0]).toMatchObject({ count: 3, lastAction: 'staff.workbench' })
  })
})

describe('write limits across actions', () => {
  it('should bound a citizen total writes per window, not only each action', async () => {
    // 3 writes of each action, 5 in all: favourites add and remove are two actions.
    process.env.HALL_WRITE_LIMIT = '3/3600,5'
    const who = { openid: 'o_total_writes_01' }
    await consent(who)
    const { data: items } = await database().collection('service_items').where({ status: 'published' }).limit(6).get()
    const outcomes: string[] = []
    for (const item of items.slice(0, 3)) {
      const r = await callAs(who, 'user', 'addFavourite', { code: item._id })
      outcomes.push(r.ok ? 'ok' : r.code)
    }
    for (const item of items.slice(0, 3)) {
      const r = await callAs(who, 'user', 'removeFavourite', { code: item._id })
      outcomes.push(r.ok ? 'ok' : r.code)
    }
    // giveConsent was the first write; three adds and one removal reach five.
    expect(outcomes).toEqual(['ok', 'ok', 'ok', 'ok', 'RATE.LIMITED', 'RATE.LIMITED'])
  })
})

describe('calendar version under concurrent reschedules', () => {
  it('should raise SEQUENCE once for every reschedule that moved the booking, however many run at once', async () => {
    process.env.HALL_WRITE_LIMIT = '1000/60'
    const who = { openid: 'o_seq_citizen_01' }
    await consent(who)
    const today = hallDate(new Date())
    const avail = await callAs('anonymous', 'appointment', 'availability', { service: 'SB-004', hall: 'H01' })
    if (!avail.ok) throw new Error(JSON.stringify(avail))
    const open = avail.data.dates.filter((d) => d.date > today).flatMap((d) => d.slots.filter((s) => s.status === 'open').map((s) => ({ date: d.date, start: s.start })))
    const [first, ...others] = open
    const booked = await callAs(who, 'appointment', 'book', { service: 'SB-004', hall: 'H01', ...first, fields: { name: '改约者', mobile: '13912340001' }, idempotencyKey: 'seq-test-key-0001' })
    if (!booked.ok) throw new Error(JSON.stringify(booked))
    // One per day at most: a booking holds one service per day, so each target is another day.
    const targets = others.filter((s, i, all) => s.date !== first.date && all.findIndex((t) => t.date === s.date) === i).slice(0, 10)
    expect(targets.length).toBeGreaterThanOrEqual(5)
    const results = await Promise.all(targets.map((t) => callAs(who, 'appointment', 'reschedule', { id: booked.data.id, ...t })))
    const moved = results.filter((r) => r.ok).length
    expect(moved).toBeGreaterThan(0)
    const ics = await callAs(who, 'appointment', 'calendarFile', { id: booked.data.id })
    expect(ics.ok && ics.data.text).toContain(`SEQUENCE:${moved}\r\n`)
    const doc = (await database().collection('appointments').doc(booked.data.id).get()).data as { sequence: number }
    expect(doc.sequence).toBe(moved)
  })
})
