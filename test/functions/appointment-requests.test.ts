/**
 * The appointment function's requests, counted (issue 9): each one reads the slot rule of a
 * hall once and hands it down, and a reschedule to the slot the booking already holds changes
 * nothing (no counter, SEQUENCE, audit or outbox write) and says so instead of 改约成功.
 */
import { database } from '../../local/sdk'
import { hallDate } from '../../src/domain/time'
import { callAs, seeded, snapshot } from '../support/hall'

process.env.HALL_WRITE_LIMIT = '1000/60'
jest.setTimeout(60_000)

// A service of its own, served at two halls and needing no personal fields (so no consent step).
const SERVICE = 'ZZ-101'
const who = (n: number) => ({ openid: `o_rule_reads_${String(n).padStart(4, '0')}` })
let keySeq = 0
const key = () => `rule-reads-${++keySeq}-${Date.now()}`

beforeAll(async () => {
  await seeded()
  const db = database()
  await db.collection('service_items').add({ data: { _id: SERVICE, code: SERVICE, name: '规则读取测试事项', status: 'published', bookable: true, appointmentFields: [], halls: ['H01', 'H02'] } })
  // One place per slot at H01, so "the slot it holds" is also a full slot; hour-long slots at H02.
  await db.collection('slot_rules').add({ data: { _id: `H01|${SERVICE}`, hall: 'H01', service: SERVICE, slotMinutes: 30, capacity: 1, windowDays: 14, cutoffMinutes: 60, cancelCutoffMinutes: 120 } })
  await db.collection('slot_rules').add({ data: { _id: `H02|${SERVICE}`, hall: 'H02', service: SERVICE, slotMinutes: 60, capacity: 5, windowDays: 14, cutoffMinutes: 60, cancelCutoffMinutes: 120 } })
})

/** Runs one request and counts how often it opened the slot-rule collection. */
async function ruleReads<T>(run: () => Promise<T>): Promise<{ answer: T; reads: number }> {
  const spy = jest.spyOn(database(), 'collection')
  try {
    const answer = await run()
    return { answer, reads: spy.mock.calls.filter(([name]) => name === 'slot_rules').length }
  } finally {
    spy.mockRestore()
  }
}

/** Open slots on days after today (today's may close while the test runs), one list per day. */
async function openSlots(hall: string): Promise<Array<{ date: string; start: string; end: string }>> {
  const res = await callAs('anonymous', 'appointment', 'availability', { service: SERVICE, hall })
  if (!res.ok) throw new Error(JSON.stringify(res))
  const today = hallDate(new Date())
  return res.data.dates.filter((d) => d.date > today).flatMap((d) => d.slots.filter((s) => s.status === 'open').map((s) => ({ date: d.date, start: s.start, end: s.end })))
}

async function bookOk(citizen: { openid: string }, hall: string, slot: { date: string; start: string }) {
  const res = await callAs(citizen, 'appointment', 'book', { service: SERVICE, hall, date: slot.date, start: slot.start, idempotencyKey: key() })
  if (!res.ok) throw new Error(JSON.stringify(res))
  return res.data
}

const stored = async (id: string) => (await database().collection('appointments').doc(id).get()).data as Record<string, unknown>

describe('the slot rule, read once per request', () => {
  it('should read it once for availability, book, getAppointment and cancel', async () => {
    const avail = await ruleReads(() => callAs('anonymous', 'appointment', 'availability', { service: SERVICE, hall: 'H01' }))
    expect(avail).toMatchObject({ answer: { ok: true, data: { rule: { capacity: 1 } } }, reads: 1 })

    const [slot] = await openSlots('H01')
    const booked = await ruleReads(() => callAs(who(1), 'appointment', 'book', { service: SERVICE, hall: 'H01', date: slot.date, start: slot.start, idempotencyKey: key() }))
    expect(booked).toMatchObject({ answer: { ok: true }, reads: 1 })
    if (!booked.answer.ok) return

    const id = booked.answer.data.id
    expect(await ruleReads(() => callAs(who(1), 'appointment', 'getAppointment', { id }))).toMatchObject({ answer: { ok: true }, reads: 1 })
    expect(await ruleReads(() => callAs(who(1), 'appointment', 'cancel', { id }))).toMatchObject({ answer: { ok: true, data: { status: 'cancelled' } }, reads: 1 })
  })

  it("should read it once for a move within the hall, and each hall's rule once for a move to another hall", async () => {
    const slots = await openSlots('H01')
    const from = slots[0]
    const found = slots.find((s) => s.date !== from.date) as { date: string; start: string }
    const within = { date: found.date, start: found.start }
    const booking = await bookOk(who(2), 'H01', from)
    expect(await ruleReads(() => callAs(who(2), 'appointment', 'reschedule', { id: booking.id, ...within }))).toMatchObject({ answer: { ok: true, data: within }, reads: 1 })

    // The move is checked against the rule of the hall it leaves (cancel cutoff) and the one it
    // joins (its hour-long slots), never one hall's rule standing in for the other's.
    const there = (await openSlots('H02')).find((s) => s.date !== within.date) as { date: string; start: string; end: string }
    const moved = await ruleReads(() => callAs(who(2), 'appointment', 'reschedule', { id: booking.id, hall: 'H02', date: there.date, start: there.start }))
    expect(moved).toMatchObject({ answer: { ok: true, data: { hall: 'H02', date: there.date, start: there.start, end: there.end } }, reads: 2 })
    expect(Number(there.end.slice(0, 2)) * 60 + Number(there.end.slice(3)) - (Number(there.start.slice(0, 2)) * 60 + Number(there.start.slice(3)))).toBe(60)
  })
})

describe('a reschedule to the slot the booking holds', () => {
  it('should say there is nothing to change, and change nothing: no counter, SEQUENCE, updatedAt, audit or outbox write', async () => {
    const [slot] = await openSlots('H01')
    const booking = await bookOk(who(3), 'H01', slot)
    const doc = await stored(booking.id)
    const outbox = (await database().collection('outbox').count()).total
    const before = await snapshot()

    // The slot holds one place and this booking has it: full, but that is not the answer.
    const same = await callAs(who(3), 'appointment', 'reschedule', { id: booking.id, date: slot.date, start: slot.start })
    expect(same).toMatchObject({ ok: false, code: 'APPOINTMENT.SAME_SLOT', message: '已是该时段，无需改约' })
    // Naming its own hall is the same slot too.
    expect(await callAs(who(3), 'appointment', 'reschedule', { id: booking.id, hall: 'H01', date: slot.date, start: slot.start })).toMatchObject({ ok: false, code: 'APPOINTMENT.SAME_SLOT' })

    expect(await snapshot()).toEqual(before)
    expect(await stored(booking.id)).toEqual(doc)
    expect(doc).toMatchObject({ sequence: 0, status: 'booked' })
    expect((await database().collection('outbox').count()).total).toBe(outbox)
    const counter = (await database().collection('slots').doc(`H01|${SERVICE}|${slot.date}|${slot.start}`).get()).data as { booked: number }
    expect(counter.booked).toBe(1)
    const ics = await callAs(who(3), 'appointment', 'calendarFile', { id: booking.id })
    expect(ics.ok && ics.data.text).toMatch(/SEQUENCE:0\r\n/)
  })
})
