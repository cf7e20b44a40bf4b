import { BOOKING_EVENTS, BOOKING_STATUSES, activeKey, canMarkNoShow, canVerify, checkCancel, checkNoShow, checkReschedule, checkVerify, inactiveMessage, verifiedMessage, isActive, isBookingStatus, transition, verifyWindow, type BookingEvent, type BookingStatus } from './booking'
import { DEFAULT_SLOT_RULE } from './slots'

const sh = (text: string) => new Date(`${text.replace(' ', 'T')}:00+08:00`)

describe('transition', () => {
  it.each([
    ['booked', 'cancel', 'cancelled'],
    ['booked', 'verify', 'verified'],
    ['booked', 'no-show', 'no-show'],
    ['booked', 'reschedule', 'rescheduled']
  ] as const)('should move %s on %s to %s', (status, event, next) => {
    expect(transition(status, event)).toEqual({ ok: true, status: next })
  })

  const finals = BOOKING_STATUSES.filter((s) => s !== 'booked')
  const pairs = finals.flatMap((s) => BOOKING_EVENTS.map((e) => [s, e] as [BookingStatus, BookingEvent]))

  it.each(pairs)('should refuse to change a %s booking on %s', (status, event) => {
    expect(transition(status, event)).toEqual({ ok: false, code: 'APPOINTMENT.NOT_ACTIVE' })
  })

  it('should treat an unknown stored status as final', () => {
    expect(transition('pending' as BookingStatus, 'cancel')).toEqual({ ok: false, code: 'APPOINTMENT.NOT_ACTIVE' })
  })

  it.each(['delete', 'toString', '__proto__'])('should throw on the unknown event %j', (event) => {
    expect(() => transition('booked', event as BookingEvent)).toThrow(RangeError)
  })

  it.each([
    ['booked', true],
    ['cancelled', false],
    ['verified', false],
    ['no-show', false],
    ['rescheduled', false]
  ] as const)('should call a %s booking active: %s', (status, expected) => {
    expect(isActive(status)).toBe(expected)
  })

  it.each([
    ['booked', true],
    ['no-show', true],
    ['noshow', false],
    ['', false],
    [null, false]
  ])('should recognise %j as a status: %s', (value, expected) => {
    expect(isBookingStatus(value)).toBe(expected)
  })
})

describe('checkCancel', () => {
  const start = sh('2026-11-24 09:00')

  it.each([
    ['booked', '2026-11-24 06:59', null],
    ['booked', '2026-11-24 07:00', 'APPOINTMENT.CANCEL_CUTOFF'],
    ['cancelled', '2026-11-23 10:00', 'APPOINTMENT.NOT_ACTIVE'],
    ['verified', '2026-11-24 09:05', 'APPOINTMENT.NOT_ACTIVE']
  ] as const)('should answer a %s booking at %s with %p', (status, now, expected) => {
    expect(checkCancel(status, start, DEFAULT_SLOT_RULE, sh(now))).toBe(expected)
  })
})

describe('checkReschedule', () => {
  const held = { hall: 'H01', date: '2026-11-24', start: '09:00' }

  it.each([
    ['the slot it holds', held, 'APPOINTMENT.SAME_SLOT'],
    ['another start that day', { ...held, start: '09:30' }, null],
    ['the same start another day', { ...held, date: '2026-11-25' }, null],
    ['the same date and start at another hall', { ...held, hall: 'H02' }, null],
    ['another slot altogether', { hall: 'H02', date: '2026-11-26', start: '14:00' }, null]
  ] as const)('should answer a move to %s with %p', (_case, target, expected) => {
    expect(checkReschedule(held, target)).toBe(expected)
  })
})

describe('activeKey', () => {
  it.each([
    ['oAbC_123-xyz', 'SB-001', '2026-11-24', 'oAbC_123-xyz|SB-001|2026-11-24'],
    ['9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'GJJ-003', '2027-01-04', '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08|GJJ-003|2027-01-04']
  ])('should key %s, %s, %s as %s', (citizen, service, date, expected) => {
    expect(activeKey(citizen, service, date)).toBe(expected)
  })

  it('should give the same key for the same citizen, service and day only', () => {
    const key = activeKey('o1', 'SB-001', '2026-11-24')
    expect(activeKey('o1', 'SB-001', '2026-11-24')).toBe(key)
    expect(activeKey('o1', 'SB-001', '2026-11-25')).not.toBe(key)
    expect(activeKey('o1', 'SB-002', '2026-11-24')).not.toBe(key)
    expect(activeKey('o2', 'SB-001', '2026-11-24')).not.toBe(key)
  })

  it.each([
    ['', 'SB-001', '2026-11-24'],
    ['o1|SB-002', 'SB-001', '2026-11-24'],
    ['o1', 'sb-001', '2026-11-24'],
    ['o1', 'SB-001', '2026-11-31'],
    ['o1', 'SB-001', '2026/11/24']
  ])('should refuse %j, %j, %j', (citizen, service, date) => {
    expect(() => activeKey(citizen, service, date)).toThrow(RangeError)
  })
})

describe('canVerify', () => {
  it.each([
    ['2026-11-24 09:00', '2026-11-24 08:29', false],
    ['2026-11-24 09:00', '2026-11-24 08:30', true],
    ['2026-11-24 09:00', '2026-11-24 09:00', true],
    ['2026-11-24 09:00', '2026-11-24 16:59', true],
    ['2026-11-24 09:00', '2026-11-24 23:59', true],
    ['2026-11-24 09:00', '2026-11-25 00:00', false],
    ['2026-11-24 09:00', '2026-11-23 09:00', false],
    // 00:15 opens at midnight, not at 23:45 the evening before.
    ['2026-11-24 00:15', '2026-11-23 23:50', false],
    ['2026-11-24 00:15', '2026-11-24 00:00', true]
  ])('should let staff verify a %s appointment at %s: %s', (startsAt, now, expected) => {
    expect(canVerify(sh(startsAt), sh(now))).toBe(expected)
  })

  it('should give the window in instants', () => {
    expect(verifyWindow(sh('2026-11-24 09:00'))).toEqual({ opensAt: new Date('2026-11-24T00:30:00Z'), closesAt: new Date('2026-11-24T16:00:00Z') })
  })

  it.each(['UTC', 'America/New_York', 'Pacific/Kiritimati'])('should keep the Shanghai day when the process runs in %s', (tz) => {
    const original = process.env.TZ
    process.env.TZ = tz
    try {
      // 23:30 Shanghai is 15:30Z: still the appointment's day in Shanghai though not in Kiritimati.
      expect(canVerify(sh('2026-11-24 09:00'), new Date('2026-11-24T15:30:00Z'))).toBe(true)
      expect(canVerify(sh('2026-11-24 09:00'), new Date('2026-11-24T16:00:00Z'))).toBe(false)
    } finally {
      process.env.TZ = original
    }
  })

  it('should refuse invalid dates', () => {
    expect(() => canVerify(new Date(NaN), sh('2026-11-24 09:00'))).toThrow(RangeError)
    expect(() => canVerify(sh('2026-11-24 09:00'), new Date(NaN))).toThrow(RangeError)
  })
})

describe('checkVerify', () => {
  const starts = sh('2026-11-23 10:00')
  it.each([
    ['booked', '2026-11-23 09:30', null],
    ['booked', '2026-11-23 09:29', 'APPOINTMENT.NOT_TODAY'],
    ['booked', '2026-11-23 23:59', null],
    ['booked', '2026-11-24 00:00', 'APPOINTMENT.NOT_TODAY'],
    ['verified', '2026-11-23 10:05', 'APPOINTMENT.ALREADY_VERIFIED'],
    ['verified', '2026-11-25 10:05', 'APPOINTMENT.ALREADY_VERIFIED'],
    ['cancelled', '2026-11-23 10:05', 'APPOINTMENT.NOT_ACTIVE'],
    ['no-show', '2026-11-23 10:05', 'APPOINTMENT.NOT_ACTIVE'],
    ['rescheduled', '2026-11-23 10:05', 'APPOINTMENT.NOT_ACTIVE']
  ] as const)('should answer a %s booking at %s with %s', (status, now, expected) => {
    expect(checkVerify(status, starts, sh(now))).toBe(expected)
  })
})

describe('verifiedMessage', () => {
  it.each([
    ['2026-11-23 09:41', '2026-11-23 15:00', '该预约已于 09:41 核验到场，无需重复核验'],
    // The hall's day, not UTC's: 00:05 in Shanghai is still the 22nd in UTC, yet today in the hall.
    ['2026-11-23 00:05', '2026-11-23 08:00', '该预约已于 00:05 核验到场，无需重复核验'],
    ['2026-11-20 16:02', '2026-11-23 09:00', '该预约已于 11月20日 16:02 核验到场，无需重复核验']
  ])('should say a booking verified at %s, asked at %s: %s', (at, now, expected) => {
    expect(verifiedMessage(sh(at), sh(now))).toBe(expected)
  })

  it.each([undefined, null, new Date(NaN)])('should fall back to the plain message without a time (%s)', (at) => {
    expect(verifiedMessage(at, sh('2026-11-23 09:00'))).toBe('该预约已核验到场，无需重复核验')
  })
})

describe('inactiveMessage', () => {
  it.each([
    ['cancelled', '该预约已取消，不能再进行此操作'],
    ['no-show', '该预约已标记为未到场，不能再进行此操作'],
    ['rescheduled', '该预约已改约，请使用改约后的预约'],
    ['verified', '该预约已核验到场，不能再进行此操作']
  ] as Array<[BookingStatus, string]>)('should tell staff a %s booking for what it is', (status, expected) => {
    expect(inactiveMessage(status)).toBe(expected)
  })

  it('should give every inactive status a message of its own', () => {
    const inactive = BOOKING_STATUSES.filter((s) => !isActive(s))
    expect(new Set(inactive.map(inactiveMessage)).size).toBe(inactive.length)
  })
})

describe('checkNoShow', () => {
  const ends = sh('2026-11-23 10:30')
  it.each([
    ['booked', '2026-11-23 09:00', 'APPOINTMENT.NOT_ENDED'],
    ['booked', '2026-11-23 10:29', 'APPOINTMENT.NOT_ENDED'],
    ['booked', '2026-11-23 10:30', null],
    ['booked', '2026-11-24 08:00', null],
    ['verified', '2026-11-23 11:00', 'APPOINTMENT.NOT_ACTIVE'],
    ['verified', '2026-11-23 09:00', 'APPOINTMENT.NOT_ACTIVE'],
    ['cancelled', '2026-11-23 11:00', 'APPOINTMENT.NOT_ACTIVE'],
    ['no-show', '2026-11-23 11:00', 'APPOINTMENT.NOT_ACTIVE'],
    ['rescheduled', '2026-11-23 11:00', 'APPOINTMENT.NOT_ACTIVE']
  ] as const)('should answer a %s booking ending 10:30 at %s with %s', (status, now, expected) => {
    expect(checkNoShow(status, ends, sh(now))).toBe(expected)
    expect(canMarkNoShow(status, ends, sh(now))).toBe(expected === null)
  })

  it('should throw on an invalid time rather than guess', () => {
    expect(() => checkNoShow('booked', new Date(NaN), sh('2026-11-23 11:00'))).toThrow(RangeError)
  })
})
