import { CALENDAR_2026_2027 as CAL, type HolidayCalendar } from '../calendar/workdays'
import { formatHallTime } from '../time'
import {
  DEFAULT_SLOT_RULE,
  bookableDates,
  canCancel,
  checkBookable,
  dayOpening,
  daySlots,
  hallInstant,
  parseSlotId,
  slotId,
  slotRuleSchema,
  slotStatus,
  windowLastDate,
  type HallHours,
  type SlotRule
} from './slots'

/** A Shanghai wall-clock time, written independently of the code under test. */
const sh = (text: string) => new Date(`${text.replace(' ', 'T')}:00+08:00`)

const HALL: HallHours = {
  weekdays: [1, 2, 3, 4, 5],
  periods: [
    { from: '13:30', to: '17:00' },
    { from: '09:00', to: '12:00' }
  ]
}
const RULE: SlotRule = { ...DEFAULT_SLOT_RULE, slotMinutes: 30, capacity: 10 }
const NONE: HolidayCalendar = { holidays: [], workdays: [] }
// 07:30 on Tuesday 2026-11-24 in Shanghai, still Monday the 23rd in UTC.
const NOW = new Date('2026-11-23T23:30:00Z')

describe('slotRuleSchema', () => {
  it('should fill every default', () => {
    expect(slotRuleSchema.parse({})).toEqual({ slotMinutes: 30, capacity: 10, windowDays: 14, cutoffMinutes: 60, cancelCutoffMinutes: 120 })
  })

  it.each([
    [{ slotMinutes: 15 }, true],
    [{ slotMinutes: 120 }, true],
    [{ slotMinutes: 14 }, false],
    [{ slotMinutes: 121 }, false],
    [{ slotMinutes: 22.5 }, false],
    [{ capacity: 1 }, true],
    [{ capacity: 200 }, true],
    [{ capacity: 0 }, false],
    [{ capacity: 201 }, false],
    [{ windowDays: 0 }, false],
    [{ cutoffMinutes: 0 }, true],
    [{ cutoffMinutes: -1 }, false],
    [{ cancelCutoffMinutes: '120' }, false],
    [{ colour: 'red' }, false]
  ])('should accept %j: %s', (input, ok) => {
    expect(slotRuleSchema.safeParse(input).success).toBe(ok)
  })
})

describe('slotId', () => {
  it.each([
    [['H01', 'SB-001', '2026-11-24', '09:00'], 'H01|SB-001|2026-11-24|09:00'],
    [['H0123', 'GJJ-000003', '2027-01-04', '16:30'], 'H0123|GJJ-000003|2027-01-04|16:30']
  ])('should make %j into %s and read it back', (parts, id) => {
    const [hallCode, serviceCode, date, start] = parts
    expect(slotId(hallCode, serviceCode, date, start)).toBe(id)
    expect(parseSlotId(id)).toEqual({ hallCode, serviceCode, date, start })
  })

  it.each([
    ['h01', 'SB-001', '2026-11-24', '09:00'],
    ['H01|X', 'SB-001', '2026-11-24', '09:00'],
    ['H01', 'SB-001|2026', '2026-11-24', '09:00'],
    ['H01', 'SB-001', '2026-02-30', '09:00'],
    ['H01', 'SB-001', '2026-11-24', '9:00'],
    ['H01', 'SB-001', '2026-11-24', '24:00']
  ])('should refuse to make an id from %j %j %j %j', (hallCode, serviceCode, date, start) => {
    expect(() => slotId(hallCode, serviceCode, date, start)).toThrow(RangeError)
  })

  it.each([
    'H01|SB-001|2026-11-24',
    'H01|SB-001|2026-11-24|09:00|x',
    'H01|SB-001|2026-11-31|09:00',
    'H01|sb-001|2026-11-24|09:00',
    '',
    null,
    42
  ])('should read %j as no slot', (id) => {
    expect(parseSlotId(id)).toBeNull()
  })
})

describe('hallInstant', () => {
  it.each([
    ['2026-11-24', '09:00', '2026-11-24T01:00:00.000Z'],
    ['2026-11-24', '00:00', '2026-11-23T16:00:00.000Z'],
    ['2026-12-31', '23:59', '2026-12-31T15:59:00.000Z']
  ])('should place %s %s in Shanghai at %s', (date, clock, iso) => {
    expect(hallInstant(date, clock).toISOString()).toBe(iso)
  })
})

describe('dayOpening', () => {
  const SIX_DAYS: HallHours = { ...HALL, weekdays: [1, 2, 3, 4, 5, 6] }
  const WEEKENDS: HallHours = { ...HALL, weekdays: [6, 7] }

  it.each([
    ['weekday hall', HALL, '2026-11-24', [], { open: true }],
    ['weekday hall', HALL, '2026-11-28', [], { open: false, reason: 'weekend' }],
    ['weekday hall', HALL, '2026-11-24', ['2026-11-24'], { open: false, reason: 'closed' }],
    ['weekday hall', HALL, '2026-10-01', [], { open: false, reason: 'holiday' }],
    ['weekday hall', HALL, '2026-10-01', ['2026-10-01'], { open: false, reason: 'closed' }],
    ['weekday hall', HALL, '2026-10-10', [], { open: true }],
    ['weekday hall', HALL, '2026-09-20', [], { open: true }],
    ['six-day hall', SIX_DAYS, '2026-11-28', [], { open: true }],
    ['six-day hall', SIX_DAYS, '2026-10-03', [], { open: false, reason: 'holiday' }],
    ['weekend hall', WEEKENDS, '2026-11-29', [], { open: true }],
    ['weekend hall', WEEKENDS, '2026-11-24', [], { open: false, reason: 'weekend' }]
  ])('should say the %s on %s (closures %j) is %j', (_name, hall, date, closures, expected) => {
    expect(dayOpening(hall, date, CAL, closures)).toEqual(expected)
  })
})

describe('daySlots', () => {
  const starts = (rule: SlotRule, date = '2026-11-24', closures: string[] = []) => daySlots(HALL, rule, date, CAL, closures).map((s) => `${s.start}-${s.end}`)

  it.each([
    [30, ['09:00-09:30', '09:30-10:00', '10:00-10:30', '10:30-11:00', '11:00-11:30', '11:30-12:00', '13:30-14:00', '14:00-14:30', '14:30-15:00', '15:00-15:30', '15:30-16:00', '16:00-16:30', '16:30-17:00']],
    [45, ['09:00-09:45', '09:45-10:30', '10:30-11:15', '11:15-12:00', '13:30-14:15', '14:15-15:00', '15:00-15:45', '15:45-16:30']],
    [60, ['09:00-10:00', '10:00-11:00', '11:00-12:00', '13:30-14:30', '14:30-15:30', '15:30-16:30']],
    [120, ['09:00-11:00', '13:30-15:30']]
  ])('should cut %i-minute slots within the periods', (slotMinutes, expected) => {
    expect(starts({ ...RULE, slotMinutes })).toEqual(expected)
  })

  it.each([
    ['a Saturday', '2026-11-28', []],
    ['国庆', '2026-10-02', []],
    ['a closure', '2026-11-25', ['2026-11-25']]
  ])('should give no slots on %s', (_name, date, closures) => {
    expect(starts(RULE, date, closures)).toEqual([])
  })

  it('should open a worked Saturday like a weekday', () => {
    expect(starts(RULE, '2026-10-10')).toHaveLength(13)
  })

  it('should never repeat a slot when periods overlap', () => {
    const hall: HallHours = { weekdays: [2], periods: [{ from: '09:00', to: '10:00' }, { from: '09:30', to: '11:00' }] }
    expect(daySlots(hall, RULE, '2026-11-24', NONE, []).map((s) => s.start)).toEqual(['09:00', '09:30', '10:00', '10:30'])
  })

  it('should place each slot at the Shanghai instant', () => {
    const [first] = daySlots(HALL, RULE, '2026-11-24', CAL, [])
    expect(first.startsAt.toISOString()).toBe('2026-11-24T01:00:00.000Z')
    expect(first.endsAt.toISOString()).toBe('2026-11-24T01:30:00.000Z')
  })

  it('should refuse a non-date', () => {
    expect(() => daySlots(HALL, RULE, '2026-11-31', CAL, [])).toThrow(RangeError)
  })
})

describe('slotStatus', () => {
  it.each([
    ['2026-11-24 09:00', 0, 10, 'open'],
    ['2026-11-24 09:00', 9, 10, 'open'],
    ['2026-11-24 09:00', 10, 10, 'full'],
    ['2026-11-24 09:00', 12, 10, 'full'],
    ['2026-11-24 08:30', 0, 10, 'cutoff'],
    ['2026-11-24 08:29', 10, 10, 'cutoff'],
    ['2026-11-24 08:31', 10, 10, 'full'],
    ['2026-11-24 07:30', 0, 10, 'past'],
    ['2026-11-24 07:00', 0, 10, 'past'],
    ['2026-11-23 16:00', 0, 10, 'past'],
    ['2026-12-07 16:30', 0, 10, 'open'],
    ['2026-12-08 09:00', 0, 10, 'beyond-window'],
    ['2026-12-08 00:00', 10, 10, 'beyond-window']
  ])('should show a slot at %s with %i of %i booked as %s', (startsAt, booked, capacity, expected) => {
    expect(slotStatus({ startsAt: sh(startsAt), booked, capacity }, RULE, NOW)).toBe(expected)
  })

  it.each([
    ['2026-11-24 07:59', 'open'],
    ['2026-11-24 08:00', 'cutoff'],
    ['2026-11-24 08:59', 'cutoff'],
    ['2026-11-24 09:00', 'past']
  ])('should close booking of the 09:00 slot at 08:00 (now %s: %s)', (now, expected) => {
    expect(slotStatus({ startsAt: sh('2026-11-24 09:00'), booked: 0, capacity: 10 }, RULE, sh(now))).toBe(expected)
  })

  it('should refuse an invalid date rather than call the slot open', () => {
    expect(() => slotStatus({ startsAt: new Date('nope'), booked: 0, capacity: 1 }, RULE, NOW)).toThrow(RangeError)
    expect(() => slotStatus({ startsAt: sh('2026-11-24 09:00'), booked: 0, capacity: 1 }, RULE, new Date(NaN))).toThrow(RangeError)
  })
})

describe('windowLastDate', () => {
  it.each([
    [NOW, 14, '2026-12-07'],
    [NOW, 1, '2026-11-24'],
    [sh('2026-11-24 23:59'), 14, '2026-12-07'],
    [sh('2026-11-25 00:00'), 14, '2026-12-08']
  ])('should end the window from %p over %i days on %s', (now, windowDays, expected) => {
    expect(windowLastDate(now, { windowDays })).toBe(expected)
  })
})

describe('bookableDates', () => {
  const dates = (now: Date, windowDays: number, closures: string[] = []) =>
    bookableDates(now, { windowDays }, HALL, CAL, closures).map((d) => (d.open ? d.date : `${d.date} ${d.reason}`))

  it('should start from the Shanghai date, not the UTC one', () => {
    expect(dates(NOW, 7, ['2026-11-26'])).toEqual([
      '2026-11-24',
      '2026-11-25',
      '2026-11-26 closed',
      '2026-11-27',
      '2026-11-28 weekend',
      '2026-11-29 weekend',
      '2026-11-30'
    ])
  })

  it('should follow the holiday calendar through 国庆', () => {
    expect(dates(sh('2026-09-30 10:00'), 12)).toEqual([
      '2026-09-30',
      ...['01', '02', '03', '04', '05', '06', '07'].map((d) => `2026-10-${d} holiday`),
      '2026-10-08',
      '2026-10-09',
      '2026-10-10',
      '2026-10-11 weekend'
    ])
  })

  it('should give windowDays dates with a reason only when closed', () => {
    const result = bookableDates(NOW, RULE, HALL, CAL, [])
    expect(result).toHaveLength(14)
    expect(result[0]).toEqual({ date: '2026-11-24', open: true })
    expect(Object.keys(result[0])).toEqual(['date', 'open'])
  })
})

describe('checkBookable', () => {
  const request = (date: string, start: string, booked = 0, capacity?: number, closures: string[] = []) => ({ hall: HALL, rule: RULE, cal: CAL, closures, date, start, booked, capacity })

  it.each([
    ['an open slot', request('2026-11-24', '09:00'), NOW, null],
    ['the last afternoon slot', request('2026-11-24', '16:30'), NOW, null],
    ['the last day of the window', request('2026-12-07', '09:00'), NOW, null],
    ['a full slot', request('2026-11-24', '09:00', 10), NOW, 'SLOT.FULL'],
    ['a slot full by its own capacity', request('2026-11-24', '09:00', 3, 3), NOW, 'SLOT.FULL'],
    ['a slot with room by its own capacity', request('2026-11-24', '09:00', 11, 20), NOW, null],
    ['a slot past its cutoff', request('2026-11-24', '09:00'), sh('2026-11-24 08:10'), 'SLOT.CUTOFF'],
    ['the next slot, still open', request('2026-11-24', '09:30'), sh('2026-11-24 08:10'), null],
    ['a slot already started', request('2026-11-24', '09:00'), sh('2026-11-24 09:10'), 'SLOT.PAST'],
    ['yesterday', request('2026-11-23', '09:00'), NOW, 'SLOT.PAST'],
    ['a day beyond the window', request('2026-12-08', '09:00'), NOW, 'SLOT.OUTSIDE_WINDOW'],
    ['a start off the grid', request('2026-11-24', '09:15'), NOW, 'SLOT.CLOSED'],
    ['the lunch break', request('2026-11-24', '12:00'), NOW, 'SLOT.CLOSED'],
    ['a Saturday', request('2026-11-28', '09:00'), NOW, 'SLOT.CLOSED'],
    ['a holiday', request('2027-01-01', '09:00'), sh('2026-12-30 09:00'), 'SLOT.CLOSED'],
    ['a closure', request('2026-11-25', '09:00', 0, undefined, ['2026-11-25']), NOW, 'SLOT.CLOSED'],
    ['a non-date', request('2026-02-30', '09:00'), NOW, 'SLOT.CLOSED'],
    ['a garbled start', request('2026-11-24', '9点'), NOW, 'SLOT.CLOSED']
  ])('should answer %s with %p', (_name, req, now, expected) => {
    const answer = checkBookable(req, now)
    expect(answer.ok ? null : answer.code).toBe(expected)
    // An open slot comes back whole: the caller stores what was checked, not a second cut of the day.
    if (answer.ok) {
      const startsAt = sh(`${req.date} ${req.start}`)
      expect(answer.slot).toEqual({ start: req.start, end: formatHallTime(new Date(startsAt.getTime() + 30 * 60_000), 'HH:mm'), startsAt, endsAt: new Date(startsAt.getTime() + 30 * 60_000) })
    }
  })
})

describe('canCancel', () => {
  it.each([
    ['2026-11-23 20:00', true],
    ['2026-11-24 06:59', true],
    ['2026-11-24 07:00', false],
    ['2026-11-24 08:30', false],
    ['2026-11-24 10:00', false]
  ])('should let a citizen cancel the 09:00 slot at %s: %s', (now, expected) => {
    expect(canCancel(sh('2026-11-24 09:00'), RULE, sh(now))).toBe(expected)
  })

  it('should close at start time when the rule allows cancelling until then', () => {
    expect(canCancel(sh('2026-11-24 09:00'), { cancelCutoffMinutes: 0 }, sh('2026-11-24 08:59'))).toBe(true)
    expect(canCancel(sh('2026-11-24 09:00'), { cancelCutoffMinutes: 0 }, sh('2026-11-24 09:00'))).toBe(false)
  })
})

describe('process timezone', () => {
  const original = process.env.TZ
  afterEach(() => {
    process.env.TZ = original
  })

  it.each(['UTC', 'America/New_York', 'Asia/Shanghai', 'Pacific/Kiritimati', 'America/Los_Angeles'])('should give the same slots and dates when the process runs in %s', (tz) => {
    process.env.TZ = tz
    const slots = daySlots(HALL, RULE, '2026-11-24', CAL, [])
    expect(slots.map((s) => formatHallTime(s.startsAt, 'YYYY-MM-DD HH:mm'))[0]).toBe('2026-11-24 09:00')
    expect(slots[12].startsAt.toISOString()).toBe('2026-11-24T08:30:00.000Z')
    expect(bookableDates(NOW, { windowDays: 1 }, HALL, CAL, [])).toEqual([{ date: '2026-11-24', open: true }])
    expect(checkBookable({ hall: HALL, rule: RULE, cal: CAL, closures: [], date: '2026-12-07', start: '16:30', booked: 0 }, NOW)).toEqual({ ok: true, slot: { start: '16:30', end: '17:00', startsAt: new Date('2026-12-07T08:30:00.000Z'), endsAt: new Date('2026-12-07T09:00:00.000Z') } })
    // A New York DST change (2026-11-01) must not move a Shanghai slot.
    expect(hallInstant('2026-11-01', '09:00').toISOString()).toBe('2026-11-01T01:00:00.000Z')
  })
})
