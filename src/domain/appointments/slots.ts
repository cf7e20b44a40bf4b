/**
 * Appointment slots (预约时段): cut from a hall's opening periods, counted per slot, and opened
 * to citizens within a rolling window of days. Every date and clock time is the hall's wall
 * clock in Asia/Shanghai, whatever timezone the function or the phone runs in; instants are
 * plain `Date`s and `now` is always passed in so the rules stay testable.
 */
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'
import { wholeNumber, z } from '../schema'
import type { Hall } from '../halls/hall'
import { HALL_TZ, hallDate } from '../time'
import { addDays, isIsoDate, type HolidayCalendar } from '../calendar/workdays'
import { isoWeekday } from '../time'
import type { SlotErrorCode } from './errors'

dayjs.extend(utc)
dayjs.extend(timezone)

export const slotRuleSchema = z.strictObject({
  slotMinutes: wholeNumber(15, 120).default(30),
  /** Citizens per slot; a slot counter document may carry its own (a window closed for the day). */
  capacity: wholeNumber(1, 200).default(10),
  /** How many hall days, today included, citizens can book into. */
  windowDays: wholeNumber(1, 60).default(14),
  /** Booking closes this long before the slot starts, so the hall can prepare the counter. */
  cutoffMinutes: wholeNumber(0, 2880).default(60),
  /** Online cancellation closes this long before the slot starts, so the place can be offered again. */
  cancelCutoffMinutes: wholeNumber(0, 2880).default(120)
})

export type SlotRule = z.output<typeof slotRuleSchema>

export const DEFAULT_SLOT_RULE: SlotRule = slotRuleSchema.parse({})

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/
const HALL_CODE = /^H\d{2,4}$/
const SERVICE_CODE = /^[A-Z]{2,4}-\d{3,6}$/
const MINUTE_MS = 60_000

function toMinutes(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5))
}

function toClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

function requireInstant(at: Date, name: string): number {
  const ms = at instanceof Date ? at.getTime() : NaN
  // An Invalid Date compares false with everything and would read as an open slot.
  if (Number.isNaN(ms)) throw new RangeError(`${name} must be a valid Date`)
  return ms
}

/** The instant when the hall's wall clock shows `date` `clock` (e.g. 2026-11-24 09:00 is 01:00Z). */
export function hallInstant(date: string, clock: string): Date {
  if (!isIsoDate(date) || !CLOCK.test(clock)) throw new RangeError(`not a hall date and time: ${date} ${clock}`)
  return dayjs.tz(`${date} ${clock}`, HALL_TZ).toDate()
}

export interface SlotKey {
  hallCode: string
  serviceCode: string
  date: string
  start: string
}

/**
 * The id of a slot's counter document. Deterministic so that two citizens booking the same
 * slot hit the same document, whose transaction enforces the capacity.
 */
export function slotId(hallCode: string, serviceCode: string, date: string, start: string): string {
  if (!HALL_CODE.test(hallCode)) throw new RangeError(`bad hall code ${JSON.stringify(hallCode)}`)
  if (!SERVICE_CODE.test(serviceCode)) throw new RangeError(`bad service code ${JSON.stringify(serviceCode)}`)
  if (!isIsoDate(date)) throw new RangeError(`bad date ${JSON.stringify(date)}`)
  if (!CLOCK.test(start)) throw new RangeError(`bad start ${JSON.stringify(start)}`)
  return `${hallCode}|${serviceCode}|${date}|${start}`
}

/** Reads a slot id that came from a client; anything malformed is null rather than an exception. */
export function parseSlotId(id: unknown): SlotKey | null {
  if (typeof id !== 'string') return null
  const parts = id.split('|')
  if (parts.length !== 4) return null
  const [hallCode, serviceCode, date, start] = parts
  if (!HALL_CODE.test(hallCode) || !SERVICE_CODE.test(serviceCode) || !isIsoDate(date) || !CLOCK.test(start)) return null
  return { hallCode, serviceCode, date, start }
}

export type HallHours = Pick<Hall, 'weekdays' | 'periods'>

/** 'weekend' means "not one of the hall's regular opening days", which is nearly always a weekend. */
export type ClosedReason = 'closed' | 'holiday' | 'weekend'

export type DayOpening = { open: true } | { open: false; reason: ClosedReason }

/** Whether the hall receives citizens on a date, and if not, what to tell them. */
export function dayOpening(hall: HallHours, date: string, cal: HolidayCalendar, closures: readonly string[]): DayOpening {
  const weekday = isoWeekday(date)
  if (closures.includes(date)) return { open: false, reason: 'closed' }
  if (cal.holidays.includes(date)) return { open: false, reason: 'holiday' }
  // A worked weekend day stands in for a weekday of the holiday week, so a hall that keeps
  // weekday hours opens on it even though its `weekdays` say Monday to Friday.
  if (cal.workdays.includes(date) && hall.weekdays.some((d) => d <= 5)) return { open: true }
  if (hall.weekdays.includes(weekday)) return { open: true }
  return { open: false, reason: 'weekend' }
}

export interface Slot {
  start: string
  end: string
  startsAt: Date
  endsAt: Date
}

/**
 * The slots of one day, in order. A slot never runs past the end of its period (the lunch
 * break is not bookable), and overlapping periods in the data never produce the same slot twice.
 */
export function daySlots(hall: HallHours, rule: SlotRule, date: string, cal: HolidayCalendar, closures: readonly string[]): Slot[] {
  if (!isIsoDate(date)) throw new RangeError(`bad date ${JSON.stringify(date)}`)
  if (!dayOpening(hall, date, cal, closures).open) return []
  const periods = [...hall.periods].sort((a, b) => a.from.localeCompare(b.from))
  const slots: Slot[] = []
  let cursor = 0
  for (const p of periods) {
    const end = toMinutes(p.to)
    for (let t = Math.max(toMinutes(p.from), cursor); t + rule.slotMinutes <= end; t += rule.slotMinutes) {
      const start = toClock(t)
      const finish = toClock(t + rule.slotMinutes)
      slots.push({ start, end: finish, startsAt: hallInstant(date, start), endsAt: hallInstant(date, finish) })
      cursor = t + rule.slotMinutes
    }
  }
  return slots
}

/** The last hall date citizens may book into today: the window counts today as its first day. */
export function windowLastDate(now: Date, rule: Pick<SlotRule, 'windowDays'>): string {
  requireInstant(now, 'now')
  return addDays(hallDate(now), rule.windowDays - 1)
}

export function bookingDeadline(startsAt: Date, rule: Pick<SlotRule, 'cutoffMinutes'>): Date {
  return new Date(requireInstant(startsAt, 'startsAt') - rule.cutoffMinutes * MINUTE_MS)
}

export function cancelDeadline(startsAt: Date, rule: Pick<SlotRule, 'cancelCutoffMinutes'>): Date {
  return new Date(requireInstant(startsAt, 'startsAt') - rule.cancelCutoffMinutes * MINUTE_MS)
}

export type SlotStatus = 'open' | 'full' | 'past' | 'cutoff' | 'beyond-window'

/**
 * What a citizen sees on a slot. Time-based states win over 'full': a slot that has closed for
 * booking says so even if it also filled up, because cancellations can no longer free it.
 */
export function slotStatus(
  slot: { startsAt: Date; booked: number; capacity: number },
  rule: Pick<SlotRule, 'cutoffMinutes' | 'windowDays'>,
  now: Date
): SlotStatus {
  const at = requireInstant(slot.startsAt, 'startsAt')
  const t = requireInstant(now, 'now')
  if (t >= at) return 'past'
  if (t >= bookingDeadline(slot.startsAt, rule).getTime()) return 'cutoff'
  if (hallDate(slot.startsAt) > windowLastDate(now, rule)) return 'beyond-window'
  if (slot.booked >= slot.capacity) return 'full'
  return 'open'
}

export interface BookableDate {
  date: string
  open: boolean
  reason?: ClosedReason
}

/** The days of the booking window, today first, each marked open or with why it is not. */
export function bookableDates(
  now: Date,
  rule: Pick<SlotRule, 'windowDays'>,
  hall: HallHours,
  cal: HolidayCalendar,
  closures: readonly string[]
): BookableDate[] {
  requireInstant(now, 'now')
  const today = hallDate(now)
  return Array.from({ length: rule.windowDays }, (_, i) => {
    const date = addDays(today, i)
    const opening = dayOpening(hall, date, cal, closures)
    return opening.open ? { date, open: true } : { date, open: false, reason: opening.reason }
  })
}

export interface BookingRequest {
  hall: HallHours
  rule: SlotRule
  cal: HolidayCalendar
  closures: readonly string[]
  /** As the client sent them; anything that is not a slot of that day is SLOT.CLOSED. */
  date: string
  start: string
  /** Places already taken in the slot's counter. */
  booked: number
  /** The counter's own capacity when it has one; the rule's otherwise. */
  capacity?: number
}

const STATUS_ERRORS: Record<Exclude<SlotStatus, 'open'>, SlotErrorCode> = {
  past: 'SLOT.PAST',
  cutoff: 'SLOT.CUTOFF',
  'beyond-window': 'SLOT.OUTSIDE_WINDOW',
  full: 'SLOT.FULL'
}

export type BookableAnswer = { ok: true; slot: Slot } | { ok: false; code: SlotErrorCode }

/**
 * The slot a citizen may book now, or why they cannot. The slot comes back with its answer so a
 * caller stores the very end and instants that were checked instead of cutting the day again.
 */
export function checkBookable(req: BookingRequest, now: Date): BookableAnswer {
  if (!isIsoDate(req.date) || typeof req.start !== 'string') return { ok: false, code: 'SLOT.CLOSED' }
  const slot = daySlots(req.hall, req.rule, req.date, req.cal, req.closures).find((s) => s.start === req.start)
  if (!slot) return { ok: false, code: 'SLOT.CLOSED' }
  const status = slotStatus({ startsAt: slot.startsAt, booked: req.booked, capacity: req.capacity ?? req.rule.capacity }, req.rule, now)
  return status === 'open' ? { ok: true, slot } : { ok: false, code: STATUS_ERRORS[status] }
}

/** Citizens may cancel online until cancelCutoffMinutes before the start; later, they call the hall. */
export function canCancel(startsAt: Date, rule: Pick<SlotRule, 'cancelCutoffMinutes'>, now: Date): boolean {
  return requireInstant(now, 'now') < cancelDeadline(startsAt, rule).getTime()
}
