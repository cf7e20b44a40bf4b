/**
 * Closing a hall day that has bookings, through the real functions and embedded database: the
 * administrator's two choices, one transaction per booking (status, counter, note, audit,
 * message), retries and doubled submits that change and send nothing twice, paging past 100,
 * refusals that write nothing, the citizen's view of the closure, no reminder for a closed day,
 * and outbox states that say what really happened.
 */
import * as sdk from 'wx-server-sdk'
import { generateAppointmentCode } from '../../src/domain/appointments/code'
import { addDays } from '../../src/domain/calendar/workdays'
import { hallDate } from '../../src/domain/time'
import { hallInstant } from '../../src/domain/appointments/slots'
import { database } from '../../local/sdk'
import { callAs, seeded, snapshot } from '../support/hall'

process.env.HALL_WRITE_LIMIT = '1000/60'
jest.setTimeout(120_000)

beforeAll(seeded)

const today = hallDate(new Date())
const STARTS = ['09:00', '09:30', '10:00']
let seq = 0

/** `n` bookings at `hall` on `date`, spread over three slots, with their counters as booking keeps them. */
async function bookings(hall: string, date: string, n: number, opts: { subscribed?: boolean; prefix?: string } = {}): Promise<string[]> {
  const db = database()
  const ids: string[] = []
  const perSlot = new Map<string, number>()
  for (let i = 0; i < n; i++) {
    const start = STARTS[i % STARTS.length]
    const openid = `o_closure_${opts.prefix ?? 'c'}_${String(++seq).padStart(5, '0')}`
    const { _id } = await db.collection('appointments').add({
      data: {
        openid,
        code: generateAppointmentCode((k) => require('node:crypto').randomBytes(k)),
        service: 'SB-004',
        serviceName: '闭厅测试事项',
        hall,
        hallName: '测试大厅',
        date,
        start,
        end: '09:30',
        startsAt: hallInstant(date, start),
        endsAt: new Date(hallInstant(date, start).getTime() + 30 * 60_000),
        status: 'booked',
        activeKey: `closure-test|${openid}`,
        name: '闭厅测试',
        mobile: { masked: '139****0001' },
        subscribed: opts.subscribed ?? true,
        sequence: 0,
        createdAt: new Date(),
        updatedAt: new Date()
      }
    })
    ids.push(_id as string)
    perSlot.set(start, (perSlot.get(start) ?? 0) + 1)
  }
  for (const [start, count] of perSlot) {
    const id = `${hall}|SB-004|${date}|${start}`
    const existing = (await db.collection('slots').where({ _id: id }).get()).data[0]
    if (existing) await db.collection('slots').doc(id).update({ data: { booked: existing.booked + count } })
    else await db.collection('slots').add({ data: { _id: id, hall, service: 'SB-004', date, start, startsAt: hallInstant(date, start), capacity: 200, booked: count, updatedAt: new Date() } })
  }
  return ids
}

async function counters(hall: string, date: string): Promise<number> {
  const { data } = await database().collection('slots').where({ hall, date }).get()
  return data.reduce((sum, s) => sum + s.booked, 0)
}

async function docs(ids: string[]) {
  const { data } = await database().collection('appointments').where({ _id: database().command.in(ids) }).limit(1000).get()
  return data
}

async function outboxFor(ids: string[]) {
  const { data } = await database().collection('outbox').where({ _id: /^closure\|/ }).limit(1000).get()
  return data.filter((m) => ids.includes(String(m._id).split('|')[1]))
}

async function audits(ids: string[]) {
  const { data } = await database().collection('audit').where({ action: 'admin.setClosure', 'target.collection': 'appointments' }).limit(1000).get()
  return data.filter((a) => ids.includes(a.target.id))
}

describe('closing a day with bookings', () => {
  it('should cancel every booking with the reason, free the places, write one message and one audit record each, and do nothing more on a retry', async () => {
    const date = addDays(today, 20)
    const ids = await bookings('H03', date, 7)
    const request = { hall: 'H03', date, reason: '供电线路检修', bookings: 'cancel' }
    const res = await callAs('admin', 'admin', 'setClosure', request)
    expect(res).toMatchObject({ ok: true, data: { bookedThatDay: 7, changed: 7, unchanged: 0, messages: { local: 7, skipped: 0 } } })

    const after = await docs(ids)
    expect(after.every((d) => d.status === 'cancelled' && d.closure.outcome === 'cancelled' && d.closure.reason === '供电线路检修')).toBe(true)
    // Released like a citizen's own cancellation: the day can be booked again once it reopens.
    expect(after.every((d) => d.activeKey === `released|${d._id}` && d.sequence === 1)).toBe(true)
    expect(await counters('H03', date)).toBe(0)
    const messages = await outboxFor(ids)
    expect(messages).toHaveLength(7)
    const closureId = after[0].closure.id
    expect(messages.map((m) => m._id).sort()).toEqual(ids.map((id) => `closure|${id}|${closureId}|cancelled`).sort())
    expect(messages.every((m) => m.state === 'local' && m.data.thing4.startsWith('闭厅，预约已取消'))).toBe(true)
    expect(JSON.stringify(messages)).not.toMatch(/1\d{10}|\*\*\*\*|\d{17}[\dX]/)
    const records = await audits(ids)
    expect(records).toHaveLength(7)
    expect(records[0].changes.status).toEqual({ old: 'booked', new: 'cancelled' })

    const retried = await callAs('admin', 'admin', 'setClosure', request)
    expect(retried).toMatchObject({ ok: true, data: { changed: 0, messages: { local: 0 } } })
    expect(await outboxFor(ids)).toHaveLength(7)
    expect(await audits(ids)).toHaveLength(7)
    expect(await counters('H03', date)).toBe(0)
    const closureAudits = await database().collection('audit').where({ action: 'admin.setClosure', 'target.id': `H03|${date}` }).get()
    expect(closureAudits.data).toHaveLength(1)
  })

  it('should keep the bookings and tell each citizen to call the hall, shown on their booking with the hall phone', async () => {
    const date = addDays(today, 21)
    const ids = await bookings('H03', date, 4)
    const before = await counters('H03', date)
    const res = await callAs('admin', 'admin', 'setClosure', { hall: 'H03', date, reason: '系统升级', bookings: 'keep' })
    expect(res).toMatchObject({ ok: true, data: { changed: 4, messages: { local: 4 } } })
    const after = await docs(ids)
    expect(after.every((d) => d.status === 'booked' && d.closure.outcome === 'kept' && d.closure.phone === '0571-85603456')).toBe(true)
    expect(await counters('H03', date)).toBe(before)
    expect((await outboxFor(ids)).every((m) => m._id.endsWith('|kept'))).toBe(true)

    const view = await callAs({ openid: after[0].openid }, 'appointment', 'getAppointment', { id: after[0]._id })
    expect(view).toMatchObject({ ok: true, data: { status: 'booked', closure: { outcome: 'kept', text: '大厅当日闭厅：系统升级，请联系大厅 0571-85603456' } } })
    const mine = await callAs({ openid: after[0].openid }, 'appointment', 'myAppointments', { scope: 'upcoming' })
    expect(mine.ok && mine.data.items[0].closure?.text).toBe('大厅当日闭厅：系统升级，请联系大厅 0571-85603456')

    // Cancelling them afterwards is a new outcome: each citizen hears about it once.
    const cancelled = await callAs('admin', 'admin', 'setClosure', { hall: 'H03', date, reason: '系统升级', bookings: 'cancel' })
    expect(cancelled).toMatchObject({ ok: true, data: { changed: 4 } })
    expect(await outboxFor(ids)).toHaveLength(8)
    const past = await callAs({ openid: after[0].openid }, 'appointment', 'myAppointments', { scope: 'past' })
    expect(past.ok && past.data.items[0]).toMatchObject({ statusLabel: '已取消', closure: { text: '大厅当日闭厅：系统升级，预约已取消' } })
  })

  it('should change each booking once when the same closure is submitted twice at the same time', async () => {
    const date = addDays(today, 22)
    const ids = await bookings('H03', date, 12)
    const request = { hall: 'H03', date, reason: '消防演练', bookings: 'cancel' }
    const [a, b] = await Promise.all([callAs('admin', 'admin', 'setClosure', request), callAs('admin', 'admin', 'setClosure', request)])
    expect(a.ok && b.ok).toBe(true)
    if (!a.ok || !b.ok) return
    expect(a.data.changed + b.data.changed).toBe(12)
    expect((await docs(ids)).every((d) => d.status === 'cancelled')).toBe(true)
    expect(await counters('H03', date)).toBe(0)
    expect(await outboxFor(ids)).toHaveLength(12)
    expect(await audits(ids)).toHaveLength(12)
    const closures = await database().collection('closures').where({ hall: 'H03', date }).get()
    expect(closures.data).toHaveLength(1)
  })

  it('should go past 100 bookings, in pages', async () => {
    const date = addDays(today, 23)
    const ids = await bookings('H02', date, 130, { prefix: 'p' })
    const res = await callAs('admin', 'admin', 'setClosure', { hall: 'H02', date, reason: '场地改造', bookings: 'cancel' })
    expect(res).toMatchObject({ ok: true, data: { bookedThatDay: 130, changed: 130 } })
    expect((await docs(ids)).filter((d) => d.status === 'cancelled')).toHaveLength(130)
    expect(await counters('H02', date)).toBe(0)
    const messages = await outboxFor(ids)
    expect(new Set(messages.map((m) => m._id)).size).toBe(130)
  })

  it('should refuse without a choice, with a bad reason, or for staff, and write nothing', async () => {
    const date = addDays(today, 24)
    await bookings('H03', date, 2)
    const before = await snapshot()
    expect(await callAs('admin', 'admin', 'setClosure', { hall: 'H03', date, reason: '设备检修' })).toMatchObject({ ok: false, code: 'CLOSURE.CHOICE_REQUIRED', message: '当天已有2个预约，请选择取消这些预约或保留并通知群众' })
    expect(await callAs('admin', 'admin', 'setClosure', { hall: 'H03', date, reason: '\u202e\u0007 ', bookings: 'cancel' })).toMatchObject({ ok: false, code: 'REQUEST.INVALID', issues: [{ path: 'reason', message: '闭厅原因至少2个字' }] })
    expect(await callAs('admin', 'admin', 'setClosure', { hall: 'H03', date, reason: '检'.repeat(41), bookings: 'cancel' })).toMatchObject({ ok: false, code: 'REQUEST.INVALID', issues: [{ path: 'reason' }] })
    expect(await callAs('admin', 'admin', 'setClosure', { hall: 'H03', date, reason: '设备检修', bookings: 'delete' })).toMatchObject({ ok: false, code: 'REQUEST.INVALID', issues: [{ path: 'bookings' }] })
    expect(await callAs('staff', 'admin', 'setClosure', { hall: 'H03', date, reason: '设备检修', bookings: 'cancel' })).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
    expect(await snapshot()).toEqual(before)
  })

  it('should show how many bookings a day has before it is closed, and strip control characters from the reason', async () => {
    const date = addDays(today, 25)
    await bookings('H03', date, 3, { subscribed: false })
    expect(await callAs('admin', 'admin', 'previewClosure', { hall: 'H03', date })).toMatchObject({ ok: true, data: { booked: 3, subscribed: 0, closed: null } })
    const res = await callAs('admin', 'admin', 'setClosure', { hall: 'H03', date, reason: '\u202e设备\u0000检修\u200b', bookings: 'keep' })
    // Nobody subscribed: WeChat takes no message, and the records say so.
    expect(res).toMatchObject({ ok: true, data: { reason: '设备检修', messages: { unsubscribed: 3, local: 0 } } })
    expect(await callAs('admin', 'admin', 'previewClosure', { hall: 'H03', date })).toMatchObject({ ok: true, data: { closed: { reason: '设备检修', bookings: 'keep' } } })
  })

  it('should take the note off kept bookings when the day reopens, audited', async () => {
    const date = addDays(today, 26)
    const ids = await bookings('H03', date, 2)
    await callAs('admin', 'admin', 'setClosure', { hall: 'H03', date, reason: '临时停电', bookings: 'keep' })
    expect(await callAs('admin', 'admin', 'removeClosure', { hall: 'H03', date })).toMatchObject({ ok: true, data: { cleared: 2 } })
    expect((await docs(ids)).every((d) => d.status === 'booked' && !d.closure)).toBe(true)
    const { data } = await database().collection('audit').where({ action: 'admin.removeClosure', 'target.collection': 'appointments' }).get()
    expect(data.filter((a) => ids.includes(a.target.id))).toHaveLength(2)
  })
})

describe('reminders and the outbox', () => {
  it('should never send a reminder for a hall closed tomorrow, while other halls get theirs', async () => {
    const tomorrow = addDays(today, 1)
    const closedIds = await bookings('H04', tomorrow, 3, { prefix: 'r' })
    const openIds = await bookings('H05', tomorrow, 2, { prefix: 'r' })
    await callAs('admin', 'admin', 'setClosure', { hall: 'H04', date: tomorrow, reason: '设备检修', bookings: 'keep' })
    const run = await callAs('admin', 'reminders', 'sendNow', {})
    expect(run.ok && run.data.closed).toBeGreaterThanOrEqual(3)
    const { data } = await database().collection('outbox').where({ _id: /^reminder\|/ }).limit(1000).get()
    const remindedIds = data.map((m) => String(m._id).split('|')[1])
    expect(closedIds.filter((id) => remindedIds.includes(id))).toEqual([])
    expect(openIds.every((id) => remindedIds.includes(id))).toBe(true)
  })

  it('should say in the outbox what really happened, and the run counts agree with the records', async () => {
    const tomorrow = addDays(today, 1)
    await bookings('H05', tomorrow, 3, { prefix: 's' })
    const run = await callAs('admin', 'reminders', 'sendNow', {})
    if (!run.ok) throw new Error(JSON.stringify(run))
    // The local hall has no WeChat servers: nothing is sent, and nothing claims it was.
    expect(run.data).toMatchObject({ sent: 0, failed: 0, local: 3 })
    const list = await callAs('admin', 'admin', 'listOutbox', { pageSize: 50 })
    const fresh = list.ok ? list.data.items.slice(0, 3) : []
    expect(fresh.map((m) => m.stateLabel)).toEqual(['本地环境未发送', '本地环境未发送', '本地环境未发送'])

    // On CloudBase the openapi answers: one accepted, one refused (subscription used up).
    const send = jest.fn(async (o: { touser: string }) => {
      if (o.touser.endsWith('1')) throw Object.assign(new Error('user refuse to accept the msg'), { errCode: 43101 })
      return { errCode: 0 }
    })
    const cloud = sdk as unknown as { openapi?: unknown }
    const original = cloud.openapi
    Object.defineProperty(cloud, 'openapi', { value: { subscribeMessage: { send } }, configurable: true, writable: true })
    try {
      const date = addDays(today, 27)
      const ids = await bookings('H03', date, 4, { prefix: 'w' })
      const res = await callAs('admin', 'admin', 'setClosure', { hall: 'H03', date, reason: '设备检修', bookings: 'cancel' })
      if (!res.ok) throw new Error(JSON.stringify(res))
      const states = (await outboxFor(ids)).map((m) => m.state)
      expect(send).toHaveBeenCalledTimes(4)
      expect(res.data.messages.sent).toBe(states.filter((s) => s === 'sent').length)
      expect(res.data.messages.failed).toBe(states.filter((s) => s === 'failed').length)
      expect(res.data.messages.sent + res.data.messages.failed).toBe(4)
      expect(res.data.messages.failed).toBeGreaterThanOrEqual(1)
    } finally {
      Object.defineProperty(cloud, 'openapi', { value: original, configurable: true, writable: true })
    }
  })
})
