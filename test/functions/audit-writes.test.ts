/**
 * Every staff and administrator write, through the real functions and embedded database, in
 * one table: the write leaves exactly the audit records it should (action, who, target, the
 * changed fields as { old, new }, the request id), and when the audit write fails the change
 * is not applied either, because the record and the change are one transaction. The list of
 * writes is read from the action tables, so a new staff or admin write without a row here, or
 * a row for an action that is gone, fails the suite.
 */
import { generateAppointmentCode } from '../../src/domain/appointments/code'
import { addDays } from '../../src/domain/calendar/workdays'
import { serviceItemSchema } from '../../src/domain/guides/service-item'
import { maskPhone } from '../../src/domain/mask'
import { hallDate } from '../../src/domain/time'
import { SERVICE_ITEMS } from '../../local/seed-data/catalogue'
import { PERSONAS } from '../../local/personas'
import { database } from '../../local/sdk'
import * as auditModule from '../../cloudfunctions/_shared/audit'
import { ACTION_TABLES, callAs, seeded, snapshot, type Who } from '../support/hall'

process.env.HALL_WRITE_LIMIT = '1000/60'
jest.setTimeout(120_000)

// The counter's rows place bookings around now on the hall's today: only Date is moved, to
// 14:00 hall time, so they pass whenever the suite runs (as in counter.test.ts).
beforeAll(() => {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] })
  jest.setSystemTime(new Date(`${hallDate(new Date())}T14:00:00+08:00`))
})
afterAll(() => jest.useRealTimers())
beforeAll(seeded)
afterEach(() => jest.restoreAllMocks())

type Doc = Record<string, any>
type Change = { old: unknown; new: unknown }
interface Expected {
  target: { collection: string; id: string }
  changes: Record<string, Change>
}
interface Row {
  /** `fn.action`, as in the action tables and the audit record. */
  action: string
  /** What the row is about, when one action has several rows. */
  title?: string
  who: Who
  /** Brings the store to the state the write starts from; what it returns goes to `data` and `audits`. */
  setup?: () => Promise<Doc>
  data: (given: Doc) => object
  /** The audit records the write must add, in any order; `answer` is the envelope's data. */
  audits: (given: Doc, answer: Doc) => Expected[]
}

/** Staff and admin writes that do not (yet) audit through auditIn in their transaction, and why. */
const NOT_BY_AUDIT_IN: Record<string, string> = {
  // Deletes past-retention documents across collections page by page: no one transaction can
  // hold that. Its one audit record is written after the purge (checked below, without the
  // injected failure).
  'retention.purge': 'many collections, paged: the audit record follows the purge',
  // The on-demand form of the reminder timer: every message is its own outbox record, written
  // once; the one audit record of the run follows it (checked below).
  'reminders.sendNow': 'a batch of outbox records: the audit record follows the run'
}

const HALL = 'H01'
const CLOSED_HALL = 'H04'
const closureDay = addDays(hallDate(new Date()), 20)
const keptDay = addDays(hallDate(new Date()), 21)
const item = { ...SERVICE_ITEMS[0], code: 'AU-901', name: '审计测试事项', keywords: ['审计测试'] }
const draft = { kind: 'notice', title: '审计测试公告', source: '示范市政务服务和数据管理局', body: '<p>审计测试公告的正文，说明办理时间调整。</p>' }
const link = { kind: 'page', title: '审计入口', hint: '', url: '/pages/guides/index?field=tax', order: 7, enabled: true }
const newHall = { code: 'H08', name: '示范市审计测试便民服务中心', address: '示范市东城区审计路8号', phone: '0571-87008888', weekdays: [1, 2, 3, 4, 5], periods: [{ from: '09:00', to: '12:00' }], hoursText: '周一至周五 9:00-12:00', transit: '' }
const rule = { slotMinutes: 20, capacity: 3, windowDays: 10, cutoffMinutes: 30, cancelCutoffMinutes: 60 }

/** Every field as added: { old: null, new: value }. */
const added = (doc: Doc): Record<string, Change> => Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, { old: null, new: v }]))
const removed = (doc: Doc): Record<string, Change> => Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, { old: v, new: null }]))
const without = (doc: Doc | undefined, ...keys: string[]) => Object.fromEntries(Object.entries(doc ?? {}).filter(([k]) => !keys.includes(k)))

async function ok<T = Doc>(res: Promise<{ ok: boolean; data?: unknown }>): Promise<T> {
  const envelope = await res
  if (!envelope.ok) throw new Error(`expected ok, got ${JSON.stringify(envelope)}`)
  return envelope.data as T
}

async function stored(collection: string, id: string): Promise<Doc | undefined> {
  return (await database().collection(collection).where({ _id: id }).get()).data[0]
}

/** A booking written straight to the store at a hall and time, as the counter's rows need. */
async function booking(openid: string, hall: string, date: string, startsAt: Date, endsAt: Date): Promise<{ id: string; code: string }> {
  const now = new Date()
  const code = generateAppointmentCode((n) => require('node:crypto').randomBytes(n))
  const { _id } = await database().collection('appointments').add({
    data: { openid, code, service: 'SB-004', serviceName: '审计测试事项', hall, hallName: '测试大厅', date, start: '09:00', end: '09:30', startsAt, endsAt, status: 'booked', activeKey: `audit|${openid}|${date}`, name: '审计测试', subscribed: false, sequence: 0, createdAt: now, updatedAt: now }
  })
  return { id: _id as string, code }
}

/** The first notice saved by a row, so the notice rows can follow one another. */
async function noticeId(): Promise<string> {
  const { data } = await database().collection('notices').where({ title: draft.title }).get()
  if (data[0]) return data[0]._id
  return (await ok<{ id: string }>(callAs('admin', 'admin', 'saveNotice', { draft }))).id
}

async function linkId(): Promise<string> {
  const { data } = await database().collection('links').where({ title: database().command.in([link.title, '审计入口二']) }).get()
  if (data[0]) return data[0]._id
  return (await ok<{ id: string }>(callAs('admin', 'admin', 'saveLink', { link }))).id
}

const ROWS: Row[] = [
  {
    action: 'admin.setMember',
    who: 'admin',
    data: () => ({ userCode: 'o_audit_member_0001', role: 'staff', department: 'hrss', hall: HALL, name: '审计测试员' }),
    audits: () => [{ target: { collection: 'members', id: 'o_audit_member_0001' }, changes: added({ role: 'staff', name: '审计测试员', department: 'hrss', hall: HALL }) }]
  },
  {
    action: 'admin.removeMember',
    who: 'admin',
    setup: async () => {
      await ok(callAs('admin', 'admin', 'setMember', { userCode: 'o_audit_member_0002', role: 'staff', department: 'hrss', name: '审计撤销员' }))
      return {}
    },
    data: () => ({ userCode: 'o_audit_member_0002' }),
    audits: () => [{ target: { collection: 'members', id: 'o_audit_member_0002' }, changes: removed({ role: 'staff', name: '审计撤销员', department: 'hrss' }) }]
  },
  {
    action: 'admin.createItem',
    who: 'admin',
    data: () => ({ item }),
    audits: () => [{ target: { collection: 'service_items', id: item.code }, changes: added({ ...serviceItemSchema.parse(item), status: 'draft' }) }]
  },
  {
    action: 'admin.updateItem',
    who: 'admin',
    data: () => ({ code: item.code, item: { ...item, name: '审计测试事项（修订）' } }),
    audits: () => [{ target: { collection: 'service_items', id: item.code }, changes: { name: { old: item.name, new: '审计测试事项（修订）' } } }]
  },
  {
    action: 'admin.publishItem',
    who: 'admin',
    data: () => ({ code: item.code }),
    audits: () => [{ target: { collection: 'service_items', id: item.code }, changes: { status: { old: 'draft', new: 'published' } } }]
  },
  {
    action: 'admin.archiveItem',
    who: 'admin',
    data: () => ({ code: item.code }),
    audits: () => [{ target: { collection: 'service_items', id: item.code }, changes: { status: { old: 'published', new: 'archived' } } }]
  },
  {
    action: 'admin.setSynonym',
    who: 'admin',
    data: () => ({ word: '审计词', targets: ['机动车驾驶证', '审计词'] }),
    audits: () => [{ target: { collection: 'synonyms', id: '审计词' }, changes: { targets: { old: null, new: ['机动车驾驶证'] } } }]
  },
  {
    action: 'admin.removeSynonym',
    who: 'admin',
    data: () => ({ word: '审计词' }),
    audits: () => [{ target: { collection: 'synonyms', id: '审计词' }, changes: { targets: { old: ['机动车驾驶证'], new: null } } }]
  },
  {
    action: 'admin.saveNotice',
    title: 'a new notice',
    who: 'admin',
    data: () => ({ draft }),
    audits: (_given, answer) => [{ target: { collection: 'notices', id: answer.id }, changes: added(draft) }]
  },
  {
    action: 'admin.saveNotice',
    title: 'an edit, keeping the version it replaces',
    who: 'admin',
    setup: async () => ({ id: await noticeId() }),
    data: ({ id }) => ({ id, draft: { ...draft, source: '示范市审计局' } }),
    audits: ({ id }) => [{ target: { collection: 'notices', id }, changes: { source: { old: draft.source, new: '示范市审计局' }, version: { old: 1, new: 2 } } }]
  },
  {
    action: 'admin.publishNotice',
    who: 'admin',
    setup: async () => ({ id: await noticeId() }),
    data: ({ id }) => ({ id }),
    audits: ({ id }) => [{ target: { collection: 'notices', id }, changes: { status: { old: 'draft', new: 'published' }, publishAt: { old: null, new: new Date() } } }]
  },
  {
    action: 'admin.pinNotice',
    who: 'admin',
    setup: async () => ({ id: await noticeId() }),
    data: ({ id }) => ({ id, pinned: true }),
    audits: ({ id }) => [{ target: { collection: 'notices', id }, changes: { pinned: { old: false, new: true } } }]
  },
  {
    action: 'admin.withdrawNotice',
    who: 'admin',
    setup: async () => ({ id: await noticeId() }),
    data: ({ id }) => ({ id }),
    audits: ({ id }) => [{ target: { collection: 'notices', id }, changes: { status: { old: 'published', new: 'withdrawn' } } }]
  },
  {
    action: 'admin.saveLink',
    title: 'a new link',
    who: 'admin',
    data: () => ({ link }),
    audits: (_given, answer) => [{ target: { collection: 'links', id: answer.id }, changes: added(link) }]
  },
  {
    action: 'admin.saveLink',
    title: 'an edit',
    who: 'admin',
    setup: async () => ({ id: await linkId() }),
    data: ({ id }) => ({ id, link: { ...link, title: '审计入口二' } }),
    audits: ({ id }) => [{ target: { collection: 'links', id }, changes: { title: { old: link.title, new: '审计入口二' } } }]
  },
  {
    action: 'admin.removeLink',
    who: 'admin',
    setup: async () => ({ id: await linkId() }),
    data: ({ id }) => ({ id }),
    audits: ({ id }) => [{ target: { collection: 'links', id }, changes: removed({ ...link, title: '审计入口二' }) }]
  },
  {
    action: 'admin.saveHall',
    who: 'admin',
    data: () => ({ hall: newHall }),
    audits: () => [{ target: { collection: 'halls', id: newHall.code }, changes: added({ ...newHall, phone: maskPhone(newHall.phone) }) }]
  },
  {
    action: 'admin.setSlotRule',
    who: 'admin',
    setup: async () => ({ before: await stored('slot_rules', `${HALL}|SB-004`) }),
    data: () => ({ hall: HALL, service: 'SB-004', rule }),
    audits: ({ before }) => [
      {
        target: { collection: 'slot_rules', id: `${HALL}|SB-004` },
        changes: Object.fromEntries(Object.entries({ hall: HALL, service: 'SB-004', ...rule }).filter(([k, v]) => before?.[k] !== v).map(([k, v]) => [k, { old: before?.[k] ?? null, new: v }]))
      }
    ]
  },
  {
    action: 'admin.setClosure',
    title: 'a day without bookings',
    who: 'admin',
    data: () => ({ hall: CLOSED_HALL, date: closureDay, reason: '设备检修', bookings: 'keep' }),
    audits: () => [{ target: { collection: 'closures', id: `${CLOSED_HALL}|${closureDay}` }, changes: added({ hall: CLOSED_HALL, date: closureDay, reason: '设备检修', closureId: expect.stringMatching(/^[0-9a-f]{12}$/), bookings: 'keep' }) }]
  },
  {
    action: 'admin.setClosure',
    title: 'a day with a booking, cancelled',
    who: 'admin',
    setup: async () => booking('o_audit_closure_0001', CLOSED_HALL, keptDay, new Date(`${keptDay}T09:00:00+08:00`), new Date(`${keptDay}T09:30:00+08:00`)),
    data: () => ({ hall: CLOSED_HALL, date: keptDay, reason: '停电检修', bookings: 'cancel' }),
    audits: ({ id }) => [
      { target: { collection: 'closures', id: `${CLOSED_HALL}|${keptDay}` }, changes: added({ hall: CLOSED_HALL, date: keptDay, reason: '停电检修', closureId: expect.stringMatching(/^[0-9a-f]{12}$/), bookings: 'cancel' }) },
      { target: { collection: 'appointments', id }, changes: { status: { old: 'booked', new: 'cancelled' }, closure: { old: null, new: { id: expect.any(String), reason: '停电检修', outcome: 'cancelled' } } } }
    ]
  },
  {
    action: 'admin.removeClosure',
    title: 'a day without bookings',
    who: 'admin',
    setup: async () => ({ before: await stored('closures', `${CLOSED_HALL}|${closureDay}`) }),
    data: () => ({ hall: CLOSED_HALL, date: closureDay }),
    audits: ({ before }) => [{ target: { collection: 'closures', id: `${CLOSED_HALL}|${closureDay}` }, changes: removed(without(before, '_id', 'updatedAt')) }]
  },
  {
    action: 'admin.removeClosure',
    title: 'a day whose booking was kept: its closure note goes',
    who: 'admin',
    setup: async () => {
      const day = addDays(keptDay, 1)
      const kept = await booking('o_audit_closure_0002', CLOSED_HALL, day, new Date(`${day}T09:00:00+08:00`), new Date(`${day}T09:30:00+08:00`))
      await ok(callAs('admin', 'admin', 'setClosure', { hall: CLOSED_HALL, date: day, reason: '临时停电', bookings: 'keep' }))
      return { ...kept, day, before: await stored('closures', `${CLOSED_HALL}|${day}`) }
    },
    data: ({ day }) => ({ hall: CLOSED_HALL, date: day }),
    audits: ({ id, day, before }) => [
      { target: { collection: 'closures', id: `${CLOSED_HALL}|${day}` }, changes: removed(without(before, '_id', 'updatedAt')) },
      { target: { collection: 'appointments', id }, changes: { closure: { old: { id: before.closureId, reason: '临时停电', outcome: 'kept' }, new: null } } }
    ]
  },
  {
    action: 'admin.setCalendar',
    who: 'admin',
    setup: async () => ({ before: await stored('settings', 'calendar') }),
    data: () => ({ holidays: ['2027-01-01', '2027-10-01'], workdays: ['2027-09-26'] }),
    audits: ({ before }) => [
      {
        target: { collection: 'settings', id: 'calendar' },
        changes: { holidays: { old: before?.holidays ?? null, new: ['2027-01-01', '2027-10-01'] }, workdays: { old: before?.workdays ?? null, new: ['2027-09-26'] } }
      }
    ]
  },
  {
    action: 'staff.verifyArrival',
    who: 'staff',
    setup: async () => booking('o_audit_counter_0001', HALL, hallDate(new Date()), new Date(Date.now() + 10 * 60_000), new Date(Date.now() + 40 * 60_000)),
    data: ({ code }) => ({ code }),
    audits: ({ id }) => [{ target: { collection: 'appointments', id }, changes: { status: { old: 'booked', new: 'verified' } } }]
  },
  {
    action: 'staff.markNoShow',
    who: 'staff',
    setup: async () => booking('o_audit_counter_0002', HALL, hallDate(new Date()), new Date(Date.now() - 90 * 60_000), new Date(Date.now() - 60 * 60_000)),
    data: ({ id }) => ({ id }),
    audits: ({ id }) => [{ target: { collection: 'appointments', id }, changes: { status: { old: 'booked', new: 'no-show' } } }]
  }
]

/** Audit records of done writes (refusals record a request, not a change). */
async function audits(): Promise<Doc[]> {
  const db = database()
  return (await db.collection('audit').where({ outcome: db.command.neq('refused') }).limit(1000).get()).data
}

function actorOf(who: Who): string {
  return typeof who === 'string' ? PERSONAS[who as keyof typeof PERSONAS] : (who as { openid: string }).openid
}

function roleOf(action: string): string {
  return ACTION_TABLES[action.split('.')[0]][action.split('.')[1]].roles.includes('staff') ? 'staff' : 'admin'
}

describe('the table of audited writes', () => {
  const writes = Object.entries(ACTION_TABLES).flatMap(([fn, table]) =>
    Object.entries(table)
      .filter(([, def]) => def.write && def.roles.some((r) => r === 'staff' || r === 'admin'))
      .map(([name]) => `${fn}.${name}`)
  )

  it('should have a row for every staff and admin write in the action tables, and none for an action that is gone', () => {
    const covered = new Set([...ROWS.map((r) => r.action), ...Object.keys(NOT_BY_AUDIT_IN)])
    expect(writes.filter((w) => !covered.has(w))).toEqual([])
    expect([...covered].filter((w) => !writes.includes(w))).toEqual([])
    // The tables are really read: the writes the issue names are among them.
    expect(writes).toEqual(expect.arrayContaining(['admin.setMember', 'admin.removeMember', 'admin.publishItem', 'admin.saveNotice', 'admin.setClosure', 'staff.verifyArrival', 'staff.markNoShow']))
  })
})

describe.each(ROWS.map((row) => [`${row.action}${row.title ? ` (${row.title})` : ''}`, row] as const))('%s', (_name, row) => {
  let given: Doc = {}

  beforeAll(async () => {
    given = (await row.setup?.()) ?? {}
  })

  // First the failure, from the state the write starts from: it must leave that state as it was.
  it('should apply nothing when its audit write fails', async () => {
    const real = auditModule.auditIn
    const spy = jest.spyOn(auditModule, 'auditIn').mockImplementation(async (...args) => {
      await real(...args)
      throw new Error('injected failure of the audit write')
    })
    const before = await snapshot()
    const res = await callAs(row.who, ...(row.action.split('.') as [string, string]), row.data(given))
    expect(res).toMatchObject({ ok: false, code: 'INTERNAL' })
    expect(spy).toHaveBeenCalled()
    expect(await snapshot()).toEqual(before)
  })

  it('should write exactly its audit records, naming who, the target and the changes', async () => {
    const before = new Set((await audits()).map((a) => a._id))
    const res = await callAs(row.who, ...(row.action.split('.') as [string, string]), row.data(given))
    if (!res.ok) throw new Error(`expected ok, got ${JSON.stringify(res)}`)
    const fresh = (await audits()).filter((a) => !before.has(a._id))
    const expected = row.audits(given, res.data as Doc)
    expect(fresh).toHaveLength(expected.length)
    const byTarget = (a: Doc) => `${a.target.collection}/${a.target.id}`
    expect(fresh.map(byTarget).sort()).toEqual(expected.map(byTarget).sort())
    for (const want of expected) {
      const record = fresh.find((a) => byTarget(a) === byTarget(want)) as Doc
      expect(record).toMatchObject({ action: row.action, actor: actorOf(row.who), role: roleOf(row.action), outcome: 'done', requestId: res.requestId, at: expect.any(Date) })
      expect(record.changes).toEqual(want.changes)
    }
  })
})

describe('retention.purge', () => {
  it('should write one audit record of what it removed', async () => {
    const before = new Set((await audits()).map((a) => a._id))
    const res = await callAs('admin', 'retention', 'purge', {})
    if (!res.ok) throw new Error(JSON.stringify(res))
    const fresh = (await audits()).filter((a) => !before.has(a._id))
    expect(fresh).toHaveLength(1)
    expect(fresh[0]).toMatchObject({ action: 'retention.purge', actor: PERSONAS.admin, role: 'admin', target: { collection: '*', id: '-' }, changes: { removed: { old: null, new: res.data.removed } }, requestId: res.requestId })
  })
})

describe('reminders.sendNow', () => {
  it('should write one audit record of who sent tomorrow’s reminders early and what went out', async () => {
    const before = new Set((await audits()).map((a) => a._id))
    const res = await callAs('admin', 'reminders', 'sendNow', {})
    if (!res.ok) throw new Error(JSON.stringify(res))
    const fresh = (await audits()).filter((a) => !before.has(a._id))
    expect(fresh).toHaveLength(1)
    expect(fresh[0]).toMatchObject({ action: 'reminders.sendNow', actor: PERSONAS.admin, role: 'admin', target: { collection: 'outbox', id: res.data.date }, requestId: res.requestId })
    expect(fresh[0].changes).toMatchObject({ date: { old: null, new: res.data.date }, queued: { old: null, new: res.data.queued } })
  })
})
