/**
 * Hall appointments through the real functions and embedded database: the never-overbook
 * guarantees, idempotent retries, one booking per citizen, service and day, cancellation and
 * rescheduling, server-side Shanghai time, the counter's 到场核验, and reminders.
 */
import { book, bookingContext } from '../../cloudfunctions/_shared/appointments'
import { generateAppointmentCode } from '../../src/domain/appointments/code'
import type { Availability, BookingView } from '../../src/domain/appointments/views'
import { idNumberCheckDigit } from '../../src/domain/personal-fields'
import { addDays } from '../../src/domain/calendar/workdays'
import { hallDate } from '../../src/domain/time'
import { database } from '../../local/sdk'
import { PERSONAS } from '../../local/personas'
import { callAs, fireTrigger, invoke, seeded, type Who } from '../support/hall'
import hallConfig from '../../config/hall.json'

process.env.HALL_WRITE_LIMIT = '1000/60'
jest.setTimeout(60_000)

beforeAll(seeded)


const HALL = 'H01'
const fields = (n: number) => ({ name: '测试群众', mobile: `139${String(10_000_000 + n).slice(-8)}` })
let keySeq = 0
const key = () => `test-key-${++keySeq}-${Date.now()}`
const citizen = (n: number): Who => ({ openid: `o_appt_citizen_${String(n).padStart(4, '0')}` })

async function consent(who: Who) {
  const res = await callAs(who, 'user', 'giveConsent', { policyVersion: hallConfig.privacyPolicyVersion, purposes: ['service', 'notify'] })
  if (!res.ok) throw new Error(JSON.stringify(res))
}

async function availability(service: string, hall = HALL): Promise<Availability> {
  const res = await callAs('anonymous', 'appointment', 'availability', { service, hall })
  if (!res.ok) throw new Error(JSON.stringify(res))
  return res.data
}

/** Open slots on days after today (today's may close while the test runs). */
async function openSlots(service: string, hall = HALL): Promise<Array<{ date: string; start: string }>> {
  const today = hallDate(new Date())
  const { dates } = await availability(service, hall)
  return dates.filter((d) => d.date > today).flatMap((d) => d.slots.filter((s) => s.status === 'open').map((s) => ({ date: d.date, start: s.start })))
}

async function counter(service: string, date: string, start: string) {
  const { data } = await database().collection('slots').where({ _id: `${HALL}|${service}|${date}|${start}` }).get()
  return data[0]?.booked ?? 0
}

async function bookingsIn(service: string, date: string, start: string) {
  return (await database().collection('appointments').where({ hall: HALL, service, date, start, status: 'booked' }).count()).total
}

beforeAll(async () => {
  await consent('citizen')
})

describe('availability', () => {
  it('should show the booking window with closed days and every slot with its state and places', async () => {
    const { dates, rule } = await availability('SB-004')
    expect(dates).toHaveLength(14)
    expect(dates[0].date).toBe(hallDate(new Date()))
    const closed = dates.filter((d) => !d.open)
    expect(closed.every((d) => ['weekend', 'holiday', 'closed'].includes(d.reason as string) && d.slots.length === 0)).toBe(true)
    const open = dates.find((d) => d.open && d.date > dates[0].date)
    expect(open?.slots[0]).toEqual({ start: '09:00', end: '09:30', status: 'open', remaining: rule.capacity })
  })

  it('should compute the same slots whatever timezone the server runs in', async () => {
    const original = process.env.TZ
    const strip = (a: Availability & { serverTime?: string }) => ({ ...a, serverTime: undefined })
    try {
      process.env.TZ = 'UTC'
      const utc = strip(await availability('SB-004'))
      process.env.TZ = 'America/Los_Angeles'
      const la = strip(await availability('SB-004'))
      process.env.TZ = 'Pacific/Kiritimati'
      const kiritimati = strip(await availability('SB-004'))
      expect(la).toEqual(utc)
      expect(kiritimati).toEqual(utc)
    } finally {
      process.env.TZ = original
    }
  })

  it.each([
    ['a service that is not bookable', { service: 'SB-003', hall: 'H02' }, 'APPOINTMENT.NOT_BOOKABLE'],
    ['a hall the service is not handled at', { service: 'SB-004', hall: 'H05' }, 'APPOINTMENT.NOT_BOOKABLE'],
    ['an unknown service', { service: 'ZZ-001', hall: HALL }, 'GUIDE.NOT_FOUND']
  ])('should refuse %s', async (_case, data, code) => {
    expect(await callAs('anonymous', 'appointment', 'availability', data)).toMatchObject({ ok: false, code })
  })
})

describe('booking', () => {
  it('should give exactly 5 bookings and 195 SLOT.FULL to 200 citizens racing for a slot of 5', async () => {
    await callAs('admin', 'admin', 'setSlotRule', { hall: HALL, service: 'SB-006', rule: { slotMinutes: 30, capacity: 5, windowDays: 14, cutoffMinutes: 60, cancelCutoffMinutes: 120 } })
    const [slot] = await openSlots('SB-006')
    const racers = Array.from({ length: 200 }, (_, i) => citizen(1000 + i))
    for (const who of racers) await consent(who)
    const results = await Promise.all(racers.map((who, i) => callAs(who, 'appointment', 'book', { service: 'SB-006', hall: HALL, ...slot, fields: fields(i), idempotencyKey: key() })))
    expect(results.filter((r) => r.ok)).toHaveLength(5)
    expect(results.filter((r) => !r.ok && r.code === 'SLOT.FULL')).toHaveLength(195)
    expect(await counter('SB-006', slot.date, slot.start)).toBe(5)
    expect(await bookingsIn('SB-006', slot.date, slot.start)).toBe(5)
  })

  it('should answer a request retried concurrently with one booking, the same every time', async () => {
    const [slot] = await openSlots('SB-004')
    const before = await counter('SB-004', slot.date, slot.start)
    const request = { service: 'SB-004', hall: HALL, ...slot, fields: fields(1), idempotencyKey: key() }
    const results = await Promise.all(Array.from({ length: 10 }, () => callAs('citizen', 'appointment', 'book', request)))
    expect(results.every((r) => r.ok)).toBe(true)
    const answers = results.map((r) => (r.ok ? { id: r.data.id, code: r.data.code } : null))
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1)
    expect(await counter('SB-004', slot.date, slot.start)).toBe(before + 1)
    // The same key for another slot is a different request, not a retry.
    const other = (await openSlots('SB-004'))[1]
    expect(await callAs('citizen', 'appointment', 'book', { ...request, ...other })).toMatchObject({ ok: false, code: 'APPOINTMENT.KEY_REUSED' })
  })

  it('should let a citizen hold one active booking per service and day, even when two requests race', async () => {
    const who = citizen(7)
    await consent(who)
    const slots = await openSlots('SB-004')
    const sameDay = slots.filter((s) => s.date === slots[5].date).slice(2, 4)
    const counted = async () => (await counter('SB-004', sameDay[0].date, sameDay[0].start)) + (await counter('SB-004', sameDay[1].date, sameDay[1].start))
    const before = await counted()
    const results = await Promise.all(sameDay.map((s) => callAs(who, 'appointment', 'book', { service: 'SB-004', hall: HALL, ...s, fields: fields(7), idempotencyKey: key() })))
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok && r.code === 'APPOINTMENT.DUPLICATE')).toHaveLength(1)
    expect(await counted()).toBe(before + 1)
  })

  it('should ask for exactly the fields the service declares, masked in the answer and sealed at rest', async () => {
    // A later day than the seeded demo bookings, which already hold this service for this citizen.
    const slots = await openSlots('GA-001')
    const slot = slots.filter((s) => s.date !== slots[0].date && s.date !== slots.find((x) => x.date !== slots[0].date)?.date)[0]
    const base = { service: 'GA-001', hall: HALL, ...slot }
    const missing = await callAs('citizen', 'appointment', 'book', { ...base, fields: fields(2), idempotencyKey: key() })
    expect(missing).toMatchObject({ ok: false, code: 'REQUEST.INVALID', issues: [{ path: 'fields.idNumber' }] })
    const idNumber = '33010219900101123' + idNumberCheckDigit('33010219900101123')
    const extra = await callAs('citizen', 'appointment', 'book', { ...base, fields: { ...fields(2), idNumber, address: '人民路1号' }, idempotencyKey: key() })
    expect(extra).toMatchObject({ ok: false, code: 'REQUEST.INVALID', issues: [{ path: 'fields.address' }] })
    const ok = await callAs('citizen', 'appointment', 'book', { ...base, fields: { ...fields(2), idNumber }, idempotencyKey: key() })
    expect(ok).toMatchObject({ ok: true, data: { personal: { name: '测***', mobile: '139****0002', idNumber: '330***********' + idNumber.slice(-4) } } })
    const { data } = await database().collection('appointments').where({ _id: (ok as { data: BookingView }).data.id }).get()
    expect(JSON.stringify(data[0])).not.toContain(idNumber)
    expect(JSON.stringify(data[0])).not.toContain('13910000002')
  })

  it('should refuse to store personal data without consent', async () => {
    const [slot] = await openSlots('SB-004')
    expect(await callAs(citizen(8), 'appointment', 'book', { service: 'SB-004', hall: HALL, ...slot, fields: fields(8), idempotencyKey: key() })).toMatchObject({ ok: false, code: 'CONSENT.REQUIRED' })
  })

  it.each([
    ['a day past', -1, 'SLOT.PAST'],
    ['a day beyond the window', 30, 'SLOT.OUTSIDE_WINDOW']
  ])('should refuse %s', async (_case, offset, code) => {
    const date = addDays(hallDate(new Date()), offset)
    const res = await callAs('citizen', 'appointment', 'book', { service: 'SB-004', hall: HALL, date, start: '09:00', fields: fields(3), idempotencyKey: key() })
    // A weekend or holiday has no slots at all, which is the hall's own reason to refuse.
    expect(res).toMatchObject({ ok: false, code: expect.stringMatching(new RegExp(`${code}|SLOT.CLOSED`)) })
  })

  it('should refuse a closed day, a time that is not a slot, and a slot a client made up', async () => {
    const [slot] = await openSlots('SB-004')
    await callAs('admin', 'admin', 'setClosure', { hall: HALL, date: slot.date, reason: '设备检修', bookings: 'keep' })
    expect(await callAs('citizen', 'appointment', 'book', { service: 'SB-004', hall: HALL, ...slot, fields: fields(4), idempotencyKey: key() })).toMatchObject({ ok: false, code: 'SLOT.CLOSED' })
    await callAs('admin', 'admin', 'removeClosure', { hall: HALL, date: slot.date })
    expect(await callAs('citizen', 'appointment', 'book', { service: 'SB-004', hall: HALL, date: slot.date, start: '12:30', fields: fields(4), idempotencyKey: key() })).toMatchObject({ ok: false, code: 'SLOT.CLOSED' })
  })

  it('should leave no half state when a booking fails between its steps', async () => {
    const [slot] = await openSlots('SB-004')
    const db = database()
    const before = await counter('SB-004', slot.date, slot.start)
    const ctx = await bookingContext(db, 'SB-004', HALL, hallDate(new Date()), 14)
    const failing = book(db, ctx, { openid: 'o_appt_fault_0001', idempotencyKey: key(), ...slot, fields: fields(5), subscribed: false }, new Date(), {
      afterCounter: () => {
        throw new Error('injected failure between counter and booking')
      }
    })
    await expect(failing).rejects.toThrow('injected failure')
    expect(await counter('SB-004', slot.date, slot.start)).toBe(before)
    expect((await db.collection('appointments').where({ openid: 'o_appt_fault_0001' }).count()).total).toBe(0)
  })
})

describe('cancel and reschedule', () => {
  it('should free one place when cancelled twice, and let the place be booked again', async () => {
    await callAs('admin', 'admin', 'setSlotRule', { hall: HALL, service: 'SB-004', rule: { slotMinutes: 30, capacity: 1, windowDays: 14, cutoffMinutes: 60, cancelCutoffMinutes: 120 } })
    const slot = (await openSlots('SB-004'))[3]
    const a = citizen(20)
    const b = citizen(21)
    await consent(a)
    await consent(b)
    const booked = await callAs(a, 'appointment', 'book', { service: 'SB-004', hall: HALL, ...slot, fields: fields(20), idempotencyKey: key() })
    if (!booked.ok) throw new Error(JSON.stringify(booked))
    expect(await callAs(b, 'appointment', 'book', { service: 'SB-004', hall: HALL, ...slot, fields: fields(21), idempotencyKey: key() })).toMatchObject({ ok: false, code: 'SLOT.FULL' })
    const twice = await Promise.all([callAs(a, 'appointment', 'cancel', { id: booked.data.id }), callAs(a, 'appointment', 'cancel', { id: booked.data.id })])
    expect(twice.filter((r) => r.ok)).toHaveLength(1)
    expect(twice.filter((r) => !r.ok && r.code === 'APPOINTMENT.NOT_ACTIVE')).toHaveLength(1)
    expect(await counter('SB-004', slot.date, slot.start)).toBe(0)
    expect(await callAs(b, 'appointment', 'book', { service: 'SB-004', hall: HALL, ...slot, fields: fields(21), idempotencyKey: key() })).toMatchObject({ ok: true })
    expect(await counter('SB-004', slot.date, slot.start)).toBe(1)
    await callAs('admin', 'admin', 'setSlotRule', { hall: HALL, service: 'SB-004', rule: { slotMinutes: 30, capacity: 10, windowDays: 14, cutoffMinutes: 60, cancelCutoffMinutes: 120 } })
  })

  it('should not let another citizen see or cancel a booking, whatever id they send', async () => {
    const { data } = await database().collection('appointments').where({ openid: PERSONAS.citizen }).limit(1).get()
    expect(await callAs(citizen(30), 'appointment', 'getAppointment', { id: data[0]._id })).toMatchObject({ ok: false, code: 'APPOINTMENT.NOT_FOUND' })
    expect(await callAs(citizen(30), 'appointment', 'cancel', { id: data[0]._id })).toMatchObject({ ok: false, code: 'APPOINTMENT.NOT_FOUND' })
  })

  it('should move a booking and keep the old one when the new slot cannot be had', async () => {
    const who = citizen(40)
    await consent(who)
    const slots = await openSlots('SB-006')
    const booked = await callAs(who, 'appointment', 'book', { service: 'SB-006', hall: HALL, ...slots[2], fields: fields(40), idempotencyKey: key() })
    if (!booked.ok) throw new Error(JSON.stringify(booked))
    // The first slot was filled by the race above.
    const full = (await availability('SB-006')).dates.flatMap((d) => d.slots.map((s) => ({ date: d.date, ...s }))).find((s) => s.status === 'full')
    expect(full).toBeDefined()
    const refused = await callAs(who, 'appointment', 'reschedule', { id: booked.data.id, date: full?.date, start: full?.start })
    expect(refused).toMatchObject({ ok: false, code: 'SLOT.FULL' })
    expect(await callAs(who, 'appointment', 'getAppointment', { id: booked.data.id })).toMatchObject({ ok: true, data: { status: 'booked', date: slots[2].date, start: slots[2].start } })
    expect(await counter('SB-006', slots[2].date, slots[2].start)).toBe(1)

    const target = slots.find((s) => s.date !== slots[2].date) as { date: string; start: string }
    const moved = await callAs(who, 'appointment', 'reschedule', { id: booked.data.id, ...target })
    expect(moved).toMatchObject({ ok: true, data: { id: booked.data.id, code: booked.data.code, ...target, status: 'booked' } })
    expect(await counter('SB-006', slots[2].date, slots[2].start)).toBe(0)
    expect(await counter('SB-006', target.date, target.start)).toBe(1)

    const ics = await callAs(who, 'appointment', 'calendarFile', { id: booked.data.id })
    expect(ics.ok && ics.data.text).toMatch(/SEQUENCE:1\r\n/)
    await callAs(who, 'appointment', 'cancel', { id: booked.data.id })
    const cancelled = await callAs(who, 'appointment', 'calendarFile', { id: booked.data.id })
    expect(cancelled.ok && cancelled.data.text).toMatch(/STATUS:CANCELLED\r\n/)
    expect(cancelled.ok && cancelled.data.text).toMatch(/SEQUENCE:2\r\n/)
  })

  it('should list upcoming and past bookings separately', async () => {
    const upcoming = await callAs('citizen', 'appointment', 'myAppointments', { scope: 'upcoming' })
    expect(upcoming.ok && upcoming.data.items.every((a) => a.status === 'booked')).toBe(true)
    const past = await callAs(citizen(40), 'appointment', 'myAppointments', { scope: 'past' })
    expect(past.ok && past.data.items.map((a) => a.status)).toEqual(['cancelled'])
  })
})

describe('到场核验 at the counter', () => {
  async function bookedToday(openid: string, hall = HALL) {
    const now = new Date()
    const code = generateAppointmentCode((n) => require('node:crypto').randomBytes(n))
    const { _id } = await database().collection('appointments').add({
      data: { openid, code, service: 'SB-004', serviceName: '测试事项', hall, hallName: '测试大厅', date: hallDate(now), start: '00:00', end: '23:59', startsAt: new Date(now.getTime() + 10 * 60_000), endsAt: new Date(now.getTime() + 40 * 60_000), status: 'booked', activeKey: `verify|${openid}`, name: '核验测试', subscribed: false, sequence: 0, createdAt: now, updatedAt: now }
    })
    return { id: _id as string, code }
  }

  it('should verify an arrival by code at the own hall, once, and audit it', async () => {
    const { id, code } = await bookedToday('o_appt_verify_0001')
    const typed = `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`
    const res = await callAs('staff', 'staff', 'verifyArrival', { code: typed })
    expect(res).toMatchObject({ ok: true, data: { id, status: 'verified', name: '核验测试' } })
    expect(await callAs('staff', 'staff', 'verifyArrival', { code })).toMatchObject({ ok: false, code: 'APPOINTMENT.ALREADY_VERIFIED' })
    const { data } = await database().collection('audit').where({ action: 'staff.verifyArrival', 'target.id': id }).get()
    expect(data).toHaveLength(1)
    expect(data[0].changes).toEqual({ status: { old: 'booked', new: 'verified' } })
  })

  it('should refuse a code from another hall, a mistyped code, and a booking not due today', async () => {
    const elsewhere = await bookedToday('o_appt_verify_0002', 'H02')
    expect(await callAs('staff', 'staff', 'verifyArrival', { code: elsewhere.code })).toMatchObject({ ok: false, code: 'APPOINTMENT.WRONG_HALL' })
    const wrong = elsewhere.code.slice(0, 7) + (elsewhere.code[7] === 'A' ? 'B' : 'A')
    expect(await callAs('staff', 'staff', 'verifyArrival', { code: wrong })).toMatchObject({ ok: false, code: 'APPOINTMENT.CODE_INVALID' })
    const { data } = await database().collection('appointments').where({ openid: PERSONAS.citizen, status: 'booked' }).limit(1).get()
    expect(await callAs('staff', 'staff', 'verifyArrival', { code: data[0].code })).toMatchObject({ ok: false, code: 'APPOINTMENT.NOT_TODAY' })
  })

  it("should list today's bookings of the staff member's own hall only", async () => {
    const res = await callAs('staff', 'staff', 'todayAppointments', {})
    expect(res).toMatchObject({ ok: true, data: { hall: { code: HALL } } })
    const other = await callAs({ openid: 'o_demo_staff_hrss_02' }, 'staff', 'todayAppointments', {})
    expect(other).toMatchObject({ ok: true, data: { hall: { code: 'H02' } } })
  })
})

describe('reminders', () => {
  it('should put one reminder per booking for tomorrow in the outbox, without phone numbers, however often it runs', async () => {
    const who = citizen(50)
    await consent(who)
    const tomorrow = addDays(hallDate(new Date()), 1)
    const slot = (await openSlots('SB-004')).find((s) => s.date === tomorrow)
    if (!slot) return expect((await availability('SB-004')).dates[1].open).toBe(false)
    const booked = await callAs(who, 'appointment', 'book', { service: 'SB-004', hall: HALL, ...slot, fields: fields(50), subscribe: true, idempotencyKey: key() })
    if (!booked.ok) throw new Error(JSON.stringify(booked))
    // The local hall writes the outbox and sends nothing: its records say so (see closures.test.ts).
    const first = await callAs('admin', 'reminders', 'sendNow', {})
    const again = await callAs('admin', 'reminders', 'sendNow', {})
    expect(first.ok && first.data.local).toBeGreaterThanOrEqual(1)
    expect(again).toMatchObject({ ok: true, data: { local: 0, sent: 0 } })
    const { data } = await database().collection('outbox').where({ openid: (who as { openid: string }).openid }).get()
    expect(data).toHaveLength(1)
    expect(JSON.stringify(data[0])).not.toMatch(/1391\d{7}/)
    const outbox = await callAs('admin', 'admin', 'listOutbox', {})
    expect(outbox.ok && outbox.data.total).toBeGreaterThanOrEqual(1)
  })

  it('should run on its timer, and refuse a timer event that carries a citizen', async () => {
    const timer = await fireTrigger('reminders', 'day-before-reminders')
    expect(timer.envelope).toMatchObject({ ok: true, data: { date: addDays(hallDate(new Date()), 1), sent: expect.any(Number) } })
    const imitation = await invoke('reminders', { Type: 'Timer', TriggerName: 'day-before-reminders' }, PERSONAS.citizen)
    expect(imitation.envelope).toMatchObject({ ok: false, code: 'ACTION.UNKNOWN' })
  })
})

describe('halls in the admin console', () => {
  const hall = { code: 'H09', name: '示范市南城区便民服务中心', address: '示范市南城区南湖路9号', phone: '0571-87009999', weekdays: [2, 1, 3, 4, 5], periods: [{ from: '13:30', to: '17:00' }, { from: '09:00', to: '12:00' }], hoursText: '周一至周五 9:00-12:00，13:30-17:00', transit: '' }

  it('should save a hall with its opening periods in order, audited, and refuse overlapping periods', async () => {
    const saved = await callAs('admin', 'admin', 'saveHall', { hall })
    expect(saved).toMatchObject({ ok: true, data: { weekdays: [1, 2, 3, 4, 5], periods: [{ from: '09:00' }, { from: '13:30' }] } })
    expect(await callAs('admin', 'admin', 'getHall', { code: 'H09' })).toMatchObject({ ok: true, data: { name: hall.name } })
    const { data } = await database().collection('audit').where({ action: 'admin.saveHall', 'target.id': 'H09' }).get()
    expect(data).toHaveLength(1)
    const overlapping = await callAs('admin', 'admin', 'saveHall', { hall: { ...hall, periods: [{ from: '09:00', to: '12:00' }, { from: '11:30', to: '17:00' }] } })
    expect(overlapping).toMatchObject({ ok: false, code: 'REQUEST.INVALID' })
    expect(await callAs('staff', 'admin', 'saveHall', { hall })).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
  })

  it('should cut slots from the hours an administrator sets', async () => {
    await callAs('admin', 'admin', 'saveHall', { hall: { ...hall, code: 'H01', name: '示范市市民中心政务服务大厅', weekdays: [1, 2, 3, 4, 5, 6], periods: [{ from: '08:30', to: '11:30' }] } })
    const { dates } = await availability('SB-004')
    const open = dates.find((d) => d.open && d.slots.length > 0)
    expect(open?.slots.map((s) => s.start)).toEqual(['08:30', '09:00', '09:30', '10:00', '10:30', '11:00'])
  })
})
