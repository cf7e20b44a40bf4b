/**
 * What the appointment function's action table decides before any handler runs (issue 16,
 * mutation testing): who may call each action, which actions are write-limited, and the exact
 * shapes their inputs accept. The authorization matrix walks the table as it is, so it cannot
 * notice a role added to or dropped from it; these expectations are the decision itself.
 */
import { actions } from '../../cloudfunctions/appointment/actions'

describe('the appointment action table', () => {
  it.each([
    ['availability', ['anonymous', 'citizen', 'staff', 'admin'], false],
    ['book', ['citizen'], true],
    ['myAppointments', ['citizen'], false],
    ['getAppointment', ['citizen'], false],
    ['cancel', ['citizen'], true],
    ['reschedule', ['citizen'], true],
    ['calendarFile', ['citizen'], false]
  ])('should let %s be called by %j, write-limited: %s', (name, roles, write) => {
    expect(actions[name].roles).toEqual(roles)
    expect(Boolean(actions[name].write)).toBe(write)
  })

  it('should have no other actions', () => {
    expect(Object.keys(actions).sort()).toEqual(['availability', 'book', 'calendarFile', 'cancel', 'getAppointment', 'myAppointments', 'reschedule'])
  })
})

const ok = (name: string, data: unknown) => {
  const res = actions[name].input.safeParse(data)
  if (!res.success) throw new Error(`${name} refused ${JSON.stringify(data)}: ${res.error.message}`)
  return res.data
}
const refused = (name: string, data: unknown) => expect(actions[name].input.safeParse(data).success).toBe(false)

const BOOK = { service: 'SB-004', hall: 'H01', date: '2026-12-01', start: '09:30', idempotencyKey: 'abcd1234' }

describe('the appointment inputs', () => {
  it.each(['H01', 'H0001', 'H123'])('should take the hall code %s', (hall) => {
    ok('availability', { service: 'SB-004', hall })
    ok('reschedule', { id: 'x1', hall, date: '2026-12-01', start: '09:30' })
  })

  it.each(['H1', 'H00001', 'h01', 'XH01', 'H01X', 'HAB', ''])('should refuse the hall code %j', (hall) => {
    refused('availability', { service: 'SB-004', hall })
    refused('book', { ...BOOK, hall })
    refused('reschedule', { id: 'x1', hall, date: '2026-12-01', start: '09:30' })
  })

  it.each(['00:00', '09:30', '19:59', '23:59'])('should take the time %s', (start) => {
    ok('book', { ...BOOK, start })
  })

  it.each(['24:00', '9:30', '09:60', '09:3', '0930', ' 09:30', '09:30 ', '29:00'])('should refuse the time %j', (start) => {
    refused('book', { ...BOOK, start })
    refused('reschedule', { id: 'x1', date: '2026-12-01', start })
  })

  it.each(['abcdefgh', 'A-b_C-d_', 'x'.repeat(64)])('should take the idempotency key %s', (idempotencyKey) => {
    ok('book', { ...BOOK, idempotencyKey })
  })

  it.each(['abcdefg', 'x'.repeat(65), 'abcd 1234', 'abcd.1234', 'abcd1234\n'])('should refuse the idempotency key %j', (idempotencyKey) => {
    refused('book', { ...BOOK, idempotencyKey })
  })

  it('should default the fields to none and the reminder to off, and cap each field at 64 characters', () => {
    expect(ok('book', BOOK)).toMatchObject({ fields: {}, subscribe: false })
    expect(ok('book', { ...BOOK, subscribe: true, fields: { name: 'x'.repeat(64) } })).toMatchObject({ subscribe: true, fields: { name: 'x'.repeat(64) } })
    refused('book', { ...BOOK, fields: { name: 'x'.repeat(65) } })
    refused('book', { ...BOOK, fields: { name: 1 } })
    refused('book', { ...BOOK, subscribe: 'yes' })
  })

  it.each([
    ['availability', { service: 'SB-004', hall: 'H01' }],
    ['book', BOOK],
    ['myAppointments', {}],
    ['getAppointment', { id: 'x1' }],
    ['cancel', { id: 'x1' }],
    ['reschedule', { id: 'x1', date: '2026-12-01', start: '09:30' }],
    ['calendarFile', { id: 'x1' }]
  ])('should take %s with its fields and refuse one more', (name, data) => {
    ok(name, data)
    refused(name, { ...data, openid: 'o_forged' })
  })

  it.each([
    ['availability', { hall: 'H01' }],
    ['availability', { service: 'SB-004' }],
    ['book', { ...BOOK, service: 'sb-004' }],
    ['book', { ...BOOK, date: '2026-02-30' }],
    ['book', (({ idempotencyKey: _, ...rest }) => rest)(BOOK)],
    ['reschedule', { id: 'x1', date: '2026-12-01' }],
    ['reschedule', { id: 'x 1', date: '2026-12-01', start: '09:30' }],
    ['getAppointment', {}],
    ['cancel', { id: '' }],
    ['calendarFile', { id: 'a/b' }]
  ])('should refuse %s with %j', (name, data) => {
    refused(name, data)
  })

  it('should page my appointments, upcoming unless the past is asked for', () => {
    expect(ok('myAppointments', {})).toEqual({ page: 1, pageSize: 20, scope: 'upcoming' })
    expect(ok('myAppointments', { scope: 'past', page: 2, pageSize: 50 })).toEqual({ page: 2, pageSize: 50, scope: 'past' })
    refused('myAppointments', { scope: 'all' })
    refused('myAppointments', { pageSize: 51 })
  })
})
