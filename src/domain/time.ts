/**
 * Everything a person sees is in Asia/Shanghai, whatever timezone the server runs in
 * (CloudBase functions run in UTC, a developer's laptop may not).
 */
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'
import { FORMATS } from './formats'

dayjs.extend(utc)
dayjs.extend(timezone)

export const HALL_TZ = 'Asia/Shanghai'
/** The hall's offset from UTC, for instants written as text; China has kept one offset all year since 1991. */
export const HALL_OFFSET = '+08:00'

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

/** The instant, as ISO text, when the hall's wall clock shows `date` at `clock`. */
export function hallIso(date: string, clock = '00:00'): string {
  return `${date}T${clock}:00${HALL_OFFSET}`
}

// Index 0 is Monday: the hall counts weekdays the ISO way, 1 = Monday … 7 = Sunday.
const WEEKDAY_NAMES = ['一', '二', '三', '四', '五', '六', '日']

/** An ISO weekday's name: 周一 where space is short (chips, lists), 星期一 in a full date. */
export function weekdayName(isoWeekday: number, style: 'short' | 'long' = 'short'): string {
  const name = WEEKDAY_NAMES[isoWeekday - 1]
  if (!Number.isInteger(isoWeekday) || name === undefined) throw new RangeError(`not an ISO weekday: ${isoWeekday}`)
  return `${style === 'short' ? '周' : '星期'}${name}`
}

/** The seven ISO weekdays in the order the hall lists them, Monday first. */
export const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const

/** A day as people say it at the counter: 2026年11月23日 星期一. */
export function formatHallDay(at: Date | number | string): string {
  const t = hallTime(at)
  // dayjs counts Sunday as 0.
  return `${t.format('YYYY年M月D日')} ${weekdayName(t.day() || 7, 'long')}`
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

function calendarParts(date: string): [number, number, number] {
  if (!isCalendarDate(date)) throw new RangeError(`not a calendar date: ${JSON.stringify(date)}`)
  return date.split('-').map(Number) as [number, number, number]
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday, as in the hall's `weekdays`. */
export function isoWeekday(date: string): number {
  const [y, m, d] = calendarParts(date)
  const day = new Date(Date.UTC(2000, 0, 1))
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  day.setUTCFullYear(y, m - 1, d)
  return day.getUTCDay() || 7
}

/*
 * Labels of a hall calendar date. The date is read as text, never as an instant, so the
 * phone's timezone cannot move it to the day before.
 */

/** 11月24日 */
export function monthDayLabel(date: string): string {
  const [, m, d] = calendarParts(date)
  return `${m}月${d}日`
}

/** 11月24日 周二: where the year is plain from the page (a list of the coming days). */
export function dayLabel(date: string): string {
  return `${monthDayLabel(date)} ${weekdayName(isoWeekday(date))}`
}

/** 2026年11月24日 星期二: a day on its own, as the counter says it. */
export function longDayLabel(date: string): string {
  return `${calendarParts(date)[0]}年${monthDayLabel(date)} ${weekdayName(isoWeekday(date), 'long')}`
}

/** A span of minutes as people say it: 2小时, 30分钟, 90分钟. */
export function minutesText(minutes: number): string {
  return minutes > 0 && minutes % 60 === 0 ? `${minutes / 60}小时` : `${minutes}分钟`
}

/** Minutes since midnight of a wall-clock time such as 09:30. */
export function clockToMinutes(clock: string): number {
  if (!FORMATS.clock.test(clock)) throw new RangeError(`not a clock time: ${JSON.stringify(clock)}`)
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5))
}

/** The wall-clock time, such as 09:30, that many minutes after midnight (0 to 1439). */
export function minutesToClock(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= 24 * 60) throw new RangeError(`not a minute of the day: ${minutes}`)
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}
