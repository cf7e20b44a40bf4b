/**
 * The life of one booking. Only a 'booked' appointment can change; every other status is final,
 * so a second tap on 取消, a stale staff screen or a retried request cannot undo a verification
 * or revive a cancelled place.
 */
import { addDays, isIsoDate } from '../calendar/workdays'
import { formatHallTime, hallDate } from '../time'
import type { AppointmentErrorCode } from './errors'
import { canCancel, hallInstant, type SlotRule } from './slots'

export const BOOKING_STATUSES = ['booked', 'cancelled', 'verified', 'no-show', 'rescheduled'] as const
export type BookingStatus = (typeof BOOKING_STATUSES)[number]

export const BOOKING_EVENTS = ['cancel', 'verify', 'no-show', 'reschedule'] as const
export type BookingEvent = (typeof BOOKING_EVENTS)[number]

const NEXT: Record<BookingEvent, BookingStatus> = {
  cancel: 'cancelled',
  verify: 'verified',
  'no-show': 'no-show',
  // No server path sends this event: 改约 moves the booking in place (same document and code,
  // new slot, SEQUENCE + 1; cloudfunctions/_shared/appointments.ts reschedule), so it stays
  // 'booked'. The status is still known, so a record carrying it reads as final, not as unknown.
  reschedule: 'rescheduled'
}

export type TransitionResult = { ok: true; status: BookingStatus } | { ok: false; code: 'APPOINTMENT.NOT_ACTIVE' }

export function isBookingStatus(value: unknown): value is BookingStatus {
  return typeof value === 'string' && (BOOKING_STATUSES as readonly string[]).includes(value)
}

/** True while the booking holds a place in its slot and its active key. */
export function isActive(status: BookingStatus): boolean {
  return status === 'booked'
}

/**
 * The next status, or APPOINTMENT.NOT_ACTIVE. A status read from storage that is not one of
 * ours is treated as final too: refusing is safer than guessing.
 */
export function transition(status: BookingStatus, event: BookingEvent): TransitionResult {
  if (!Object.prototype.hasOwnProperty.call(NEXT, event)) throw new RangeError(`unknown booking event ${JSON.stringify(event)}`)
  if (status !== 'booked') return { ok: false, code: 'APPOINTMENT.NOT_ACTIVE' }
  return { ok: true, status: NEXT[event] }
}

/** Why a citizen cannot cancel online now, or null when they can. */
export function checkCancel(
  status: BookingStatus,
  startsAt: Date,
  rule: Pick<SlotRule, 'cancelCutoffMinutes'>,
  now: Date
): Extract<AppointmentErrorCode, 'APPOINTMENT.NOT_ACTIVE' | 'APPOINTMENT.CANCEL_CUTOFF'> | null {
  if (!isActive(status)) return 'APPOINTMENT.NOT_ACTIVE'
  return canCancel(startsAt, rule, now) ? null : 'APPOINTMENT.CANCEL_CUTOFF'
}

/** Where a booking sits: its hall, date and start (the service never changes on a move). */
export interface SlotPlace {
  hall: string
  date: string
  start: string
}

/**
 * Why a booking cannot be moved to `target`, or null when it can. Moving it to the slot it
 * already holds would change nothing: that is refused, so no page says 改约成功 for it and the
 * target's counter, full perhaps because of this very booking, is never asked.
 */
export function checkReschedule(current: SlotPlace, target: SlotPlace): Extract<AppointmentErrorCode, 'APPOINTMENT.SAME_SLOT'> | null {
  return current.hall === target.hall && current.date === target.date && current.start === target.start ? 'APPOINTMENT.SAME_SLOT' : null
}

const CITIZEN = /^[A-Za-z0-9_-]{1,128}$/
const SERVICE_CODE = /^[A-Z]{2,4}-\d{3,6}$/

/**
 * The id of the document that enforces "one active booking per citizen, service and day":
 * the store creates it with the booking and deletes it when the booking leaves 'booked', so a
 * second booking collides on the id (APPOINTMENT.DUPLICATE) even when two requests race.
 * Pass a hash of the openid where the key may be seen by staff tools.
 */
export function activeKey(citizen: string, serviceCode: string, date: string): string {
  if (!CITIZEN.test(citizen)) throw new RangeError('citizen must be an openid or its hash')
  if (!SERVICE_CODE.test(serviceCode)) throw new RangeError(`bad service code ${JSON.stringify(serviceCode)}`)
  if (!isIsoDate(date)) throw new RangeError(`bad date ${JSON.stringify(date)}`)
  return `${citizen}|${serviceCode}|${date}`
}

/** Citizens arriving early may be checked in this long before their slot. */
export const VERIFY_EARLY_MINUTES = 30

/**
 * When staff may record the citizen's arrival: from 30 minutes before the start (but never on
 * the previous day) until midnight ending the appointment's Shanghai day. Late arrivals that
 * day are still served; the next day the booking is a no-show.
 */
export function verifyWindow(startsAt: Date): { opensAt: Date; closesAt: Date } {
  if (!(startsAt instanceof Date) || Number.isNaN(startsAt.getTime())) throw new RangeError('startsAt must be a valid Date')
  const day = hallDate(startsAt)
  const dayStart = hallInstant(day, '00:00').getTime()
  const early = startsAt.getTime() - VERIFY_EARLY_MINUTES * 60_000
  return { opensAt: new Date(Math.max(early, dayStart)), closesAt: hallInstant(addDays(day, 1), '00:00') }
}

export function canVerify(startsAt: Date, now: Date): boolean {
  const t = now instanceof Date ? now.getTime() : NaN
  if (Number.isNaN(t)) throw new RangeError('now must be a valid Date')
  const { opensAt, closesAt } = verifyWindow(startsAt)
  return t >= opensAt.getTime() && t < closesAt.getTime()
}

/**
 * Why the counter cannot record this arrival now, or null when it can. A booking verified
 * before gets its own answer: telling staff it was cancelled sends them looking for a problem
 * that is not there.
 */
export function checkVerify(status: BookingStatus, startsAt: Date, now: Date): 'APPOINTMENT.ALREADY_VERIFIED' | 'APPOINTMENT.NOT_ACTIVE' | 'APPOINTMENT.NOT_TODAY' | null {
  if (status === 'verified') return 'APPOINTMENT.ALREADY_VERIFIED'
  if (!isActive(status)) return 'APPOINTMENT.NOT_ACTIVE'
  return canVerify(startsAt, now) ? null : 'APPOINTMENT.NOT_TODAY'
}

/**
 * What staff read when a booking can no longer be acted on, by what happened to it: "cancelled,
 * completed or rescheduled" for a no-show sends them asking the citizen the wrong question.
 */
export function inactiveMessage(status: BookingStatus): string {
  switch (status) {
    case 'cancelled':
      return '该预约已取消，不能再进行此操作'
    case 'no-show':
      return '该预约已标记为未到场，不能再进行此操作'
    case 'rescheduled':
      return '该预约已改约，请使用改约后的预约'
    case 'verified':
      return '该预约已核验到场，不能再进行此操作'
    default:
      return '该预约当前不能进行此操作'
  }
}

/** What staff read when a code is verified a second time: the time, and the day when it was not today. */
export function verifiedMessage(verifiedAt: Date | null | undefined, now: Date): string {
  if (!(verifiedAt instanceof Date) || Number.isNaN(verifiedAt.getTime())) return '该预约已核验到场，无需重复核验'
  const when = hallDate(verifiedAt) === hallDate(now) ? formatHallTime(verifiedAt, 'HH:mm') : formatHallTime(verifiedAt, 'M月D日 HH:mm')
  return `该预约已于 ${when} 核验到场，无需重复核验`
}

/**
 * Why a booking cannot be marked 未到场 now, or null when it can: only a booking still waiting
 * for its citizen, and only once its slot has ended (until then the citizen may still come).
 * The list asks the same question per row, so the page offers the button only when it works.
 */
export function checkNoShow(status: BookingStatus, endsAt: Date, now: Date): 'APPOINTMENT.NOT_ACTIVE' | 'APPOINTMENT.NOT_ENDED' | null {
  if (!isActive(status)) return 'APPOINTMENT.NOT_ACTIVE'
  const end = endsAt instanceof Date ? endsAt.getTime() : NaN
  const t = now instanceof Date ? now.getTime() : NaN
  if (Number.isNaN(end) || Number.isNaN(t)) throw new RangeError('endsAt and now must be valid Dates')
  return t >= end ? null : 'APPOINTMENT.NOT_ENDED'
}

export function canMarkNoShow(status: BookingStatus, endsAt: Date, now: Date): boolean {
  return checkNoShow(status, endsAt, now) === null
}
