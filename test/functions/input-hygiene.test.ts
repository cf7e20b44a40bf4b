/**
 * What the outside attack run sent that no schema stopped (issue 8): impossible calendar dates
 * (item 6) and invisible characters in text other people read (item 10), through the real
 * functions and the embedded database.
 */
import { database } from '../../local/sdk'
import hallConfig from '../../config/hall.json'
import { callAs, seeded, snapshot, type Who } from '../support/hall'

process.env.HALL_WRITE_LIMIT = '1000/60'
jest.setTimeout(60_000)

beforeAll(seeded)

const IMPOSSIBLE = ['2026-02-30', '2026-13-01', '9999-99-99', '2026-00-10', '2026-04-31', '2026-2-3', '2026-12-01T00:00']

/** A consenting citizen and the first open slot of SB-004 at H01. */
async function consentingWithSlot(who: Who): Promise<{ date: string; start: string }> {
  await callAs(who, 'user', 'giveConsent', { policyVersion: hallConfig.privacyPolicyVersion, purposes: ['service'] })
  const avail = await callAs('anonymous', 'appointment', 'availability', { service: 'SB-004', hall: 'H01' })
  if (!avail.ok) throw new Error(JSON.stringify(avail))
  const day = avail.data.dates.find((d) => d.slots.some((s) => s.status === 'open'))!
  return { date: day.date, start: day.slots.find((s) => s.status === 'open')!.start }
}

async function bookOnce(who: Who, key: string): Promise<string> {
  const slot = await consentingWithSlot(who)
  const booked = await callAs(who, 'appointment', 'book', { service: 'SB-004', hall: 'H01', ...slot, fields: { name: '日期测试', mobile: '13912345000' }, idempotencyKey: key })
  if (!booked.ok) throw new Error(JSON.stringify(booked))
  return booked.data.id
}

describe('an impossible calendar date (item 6)', () => {
  const citizen: Who = { openid: 'o_hygiene_dates_0001' }
  let bookingId: string
  beforeAll(async () => {
    bookingId = await bookOnce(citizen, 'hygiene-dates-0001')
  })

  const cases: Array<[string, Who, string, string, (date: string) => object]> = [
    ['appointment.book', citizen, 'appointment', 'book', (date) => ({ service: 'SB-004', hall: 'H01', date, start: '09:00', fields: { name: '日期测试', mobile: '13912345000' }, idempotencyKey: 'hygiene-dates-0002' })],
    ['appointment.reschedule', citizen, 'appointment', 'reschedule', (date) => ({ id: bookingId, date, start: '09:00' })],
    ['admin.setClosure', 'admin', 'admin', 'setClosure', (date) => ({ hall: 'H01', date, reason: '设备检修', bookings: 'keep' })],
    ['admin.previewClosure', 'admin', 'admin', 'previewClosure', (date) => ({ hall: 'H01', date })],
    ['admin.removeClosure', 'admin', 'admin', 'removeClosure', (date) => ({ hall: 'H01', date })]
  ]

  describe.each(cases)('%s', (_name, who, fn, action, data) => {
    it.each(IMPOSSIBLE)('should refuse %s as REQUEST.INVALID at the date field, in Chinese, and change nothing', async (date) => {
      const before = await snapshot()
      const res = await callAs(who, fn, action, data(date))
      expect(res).toMatchObject({ ok: false, code: 'REQUEST.INVALID' })
      const issues = (res as { issues?: Array<{ path: string; message: string }> }).issues ?? []
      expect(issues).toContainEqual({ path: 'date', message: '请填写真实的日期，格式如 2026-12-01' })
      expect(await snapshot()).toEqual(before)
    })
  })

  it('should refuse an impossible holiday in the working-day calendar', async () => {
    const before = await snapshot()
    const res = await callAs('admin', 'admin', 'setCalendar', { holidays: ['2026-02-30'], workdays: [] })
    expect(res).toMatchObject({ ok: false, code: 'REQUEST.INVALID' })
    expect(await snapshot()).toEqual(before)
  })
})

describe('invisible characters in text others read (item 10)', () => {
  const dirty = (s: string) => `\u202e${s.slice(0, 2)}\u0000${s.slice(2)}\u0007\u200b`

  it('should store a notice title and source without NUL, BEL, bidi overrides or zero-width characters', async () => {
    const saved = await callAs('admin', 'admin', 'saveNotice', { draft: { kind: 'notice', title: dirty('关于调整办公时间的通知'), source: dirty('示范市政务服务中心'), body: '<p>自下月起周六上午\u202e照常办公，\u0000特此通知。</p>' } })
    if (!saved.ok) throw new Error(JSON.stringify(saved))
    const stored = (await database().collection('notices').doc(saved.data.id).get()).data
    expect(stored.title).toBe('关于调整办公时间的通知')
    expect(stored.source).toBe('示范市政务服务中心')
    expect(stored.body).toBe('<p>自下月起周六上午照常办公，特此通知。</p>')
  })

  it('should refuse a title that is nothing but invisible characters, as empty', async () => {
    const before = await snapshot()
    const res = await callAs('admin', 'admin', 'saveNotice', { draft: { kind: 'notice', title: '\u202e\u0000\u200b\u2066\u0007', source: '示范市政务服务中心', body: '<p>正文</p>' } })
    expect(res).toMatchObject({ ok: false, code: 'REQUEST.INVALID' })
    expect((res as { issues?: Array<{ path: string }> }).issues?.map((i) => i.path)).toContain('draft.title')
    expect(await snapshot()).toEqual(before)
  })

  it("should refuse a citizen's name with invisible characters at the field, storing nothing", async () => {
    const who: Who = { openid: 'o_hygiene_name_0001' }
    const slot = await consentingWithSlot(who)
    const before = await snapshot()
    const res = await callAs(who, 'appointment', 'book', { service: 'SB-004', hall: 'H01', ...slot, fields: { name: '\u202e王\u0000芳', mobile: '13912345001' }, idempotencyKey: 'hygiene-name-0001' })
    expect(res).toMatchObject({ ok: false, code: 'REQUEST.INVALID' })
    expect((res as { issues?: Array<{ path: string }> }).issues?.map((i) => i.path)).toContain('fields.name')
    expect(await snapshot()).toEqual(before)
  })

})
