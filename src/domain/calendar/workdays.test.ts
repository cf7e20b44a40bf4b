import {
  CALENDAR_2026_2027 as CAL,
  addDays,
  addWorkingDays,
  daysBetween,
  holidayCalendarSchema,
  isIsoDate,
  isWorkday,
  workingDaysBetween,
  type HolidayCalendar
} from './workdays'
import { isoWeekday } from '../time'

const EMPTY: HolidayCalendar = { holidays: [], workdays: [] }
const CALS = { 'no holidays': EMPTY, '2026': CAL }

describe('calendar dates', () => {
  it.each([
    ['2026-11-23', 1],
    ['2026-11-28', 6],
    ['2026-11-29', 7],
    ['2026-02-14', 6],
    ['2026-09-20', 7]
  ])('should give %s the ISO weekday %i', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday)
  })

  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-11-24', 0, '2026-11-24']
  ])('should move %s by %i days to %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected)
    expect(daysBetween(date, expected)).toBe(n)
  })

  it.each([
    ['2026-11-24', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-5', false],
    ['20261124', false],
    [' 2026-11-24', false],
    [20261124, false]
  ])('should say whether %j is a real date (%s)', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected)
  })

  it.each(['2026-02-30', 'tomorrow', ''])('should refuse the non-date %j', (date) => {
    expect(() => isWorkday(date, CAL)).toThrow(RangeError)
    expect(() => addWorkingDays(date, 1, CAL)).toThrow(RangeError)
  })
})

describe('isWorkday', () => {
  it.each([
    ['2026-11-23', true, 'an ordinary Monday'],
    ['2026-11-28', false, 'an ordinary Saturday'],
    ['2026-01-01', false, '元旦'],
    ['2026-01-02', false, 'the Friday after 元旦'],
    ['2026-01-04', true, 'the Sunday worked for 元旦'],
    ['2026-02-14', true, 'the Saturday worked before 春节'],
    ['2026-02-16', false, '除夕'],
    ['2026-02-23', false, '正月初七'],
    ['2026-02-24', true, 'the first day back after 春节'],
    ['2026-02-28', true, 'the Saturday worked after 春节'],
    ['2026-04-06', false, 'Monday of 清明'],
    ['2026-05-05', false, 'Tuesday of 劳动节'],
    ['2026-05-09', true, 'the Saturday worked for 劳动节'],
    ['2026-06-19', false, '端午'],
    ['2026-09-25', false, '中秋'],
    ['2026-09-20', true, 'the Sunday worked for 国庆'],
    ['2026-10-07', false, 'the last day of 国庆'],
    ['2026-10-08', true, 'the first day back after 国庆'],
    ['2026-10-10', true, 'the Saturday worked for 国庆'],
    ['2027-01-01', false, '元旦 2027']
  ])('should say %s is a workday: %s (%s)', (date, expected) => {
    expect(isWorkday(date, CAL)).toBe(expected)
  })

  it('should treat a date listed as both holiday and workday as a day off', () => {
    expect(isWorkday('2026-11-28', { holidays: ['2026-11-28'], workdays: ['2026-11-28'] })).toBe(false)
  })
})

describe('CALENDAR_2026_2027', () => {
  it.each([
    ['元旦', '2026-01', 3],
    ['春节', '2026-02', 9],
    ['清明节', '2026-04', 3],
    ['劳动节', '2026-05', 5],
    ['端午节', '2026-06', 3],
    ['中秋节', '2026-09', 3],
    ['国庆节', '2026-10', 7]
  ])('should give %s (%s) %i days off', (_name, month, days) => {
    expect(CAL.holidays.filter((d) => d.startsWith(month))).toHaveLength(days)
  })

  it('should only move work onto weekends', () => {
    expect(CAL.workdays.map(isoWeekday).every((d) => d >= 6)).toBe(true)
  })

  it('should pass its own schema', () => {
    expect(holidayCalendarSchema.safeParse(CAL).success).toBe(true)
  })

  it('should list each date once, in order', () => {
    expect([...CAL.holidays].sort()).toEqual(CAL.holidays)
    expect(new Set(CAL.holidays).size).toBe(CAL.holidays.length)
  })
})

describe('holidayCalendarSchema', () => {
  it.each([
    [{ holidays: ['2026-02-30'], workdays: [] }, ['holidays', 0]],
    [{ holidays: ['2026-11-28'], workdays: ['2026-11-28'] }, ['workdays', 0]],
    [{ holidays: [], workdays: ['2026-11-23'] }, ['workdays', 0]]
  ])('should reject %j at %j', (input, path) => {
    const r = holidayCalendarSchema.safeParse(input)
    expect(r.success).toBe(false)
    expect(r.error?.issues[0].path).toEqual(path)
  })
})

describe('addWorkingDays', () => {
  it.each([
    ['2026-11-23', 0, 'no holidays', '2026-11-23'],
    ['2026-11-23', 1, 'no holidays', '2026-11-24'],
    ['2026-11-27', 1, 'no holidays', '2026-11-30'],
    ['2026-11-28', 1, 'no holidays', '2026-11-30'],
    ['2026-11-23', 5, 'no holidays', '2026-11-30'],
    ['2026-11-23', 20, 'no holidays', '2026-12-21'],
    // Accepted the day before 国庆: the holiday week does not count, the worked Saturday does.
    ['2026-09-30', 1, '2026', '2026-10-08'],
    ['2026-09-30', 3, '2026', '2026-10-10'],
    ['2026-09-18', 1, '2026', '2026-09-20'],
    // Accepted the Friday before 春节: the worked Saturday is the first working day.
    ['2026-02-13', 1, '2026', '2026-02-14'],
    ['2026-02-13', 2, '2026', '2026-02-24'],
    ['2026-02-13', 6, '2026', '2026-02-28'],
    ['2026-12-31', 1, '2026', '2027-01-04']
  ])('should put %s + %i working days (%s calendar) at %s', (start, n, cal, expected) => {
    expect(addWorkingDays(start, n, CALS[cal as keyof typeof CALS])).toBe(expected)
  })

  it.each([-1, 1.5, NaN])('should refuse %p working days', (n) => {
    expect(() => addWorkingDays('2026-11-23', n, CAL)).toThrow(RangeError)
  })
})

describe('workingDaysBetween', () => {
  it.each([
    ['2026-11-23', '2026-11-23', 'no holidays', 0],
    ['2026-11-23', '2026-11-30', 'no holidays', 5],
    ['2026-11-30', '2026-11-23', 'no holidays', -5],
    ['2026-11-27', '2026-11-29', 'no holidays', 0],
    ['2026-09-30', '2026-10-10', '2026', 3],
    ['2026-02-13', '2026-02-28', '2026', 6],
    ['2025-12-31', '2026-01-31', '2026', 21]
  ])('should count %s to %s (%s calendar) as %i working days', (a, b, cal, expected) => {
    expect(workingDaysBetween(a, b, CALS[cal as keyof typeof CALS])).toBe(expected)
  })

  it.each([
    ['2026-01-01', 10],
    ['2026-02-10', 15],
    ['2026-09-15', 30],
    ['2026-12-20', 60]
  ])('should undo addWorkingDays from %s over %i days', (start, n) => {
    expect(workingDaysBetween(start, addWorkingDays(start, n, CAL), CAL)).toBe(n)
  })
})
