/**
 * The counter (今日预约 · 到场核验) through the real staff function and the embedded database:
 * what staff see of a citizen where (issue 8 item 11), a second verification of one code, and
 * 标记未到场 offered exactly when it can succeed (item 16).
 */
import { generateAppointmentCode } from '../../src/domain/appointments/code'
import { canMarkNoShow } from '../../src/domain/appointments/booking'
import type { CounterRow } from '../../src/domain/appointments/views'
import { formatHallTime, hallDate } from '../../src/domain/time'
import { database } from '../../local/sdk'
import { callAs, seeded, type Who } from '../support/hall'
import hallConfig from '../../config/hall.json'

process.env.HALL_WRITE_LIMIT = '1000/60'
jest.setTimeout(60_000)

beforeAll(seeded)

type Row = CounterRow

const newCode = () => generateAppointmentCode((n) => require('node:crypto').randomBytes(n))

/** A booking at H01 written straight into the store, its slot placed around now as asked. */
async function bookedToday(openid: string, startsInMinutes: number, minutes = 30, name = '核验测试') {
  const now = new Date()
  const code = newCode()
  const startsAt = new Date(now.getTime() + startsInMinutes * 60_000)
  const { _id } = await database()
    .collection('appointments')
    .add({
      data: {
        openid, code, service: 'SB-004', serviceName: '测试事项', hall: 'H01', hallName: '测试大厅', date: hallDate(now),
        start: formatHallTime(startsAt, 'HH:mm'), end: formatHallTime(new Date(startsAt.getTime() + minutes * 60_000), 'HH:mm'),
        startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000), status: 'booked', activeKey: `counter|${openid}`,
        name, subscribed: false, sequence: 0, createdAt: now, updatedAt: now
      }
    })
  return { id: _id as string, code }
}

async function todayRows(): Promise<Row[]> {
  const rows: Row[] = []
  for (let page = 1; ; page++) {
    const res = await callAs('staff', 'staff', 'todayAppointments', { page, pageSize: 50 })
    if (!res.ok) throw new Error(JSON.stringify(res))
    rows.push(...res.data.items)
    if (!res.data.hasMore) return rows
  }
}

describe('what the counter sees of a citizen', () => {
  it("should show today's list a masked name and mobile only, and the full name only in the verification answer", async () => {
    const who: Who = { openid: 'o_counter_privacy_0001' }
    const consent = await callAs(who, 'user', 'giveConsent', { policyVersion: hallConfig.privacyPolicyVersion, purposes: ['service'] })
    expect(consent.ok).toBe(true)
    const { json } = await (async () => {
      const availability = await callAs('anonymous', 'appointment', 'availability', { service: 'SB-004', hall: 'H01' })
      if (!availability.ok) throw new Error(JSON.stringify(availability))
      const today = hallDate(new Date())
      const day = availability.data.dates.find((d) => d.date > today && d.slots.some((s) => s.status === 'open'))!
      const slot = day.slots.find((s) => s.status === 'open')!
      const booked = await callAs(who, 'appointment', 'book', {
        service: 'SB-004', hall: 'H01', date: day.date, start: slot.start, fields: { name: '欧阳明华', mobile: '13912345678' }, idempotencyKey: 'counter-privacy-0001'
      })
      if (!booked.ok) throw new Error(JSON.stringify(booked))
      return { json: booked.data }
    })()
    // Due today at this very hour, as a booking made for today would be.
    const now = Date.now()
    await database().collection('appointments').doc(json.id).update({ data: { date: hallDate(new Date()), startsAt: new Date(now + 10 * 60_000), endsAt: new Date(now + 40 * 60_000) } })

    const list = await callAs('staff', 'staff', 'todayAppointments', { pageSize: 50 })
    if (!list.ok) throw new Error(JSON.stringify(list))
    const row = (await todayRows()).find((r) => r.id === json.id)
    expect(row).toMatchObject({ name: '欧**华', mobile: '139****5678' })
    const listed = JSON.stringify(list)
    expect(listed).not.toContain('欧阳明华')
    expect(listed).not.toContain('13912345678')
    expect(JSON.stringify(await todayRows())).not.toContain('欧阳明华')

    const verified = await callAs('staff', 'staff', 'verifyArrival', { code: json.code })
    expect(verified).toMatchObject({ ok: true, data: { id: json.id, status: 'verified', name: '欧阳明华', mobile: '139****5678' } })
    expect(JSON.stringify(verified)).not.toContain('13912345678')
  })
})

describe('到场核验 twice and 标记未到场', () => {
  // Slots placed an hour either side of now must fall on the hall's today, whenever the suite runs
  // (at 00:20 in the hall, 45 minutes ago is yesterday): only Date is moved, to 14:00 hall time.
  beforeAll(() => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] })
    jest.setSystemTime(new Date(`${hallDate(new Date())}T14:00:00+08:00`))
  })
  afterAll(() => jest.useRealTimers())

  it('should say a code was already verified, and when, instead of calling it cancelled', async () => {
    const { code } = await bookedToday('o_counter_twice_0001', 5)
    const first = await callAs('staff', 'staff', 'verifyArrival', { code })
    expect(first).toMatchObject({ ok: true, data: { status: 'verified' } })
    const stored = (await database().collection('appointments').where({ code }).get()).data[0]
    const at = formatHallTime(stored.verifiedAt, 'HH:mm')

    const again = await callAs('staff', 'staff', 'verifyArrival', { code })
    expect(again).toMatchObject({ ok: false, code: 'APPOINTMENT.ALREADY_VERIFIED' })
    expect(!again.ok && again.message).toContain(`已于 ${at} 核验`)
    expect(!again.ok && again.message).not.toMatch(/取消/)
    // The first answer carries the same time, for the page's 已核验 line.
    expect(first.ok && first.data.verifiedAt).toBe(at)
    // Still one verification on record.
    const { data: audit } = await database().collection('audit').where({ action: 'staff.verifyArrival', 'target.id': stored._id }).get()
    expect(audit).toHaveLength(1)
  })

  it('should offer 标记未到场 on a row only when the action would accept it, by the same rule', async () => {
    const future = await bookedToday('o_counter_noshow_0001', 60)
    const running = await bookedToday('o_counter_noshow_0002', -10)
    const ended = await bookedToday('o_counter_noshow_0003', -45)
    const verified = await bookedToday('o_counter_noshow_0004', -45)
    expect(await callAs('staff', 'staff', 'verifyArrival', { code: verified.code })).toMatchObject({ ok: true })

    const rows = await todayRows()
    const flag = (id: string) => rows.find((r) => r.id === id)?.canMarkNoShow
    expect([flag(future.id), flag(running.id), flag(ended.id), flag(verified.id)]).toEqual([false, false, true, false])
    expect(rows.find((r) => r.id === verified.id)?.verifiedAt).toMatch(/^\d{2}:\d{2}$/)

    // Every row's flag is what the action then does.
    for (const row of rows.filter((r) => [future.id, running.id, ended.id, verified.id].includes(r.id))) {
      const doc = (await database().collection('appointments').doc(row.id).get()).data
      expect(row.canMarkNoShow).toBe(canMarkNoShow(doc.status, doc.endsAt, new Date()))
      const res = await callAs('staff', 'staff', 'markNoShow', { id: row.id })
      expect(res.ok).toBe(row.canMarkNoShow)
    }
    expect(await callAs('staff', 'staff', 'markNoShow', { id: future.id })).toMatchObject({ ok: false, code: 'APPOINTMENT.NOT_ENDED' })
    expect(await callAs('staff', 'staff', 'markNoShow', { id: ended.id })).toMatchObject({ ok: false, code: 'APPOINTMENT.NOT_ACTIVE', message: '该预约已标记为未到场，不能再进行此操作' })
  })

  it('should say a no-show or cancelled code is that, not "cancelled, completed or rescheduled"', async () => {
    const noShow = await bookedToday('o_counter_inactive_0001', -45)
    expect(await callAs('staff', 'staff', 'markNoShow', { id: noShow.id })).toMatchObject({ ok: true })
    expect(await callAs('staff', 'staff', 'verifyArrival', { code: noShow.code })).toMatchObject({ ok: false, code: 'APPOINTMENT.NOT_ACTIVE', message: '该预约已标记为未到场，不能再进行此操作' })

    const cancelled = await bookedToday('o_counter_inactive_0002', 5)
    await database().collection('appointments').doc(cancelled.id).update({ data: { status: 'cancelled', activeKey: null } })
    expect(await callAs('staff', 'staff', 'verifyArrival', { code: cancelled.code })).toMatchObject({ ok: false, code: 'APPOINTMENT.NOT_ACTIVE', message: '该预约已取消，不能再进行此操作' })
  })
})
