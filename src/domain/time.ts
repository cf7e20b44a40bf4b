/**
 * Everything a person sees is in Asia/Shanghai, whatever timezone the server runs in
 * (CloudBase functions run in UTC, a developer's laptop may not).
 */
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'

dayjs.extend(utc)
dayjs.extend(timezone)

export const HALL_TZ = 'Asia/Shanghai'

export function hallTime(at: Date | number | string) {
  return dayjs(at).tz(HALL_TZ)
}

export function formatHallTime(at: Date | number | string, pattern = 'YYYY-MM-DD HH:mm'): string {
  return hallTime(at).format(pattern)
}

/** The calendar date in the hall, as YYYY-MM-DD. */
export function hallDate(at: Date | number | string): string {
  return hallTime(at).format('YYYY-MM-DD')
}

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']

/** A day as people say it at the counter: 2026年11月23日 星期一. */
export function formatHallDay(at: Date | number | string): string {
  const t = hallTime(at)
  return `${t.format('YYYY年M月D日')} ${WEEKDAYS[t.day()]}`
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * True for a real Gregorian date written YYYY-MM-DD within the given years: 2026-02-30,
 * 2026-13-01 and 9999-99-99 are not. Checked on UTC so the process timezone cannot matter.
 */
export function isCalendarDate(value: unknown, minYear = 1, maxYear = 9999): value is string {
  if (typeof value !== 'string') return false
  const m = CALENDAR_DATE.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (y < minYear || y > maxYear || mo < 1 || mo > 12 || d < 1) return false
  // Day 0 of the next month is the last day of this one.
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate()
}
