/**
 * The working-day calendar of a Chinese government office: Monday to Friday, except public
 * holidays (法定节假日), plus the weekend days the State Council moves work to (调休上班).
 * Promised time limits (承诺时限) and appointment days are counted on it.
 *
 * Dates are plain calendar dates ('YYYY-MM-DD'), never instants: the arithmetic runs on UTC
 * midnights so the process timezone can never shift a day.
 */
import { calendarDate, z } from '../schema'
import { isoWeekday } from '../time'

export interface HolidayCalendar {
  /** Days off, including the weekend days that fall inside a holiday. */
  holidays: string[]
  /** Saturdays and Sundays that are worked to make up for a holiday (调休上班). */
  workdays: string[]
}

const DAY_MS = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** UTC midnight of a calendar date, or NaN when the text is not a real date (2026-02-30). */
function dayNumber(date: string): number {
  const m = ISO_DATE.exec(date)
  if (!m) return NaN
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const ms = Date.UTC(y, mo - 1, d)
  const back = new Date(ms)
  // Date.UTC rolls 02-30 over into March; a date that does not come back unchanged is not real.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return NaN
  return ms / DAY_MS
}

function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10)
}

function requireDay(date: string, name = 'date'): number {
  const n = dayNumber(date)
  if (Number.isNaN(n)) throw new RangeError(`${name} must be a real YYYY-MM-DD date, got ${JSON.stringify(date)}`)
  return n
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(dayNumber(value))
}

/** The date n calendar days after (or before, for negative n) the given date. */
export function addDays(date: string, n: number): string {
  return fromDayNumber(requireDay(date) + n)
}


/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return requireDay(b, 'b') - requireDay(a, 'a')
}

interface Lookup {
  holidays: Set<string>
  workdays: Set<string>
}

function lookup(cal: HolidayCalendar): Lookup {
  return { holidays: new Set(cal.holidays), workdays: new Set(cal.workdays) }
}

function workdayIn(date: string, l: Lookup): boolean {
  // A date listed in both is a data-entry error; treating it as a day off means a citizen is
  // never sent to a closed hall, which is the worse mistake.
  if (l.holidays.has(date)) return false
  if (l.workdays.has(date)) return true
  return isoWeekday(date) <= 5
}

export function isWorkday(date: string, cal: HolidayCalendar): boolean {
  requireDay(date)
  return workdayIn(date, lookup(cal))
}

/**
 * The nth working day after `startDate` (the start day itself never counts, as in
 * "自受理之日起 n 个工作日"); n = 0 gives the start date back, for items settled on the spot (即办).
 */
export function addWorkingDays(startDate: string, n: number, cal: HolidayCalendar): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number of days ≥ 0, got ${n}`)
  let day = requireDay(startDate, 'startDate')
  const l = lookup(cal)
  let left = n
  while (left > 0) {
    day += 1
    if (workdayIn(fromDayNumber(day), l)) left -= 1
  }
  return fromDayNumber(day)
}

/**
 * Working days after a up to and including b, so that
 * `workingDaysBetween(a, addWorkingDays(a, n, cal), cal) === n`. Negative when b is before a.
 */
export function workingDaysBetween(a: string, b: string, cal: HolidayCalendar): number {
  const from = requireDay(a, 'a')
  const to = requireDay(b, 'b')
  if (to < from) return -workingDaysBetween(b, a, cal)
  const l = lookup(cal)
  let count = 0
  for (let day = from + 1; day <= to; day++) if (workdayIn(fromDayNumber(day), l)) count += 1
  return count
}

const isoDate = calendarDate

/** What administrators submit when they maintain next year's calendar. */
export const holidayCalendarSchema = z
  .strictObject({
    holidays: z.array(isoDate).max(400),
    workdays: z.array(isoDate).max(100)
  })
  .superRefine((cal, ctx) => {
    const holidays = new Set(cal.holidays)
    cal.workdays.forEach((d, i) => {
      if (holidays.has(d)) ctx.addIssue({ code: 'custom', message: '同一天不能既是节假日又是调休上班日', path: ['workdays', i] })
      else if (isoWeekday(d) <= 5) ctx.addIssue({ code: 'custom', message: '调休上班日应为周六或周日', path: ['workdays', i] })
    })
  })

function range(first: string, last: string): string[] {
  const out: string[] = []
  for (let d = requireDay(first); d <= requireDay(last); d++) out.push(fromDayNumber(d))
  return out
}

/**
 * 国务院办公厅关于2026年部分节假日安排的通知 (published 2025-11-04).
 * 2027 holds only 元旦 (January 1, fixed by law): the State Council announces the rest of 2027
 * late in 2026, and administrators add it then rather than this file guessing the lunar dates.
 */
export const CALENDAR_2026_2027: HolidayCalendar = {
  holidays: [
    ...range('2026-01-01', '2026-01-03'), // 元旦
    ...range('2026-02-15', '2026-02-23'), // 春节
    ...range('2026-04-04', '2026-04-06'), // 清明节
    ...range('2026-05-01', '2026-05-05'), // 劳动节
    ...range('2026-06-19', '2026-06-21'), // 端午节
    ...range('2026-09-25', '2026-09-27'), // 中秋节
    ...range('2026-10-01', '2026-10-07'), // 国庆节
    '2027-01-01' // 元旦
  ],
  workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']
}
