/**
 * One test per guard that a mutation run (issue 16) could break without any test noticing:
 * owner checks, the counter's hall check and masking, the notify consent, the idempotent
 * replay, the export's paging, identity from the WX context only, and what citizens may see of
 * notices. Each test also shows the allowed path works, so a refusal is the guard's, not chance.
 */
import { generateAppointmentCode } from '../../src/domain/appointments/code'
import type { BookingView } from '../../src/domain/appointments/views'
import { hallDate } from '../../src/domain/time'
import { database, runAs } from '../../local/sdk'
import { PERSONAS } from '../../local/personas'
import { FUNCTIONS, callAs, seeded, snapshot, type Who } from '../support/hall'
import hallConfig from '../../config/hall.json'

process.env.HALL_WRITE_LIMIT = '1000/60'
jest.setTimeout(60_000)

beforeAll(seeded)


const HALL = 'H01'
let keySeq = 0
const key = () => `guard-key-${++keySeq}-${Date.now()}`
const citizen = (n: number) => ({ openid: `o_guard_citizen_${String(n).padStart(4, '0')}` })
const fields = (n: number) => ({ name: '守卫测试', mobile: `139${String(20_000_000 + n).slice(-8)}` })

async function consent(who: Who, purposes: string[] = ['service', 'notify']) {
  const res = await callAs(who, 'user', 'giveConsent', { policyVersion: hallConfig.privacyPolicyVersion, purposes })
  if (!res.ok) throw new Error(JSON.stringify(res))
}

/** Open slots on days after today (today's may close while the test runs). */
async function openSlots(service: string): Promise<Array<{ date: string; start: string }>> {
  const res = await callAs('anonymous', 'appointment', 'availability', { service, hall: HALL })
  if (!res.ok) throw new Error(JSON.stringify(res))
  const today = hallDate(new Date())
  return res.data.dates.filter((d) => d.date > today).flatMap((d) => d.slots.filter((s) => s.status === 'open').map((s) => ({ date: d.date, start: s.start })))
}

async function bookOk(who: Who, service: string, slot: { date: string; start: string }, n: number, extra: object = {}): Promise<BookingView> {
  const res = await callAs(who, 'appointment', 'book', { service, hall: HALL, ...slot, fields: fields(n), idempotencyKey: key(), ...extra })
  if (!res.ok) throw new Error(JSON.stringify(res))
  return res.data
}

/** A booking written straight to the store, at a given hall and time, as the counter's tests need. */
async function storedBooking(openid: string, hall: string, startsAt: Date, endsAt: Date) {
  const now = new Date()
  const code = generateAppointmentCode((n) => require('node:crypto').randomBytes(n))
  const { _id } = await database().collection('appointments').add({
    data: { openid, code, service: 'SB-004', serviceName: '守卫测试事项', hall, hallName: '测试大厅', date: hallDate(now), start: '00:00', end: '23:59', startsAt, endsAt, status: 'booked', activeKey: `guard|${openid}`, name: '守卫测试', subscribed: false, sequence: 0, createdAt: now, updatedAt: now }
  })
  return { id: _id as string, code }
}

describe('the owner check of a citizen booking', () => {
  const owner = citizen(1)
  const other = citizen(2)
  let booking: BookingView
  let target: { date: string; start: string }

  beforeAll(async () => {
    await consent(owner)
    await consent(other)
    const slots = await openSlots('SB-004')
    booking = await bookOk(owner, 'SB-004', slots[0], 1)
    target = slots.find((s) => s.date !== slots[0].date) as { date: string; start: string }
  })

  it("should refuse another citizen's reschedule as not found, and change nothing", async () => {
    const before = await snapshot()
    expect(await callAs(other, 'appointment', 'reschedule', { id: booking.id, ...target })).toMatchObject({ ok: false, code: 'APPOINTMENT.NOT_FOUND' })
    expect(await snapshot()).toEqual(before)
  })

  it("should refuse another citizen the calendar file of a booking, and show nothing of it", async () => {
    const res = await callAs(other, 'appointment', 'calendarFile', { id: booking.id })
    expect(res).toMatchObject({ ok: false, code: 'APPOINTMENT.NOT_FOUND' })
    expect(JSON.stringify(res)).not.toContain(booking.code.replace('-', ''))
    expect(JSON.stringify(res)).not.toContain(booking.code)
  })

  it('should let the owner have the calendar file and reschedule', async () => {
    expect(await callAs(owner, 'appointment', 'calendarFile', { id: booking.id })).toMatchObject({ ok: true, data: { text: expect.stringContaining('BEGIN:VCALENDAR') } })
    expect(await callAs(owner, 'appointment', 'reschedule', { id: booking.id, ...target })).toMatchObject({ ok: true, data: { id: booking.id, ...target } })
  })
})

describe('the hall check of staff.markNoShow', () => {
  it("should refuse staff of another hall, change nothing, and let the booking's own hall mark it", async () => {
    const past = Date.now() - 60 * 60_000
    const { id } = await storedBooking('o_guard_noshow_0001', HALL, new Date(past - 30 * 60_000), new Date(past))
    const before = await snapshot()
    // o_demo_staff_hrss_02 works at H02.
    expect(await callAs({ openid: 'o_demo_staff_hrss_02' }, 'staff', 'markNoShow', { id })).toMatchObject({ ok: false, code: 'APPOINTMENT.WRONG_HALL' })
    expect(await snapshot()).toEqual(before)
    expect(await callAs('staff', 'staff', 'markNoShow', { id })).toMatchObject({ ok: true, data: { id, status: 'no-show' } })
  })
})

describe('the counter view of a booking', () => {
  it('should never carry the full mobile number to staff', async () => {
    const who = citizen(3)
    await consent(who)
    const mobile = '13955501234'
    const [slot] = await openSlots('SB-004')
    const res = await callAs(who, 'appointment', 'book', { service: 'SB-004', hall: HALL, ...slot, fields: { name: '柜台测试', mobile }, idempotencyKey: key() })
    if (!res.ok) throw new Error(JSON.stringify(res))
    // Bring the real booking (sealed by the real booking path) to today, due in ten minutes.
    const now = Date.now()
    await database().collection('appointments').doc(res.data.id).update({ data: { date: hallDate(new Date()), startsAt: new Date(now + 10 * 60_000), endsAt: new Date(now + 40 * 60_000) } })

    const today = await callAs('staff', 'staff', 'todayAppointments', { pageSize: 50, status: 'booked' })
    if (!today.ok) throw new Error(JSON.stringify(today))
    const row = today.data.items.find((i) => i.id === res.data.id)
    expect(row?.mobile).toBe('139****1234')
    expect(JSON.stringify(today)).not.toContain(mobile)

    const verified = await callAs('staff', 'staff', 'verifyArrival', { code: res.data.code })
    expect(verified).toMatchObject({ ok: true, data: { id: res.data.id, status: 'verified' } })
    expect(JSON.stringify(verified)).not.toContain(mobile)
  })
})

describe('the notify consent', () => {
  it('should refuse a reminder to a citizen who consented only to the service, storing nothing', async () => {
    const who = citizen(4)
    await consent(who, ['service'])
    const [slot] = await openSlots('SB-004')
    const before = await snapshot()
    const asked = await callAs(who, 'appointment', 'book', { service: 'SB-004', hall: HALL, ...slot, fields: fields(4), subscribe: true, idempotencyKey: key() })
    expect(asked).toMatchObject({ ok: false, code: 'CONSENT.REQUIRED' })
    expect(await snapshot()).toEqual(before)
    // Without a reminder the same booking goes through; with the notify consent, so does a reminder.
    await bookOk(who, 'SB-004', slot, 4)
    await consent(who, ['service', 'notify'])
    const other = (await openSlots('SB-004')).find((s) => s.date !== slot.date) as { date: string; start: string }
    expect(await callAs(who, 'appointment', 'book', { service: 'SB-004', hall: HALL, ...other, fields: fields(4), subscribe: true, idempotencyKey: key() })).toMatchObject({ ok: true, data: { subscribed: true } })
  })
})

describe('the idempotent booking replay', () => {
  it('should answer a retry on a slot that is now full with the original booking, not SLOT.FULL', async () => {
    const first = citizen(5)
    const second = citizen(6)
    await consent(first)
    await consent(second)
    await callAs('admin', 'admin', 'setSlotRule', { hall: HALL, service: 'SB-006', rule: { slotMinutes: 30, capacity: 1, windowDays: 14, cutoffMinutes: 60, cancelCutoffMinutes: 120 } })
    const [slot] = await openSlots('SB-006')
    const request = { service: 'SB-006', hall: HALL, ...slot, fields: fields(5), idempotencyKey: key() }
    const original = await callAs(first, 'appointment', 'book', request)
    if (!original.ok) throw new Error(JSON.stringify(original))
    // The slot is full now: anyone else is refused...
    expect(await callAs(second, 'appointment', 'book', { ...request, fields: fields(6), idempotencyKey: key() })).toMatchObject({ ok: false, code: 'SLOT.FULL' })
    // ...but the first citizen's retry of the same request gets the booking it already has.
    const before = await snapshot()
    const retried = await callAs(first, 'appointment', 'book', request)
    expect(retried).toMatchObject({ ok: true, data: { id: original.data.id, code: original.data.code, status: 'booked' } })
    expect(await snapshot()).toEqual(before)
  })
})

describe('the export of my data', () => {
  it('should read past its first page of 100', async () => {
    const who = citizen(7)
    const db = database()
    await db.collection('consents').add({ data: Array.from({ length: 250 }, (_, i) => ({ openid: who.openid, policyVersion: hallConfig.privacyPolicyVersion, purposes: ['service'], event: 'given', at: new Date(Date.UTC(2026, 0, 1) + i) })) })
    const res = await callAs(who, 'user', 'myData')
    if (!res.ok) throw new Error(JSON.stringify(res))
    const consents = res.data.collections.find((c) => c.name === 'consents')?.documents ?? []
    expect(consents).toHaveLength(250)
    expect(new Set(consents.map((d) => d._id)).size).toBe(250)
  })
})

describe('identity from the WX context only', () => {
  // The gateway overwrites userInfo with the real caller, so these events go to main directly,
  // as CloudBase's would if its userInfo ever disagreed with the context.
  const forged = { userInfo: { appId: 'forged', openId: PERSONAS.admin }, openid: PERSONAS.admin, OPENID: PERSONAS.admin, role: 'admin', _openid: PERSONAS.admin }
  const direct = (openid: string | undefined, fn: string, event: object) => runAs({ OPENID: openid, APPID: 'local-hall', SOURCE: 'test' }, () => FUNCTIONS[fn](event, {}))

  it("should ignore an event's userInfo and identity fields for a citizen", async () => {
    expect(await direct(PERSONAS.citizen, 'user', { action: 'whoami', data: {}, ...forged })).toMatchObject({ ok: true, data: { role: 'citizen', userCode: PERSONAS.citizen } })
  })

  it("should ignore an event's userInfo when the context has no OPENID", async () => {
    expect(await direct(undefined, 'user', { action: 'whoami', data: {}, ...forged })).toMatchObject({ ok: true, data: { role: 'anonymous' } })
    expect(await direct(undefined, 'admin', { action: 'listMembers', data: {}, ...forged })).toMatchObject({ ok: false, code: 'AUTH.REQUIRED' })
  })

  it('should refuse an admin action to a citizen whose event claims to be the administrator', async () => {
    const before = await snapshot()
    const res = await direct(PERSONAS.citizen, 'admin', { action: 'setMember', data: { userCode: PERSONAS.citizen, role: 'admin', name: '冒充者', openid: PERSONAS.admin, role_: 'admin' }, ...forged })
    expect(res).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
    expect(await snapshot()).toEqual(before)
    expect(await direct(PERSONAS.citizen, 'user', { action: 'whoami', data: {} })).toMatchObject({ data: { role: 'citizen' } })
  })

  it('should never take identity from data, refusing identity fields there', async () => {
    const res = await direct(PERSONAS.citizen, 'user', { action: 'whoami', data: { openid: PERSONAS.admin, role: 'admin' }, ...forged })
    expect(res).toMatchObject({ ok: false, code: 'REQUEST.INVALID' })
  })
})

describe('what citizens see of notices', () => {
  const draft = (title: string) => ({ kind: 'notice', title, source: '示范市政务服务和数据管理局', body: '<p>守卫测试公告的正文，说明办理时间调整。</p>' })

  async function everyNoticeId(who: Who): Promise<string[]> {
    const ids: string[] = []
    for (let page = 1; ; page++) {
      const res = await callAs(who, 'hall', 'listNotices', { page, pageSize: 50 })
      if (!res.ok) throw new Error(JSON.stringify(res))
      ids.push(...res.data.items.map((n) => n.id))
      if (!res.data.hasMore) return ids
    }
  }

  async function homeIds(): Promise<string[]> {
    const res = await callAs('anonymous', 'hall', 'home')
    if (!res.ok) throw new Error(JSON.stringify(res))
    return [...res.data.pinned, ...res.data.latest].map((n) => n.id)
  }

  it('should keep a scheduled notice out of listNotices and the home page until its time', async () => {
    const pinned = await callAs('admin', 'admin', 'saveNotice', { draft: draft('守卫测试定时置顶公告') })
    const plain = await callAs('admin', 'admin', 'saveNotice', { draft: draft('守卫测试定时公告') })
    if (!pinned.ok || !plain.ok) throw new Error('saveNotice failed')
    const at = new Date(Date.now() + 3_600_000).toISOString()
    for (const id of [pinned.data.id, plain.data.id]) expect(await callAs('admin', 'admin', 'publishNotice', { id, at })).toMatchObject({ ok: true, data: { state: 'scheduled' } })
    expect(await callAs('admin', 'admin', 'pinNotice', { id: pinned.data.id, pinned: true })).toMatchObject({ ok: true })

    for (const who of ['anonymous', 'citizen', 'staff', 'admin'] as const) {
      const listed = await everyNoticeId(who)
      expect(listed).not.toContain(pinned.data.id)
      expect(listed).not.toContain(plain.data.id)
    }
    expect(await homeIds()).not.toContain(pinned.data.id)
    expect(await homeIds()).not.toContain(plain.data.id)

    // Their time comes (moved back, as the clock would): now both show.
    for (const id of [pinned.data.id, plain.data.id]) await database().collection('notices').doc(id).update({ data: { publishAt: new Date(Date.now() - 1000) } })
    expect(await everyNoticeId('citizen')).toEqual(expect.arrayContaining([pinned.data.id, plain.data.id]))
    expect(await homeIds()).toEqual(expect.arrayContaining([pinned.data.id, plain.data.id]))
  })

  it('should sanitise again on read a notice body written to the store directly', async () => {
    const now = new Date()
    const { _id } = await database().collection('notices').add({
      data: {
        kind: 'notice',
        title: '守卫测试直写公告',
        source: '测试',
        body: '<p onclick="alert(1)">直写正文第一段。</p><script>alert(2)</script><img src="x" onerror="alert(3)"><a href="javascript:alert(4)">链接</a><iframe src="https://evil.example/"></iframe>',
        status: 'published',
        publishAt: new Date(now.getTime() - 1000),
        pinned: false,
        version: 1,
        updatedAt: now
      }
    })
    const res = await callAs('citizen', 'hall', 'getNotice', { id: _id })
    if (!res.ok) throw new Error(JSON.stringify(res))
    expect(res.data.body).toContain('直写正文第一段')
    expect(res.data.body).not.toMatch(/<script|onclick|onerror|javascript:|<iframe/i)
  })
})
