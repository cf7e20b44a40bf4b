/**
 * The never-overbook writes of cloudfunctions/_shared/appointments.ts called directly (issue 16,
 * mutation testing): what a booking context refuses, the idempotent replay field by field, the
 * closure seen inside the transaction, the counters a cancel, a verify and a reschedule move,
 * and the calendar and rules read from the store.
 */
import { appointmentId, activeKeyOf, book, bookingContext, changeStatus, loadCalendar, loadRule, reschedule, windowDates, type BookingContext } from '../../cloudfunctions/_shared/appointments'
import { DEFAULT_SLOT_RULE, bookableDates, daySlots, slotId } from '../../src/domain/appointments/slots'
import { CALENDAR_2026_2027, addDays } from '../../src/domain/calendar/workdays'
import { hallDate } from '../../src/domain/time'
import { database } from '../../local/sdk'
import { seeded } from '../support/hall'

jest.setTimeout(60_000)

const SERVICE = 'SB-004'
const HALL = 'H01'
const db = () => database()
let ctx: BookingContext
let slots: Array<{ date: string; start: string }>
let seq = 0
const who = () => `o_mut_appt_${String(++seq).padStart(4, '0')}`
const input = (openid: string, slot: { date: string; start: string }, idempotencyKey = `key-${openid}`) => ({ openid, idempotencyKey, ...slot, fields: { name: '变异测试' }, subscribed: false })
const counter = async (slot: { date: string; start: string }) => (await db().collection('slots').where({ _id: slotId(HALL, SERVICE, slot.date, slot.start) }).get()).data[0]
const stored = async (id: string) => (await db().collection('appointments').where({ _id: id }).get()).data[0]

beforeAll(async () => {
  await seeded()
  const now = new Date()
  const rule = await loadRule(db(), HALL, SERVICE)
  ctx = await bookingContext(db(), SERVICE, HALL, hallDate(now), rule.windowDays)
  const today = hallDate(now)
  // Days after today with open slots, several slots each; today's may close while this runs.
  slots = bookableDates(now, ctx.rule, ctx.hall, ctx.cal, ctx.closures)
    .filter((d) => d.open && d.date > today)
    .flatMap((d) => daySlots(ctx.hall, ctx.rule, d.date, ctx.cal, ctx.closures).map((s) => ({ date: d.date, start: s.start })))
  expect(slots.length).toBeGreaterThan(20)
})

describe('bookingContext', () => {
  beforeAll(async () => {
    const items = db().collection('service_items')
    const base = { name: '变异测试事项', appointmentFields: [], halls: [HALL] }
    await items.add({ data: { _id: 'ZZ-001', code: 'ZZ-001', status: 'published', bookable: true, ...base } })
    await items.add({ data: { _id: 'ZZ-002', code: 'ZZ-002', status: 'draft', bookable: true, ...base } })
    await items.add({ data: { _id: 'ZZ-003', code: 'ZZ-003', status: 'published', bookable: false, ...base } })
  })

  it.each([
    ['a published bookable item at its hall', 'ZZ-001', HALL, null],
    ['an unknown item', 'ZZ-404', HALL, 'GUIDE.NOT_FOUND'],
    ['an unpublished item', 'ZZ-002', HALL, 'GUIDE.NOT_FOUND'],
    ['an item that takes no bookings', 'ZZ-003', HALL, 'APPOINTMENT.NOT_BOOKABLE'],
    ['a hall the item is not served at', 'ZZ-001', 'H02', 'APPOINTMENT.NOT_BOOKABLE'],
    ['a hall that does not exist', 'ZZ-001', 'H99', 'APPOINTMENT.NOT_BOOKABLE']
  ])('should answer for %s', async (_case, service, hall, code) => {
    const run = bookingContext(db(), service, hall, hallDate(new Date()), 14)
    if (code) await expect(run).rejects.toMatchObject({ code })
    else await expect(run).resolves.toMatchObject({ item: { code: 'ZZ-001', name: '变异测试事项', appointmentFields: [] }, hall: { code: HALL } })
  })

  it('should read the closures of the window, both ends included, of that hall only', async () => {
    const from = '2031-03-03'
    const closures = db().collection('closures')
    for (const [hall, date] of [[HALL, addDays(from, -1)], [HALL, from], [HALL, addDays(from, 14)], [HALL, addDays(from, 15)], ['H02', addDays(from, 1)]]) {
      await closures.add({ data: { _id: `${hall}|${date}`, hall, date, reason: '测试' } })
    }
    const got = await bookingContext(db(), 'ZZ-001', HALL, from, 14)
    expect(got.closures.sort()).toEqual([from, addDays(from, 14)])
    // Without a number of days the rule's own window decides; a rule the caller holds is not read again.
    const narrow = { ...DEFAULT_SLOT_RULE, windowDays: 1 }
    const spy = jest.spyOn(db(), 'collection')
    try {
      const known = await bookingContext(db(), 'ZZ-001', HALL, from, undefined, narrow)
      expect(known.rule).toBe(narrow)
      expect(known.closures.sort()).toEqual([from])
      expect(spy.mock.calls.filter(([name]) => name === 'slot_rules')).toHaveLength(0)
    } finally {
      spy.mockRestore()
    }
    expect((await bookingContext(db(), 'ZZ-001', HALL, addDays(from, 13))).closures.sort()).toEqual([addDays(from, 14), addDays(from, 15)])
  })
})

describe('book', () => {
  it('should write the booking and its counter together, the OPENID kept out of the active key', async () => {
    const openid = who()
    const slot = slots[0]
    const doc = await book(db(), ctx, input(openid, slot), new Date())
    expect(doc._id).toBe(appointmentId(openid, `key-${openid}`))
    expect(doc).toMatchObject({ openid, status: 'booked', sequence: 0, subscribed: false, service: SERVICE, hall: HALL, date: slot.date, start: slot.start, name: '变异测试' })
    expect(String(doc.activeKey)).not.toContain(openid)
    expect(doc.activeKey).toBe(activeKeyOf(openid, SERVICE, slot.date))
    expect(await stored(doc._id as string)).toMatchObject({ status: 'booked', code: doc.code })
    expect(await counter(slot)).toMatchObject({ booked: 1, capacity: ctx.rule.capacity, hall: HALL, service: SERVICE })
    await book(db(), ctx, input(who(), slot), new Date())
    expect(await counter(slot)).toMatchObject({ booked: 2 })
  })

  it('should give each citizen and key its own id, the same id for the same pair', () => {
    expect(appointmentId('o_a', 'k1')).toBe(appointmentId('o_a', 'k1'))
    expect(appointmentId('o_a', 'k1')).not.toBe(appointmentId('o_b', 'k1'))
    expect(appointmentId('o_a', 'k1')).not.toBe(appointmentId('o_a', 'k2'))
    expect(appointmentId('o_a', 'k1')).toMatch(/^[0-9a-f]{32}$/)
    expect(activeKeyOf('o_a', SERVICE, '2026-12-01')).not.toBe(activeKeyOf('o_b', SERVICE, '2026-12-01'))
  })

  it('should replay the same request and refuse the same key for any other slot, service or hall', async () => {
    const openid = who()
    const slot = slots[1]
    const first = await book(db(), ctx, input(openid, slot), new Date())
    const again = await book(db(), ctx, input(openid, slot), new Date())
    expect(again).toMatchObject({ _id: first._id, code: first.code })
    expect(await counter(slot)).toMatchObject({ booked: 1 })
    const other = slots.find((s) => s.date === slot.date && s.start !== slot.start) as { date: string; start: string }
    const otherDay = slots.find((s) => s.date !== slot.date && s.start === slot.start) as { date: string; start: string }
    await expect(book(db(), ctx, input(openid, other), new Date())).rejects.toMatchObject({ code: 'APPOINTMENT.KEY_REUSED' })
    await expect(book(db(), ctx, input(openid, otherDay), new Date())).rejects.toMatchObject({ code: 'APPOINTMENT.KEY_REUSED' })
    await expect(book(db(), { ...ctx, item: { ...ctx.item, code: 'SB-999' } }, input(openid, slot), new Date())).rejects.toMatchObject({ code: 'APPOINTMENT.KEY_REUSED' })
    await expect(book(db(), { ...ctx, hall: { ...ctx.hall, code: 'H02' } }, input(openid, slot), new Date())).rejects.toMatchObject({ code: 'APPOINTMENT.KEY_REUSED' })
  })

  it('should refuse a second active booking of the same service and day with another key', async () => {
    const openid = who()
    const [a, b] = slots.filter((s) => s.date === slots[2].date)
    await book(db(), ctx, input(openid, a, `k1-${openid}`), new Date())
    const before = (await counter(b))?.booked ?? 0
    await expect(book(db(), ctx, input(openid, b, `k2-${openid}`), new Date())).rejects.toMatchObject({ code: 'APPOINTMENT.DUPLICATE' })
    expect((await counter(b))?.booked ?? 0).toBe(before)
  })

  it('should refuse a slot whose counter holds its own capacity, full', async () => {
    const slot = slots[3]
    await db().collection('slots').add({ data: { _id: slotId(HALL, SERVICE, slot.date, slot.start), hall: HALL, service: SERVICE, date: slot.date, start: slot.start, capacity: 1, booked: 1 } })
    await expect(book(db(), ctx, input(who(), slot), new Date())).rejects.toMatchObject({ code: 'SLOT.FULL' })
    expect(await counter(slot)).toMatchObject({ booked: 1 })
  })

  it('should refuse inside the transaction a day closed after the context was read, writing nothing', async () => {
    const slot = slots.find((s) => s.date !== slots[0].date && s.date !== slots[1].date && s.date !== slots[2].date && s.date !== slots[3].date) as { date: string; start: string }
    await db().collection('closures').add({ data: { _id: `${HALL}|${slot.date}`, hall: HALL, date: slot.date, reason: '测试' } })
    const openid = who()
    await expect(book(db(), ctx, input(openid, slot), new Date())).rejects.toMatchObject({ code: 'SLOT.CLOSED' })
    expect(await counter(slot)).toBeUndefined()
    expect(await stored(appointmentId(openid, `key-${openid}`))).toBeUndefined()
    await db().collection('closures').doc(`${HALL}|${slot.date}`).remove()
  })

  it('should refuse a start that is no slot of that day', async () => {
    await expect(book(db(), ctx, input(who(), { date: slots[0].date, start: '03:17' }), new Date())).rejects.toMatchObject({ code: 'SLOT.CLOSED' })
  })
})

describe('changeStatus', () => {
  it('should cancel once: the status, a new calendar version, the active key released and one place freed', async () => {
    const openid = who()
    const slot = slots[4]
    const doc = await book(db(), ctx, input(openid, slot), new Date())
    const before = (await counter(slot)).booked
    const seen: unknown[] = []
    const after = await changeStatus(db(), doc._id as string, 'cancel', new Date(), () => undefined, { verifiedBy: 'o_extra' }, async (_tx, b, a) => {
      seen.push([b.status, a.status])
    })
    expect(after).toMatchObject({ status: 'cancelled', sequence: 1, activeKey: `released|${doc._id}`, verifiedBy: 'o_extra' })
    expect(seen).toEqual([['booked', 'cancelled']])
    expect(await stored(doc._id as string)).toMatchObject({ status: 'cancelled', sequence: 1, activeKey: `released|${doc._id}` })
    expect((await counter(slot)).booked).toBe(before - 1)
    await expect(changeStatus(db(), doc._id as string, 'cancel', new Date(), () => undefined)).rejects.toMatchObject({ code: 'APPOINTMENT.NOT_ACTIVE' })
    expect((await counter(slot)).booked).toBe(before - 1)
  })

  it('should verify without freeing the place or a new calendar version', async () => {
    const slot = slots[5]
    const doc = await book(db(), ctx, input(who(), slot), new Date())
    const after = await changeStatus(db(), doc._id as string, 'verify', new Date(), () => undefined)
    expect(after).toMatchObject({ status: 'verified', sequence: 0 })
    expect(await counter(slot)).toMatchObject({ booked: 1 })
    const noShow = await book(db(), ctx, input(who(), slot), new Date())
    expect(await changeStatus(db(), noShow._id as string, 'no-show', new Date(), () => undefined)).toMatchObject({ status: 'no-show', sequence: 0 })
    expect(await counter(slot)).toMatchObject({ booked: 2 })
  })

  it('should never take a counter below zero', async () => {
    const slot = slots[6]
    const doc = await book(db(), ctx, input(who(), slot), new Date())
    await db().collection('slots').doc(slotId(HALL, SERVICE, slot.date, slot.start)).update({ data: { booked: 0 } })
    await changeStatus(db(), doc._id as string, 'cancel', new Date(), () => undefined)
    expect(await counter(slot)).toMatchObject({ booked: 0 })
  })

  it('should change nothing when the guard refuses, or the booking is unknown', async () => {
    const slot = slots[7]
    const doc = await book(db(), ctx, input(who(), slot), new Date())
    const refuse = () => {
      throw new Error('guard')
    }
    await expect(changeStatus(db(), doc._id as string, 'cancel', new Date(), refuse)).rejects.toThrow('guard')
    expect(await stored(doc._id as string)).toMatchObject({ status: 'booked', sequence: 0 })
    expect(await counter(slot)).toMatchObject({ booked: 1 })
    await expect(changeStatus(db(), 'no-such-booking', 'cancel', new Date(), () => undefined)).rejects.toMatchObject({ code: 'APPOINTMENT.NOT_FOUND' })
  })
})

describe('reschedule', () => {
  it('should take the new place, free the old one, raise the version and clear the reminder', async () => {
    const openid = who()
    const from = slots[8]
    const to = slots.find((s) => s.date !== from.date && s.date > from.date) as { date: string; start: string }
    const doc = await book(db(), ctx, input(openid, from), new Date())
    await db().collection('appointments').doc(doc._id as string).update({ data: { reminderAt: new Date() } })
    const moved = await reschedule(db(), ctx, await stored(doc._id as string), to.date, to.start, new Date())
    expect(moved).toMatchObject({ date: to.date, start: to.start, sequence: 1, reminderAt: null, activeKey: activeKeyOf(openid, SERVICE, to.date), status: 'booked' })
    expect(await stored(doc._id as string)).toMatchObject({ date: to.date, start: to.start, sequence: 1, reminderAt: null })
    expect(await counter(from)).toMatchObject({ booked: 0 })
    expect(await counter(to)).toMatchObject({ booked: 1 })
  })

  it('should refuse a move to the same slot, leaving the booking and its counter as they are', async () => {
    const slot = slots[9]
    const doc = await book(db(), ctx, input(who(), slot), new Date())
    const before = await stored(doc._id as string)
    await expect(reschedule(db(), ctx, before, slot.date, slot.start, new Date())).rejects.toMatchObject({ code: 'APPOINTMENT.SAME_SLOT' })
    expect(await stored(doc._id as string)).toEqual(before)
    expect(await counter(slot)).toMatchObject({ booked: 1 })
  })

  it('should refuse inside the transaction a move that another move already made, claiming and freeing nothing', async () => {
    const from = slots[12]
    const to = slots.find((s) => s.date !== from.date && s.date > from.date && s !== slots[8]) as { date: string; start: string }
    const doc = await book(db(), ctx, input(who(), from), new Date())
    const stale = await stored(doc._id as string)
    await reschedule(db(), ctx, stale, to.date, to.start, new Date())
    const moved = await stored(doc._id as string)
    const toBefore = (await counter(to)).booked
    // The caller still holds the booking as it was at `from`: only the transaction sees it at `to`.
    await expect(reschedule(db(), ctx, stale, to.date, to.start, new Date())).rejects.toMatchObject({ code: 'APPOINTMENT.SAME_SLOT' })
    expect(await stored(doc._id as string)).toEqual(moved)
    expect(moved).toMatchObject({ sequence: 1 })
    expect(await counter(to)).toMatchObject({ booked: toBefore })
    expect(await counter(from)).toMatchObject({ booked: 0 })
  })

  it('should refuse to move a booking no longer active, freeing and taking nothing', async () => {
    const from = slots[10]
    const to = slots[11]
    const doc = await book(db(), ctx, input(who(), from), new Date())
    const cancelled = await changeStatus(db(), doc._id as string, 'cancel', new Date(), () => undefined)
    const toBefore = (await counter(to))?.booked ?? 0
    await expect(reschedule(db(), ctx, cancelled, to.date, to.start, new Date())).rejects.toMatchObject({ code: 'APPOINTMENT.NOT_ACTIVE' })
    expect((await counter(to))?.booked ?? 0).toBe(toBefore)
  })
})

describe('rules and the calendar from the store', () => {
  it('should use the default rule without a stored one, and the stored one when there is', async () => {
    expect(await loadRule(db(), 'H98', SERVICE)).toEqual(DEFAULT_SLOT_RULE)
    const rule = { slotMinutes: 20, capacity: 3, windowDays: 10, cutoffMinutes: 30, cancelCutoffMinutes: 90 }
    await db().collection('slot_rules').add({ data: { _id: `H98|${SERVICE}`, hall: 'H98', service: SERVICE, ...rule} })
    expect(await loadRule(db(), 'H98', SERVICE)).toEqual(rule)
  })

  it('should use the built-in calendar without a stored one, and the stored one when there is', async () => {
    expect(await loadCalendar(db())).toEqual(CALENDAR_2026_2027)
    const cal = { holidays: ['2031-01-01'], workdays: ['2031-01-04'] }
    await db().collection('settings').add({ data: { _id: 'calendar', ...cal } })
    expect(await loadCalendar(db())).toEqual(cal)
    await db().collection('settings').doc('calendar').remove()
  })

  it('should span a window of so many days from the hall date', () => {
    const now = new Date('2026-11-30T17:00:00Z') // 01:00 on 1 December in Shanghai
    expect(windowDates(now, 14)).toEqual({ from: '2026-12-01', to: '2026-12-14' })
    expect(windowDates(now, 1)).toEqual({ from: '2026-12-01', to: '2026-12-01' })
  })
})
