/**
 * An appointment as an iCalendar file (RFC 5545) so a citizen can add it to the phone's
 * calendar, and later replace it with the cancelled version (same UID, higher SEQUENCE).
 *
 * Times are written as Shanghai wall-clock times with an embedded VTIMEZONE rather than as UTC:
 * a calendar app then shows 09:00 at the hall even when the phone is set to another zone, and
 * clients that know no Olson names still have the offset.
 */
import { hallTime, HALL_TZ } from '../time'

export type ICalStatus = 'CONFIRMED' | 'CANCELLED'

export interface AppointmentEvent {
  /** Stable for the life of the appointment: calendar apps match updates on it. */
  uid: string
  /** Raised on every change (reschedule, cancel) so apps take the newer copy. */
  sequence: number
  status: ICalStatus
  startsAt: Date
  endsAt: Date
  summary: string
  location: string
  description: string
  /** When this copy was made; passed in because the rules never read the clock. */
  dtstamp: Date
}

export const PRODID = '-//Fingertip Hall//Hall Appointment 1.0//ZH'
const CRLF = '\r\n'
const MAX_OCTETS = 75

// Lone surrogates cannot be written in UTF-8; a client that sent one gets U+FFFD instead.
// Matched pairs first, without lookbehind, which older iOS mini-program engines cannot parse.
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g
// RFC 5545 TEXT allows no control characters except HTAB; line breaks are escaped separately.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g

/** A TEXT property value: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(SURROGATES, (m) => (m.length === 2 ? m : '\uFFFD'))
    .replace(CONTROL, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/** UTF-8 octets of one character as `for…of` yields it (a surrogate pair is one astral character). */
function utf8Length(ch: string): number {
  if (ch.length > 1) return 4
  const unit = ch.charCodeAt(0)
  if (unit < 0x80) return 1
  if (unit < 0x800) return 2
  return 3
}

/**
 * Folds one content line so no physical line exceeds 75 octets (RFC 5545 §3.1). The leading
 * space of a continuation counts toward its 75, and a fold never falls inside a UTF-8 sequence:
 * iOS and Outlook show mojibake for a character split across lines.
 */
export function foldLine(line: string): string {
  const lines: string[] = []
  let current = ''
  let octets = 0
  let limit = MAX_OCTETS
  for (const ch of line) {
    const size = utf8Length(ch)
    if (octets + size > limit) {
      lines.push(current)
      current = ''
      octets = 0
      limit = MAX_OCTETS - 1
    }
    current += ch
    octets += size
  }
  lines.push(current)
  return lines.join(`${CRLF} `)
}

function requireInstant(at: Date, name: string): Date {
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) throw new RangeError(`${name} must be a valid Date`)
  return at
}

function utcStamp(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '')
}

function hallStamp(at: Date): string {
  return hallTime(at).format('YYYYMMDD[T]HHmmss')
}

export function toICalendar(event: AppointmentEvent): string {
  const startsAt = requireInstant(event.startsAt, 'startsAt')
  const endsAt = requireInstant(event.endsAt, 'endsAt')
  const dtstamp = requireInstant(event.dtstamp, 'dtstamp')
  if (endsAt.getTime() <= startsAt.getTime()) throw new RangeError('endsAt must be after startsAt')
  if (!Number.isInteger(event.sequence) || event.sequence < 0) throw new RangeError('sequence must be a whole number ≥ 0')
  if (event.status !== 'CONFIRMED' && event.status !== 'CANCELLED') throw new RangeError(`unknown status ${String(event.status)}`)
  if (event.uid.trim() === '') throw new RangeError('uid must not be empty')

  const cancelled = event.status === 'CANCELLED'
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    // CANCEL tells importing apps to remove the event they already hold under this UID.
    `METHOD:${cancelled ? 'CANCEL' : 'PUBLISH'}`,
    'BEGIN:VTIMEZONE',
    `TZID:${HALL_TZ}`,
    'BEGIN:STANDARD',
    // China has kept UTC+8 without daylight saving since 1991, so one rule covers every booking.
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:+0800',
    'TZOFFSETTO:+0800',
    'TZNAME:CST',
    'END:STANDARD',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcStamp(dtstamp)}`,
    `DTSTART;TZID=${HALL_TZ}:${hallStamp(startsAt)}`,
    `DTEND;TZID=${HALL_TZ}:${hallStamp(endsAt)}`,
    `SEQUENCE:${event.sequence}`,
    `STATUS:${event.status}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `LOCATION:${escapeText(event.location)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `TRANSP:${cancelled ? 'TRANSPARENT' : 'OPAQUE'}`,
    'END:VEVENT',
    'END:VCALENDAR'
  ]
  return lines.map(foldLine).join(CRLF) + CRLF
}
